/**
 * The bench's STS endpoint: a separate process answering `AssumeRole` (and `GetFederationToken`) on 127.0.0.1,
 * over HTTP for API 3.0 clients signing with TC3-HMAC-SHA256 (tencentcloud-sdk-nodejs, the floor server) and
 * over HTTPS for qcloud-cos-sts, which only speaks HTTPS and HmacSHA1. Every signature is verified; a request
 * that fails is answered with Tencent's error shape and counted, so the bench can tell real issuances apart.
 *
 * Environment: STS_SECRET_ID, STS_SECRET_KEY (the one key pair accepted), TLS_CERT, TLS_KEY (PEM files).
 * Prints `sts-endpoint http=<port> https=<port>` when both listeners are up; `GET /__stats` returns the counters.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http, { IncomingMessage, ServerResponse } from "node:http";
import https from "node:https";
import { AddressInfo } from "node:net";
import { verifyHmacSha1, verifyTc3 } from "./lib/tc3";

/** Counters served on `GET /__stats`. */
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

function credentials(durationSeconds: number): Record<string, unknown> {
  issued += 1;
  const expiredTime = Math.floor(Date.now() / 1000) + durationSeconds;
  return {
    Credentials: {
      Token: `${tokenStem}${issued}`,
      TmpSecretId: `AKIDbench${issued.toString(36).padStart(24, "0")}`,
      TmpSecretKey: `bench${tokenStem.slice(0, 27)}${issued}`,
    },
    ExpiredTime: expiredTime,
    Expiration: new Date(expiredTime * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    RequestId: randomUUID(),
  };
}

function reject(res: ServerResponse, code: string, message: string): void {
  stats.rejected[code] = (stats.rejected[code] ?? 0) + 1;
  send(res, { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } });
}

function duration(value: unknown): number {
  const seconds = Number(value ?? 1800);
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 43200 ? seconds : 1800;
}

/** API 3.0 over HTTP: POST / with a JSON body, TC3-HMAC-SHA256 signed. */
async function onTc3(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === "GET" && req.url === "/__stats") {
    send(res, stats);
    return;
  }
  const body = await readBody(req);
  const error = verifyTc3({ method: req.method ?? "", url: req.url ?? "/", headers: req.headers, body }, secretKeyOf, Date.now() / 1000);
  if (error !== undefined) {
    reject(res, "AuthFailure.SignatureFailure", error);
    return;
  }
  const action = req.headers["x-tc-action"];
  let params: Record<string, unknown>;
  try {
    params = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  } catch {
    reject(res, "InvalidParameter", "body is not JSON");
    return;
  }
  issue(res, "tc3", {
    action,
    roleArn: params.RoleArn,
    sessionName: params.RoleSessionName,
    durationSeconds: params.DurationSeconds,
  });
}

/** The older API style over HTTPS: POST / with a form body, HmacSHA1 signed, as qcloud-cos-sts sends it. */
async function onHmacSha1(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const params = new URLSearchParams((await readBody(req)).toString("utf8"));
  const error = verifyHmacSha1(params, req.headers.host ?? "", secretKeyOf, Date.now() / 1000);
  if (error !== undefined) {
    reject(res, "AuthFailure.SignatureFailure", error);
    return;
  }
  issue(res, "hmacSha1", {
    action: params.get("Action"),
    roleArn: params.get("RoleArn") ?? undefined,
    sessionName: params.get("RoleSessionName") ?? undefined,
    durationSeconds: params.get("DurationSeconds"),
  });
}

/** A verified request, whichever signature style it came in. */
interface KeyRequest {
  readonly action: unknown;
  readonly roleArn: unknown;
  readonly sessionName: unknown;
  readonly durationSeconds: unknown;
}

/** Answers a verified request with a key, or refuses it as STS would; counts what was issued per style. */
function issue(res: ServerResponse, style: "tc3" | "hmacSha1", request: KeyRequest): void {
  const named = (value: unknown) => typeof value === "string" && value !== "";
  if (request.action === "AssumeRole" && !(named(request.roleArn) && named(request.sessionName))) {
    reject(res, "MissingParameter", "RoleArn and RoleSessionName are required");
    return;
  }
  if (request.action !== "AssumeRole" && request.action !== "GetFederationToken") {
    reject(res, "InvalidAction", `unsupported action ${String(request.action)}`);
    return;
  }
  stats[style] += 1;
  send(res, { Response: credentials(duration(request.durationSeconds)) });
}

function guard(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handler(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  };
}

function listen(server: http.Server | https.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

async function main(): Promise<void> {
  const plain = http.createServer({ keepAliveTimeout: 60_000 }, guard(onTc3));
  const tls = https.createServer(
    { cert: readFileSync(required("TLS_CERT")), key: readFileSync(required("TLS_KEY")), keepAliveTimeout: 60_000 },
    guard(onHmacSha1),
  );
  plain.on("connection", () => (stats.connections.http += 1));
  tls.on("secureConnection", () => (stats.connections.https += 1));
  const [httpPort, httpsPort] = await Promise.all([listen(plain), listen(tls)]);
  process.stdout.write(`sts-endpoint http=${httpPort} https=${httpsPort}\n`);
  process.on("SIGTERM", () => process.exit(0));
}

void main();
