/**
 * The demo page in headless Chromium against the sandbox: uploads through the browser, with the browser's own CORS
 * enforcement between the page, the key service and the local COS (which applies the bucket's synthesized rules).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { ENVIRONMENTS } from "../../config/environments";
import { startPageServer } from "../../sandbox/page-server";
import { Sandbox, startSandbox } from "../../sandbox/sandbox";
import type { LocalHttpServer } from "../../sandbox/key-service-server";
import { png } from "../upload-check/fixtures";
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

/** What the page states about the environment before any upload. */
async function pageFacts(url: string): Promise<Record<string, string>> {
  const context = await browser!.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('#state[data-state="ready"]');
    const text = (selector: string): Promise<string> => page.$eval(selector, (node) => node.textContent ?? "");
    return {
      environment: await text("#environment"),
      keyMode: await text("#key-mode"),
      limits: await text("#limits"),
      check: await text("#check"),
    };
  } finally {
    await context.close();
  }
}

/** What the page shows once an upload ends. */
interface Outcome {
  readonly state: string;
  /** The state line's text. */
  readonly stateText: string;
  /** The post-upload check's verdict, where the environment has the check. */
  readonly verdict: string;
  readonly key: string;
  readonly etag: string;
  readonly mode: string;
  readonly who: string;
  readonly code: string;
  readonly message: string;
}

/** Opens `url`, chooses a file, presses Upload and waits for the page to say how it ended. */
async function uploadThroughPage(
  url: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  pastedKey?: string,
): Promise<Outcome> {
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
    await page.waitForSelector('#state[data-state="done"], #state[data-state="rejected"], #state[data-state="error"]', {
      timeout: 60_000,
    });
    const text = (selector: string): Promise<string> => page.$eval(selector, (node) => node.textContent ?? "");
    return {
      state: await page.$eval("#state", (node) => (node as HTMLElement).dataset.state ?? ""),
      stateText: await text("#state"),
      verdict: await text("#result-verdict"),
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
    expect(outcome).toMatchObject({
      state: "done",
      key: "uploads/alice/photo.png",
      etag: `"${md5(buffer)}"`,
      mode: "one request",
    });
    expect(sandbox!.cos.objects.get("uploads/alice/photo.png")?.body.equals(buffer)).toBe(true);
    expect(sandbox!.cos.objects.get("uploads/alice/photo.png")?.contentType).toBe("image/png");
  });

  test("uploads a large file in parts, reading each part's ETag through CORS", async () => {
    const buffer = crypto.randomBytes(2.5 * MiB);

    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "clip.mp4", mimeType: "video/mp4", buffer });

    expect(outcome).toMatchObject({ state: "done", key: "uploads/alice/clip.mp4", mode: "parts (multipart upload)" });
    expect(outcome.etag).toMatch(/-3"$/);
    expect(sandbox!.cos.objects.get("uploads/alice/clip.mp4")?.body.equals(buffer)).toBe(true);
    const parts = sandbox!.cos.requests.filter(
      (r) => r.action === "name/cos:UploadPart" && r.key === "uploads/alice/clip.mp4",
    );
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

      const outcome = await uploadThroughPage(`${unlisted!.url}/`, {
        name: "blocked.png",
        mimeType: "image/png",
        buffer: crypto.randomBytes(1024),
      });

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
      environment: {
        ...ENVIRONMENTS.dev,
        allowedContentTypes: ["image/*"],
        maxUploadBytes: MiB,
        multipartUpload: false,
      },
      user: "bob",
      port: 0,
      workDir: workDir(),
    });
  });

  afterAll(() => sandbox?.close());

  test("refuses a disallowed type, showing the key service's error", async () => {
    const outcome = await uploadThroughPage(sandbox!.pageUrl, {
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("hello"),
    });

    expect(outcome).toMatchObject({
      state: "error",
      who: "The key service refused or failed",
      code: "403 ContentTypeNotAllowed",
    });
    expect(outcome.message).toContain("image/*");
    expect(sandbox!.cos.objects.size).toBe(0);
  });

  test("refuses an oversize file before uploading, stating the limit in words", async () => {
    const requests = sandbox!.cos.requests.length;
    const keys = sandbox!.sts.issued.length;

    const outcome = await uploadThroughPage(sandbox!.pageUrl, {
      name: "big.png",
      mimeType: "image/png",
      buffer: crypto.randomBytes(MiB + 1024),
    });

    expect(outcome).toMatchObject({ state: "error", who: "The page refused or failed", code: "FileTooLarge" });
    expect(outcome.message).toBe(
      "big.png is 1049600 bytes (1.0 MiB); this environment accepts files up to 1048576 bytes (1.0 MiB)",
    );
    expect(sandbox!.cos.requests).toHaveLength(requests);
    expect(sandbox!.sts.issued).toHaveLength(keys);
  });

  test("shows the environment, its key mode and its limits", async () => {
    const facts = await pageFacts(sandbox!.pageUrl);

    expect(facts).toEqual({
      environment: "dev",
      keyMode: "prefix: one key writes anywhere in your folder",
      limits: "files up to 1.0 MiB (1048576 bytes); image/*; in one request each (no multipart upload)",
      check: "off",
    });
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
    sandbox = await startSandbox({
      environment: { ...ENVIRONMENTS.dev, keyMode: "object" },
      user: "carol",
      port: 0,
      workDir: workDir(),
    });
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

/** A localhost origin whose port was free a moment ago: environments without one get it added for the run. */
async function freeLocalOrigin(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://localhost:${port}`;
}

describe("the staging environment rehearsed (its types, limits and post-upload check; a localhost origin added for the run)", () => {
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({
      environment: ENVIRONMENTS.staging,
      user: "dana",
      port: 0,
      pageOrigin: await freeLocalOrigin(),
      workDir: workDir(),
    });
  });

  afterAll(() => sandbox?.close());

  test("serves the page on an origin this run alone added to CORS, and states staging's limits and check", async () => {
    const facts = await pageFacts(sandbox!.pageUrl);

    expect(sandbox!.addedPageOrigin).toBe(new URL(sandbox!.pageUrl).origin);
    expect(ENVIRONMENTS.staging.corsOrigins).not.toContain(sandbox!.addedPageOrigin);
    expect(facts).toMatchObject({
      environment: "staging",
      limits: expect.stringMatching(/^files up to 100\.0 MiB \(104857600 bytes\); image\/\*, video\/mp4; /),
      check: "on: every upload gets a verdict",
    });
  });

  test("uploads a real PNG, and shows the check's verdict: accepted", async () => {
    const buffer = png(4096);

    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "real.png", mimeType: "image/png", buffer });

    expect(outcome).toMatchObject({ state: "done", key: "uploads/dana/real.png", verdict: "accepted" });
    expect(outcome.stateText).toBe("Uploaded real.png; the post-upload check accepted it.");
  });

  test("says a file the check quarantined was not kept, never that it was uploaded", async () => {
    const outcome = await uploadThroughPage(sandbox!.pageUrl, {
      name: "fake.png",
      mimeType: "image/png",
      buffer: Buffer.from("<html><script>alert(1)</script></html>"),
    });

    expect(outcome.state).toBe("rejected");
    expect(outcome.verdict).toMatch(/^quarantined · type-mismatch · quarantine\//);
    expect(outcome.stateText).toBe(
      "fake.png was uploaded, but the post-upload check's verdict is quarantined (type-mismatch): it is not kept at uploads/dana/fake.png.",
    );
    expect(sandbox!.cos.objects.has("uploads/dana/fake.png")).toBe(false);
  });

  test("refuses a disallowed type with the key service's own message, through the web snippet", async () => {
    const outcome = await uploadThroughPage(sandbox!.pageUrl, {
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("hello"),
    });

    expect(outcome).toMatchObject({
      state: "error",
      who: "The key service refused or failed",
      code: "403 ContentTypeNotAllowed",
    });
    expect(outcome.message).toContain("image/*, video/mp4");
    expect(outcome.message).not.toContain("TmpSecretId");
  });
});

describe("the prod environment rehearsed (its issuer, audience and secret name; a localhost origin added for the run)", () => {
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({
      environment: ENVIRONMENTS.prod,
      user: "erin",
      port: 0,
      pageOrigin: await freeLocalOrigin(),
      workDir: workDir(),
    });
  });

  afterAll(() => sandbox?.close());

  test("uploads an image in parts where prod grants multipart upload, or in one request where it does not", async () => {
    const buffer = png(2 * MiB);

    const outcome = await uploadThroughPage(sandbox!.pageUrl, { name: "large.png", mimeType: "image/png", buffer });

    expect(outcome).toMatchObject({ state: "done", key: "uploads/erin/large.png", verdict: "accepted" });
    expect(outcome.mode).toBe(
      sandbox!.outputs.uploadLimits.multipartUpload ? "parts (multipart upload)" : "one request",
    );
    expect(sandbox!.cos.objects.get("uploads/erin/large.png")?.body.equals(buffer)).toBe(true);
  });
});
