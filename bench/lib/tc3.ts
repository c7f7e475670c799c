import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { IncomingHttpHeaders } from "node:http";

const ALGORITHM = "TC3-HMAC-SHA256";

/** What a TC3-HMAC-SHA256 signature covers, for a `POST /` JSON request as Tencent Cloud API 3.0 clients send. */
export interface Tc3SignInput {
  readonly secretId: string;
  readonly secretKey: string;
  /** Service name, such as `sts`. */
  readonly service: string;
  /** The `Host` header as signed. */
  readonly host: string;
  /** Unix seconds, also sent as `X-TC-Timestamp`. */
  readonly timestamp: number;
  readonly payload: string;
  readonly contentType: string;
}

/** The `Authorization` header of a TC3-HMAC-SHA256 request (headers signed: content-type and host). */
export function tc3Authorization(input: Tc3SignInput): string {
  const signedHeaders = "content-type;host";
  const canonicalHeaders = `content-type:${input.contentType}\nhost:${input.host}\n`;
  const canonical = `POST\n/\n\n${canonicalHeaders}\n${signedHeaders}\n${sha256Hex(input.payload)}`;
  const date = utcDate(input.timestamp);
  const scope = `${date}/${input.service}/tc3_request`;
  const signature = tc3Signature(input.secretKey, date, input.service, `${ALGORITHM}\n${input.timestamp}\n${scope}\n${sha256Hex(canonical)}`);
  return `${ALGORITHM} Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** A received request, as far as signature checks need it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const AUTHORIZATION = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z0-9]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/**
 * Checks a TC3-HMAC-SHA256 signature. Returns `undefined` when it is valid, else why not. `secretKeyOf` maps a
 * SecretId to its key. The `host` header is accepted as sent or without its port: tencentcloud-sdk-nodejs signs
 * `URL.hostname` while sending `URL.host`, which only differ on a non-default port such as a local endpoint's.
 */
export function verifyTc3(req: ReceivedRequest, secretKeyOf: (secretId: string) => string | undefined, nowSeconds: number): string | undefined {
  const match = AUTHORIZATION.exec(header(req.headers, "authorization"));
  if (!match) {
    return "malformed Authorization";
  }
  const [, secretId, date, service, signedHeaders, signature] = match;
  const secretKey = secretKeyOf(secretId);
  if (secretKey === undefined) {
    return `unknown SecretId ${secretId}`;
  }
  const timestamp = Number(header(req.headers, "x-tc-timestamp"));
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) {
    return "X-TC-Timestamp missing or more than 5 minutes off";
  }
  if (utcDate(timestamp) !== date) {
    return "credential date does not match X-TC-Timestamp";
  }
  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("content-type")) {
    return "SignedHeaders must include content-type and host";
  }
  const queryAt = req.url.indexOf("?");
  const uri = queryAt < 0 ? req.url : req.url.slice(0, queryAt);
  const query = queryAt < 0 ? "" : req.url.slice(queryAt + 1);
  const payloadHash = sha256Hex(req.body);
  const scope = `${date}/${service}/tc3_request`;
  const expected = (host: string): string => {
    const canonicalHeaders = names.map((name) => `${name}:${name === "host" ? host : header(req.headers, name).trim()}\n`).join("");
    const canonical = `${req.method}\n${uri}\n${query}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`;
    return tc3Signature(secretKey, date, service, `${ALGORITHM}\n${timestamp}\n${scope}\n${sha256Hex(canonical)}`);
  };
  const host = header(req.headers, "host");
  const hostname = host.replace(/:\d+$/, "");
  if (safeEqual(expected(host), signature) || (hostname !== host && safeEqual(expected(hostname), signature))) {
    return undefined;
  }
  return "signature mismatch";
}

/**
 * Checks the HmacSHA1 signature of Tencent's older API style, as qcloud-cos-sts sends it: a form-encoded POST
 * whose `Signature` is base64 HMAC-SHA1 over `POST<host>/?<sorted k=v of the decoded parameters>`.
 */
export function verifyHmacSha1(params: URLSearchParams, host: string, secretKeyOf: (secretId: string) => string | undefined, nowSeconds: number): string | undefined {
  const signature = params.get("Signature");
  const secretId = params.get("SecretId");
  if (signature === null || secretId === null) {
    return "Signature or SecretId missing";
  }
  const secretKey = secretKeyOf(secretId);
  if (secretKey === undefined) {
    return `unknown SecretId ${secretId}`;
  }
  const timestamp = Number(params.get("Timestamp"));
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) {
    return "Timestamp missing or more than 5 minutes off";
  }
  const method = params.get("SignatureMethod") ?? "HmacSHA1";
  if (method !== "HmacSHA1") {
    return `SignatureMethod ${method} is not HmacSHA1`;
  }
  const pairs = [...params.entries()].filter(([key]) => key !== "Signature").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = `POST${host}/?${pairs.map(([key, value]) => `${key}=${value}`).join("&")}`;
  const expected = createHmac("sha1", secretKey).update(text, "utf8").digest("base64");
  return safeEqual(expected, signature) ? undefined : "signature mismatch";
}

function tc3Signature(secretKey: string, date: string, service: string, stringToSign: string): string {
  const kDate = createHmac("sha256", `TC3${secretKey}`).update(date).digest();
  const kService = createHmac("sha256", kDate).update(service).digest();
  const kSigning = createHmac("sha256", kService).update("tc3_request").digest();
  return createHmac("sha256", kSigning).update(stringToSign).digest("hex");
}

function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function utcDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
