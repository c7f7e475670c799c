/**
 * The COS request signature (`q-sign-algorithm=sha1`), checked the way COS checks it.
 *
 * Mirrors `getAuth` in `cos-nodejs-sdk-v5/sdk/util.js` and https://cloud.tencent.com/document/product/436/7778:
 * SignKey = HMAC-SHA1(SecretKey, KeyTime); HttpString = method\npath\nparams\nheaders\n;
 * StringToSign = sha1\nSignTime\nSHA1(HttpString)\n; Signature = HMAC-SHA1(SignKey, StringToSign).
 */
import crypto from "node:crypto";

/** A parsed `Authorization` value (or the same fields carried in the query string). */
export interface CosAuthorization {
  readonly signAlgorithm: string;
  readonly accessKeyId: string;
  /** The raw `q-sign-time`, `<start>;<end>` in Unix seconds. */
  readonly signTime: string;
  readonly signStart: number;
  readonly signEnd: number;
  /** The raw `q-key-time`. */
  readonly keyTime: string;
  readonly keyEnd: number;
  /** Lower-case, URL-encoded header names, as listed. */
  readonly headerList: readonly string[];
  /** Lower-case, URL-encoded query parameter names, as listed. */
  readonly urlParamList: readonly string[];
  readonly signature: string;
}

/** The parts of a request that the signature covers. */
export interface SignedRequest {
  readonly method: string;
  /** The decoded path, such as `/uploads/alice/a b.png`. */
  readonly pathname: string;
  /** Decoded query parameters, in request order. */
  readonly params: readonly (readonly [string, string])[];
  /** Request headers with lower-case names, as Node delivers them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

const FIELDS = [
  "q-sign-algorithm",
  "q-ak",
  "q-sign-time",
  "q-key-time",
  "q-header-list",
  "q-url-param-list",
  "q-signature",
];

/** Parses the `q-…` fields, or says what is wrong with them. */
export function parseAuthorization(fields: ReadonlyMap<string, string>): CosAuthorization | string {
  const missing = FIELDS.filter((name) => !fields.has(name));
  if (missing.length > 0) {
    return `Authorization lacks ${missing.join(", ")}`;
  }
  const field = (name: string): string => fields.get(name) ?? "";
  const signTime = parseTimeRange(field("q-sign-time"));
  const keyTime = parseTimeRange(field("q-key-time"));
  if (signTime === undefined || keyTime === undefined) {
    return "q-sign-time and q-key-time must be <start>;<end> in Unix seconds";
  }
  const list = (name: string): string[] => (field(name) === "" ? [] : field(name).split(";"));
  return {
    signAlgorithm: field("q-sign-algorithm"),
    accessKeyId: field("q-ak"),
    signTime: field("q-sign-time"),
    signStart: signTime[0],
    signEnd: signTime[1],
    keyTime: field("q-key-time"),
    keyEnd: keyTime[1],
    headerList: list("q-header-list"),
    urlParamList: list("q-url-param-list"),
    signature: field("q-signature"),
  };
}

/** Splits an `Authorization` header value (`q-ak=…&q-sign-time=…`) into its fields. */
export function authorizationFields(header: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const pair of header.split("&")) {
    const at = pair.indexOf("=");
    if (at > 0) {
      fields.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  return fields;
}

/** The signature the request should carry if it was signed with `secretKey` over the listed headers and params. */
export function expectedSignature(secretKey: string, auth: CosAuthorization, request: SignedRequest): string {
  const signKey = hmacSha1(secretKey, auth.keyTime);
  const params = auth.urlParamList.map((name) => {
    const pair = request.params.find(([key]) => camSafeUrlEncode(key).toLowerCase() === name);
    return `${name}=${camSafeUrlEncode(pair?.[1] ?? "")}`;
  });
  const headers = auth.headerList.map((name) => {
    const entry = Object.entries(request.headers).find(([key]) => camSafeUrlEncode(key).toLowerCase() === name);
    const value = Array.isArray(entry?.[1]) ? entry[1].join(",") : (entry?.[1] ?? "");
    return `${name}=${camSafeUrlEncode(value)}`;
  });
  const httpString = [request.method.toLowerCase(), request.pathname, params.join("&"), headers.join("&"), ""].join(
    "\n",
  );
  const stringToSign = ["sha1", auth.signTime, sha1(httpString), ""].join("\n");
  return hmacSha1(signKey, stringToSign);
}

/** Constant-time comparison of two hex signatures. */
export function signaturesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** `encodeURIComponent` plus the characters COS also escapes, as the SDK encodes names and values. */
function camSafeUrlEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function parseTimeRange(value: string): [number, number] | undefined {
  const match = /^(\d+);(\d+)$/.exec(value);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

function hmacSha1(key: string, data: string): string {
  return crypto.createHmac("sha1", key).update(data).digest("hex");
}

function sha1(data: string): string {
  return crypto.createHash("sha1").update(Buffer.from(data, "utf8")).digest("hex");
}
