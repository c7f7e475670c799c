/**
 * The demo page in headless Chromium against the sandbox: uploads through the browser, with the browser's own CORS
 * enforcement between the page, the key service and the local COS (which applies the bucket's synthesized rules).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { ENVIRONMENTS } from "../../config/environments";
import { startPageServer } from "../../sandbox/page-server";
import { Sandbox, startSandbox } from "../../sandbox/sandbox";
import type { LocalHttpServer } from "../../sandbox/key-service-server";
import { launchChromium } from "./chromium";

jest.setTimeout(120_000);

const MiB = 1024 * 1024;
const workDirs: string[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  workDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

function workDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-browser-"));
  workDirs.push(dir);
  return dir;
}

/** What the page shows once an upload ends. */
interface Outcome {
  readonly state: string;
  readonly key: string;
  readonly etag: string;
  readonly mode: string;
  readonly who: string;
  readonly code: string;
  readonly message: string;
}

/** Opens `url`, chooses a file, presses Upload and waits for the page to say how it ended. */
async function uploadThroughPage(url: string, file: { name: string; mimeType: string; buffer: Buffer }, pastedKey?: string): Promise<Outcome> {
  if (browser === undefined) {
    throw new Error("the browser did not start");
  }
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('#state[data-state="ready"]');
    await page.setInputFiles("#file", file);
    if (pastedKey !== undefined) {
      await page.evaluate(() => document.querySelector("details")?.setAttribute("open", ""));
      await page.fill("#key", pastedKey);
    }
    await page.click("#upload");
    await page.waitForSelector('#state[data-state="done"], #state[data-state="error"]', { timeout: 60_000 });
    const text = (selector: string): Promise<string> => page.$eval(selector, (node) => node.textContent ?? "");
    return {
      state: await page.$eval("#state", (node) => (node as HTMLElement).dataset.state ?? ""),
      key: await text("#result-key"),
      etag: await text("#result-etag"),
      mode: await text("#result-mode"),
      who: await text("#error-who"),
      code: await text("#error-code"),
      message: await text("#error-message"),
    };
  } finally {
    await context.close();
  }
}

function md5(buffer: Buffer): string {
  return crypto.createHash("md5").update(buffer).digest("hex");
}

describe("the dev environment, page on one of its listed origins (http://localhost:3000, :5173)", () => {
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({
      environment: ENVIRONMENTS.dev,
      user: "alice",
      port: 0,
      workDir: workDir(),
    });
  });

  afterAll(() => sandbox?.close());

  test("uploads a small file in one request, and its bytes are what the local COS stored", async () => {
    const buffer = crypto.randomBytes(48 * 1024);

    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "photo.png", mimeType: "image/png", buffer });

    expect(ENVIRONMENTS.dev.corsOrigins).toContain(new URL(sandbox!.pageUrl).origin);
    expect(outcome).toMatchObject({ state: "done", key: "uploads/alice/photo.png", etag: `"${md5(buffer)}"`, mode: "one request" });
    expect(sandbox!.cos.objects.get("uploads/alice/photo.png")?.body.equals(buffer)).toBe(true);
    expect(sandbox!.cos.objects.get("uploads/alice/photo.png")?.contentType).toBe("image/png");
  });

  test("uploads a large file in parts, reading each part's ETag through CORS", async () => {
    const buffer = crypto.randomBytes(2.5 * MiB);

    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "clip.mp4", mimeType: "video/mp4", buffer });

    expect(outcome).toMatchObject({ state: "done", key: "uploads/alice/clip.mp4", mode: "parts (multipart upload)" });
    expect(outcome.etag).toMatch(/-3"$/);
    expect(sandbox!.cos.objects.get("uploads/alice/clip.mp4")?.body.equals(buffer)).toBe(true);
    const parts = sandbox!.cos.requests.filter((r) => r.action === "name/cos:UploadPart" && r.key === "uploads/alice/clip.mp4");
    expect(parts).toHaveLength(3);
  });

  describe("a page served from an origin the environment does not list", () => {
    let unlisted: LocalHttpServer | undefined;

    beforeAll(async () => {
      unlisted = await startPageServer(sandbox!.pageDir, sandbox!.pageConfig, "127.0.0.1", 0);
    });

    afterAll(() => unlisted?.close());

    test("cannot fetch a key: the key service's preflight answer carries no CORS headers and the browser blocks it", async () => {
      const stored = sandbox!.cos.objects.size;

      const outcome = await uploadThroughPage(`${unlisted!.url}/`, { name: "blocked.png", mimeType: "image/png", buffer: crypto.randomBytes(1024) });

      expect(outcome).toMatchObject({ state: "error", who: "The key service refused or failed", code: "NetworkError" });
      expect(sandbox!.cos.objects.size).toBe(stored);
      expect(sandbox!.sts.issued.filter((key) => JSON.stringify(key.policy).includes("blocked"))).toHaveLength(0);
    });

    test("cannot upload with a key it got elsewhere: COS refuses the preflight and the browser blocks the upload", async () => {
      const stored = sandbox!.cos.objects.size;
      const response = await fetch(`${sandbox!.keyServiceUrl}?scope=upload&contentType=image/png`, {
        headers: { Authorization: `Bearer ${sandbox!.token}` },
      });
      expect(response.status).toBe(200);
      const preflightsBefore = sandbox!.cos.requests.filter((r) => r.method === "OPTIONS" && r.status === 403).length;

      const outcome = await uploadThroughPage(
        `${unlisted!.url}/`,
        { name: "smuggled.png", mimeType: "image/png", buffer: crypto.randomBytes(1024) },
        await response.text(),
      );

      expect(outcome).toMatchObject({ state: "error", who: "COS refused or failed", code: "NetworkError" });
      expect(sandbox!.cos.objects.has("uploads/alice/smuggled.png")).toBe(false);
      expect(sandbox!.cos.objects.size).toBe(stored);
      const refusedPreflights = sandbox!.cos.requests.filter((r) => r.method === "OPTIONS" && r.status === 403).length;
      expect(refusedPreflights).toBeGreaterThan(preflightsBefore);
    });
  });
});

describe("an environment limiting types and size (dev with image/* only, 1 MiB)", () => {
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({
      environment: { ...ENVIRONMENTS.dev, allowedContentTypes: ["image/*"], maxUploadBytes: MiB, multipartUpload: false },
      user: "bob",
      port: 0,
      workDir: workDir(),
    });
  });

  afterAll(() => sandbox?.close());

  test("refuses a disallowed type, showing the key service's error", async () => {
    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });

    expect(outcome).toMatchObject({ state: "error", who: "The key service refused or failed", code: "403 ContentTypeNotAllowed" });
    expect(outcome.message).toContain("image/*");
    expect(sandbox!.cos.objects.size).toBe(0);
  });

  test("refuses an oversize file, showing COS's error code and message", async () => {
    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "big.png", mimeType: "image/png", buffer: crypto.randomBytes(MiB + 1024) });

    expect(outcome).toMatchObject({ state: "error", who: "COS refused or failed", code: "AccessDenied" });
    expect(outcome.message).toMatch(/Access Denied/i);
    expect(sandbox!.cos.objects.size).toBe(0);
    expect(sandbox!.cos.requests.filter((r) => r.action === "name/cos:UploadPart")).toHaveLength(0);
  });

  test("uploads an allowed image within the limit", async () => {
    const buffer = crypto.randomBytes(200 * 1024);

    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "ok.jpg", mimeType: "image/jpeg", buffer });

    expect(outcome).toMatchObject({ state: "done", key: "uploads/bob/ok.jpg", etag: `"${md5(buffer)}"` });
    expect(sandbox!.cos.objects.get("uploads/bob/ok.jpg")?.body.equals(buffer)).toBe(true);
  });
});

describe("an environment in object mode (dev with keyMode object)", () => {
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({ environment: { ...ENVIRONMENTS.dev, keyMode: "object" }, user: "carol", port: 0, workDir: workDir() });
  });

  afterAll(() => sandbox?.close());

  test.each([
    ["in one request", 64 * 1024, "one request"],
    ["in parts", 2 * MiB + 512 * 1024, "parts (multipart upload)"],
  ])("uploads %s to the object the key service named, never overwriting", async (_how, size, mode) => {
    const buffer = crypto.randomBytes(size);

    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "Photo.PNG", mimeType: "image/png", buffer });

    expect(outcome).toMatchObject({ state: "done", mode });
    expect(outcome.key).toMatch(/^uploads\/carol\/\d{4}\/\d{2}\/\d{2}\/[A-Za-z0-9_-]{22}\.png$/);
    expect(sandbox!.cos.objects.get(outcome.key)?.body.equals(buffer)).toBe(true);
  });
});
