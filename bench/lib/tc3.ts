/**
 * The bench's signing side: the TC3-HMAC-SHA256 `Authorization` the floor server sends (the local STS endpoint checks
 * it with local/tc3-signature.ts), and the check of the older HmacSHA1 style only qcloud-cos-sts speaks.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

const ALGORITHM = "TC3-HMAC-SHA256";

/** What a TC3-HMAC-SHA256 signature covers, for a `POST /` JSON request as Tencent Cloud API 3.0 clients send. */
export interface Tc3SignInput {
  readonly secretId: string;
  readonly secretKey: string;
  /** Service name, such as `sts`. */
  readonly service: string;
  /** The host as signed: without the port, as tencentcloud-sdk-nodejs signs it and the cloud checks it. */
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
  const signature = tc3Signature(
    input.secretKey,
    date,
    input.service,
    `${ALGORITHM}\n${input.timestamp}\n${scope}\n${sha256Hex(canonical)}`,
  );
  return `${ALGORITHM} Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/**
 * Checks the HmacSHA1 signature of Tencent's older API style, as qcloud-cos-sts sends it: a form-encoded POST
 * whose `Signature` is base64 HMAC-SHA1 over `POST<host>/?<sorted k=v of the decoded parameters>`.
 */
export function verifyHmacSha1(
  params: URLSearchParams,
  host: string,
  secretKeyOf: (secretId: string) => string | undefined,
  nowSeconds: number,
): string | undefined {
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
  const pairs = [...params.entries()]
    .filter(([key]) => key !== "Signature")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
