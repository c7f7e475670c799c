/** The demo page's server: the bundle, its configuration, and 4xx JSON for anything else. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalHttpServer } from "../../sandbox/key-service-server";
import { PageConfig } from "../../sandbox/page-config";
import { bundlePage, startPageServer } from "../../sandbox/page-server";
import { appOutputs } from "../../sandbox/outputs-file";
import { requestWithHost } from "../helpers/host-request";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-server-"));
const config: PageConfig = {
  keyServiceUrl: "http://127.0.0.1:8787/",
  token: "a.b.c",
  outputs: appOutputs({
    environment: "dev",
    functionVariables: { COS_BUCKET: "photos-1250000000", COS_REGION: "ap-guangzhou" },
    keyServiceUrl: "http://127.0.0.1:8787/",
    keyServiceUrlCommand: "tccli …",
    cos: { domain: "127.0.0.1:9000", protocol: "http:" },
  }),
  uploadCheck: false,
};
let server: LocalHttpServer | undefined;

beforeAll(async () => {
  await bundlePage(dir);
  server = await startPageServer(dir, config, "127.0.0.1", 0);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("serves the page, its bundle with cos-js-sdk-v5, and its configuration", async () => {
  const page = await fetch(`${server!.url}/`);
  const script = await fetch(`${server!.url}/main.js`);

  expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(await page.text()).toContain('<script src="main.js"></script>');
  expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  const bundled = await script.text();
  expect(bundled).toContain("getAuthorization");
  // The web snippet docs/clients.md quotes, bundled unchanged: its messages are in the page's script.
  expect(bundled).toContain("the key service sent no uploadTicket, so this upload cannot outlive its key");
  expect(await (await fetch(`${server!.url}/config.json`)).json()).toEqual(config);
});

test.each([
  ["GET", "/../../etc/passwd", 404, "NotFound"],
  ["GET", "/page-server.ts", 404, "NotFound"],
  ["POST", "/", 405, "MethodNotAllowed"],
  ["DELETE", "/config.json", 405, "MethodNotAllowed"],
])("fails %s %s with %d and a JSON error", async (method, target, status, code) => {
  const response = await fetch(`${server!.url}${target}`, { method });

  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
});

test.each(["/config.json", "/", "/main.js"])(
  "fails %s for a DNS-rebinding page's Host evil.example:<port> with 421, serving nothing",
  async (target) => {
    const response = await requestWithHost(server!.port, target, `evil.example:${server!.port}`);

    expect(response.status).toBe(421);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(response.body)).toEqual({ error: { code: "MisdirectedRequest", message: expect.any(String) } });
    expect(response.body).not.toContain(config.token);
  },
);

test("serves its configuration to a request addressed to localhost:<port>", async () => {
  const response = await requestWithHost(server!.port, "/config.json", `localhost:${server!.port}`);

  expect(response.status).toBe(200);
  expect(JSON.parse(response.body)).toEqual(config);
});
