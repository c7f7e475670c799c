/** The local HTTP front of the key service, as the sandbox and `npm run serve` run it. */
import os from "node:os";
import { acceptedHosts, LocalHttpServer, startKeyServiceServer } from "../../sandbox/key-service-server";
import type { Handler } from "../../lambda/key-service/handler";
import { requestWithHost } from "../helpers/host-request";

let server: LocalHttpServer | undefined;
const seen: string[] = [];
const handler: Handler = async (event) => {
  seen.push((event as { path: string }).path);
  return {
    statusCode: 200,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: "sandbox-token" }),
    isBase64Encoded: false,
  };
};

beforeAll(async () => {
  server = await startKeyServiceServer(handler, "127.0.0.1", 0);
});

afterAll(() => server?.close());

test.each(["127.0.0.1", "localhost", "LOCALHOST", "[::1]", "10.0.2.2"])(
  "answers a request addressed to %s:<port>",
  async (name) => {
    const response = await requestWithHost(server!.port, "/keys", `${name}:${server!.port}`);

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ token: "sandbox-token" });
  },
);

test.each(["evil.example:<port>", "evil.example", "127.0.0.1:1", "127.0.0.1.evil.example:<port>", ""])(
  "fails a request carrying Host %j with 421 and a JSON error, without calling the handler",
  async (host) => {
    seen.length = 0;
    const response = await requestWithHost(server!.port, "/config.json", host.replace("<port>", String(server!.port)));

    expect(response.status).toBe(421);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(response.body)).toEqual({ error: { code: "MisdirectedRequest", message: expect.any(String) } });
    expect(response.body).not.toContain("sandbox-token");
    expect(seen).toEqual([]);
  },
);

test("listening on every address, accepts each address of this machine and still refuses other names", () => {
  const hosts = acceptedHosts("0.0.0.0", 8787);
  const own = Object.values(os.networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => (entry.family === "IPv6" ? `[${entry.address.toLowerCase()}]:8787` : `${entry.address}:8787`));

  expect(own.length).toBeGreaterThan(0);
  for (const host of own) {
    expect(hosts).toContain(host);
  }
  expect(hosts).toContain("0.0.0.0:8787");
  expect(hosts).not.toContain("evil.example:8787");
});

test("listening on one address, accepts it and this machine's loopback names only", () => {
  expect([...acceptedHosts("192.168.1.5", 8787)].sort()).toEqual(
    ["10.0.2.2:8787", "127.0.0.1:8787", "192.168.1.5:8787", "[::1]:8787", "localhost:8787"].sort(),
  );
});

test("accepts a Host without the port only on port 80, where browsers leave it out", () => {
  expect(acceptedHosts("127.0.0.1", 80)).toContain("localhost");
  expect(acceptedHosts("127.0.0.1", 8787)).not.toContain("localhost");
});
