/**
 * The web snippet (examples/clients/web.js), bundled as the sandbox page bundles it, driving the real cos-js-sdk-v5
 * against the sandbox from Node (test/helpers/browser-globals.ts supplies XMLHttpRequest). What a browser adds, CORS,
 * is the browser tests' part (test/browser/sandbox-page.test.ts); this covers the snippet's own logic.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { ENVIRONMENTS } from "../../config/environments";
import { Sandbox, startSandbox } from "../../sandbox/sandbox";
import type * as WebSnippet from "../../examples/clients/web.js";
import { installBrowserGlobals } from "../helpers/browser-globals";
import { onFreePort } from "../helpers/free-port";

const MiB = 1024 * 1024;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "web-snippet-"));
let snippet: typeof WebSnippet;
let removeGlobals: (() => void) | undefined;

beforeAll(() => {
  // The key service's request log, and the SDK's warning that it is meant for browsers.
  jest.spyOn(console, "log").mockImplementation(() => undefined);
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
  removeGlobals = installBrowserGlobals();
  const outfile = path.join(workDir, "web.cjs");
  buildSync({
    entryPoints: [path.resolve(__dirname, "../../examples/clients/web.js")],
    outfile,
    bundle: true,
    platform: "browser",
    format: "cjs",
    target: "es2020",
    logLevel: "silent",
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  snippet = require(outfile) as typeof WebSnippet;
});

afterAll(() => {
  removeGlobals?.();
  jest.restoreAllMocks();
  fs.rmSync(workDir, { recursive: true, force: true });
});

function file(name: string, type: string, bytes: Buffer): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

async function sandboxFor(
  environment: Parameters<typeof startSandbox>[0]["environment"],
  user: string,
): Promise<Sandbox> {
  return onFreePort(
    (port) =>
      startSandbox({
        environment,
        user,
        port: 0,
        pageOrigin: `http://localhost:${port}`,
        workDir: path.join(workDir, user),
      }),
    (error) => error instanceof Error && error.message.includes("are all in use"),
  );
}

describe("in prefix mode (dev)", () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await sandboxFor({ ...ENVIRONMENTS.dev, corsOrigins: ["https://app.example.com"] }, "alice");
  });

  afterAll(() => sandbox.close());

  test("uploads in one request with the declared content type, asking for the key with contentType and ext", async () => {
    const bytes = crypto.randomBytes(4096);

    const result = await snippet.uploadFile({
      outputs: sandbox.outputs,
      getKey: snippet.keyService(sandbox.outputs, () => sandbox.token),
      file: file("a.png", "image/png", bytes),
    });

    expect(result).toMatchObject({ key: "uploads/alice/a.png", parts: false });
    expect(sandbox.cos.objects.get("uploads/alice/a.png")).toMatchObject({ body: bytes, contentType: "image/png" });
    expect(sandbox.sts.issued.at(-1)?.policy).toBeDefined();
  });

  test("uploads in parts of the outputs file's part size above its threshold", async () => {
    const bytes = crypto.randomBytes(2.5 * MiB);

    const result = await snippet.uploadFile({
      outputs: sandbox.outputs,
      getKey: snippet.keyService(sandbox.outputs, () => sandbox.token),
      file: file("b.mp4", "video/mp4", bytes),
    });

    expect(result).toMatchObject({ key: "uploads/alice/b.mp4", parts: true });
    expect(sandbox.cos.objects.get("uploads/alice/b.mp4")?.body.equals(bytes)).toBe(true);
    expect(
      sandbox.cos.requests.filter((r) => r.action === "name/cos:UploadPart" && r.key === "uploads/alice/b.mp4"),
    ).toHaveLength(3);
  });

  test("asks the app for its token on every key request", async () => {
    const tokens: string[] = [];
    const getKey = snippet.keyService(sandbox.outputs, () => {
      tokens.push(sandbox.token);
      return sandbox.token;
    });

    await snippet.uploadFile({
      outputs: sandbox.outputs,
      getKey,
      file: file("c.png", "image/png", crypto.randomBytes(10)),
    });
    await snippet.uploadFile({
      outputs: sandbox.outputs,
      getKey,
      file: file("d.png", "image/png", crypto.randomBytes(10)),
    });

    expect(tokens).toHaveLength(2);
  });
});

describe("with staging's limits", () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await sandboxFor(ENVIRONMENTS.staging, "bob");
  });

  afterAll(() => sandbox.close());

  test("fails with the key service's own code and message for a disallowed type, never the SDK's 'missing TmpSecretId'", async () => {
    const upload = snippet.uploadFile({
      outputs: sandbox.outputs,
      getKey: snippet.keyService(sandbox.outputs, () => sandbox.token),
      file: file("n.txt", "text/plain", Buffer.from("hi")),
    });

    await expect(upload).rejects.toMatchObject({
      name: "KeyServiceError",
      status: 403,
      code: "ContentTypeNotAllowed",
      message: expect.stringContaining("image/*, video/mp4"),
    });
    await expect(upload).rejects.not.toThrow(/TmpSecretId/);
    expect(sandbox.cos.requests).toHaveLength(0);
  });

  test("fails before sending anything for a file over maxObjectBytes, stating the limit", async () => {
    const outputs = { ...sandbox.outputs, uploadLimits: { ...sandbox.outputs.uploadLimits, maxObjectBytes: 1000 } };
    const issued = sandbox.sts.issued.length;

    const upload = snippet.uploadFile({
      outputs,
      getKey: snippet.keyService(outputs, () => sandbox.token),
      file: file("big.png", "image/png", crypto.randomBytes(2000)),
    });

    await expect(upload).rejects.toMatchObject({
      code: "FileTooLarge",
      message: "big.png is 2000 bytes (0.0 MiB); this environment accepts files up to 1000 bytes (0.0 MiB)",
    });
    expect(sandbox.sts.issued).toHaveLength(issued);
  });
});

describe("in object mode", () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await sandboxFor(
      { ...ENVIRONMENTS.dev, keyMode: "object", corsOrigins: ["https://app.example.com"] },
      "carol",
    );
  });

  afterAll(() => sandbox.close());

  test("uploads each file to the object the key service named, with one key per upload", async () => {
    const getKey = snippet.keyService(sandbox.outputs, () => sandbox.token);
    const [first, second] = [crypto.randomBytes(100), crypto.randomBytes(200)];

    const a = await snippet.uploadFile({ outputs: sandbox.outputs, getKey, file: file("x.PNG", "image/png", first) });
    const b = await snippet.uploadFile({ outputs: sandbox.outputs, getKey, file: file("y.png", "image/png", second) });

    expect(a.key).toMatch(/^uploads\/carol\/\d{4}\/\d{2}\/\d{2}\/[A-Za-z0-9_-]{22}\.png$/);
    expect(b.key).not.toBe(a.key);
    expect(sandbox.cos.objects.get(a.key)?.body.equals(first)).toBe(true);
    expect(sandbox.cos.objects.get(b.key)?.body.equals(second)).toBe(true);
  });

  // Waits on object-mode renewal in the key service (uploadTicket, another branch): until then the first answer
  // carries no ticket and the snippet fails the upload, saying so.
  test("renews the key for the same object with the uploadTicket when the SDK asks again", async () => {
    const asked: URLSearchParams[] = [];
    // The key service's answers with keys that end in 30 seconds: the SDK asks for a new key before every request.
    const proxy = http.createServer((req, res) => {
      const url = new URL(req.url ?? "/", sandbox.keyServiceUrl);
      asked.push(url.searchParams);
      void fetch(url, { headers: { authorization: req.headers.authorization ?? "" } }).then(async (answer) => {
        const body = (await answer.json()) as Record<string, unknown>;
        res
          .writeHead(answer.status, { "Content-Type": "application/json" })
          .end(JSON.stringify(answer.ok ? { ...body, expiredTime: Math.floor(Date.now() / 1000) + 30 } : body));
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    try {
      const outputs = {
        ...sandbox.outputs,
        keyService: {
          ...sandbox.outputs.keyService,
          url: `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}/`,
        },
      };
      const bytes = crypto.randomBytes(2.5 * MiB);

      const result = await snippet.uploadFile({
        outputs,
        getKey: snippet.keyService(outputs, () => sandbox.token),
        file: file("long.mp4", "video/mp4", bytes),
      });

      expect(sandbox.cos.objects.get(result.key)?.body.equals(bytes)).toBe(true);
      expect(asked.length).toBeGreaterThan(1);
      expect(asked.slice(1).every((params) => (params.get("uploadTicket") ?? "") !== "")).toBe(true);
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});
