/**
 * The bench's STS endpoint: a separate process answering `AssumeRole` on 127.0.0.1, over HTTP for API 3.0 clients
 * signing with TC3-HMAC-SHA256 (the key service through tencentcloud-sdk-nodejs, the floor server) and over HTTPS for
 * qcloud-cos-sts, which only speaks HTTPS and HmacSHA1. The HTTP side is the project's local STS endpoint
 * (local/sts-server.ts: its TC3 signature, session-token and parameter checks, its answer), keeping no records;
 * the HTTPS side, the older API style only the official sample uses, is the bench's own. Every signature is verified;
 * a request that fails is answered with Tencent's error shape and counted, so the bench can tell real issuances apart.
 *
 * Environment: STS_SECRET_ID, STS_SECRET_KEY, STS_SESSION_TOKEN (the one caller key accepted; HmacSHA1 requests
 * carry no token), TLS_CERT, TLS_KEY (PEM files).
 * Prints `sts-endpoint http=<port> https=<port> stats=<port>` when the listeners are up; `GET /` on the stats port
 * returns the counters.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http, { IncomingMessage, ServerResponse } from "node:http";
import https from "node:https";
import { AddressInfo } from "node:net";
import { startStsServer } from "../local/sts-server";
import { verifyHmacSha1 } from "./lib/tc3";

/** Counters served on the stats port. */
export interface StsStats {
  /** Credentials issued over HTTP (TC3). */
  tc3: number;
  /** Credentials issued over HTTPS (HmacSHA1). */
  hmacSha1: number;
  /** Requests refused, by reason. */
  rejected: Record<string, number>;
  /** Connections accepted: few means clients keep them alive. */
  connections: { http: number; https: number };
}

const secretId = required("STS_SECRET_ID");
const secretKey = required("STS_SECRET_KEY");
const secretKeyOf = (id: string): string | undefined => (id === secretId ? secretKey : undefined);
const stats: StsStats = { tc3: 0, hmacSha1: 0, rejected: {}, connections: { http: 0, https: 0 } };
// Real session tokens are long; a fixed random stem plus a counter keeps issuing cheap and every token distinct.
const tokenStem = randomBytes(384).toString("base64url");
let issued = 0;

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is required`);
  }
  return value;
}

function count(rejected: string): void {
  stats.rejected[rejected] = (stats.rejected[rejected] ?? 0) + 1;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function reject(res: ServerResponse, code: string, message: string): void {
  count(code);
  send(res, { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } });
}

/** The older API style over HTTPS: POST / with a form body, HmacSHA1 signed, as qcloud-cos-sts sends it. */
async function onHmacSha1(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const params = new URLSearchParams((await readBody(req)).toString("utf8"));
  const error = verifyHmacSha1(params, req.headers.host ?? "", secretKeyOf, Date.now() / 1000);
  if (error !== undefined) {
    reject(res, "AuthFailure.SignatureFailure", error);
    return;
  }
  const named = (value: string | null) => value !== null && value !== "";
  if (params.get("Action") !== "AssumeRole") {
    reject(res, "InvalidAction", `unsupported action ${String(params.get("Action"))}`);
    return;
  }
  if (!(named(params.get("RoleArn")) && named(params.get("RoleSessionName")))) {
    reject(res, "MissingParameter", "RoleArn and RoleSessionName are required");
    return;
  }
  const requested = Number(params.get("DurationSeconds") ?? 1800);
  const durationSeconds = Number.isInteger(requested) && requested >= 1 && requested <= 43200 ? requested : 1800;
  issued += 1;
  stats.hmacSha1 += 1;
  const expiredTime = Math.floor(Date.now() / 1000) + durationSeconds;
  send(res, {
    Response: {
      Credentials: {
        Token: `${tokenStem}${issued}`,
        TmpSecretId: `AKIDbench${issued.toString(36).padStart(24, "0")}`,
        TmpSecretKey: `bench${tokenStem.slice(0, 27)}${issued}`,
      },
      ExpiredTime: expiredTime,
      Expiration: new Date(expiredTime * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      RequestId: randomUUID(),
    },
  });
}

function listen(server: http.Server | https.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

async function main(): Promise<void> {
  const sts = await startStsServer({
    keys: { secretId, secretKey, token: required("STS_SESSION_TOKEN") },
    record: false,
    onCall: (call) => (call.rejected === undefined ? (stats.tc3 += 1) : count(call.rejected)),
  });
  const tls = https.createServer(
    { cert: readFileSync(required("TLS_CERT")), key: readFileSync(required("TLS_KEY")), keepAliveTimeout: 60_000 },
    (req, res) => {
      onHmacSha1(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
    },
  );
  tls.on("secureConnection", () => (stats.connections.https += 1));
  const statsServer = http.createServer((req, res) => {
    req.resume();
    send(res, { ...stats, connections: { ...stats.connections, http: sts.connections } });
  });
  const [httpsPort, statsPort] = await Promise.all([listen(tls), listen(statsServer)]);
  process.stdout.write(`sts-endpoint http=${sts.port} https=${httpsPort} stats=${statsPort}\n`);
  process.on("SIGTERM", () => process.exit(0));
}

void main();
