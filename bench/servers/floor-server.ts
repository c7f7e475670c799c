/**
 * The floor: a bare `node:http` server that, per request, sends one TC3-signed `AssumeRole` over a keep-alive
 * connection to the STS endpoint and answers with its body. No authentication, no policy building, no SDK: the
 * least work any key service must do per request. Like an SCF function it signs with temporary role keys, so it
 * sends their session token (`X-TC-Token`), and it signs the host without the port, as tencentcloud-sdk-nodejs does.
 *
 * Environment: PORT, STS_ENDPOINT (http://127.0.0.1:<port>), TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY,
 * TENCENTCLOUD_SESSIONTOKEN, UPLOAD_ROLE_ARN.
 */
import http from "node:http";
import { AddressInfo } from "node:net";
import { tc3Authorization } from "../lib/tc3";

const sts = new URL(process.env.STS_ENDPOINT ?? "");
const secretId = process.env.TENCENTCLOUD_SECRETID ?? "";
const secretKey = process.env.TENCENTCLOUD_SECRETKEY ?? "";
const sessionToken = process.env.TENCENTCLOUD_SESSIONTOKEN ?? "";
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const payload = JSON.stringify({
  RoleArn: process.env.UPLOAD_ROLE_ARN,
  RoleSessionName: "bench-floor",
  DurationSeconds: 1800,
  Policy: encodeURIComponent(
    '{"version":"2.0","statement":[{"effect":"allow","action":["name/cos:PutObject"],"resource":["*"]}]}',
  ),
});

const server = http.createServer((req, res) => {
  req.resume();
  const timestamp = Math.floor(Date.now() / 1000);
  const contentType = "application/json";
  const upstream = http.request(
    {
      host: sts.hostname,
      port: sts.port,
      method: "POST",
      path: "/",
      agent,
      headers: {
        "content-type": contentType,
        "content-length": Buffer.byteLength(payload),
        host: sts.host,
        "x-tc-action": "AssumeRole",
        "x-tc-version": "2018-08-13",
        "x-tc-region": "ap-guangzhou",
        "x-tc-timestamp": timestamp,
        "x-tc-token": sessionToken,
        authorization: tc3Authorization({
          secretId,
          secretKey,
          service: "sts",
          host: sts.hostname,
          timestamp,
          payload,
          contentType,
        }),
      },
    },
    (upstreamRes) => {
      const chunks: Buffer[] = [];
      upstreamRes.on("data", (chunk: Buffer) => chunks.push(chunk));
      upstreamRes.on("end", () => {
        const body = Buffer.concat(chunks);
        res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
        res.end(body);
      });
    },
  );
  upstream.on("error", (error) => {
    res.writeHead(502).end(String(error));
  });
  upstream.end(payload);
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
