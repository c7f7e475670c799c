/** Rehearsing an environment that lists no localhost origin: the page's origin is added to this run's CORS only. */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ENVIRONMENTS } from "../../config/environments";
import { Sandbox, startSandbox } from "../../sandbox/sandbox";
import { synthesizeStack } from "../../sandbox/synthesized-stack";

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-origin-"));
let sandbox: Sandbox | undefined;
let origin = "";

beforeAll(async () => {
  jest.spyOn(console, "log").mockImplementation(() => undefined);
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  origin = `http://localhost:${(probe.address() as net.AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  sandbox = await startSandbox({ environment: ENVIRONMENTS.prod, user: "alice", port: 0, pageOrigin: origin, workDir });
});

afterAll(async () => {
  await sandbox?.close();
  jest.restoreAllMocks();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** The local COS's answer to a browser's preflight for an upload from `from`. */
async function preflight(from: string): Promise<Response> {
  return fetch(`${sandbox!.cos.url}/uploads/alice/a.png`, {
    method: "OPTIONS",
    headers: {
      Origin: from,
      "Access-Control-Request-Method": "PUT",
      "Access-Control-Request-Headers": "authorization,content-type",
    },
  });
}

test("the local bucket allows the added origin, and still no other", async () => {
  const allowed = await preflight(origin);
  const other = await preflight("http://localhost:1");

  expect(sandbox!.addedPageOrigin).toBe(origin);
  expect(allowed.status).toBe(200);
  expect(allowed.headers.get("access-control-allow-origin")).toBe(origin);
  expect(other.status).toBe(403);
});

test("the environment's synthesized stack keeps its own origins", () => {
  const stack = synthesizeStack(ENVIRONMENTS.prod, path.join(workDir, "fresh"));

  expect(stack.functionVariables.ALLOWED_ORIGINS).toBe("https://app.example.com");
  expect(stack.corsRules.flatMap((rule) => rule.allowedOrigins)).not.toContain(origin);
  expect(sandbox!.functionVariables.ALLOWED_ORIGINS).toBe(`https://app.example.com,${origin}`);
});

test("fails for a --page-origin that is not a localhost origin", async () => {
  await expect(
    startSandbox({
      environment: ENVIRONMENTS.prod,
      user: "alice",
      port: 0,
      pageOrigin: "https://evil.example",
      workDir: path.join(workDir, "bad"),
    }),
  ).rejects.toThrow(
    "--page-origin received https://evil.example; allowed: an http://localhost:<port> origin (environment prod lists none, so the sandbox adds it to this run's CORS)",
  );
});
