/**
 * Checks a Tencent Cloud API 3.0 request the way the cloud does: the TC3-HMAC-SHA256 signature
 * (https://cloud.tencent.com/document/api/1312/48171) and the session token, for one service. Shared by the local
 * STS and SSM endpoints.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";

/** The keys an endpoint accepts requests signed with: the key service's own ("the function's role keys"). */
export interface CallerKeys {
  readonly secretId: string;
  readonly secretKey: string;
  /** Expected in `X-TC-Token`; omit to accept permanent keys (no token). */
  readonly token?: string;
}

/** How far the request's `X-TC-Timestamp` may be from this clock, as the cloud allows. */
const MAX_CLOCK_SKEW_SECONDS = 300;

/**
 * The API error code for a request to `service` (such as `sts`) whose signature or session token does not check
 * out against `keys`, or undefined when it does.
 */
export function tc3AuthFailure(
  req: http.IncomingMessage,
  body: Buffer,
  keys: CallerKeys,
  service: string,
): string | undefined {
  const match =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      requestHeader(req, "authorization") ?? "",
    );
  if (match === null) {
    return "AuthFailure.InvalidAuthorization";
  }
  const [, secretId, date, signedService, signedHeaders, signature] = match;
  if (secretId !== keys.secretId) {
    return "AuthFailure.SecretIdNotFound";
  }
  const timestamp = Number(requestHeader(req, "x-tc-timestamp"));
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
    return "AuthFailure.SignatureExpire";
  }
  const names = signedHeaders.split(";");
  if (
    signedService !== service ||
    date !== new Date(timestamp * 1000).toISOString().slice(0, 10) ||
    !names.includes("host") ||
    !names.includes("content-type")
  ) {
    return "AuthFailure.SignatureFailure";
  }
  const url = new URL(req.url ?? "/", "http://placeholder");
  // The cloud signs the host name without the port, as the SDK does.
  const value = (name: string): string =>
    (name === "host" ? (requestHeader(req, "host") ?? "").replace(/:\d+$/, "") : (requestHeader(req, name) ?? ""))
      .trim()
      .toLowerCase();
  const canonicalRequest = [
    req.method,
    url.pathname,
    url.search.slice(1),
    names.map((name) => `${name}:${value(name)}\n`).join(""),
    signedHeaders,
    sha256Hex(body),
  ].join("\n");
  const scope = `${date}/${service}/tc3_request`;
  const stringToSign = ["TC3-HMAC-SHA256", String(timestamp), scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = [service, "tc3_request"].reduce(
    (key, part) => hmac(key, part),
    hmac(`TC3${keys.secretKey}`, date),
  );
  const expected = createHmac("sha256", signingKey).update(stringToSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) {
    return "AuthFailure.SignatureFailure";
  }
  if (requestHeader(req, "x-tc-token") !== keys.token) {
    return "AuthFailure.TokenFailure";
  }
  return undefined;
}

/** One request header, repeated values joined. */
export function requestHeader(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The JSON object body of an API 3.0 request; `{}` for anything else. */
export function apiParams(body: Buffer): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** An API 3.0 error answer. */
export function apiError(code: string, message: string, requestId: string): string {
  return JSON.stringify({ Response: { Error: { Code: code, Message: message }, RequestId: requestId } });
}

function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}
