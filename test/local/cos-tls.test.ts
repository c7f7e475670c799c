import http from "node:http";
import https from "node:https";
import { createCosTestCertificate, trustCosTestCa } from "../../local/cos-tls";

const region = "ap-guangzhou";
const bucketHost = `photos-1250000000.cos.${region}.myqcloud.com`;
const servers: https.Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

async function serve(key: string, cert: string): Promise<number> {
  const server = https.createServer({ key, cert }, (_req, res) => res.end("ok"));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

function get(options: https.RequestOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = https.get({ host: "127.0.0.1", ...options }, (res: http.IncomingMessage) => {
      res.resume();
      res.on("end", () => resolve(String(res.statusCode)));
    });
    req.on("error", reject);
  });
}

describe("createCosTestCertificate", () => {
  test("makes a server certificate that a client trusting the CA accepts for bucket hosts and 127.0.0.1", async () => {
    const { ca, key, cert } = await createCosTestCertificate(region);
    const port = await serve(key, cert);

    await expect(get({ port, ca, servername: bucketHost, agent: false })).resolves.toBe("200");
    await expect(get({ port, ca, agent: false })).resolves.toBe("200");
  });

  test("fails for a client that does not trust the CA, or for a host the certificate does not name", async () => {
    const { ca, key, cert } = await createCosTestCertificate(region);
    const port = await serve(key, cert);

    await expect(get({ port, servername: bucketHost, agent: false })).rejects.toThrow(/certificate/i);
    await expect(
      get({ port, ca, servername: "photos-1250000000.cos.ap-beijing.myqcloud.com", agent: false }),
    ).rejects.toThrow(/altnames|Hostname/i);
  });

  test("makes new keys on every call", async () => {
    const [a, b] = await Promise.all([createCosTestCertificate(region), createCosTestCertificate(region)]);

    expect(a.ca).not.toBe(b.ca);
    expect(a.key).not.toBe(b.key);
  });
});

describe("trustCosTestCa", () => {
  test("lets the global agent trust the CA until restored", async () => {
    const { ca, key, cert } = await createCosTestCertificate(region);
    const port = await serve(key, cert);
    const viaGlobalAgent = (): Promise<string> =>
      get({ port, servername: bucketHost, headers: { Connection: "close" } });

    await expect(viaGlobalAgent()).rejects.toThrow(/certificate/i);
    const restore = trustCosTestCa(ca);
    try {
      await expect(viaGlobalAgent()).resolves.toBe("200");
    } finally {
      restore();
    }
    await expect(viaGlobalAgent()).rejects.toThrow(/certificate/i);
  });
});
