/**
 * The COS XML API calls the check makes (range GET, GET Object acl, PUT Object - Copy, DELETE Object, GET and PUT
 * Object tagging, GET Bucket), signed with the function's own role keys.
 *
 * Why not `cos-nodejs-sdk-v5`: bundled it is 830 KB minified and takes about 250 ms to load, seven times the key
 * service's whole bundle, for three requests. The signature (https://cloud.tencent.com/document/product/436/7778)
 * is a few HMAC-SHA1 steps; `test/upload-check/cos-client.test.ts` checks it equals the SDK's own
 * `COS.getAuthorization` for the same request, and the local COS checks it the way COS does.
 */
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import { ObjectAcl, parseObjectAcl } from "./acl";
import { ObjectListing, parseObjectList, parseTagging, taggingXml } from "./cos-xml";
import { keyProblem } from "./verdict";
import type { ObjectTag } from "./verdict-tag";

/** The function's keys, read from the environment at each invocation: SCF rotates them. */
export interface CosCredentials {
  readonly secretId: string;
  readonly secretKey: string;
  /** Absent for permanent keys. */
  readonly token?: string;
}

/** A request to sign. */
export interface SignableRequest {
  readonly method: string;
  /** The decoded path, `/<key>`. */
  readonly pathname: string;
  readonly query: Readonly<Record<string, string>>;
  /** Headers to send; every one is signed. */
  readonly headers: Readonly<Record<string, string>>;
}

/** The object as a range GET saw it. */
export interface ObjectHead {
  /** Total size in bytes. */
  readonly size: number;
  readonly contentType?: string;
  /** Quoted, as COS sends it. */
  readonly etag: string;
  readonly versionId?: string;
  /** At most the bytes asked for. */
  readonly firstBytes: Buffer;
}

/** A COS error answer: the HTTP status and the `<Code>` of its XML body. */
export class CosRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly requestId: string | undefined,
  ) {
    super(`COS answered ${status} ${code}${requestId ? ` (request ${requestId})` : ""}`);
    this.name = "CosRequestError";
  }
}

/** How long one COS request may take. */
export const COS_REQUEST_TIMEOUT_MS = 5000;
/** How long a signature is valid. */
const SIGNATURE_LIFETIME_SECONDS = 600;

/** A client for one bucket. */
export interface CosClient {
  /** The first `bytes` bytes and what COS says about the object; throws {@link CosRequestError} (404 when gone). */
  readFirstBytes(key: string, bytes: number, versionId?: string): Promise<ObjectHead>;
  /** The object's (or that version's) ACL, GET Object acl; throws {@link CosRequestError} (404 when gone). */
  readAcl(key: string, versionId?: string): Promise<ObjectAcl>;
  /**
   * Copies `source` (exactly the version with `etag`) to `destination`; 412 when the source changed. Resolves to
   * the copy's ETag, as the answer's `CopyObjectResult` names it (the source's when it names none).
   */
  copy(source: string, destination: string, etag: string, versionId?: string): Promise<string>;
  /** Deletes the object (or that version of it); deleting what is gone succeeds. */
  remove(key: string, versionId?: string): Promise<void>;
  /** The object's (or that version's) tags, GET Object tagging; none for an object without tags; 404 when gone. */
  readTags(key: string, versionId?: string): Promise<ObjectTag[]>;
  /** Replaces the object's (or that version's) tags, PUT Object tagging. */
  writeTags(key: string, tags: readonly ObjectTag[], versionId?: string): Promise<void>;
  /** One page of GET Bucket under `prefix`, after `marker`, at most `maxKeys` (COS: at most 1000) objects. */
  listObjects(prefix: string, maxKeys: number, marker?: string): Promise<ObjectListing>;
}

/**
 * The codes with which a tagging read may say that an object has no tags. GET Object tagging documents only an
 * empty `TagSet`; COS's bucket tagging answers 404 `NoSuchTagSetError` instead, so both spellings count as none.
 */
const NO_TAG_SET_CODES: readonly string[] = ["NoSuchTagSet", "NoSuchTagSetError"];

/** Options of {@link createCosClient}. */
export interface CosClientProps {
  readonly bucket: string;
  readonly region: string;
  /** Where requests are sent; the `Host` header is always the bucket's COS host name. */
  readonly endpoint: URL;
  readonly credentials: CosCredentials;
  /** @default Date.now */
  readonly clock?: () => number;
}

/** A client signing with `credentials`. */
export function createCosClient(props: CosClientProps): CosClient {
  const host = `${props.bucket}.cos.${props.region}.myqcloud.com`;
  const clock = props.clock ?? Date.now;
  const send = (
    method: string,
    key: string,
    query: Record<string, string>,
    headers: Record<string, string>,
    body?: Buffer,
  ) => {
    const all: Record<string, string> = { host, ...headers };
    if (props.credentials.token !== undefined) {
      all["x-cos-security-token"] = props.credentials.token;
    }
    const request = { method, pathname: `/${key}`, query, headers: all };
    const authorization = signRequest(props.credentials, request, Math.floor(clock() / 1000));
    return exchange(props.endpoint, request, authorization, body);
  };
  const versionQuery = (versionId?: string): Record<string, string> => (versionId === undefined ? {} : { versionId });

  return {
    async readFirstBytes(key, bytes, versionId) {
      let answer = await send("GET", key, versionQuery(versionId), { range: `bytes=0-${bytes - 1}` });
      if (answer.status === 416) {
        // An empty object has no byte 0; COS answers the whole (empty) object without the range.
        answer = await send("GET", key, versionQuery(versionId), {});
      }
      failUnless(answer, [200, 206]);
      const total = /\/(\d+)$/.exec(answer.headers["content-range"] ?? "")?.[1] ?? answer.headers["content-length"];
      return {
        size: Number(total ?? answer.body.length),
        contentType: answer.headers["content-type"],
        etag: answer.headers.etag ?? "",
        versionId: answer.headers["x-cos-version-id"],
        firstBytes: answer.body.subarray(0, bytes),
      };
    },
    async readAcl(key, versionId) {
      const answer = await send("GET", key, { acl: "", ...versionQuery(versionId) }, {});
      failUnless(answer, [200]);
      const acl = parseObjectAcl(answer.body.toString("utf8"));
      if (acl === undefined) {
        throw new CosRequestError(502, "UnreadableAcl", answer.headers["x-cos-request-id"]);
      }
      return acl;
    },
    async copy(source, destination, etag, versionId) {
      const from = `${host}/${encodeKey(source)}${versionId === undefined ? "" : `?versionId=${encodeURIComponent(versionId)}`}`;
      // No x-cos-acl or x-cos-grant-* header: the copy gets the bucket's ACL (default), never the source's grants
      // ("unless the ACL is explicitly specified in this request, the destination inherits (default) the destination
      // bucket's ACL", https://cloud.tencent.com/document/product/436/10881), so a quarantined object is private.
      const answer = await send(
        "PUT",
        destination,
        {},
        {
          "x-cos-copy-source": from,
          "x-cos-copy-source-if-match": etag,
          "content-length": "0",
        },
      );
      failUnless(answer, [200]);
      // Like S3, COS may answer a copy 200 and report a failure in the body.
      const result = answer.body.toString("utf8");
      if (/<Error>/.test(result)) {
        throw new CosRequestError(500, errorCode(answer.body) ?? "InternalError", answer.headers["x-cos-request-id"]);
      }
      return /<ETag>([^<]*)<\/ETag>/.exec(result)?.[1]?.replace(/&quot;/g, '"') ?? etag;
    },
    async remove(key, versionId) {
      const answer = await send("DELETE", key, versionQuery(versionId), {});
      if (answer.status !== 404) {
        failUnless(answer, [200, 204]);
      }
    },
    async readTags(key, versionId) {
      const answer = await send("GET", key, { tagging: "", ...versionQuery(versionId) }, {});
      if (answer.status === 404 && NO_TAG_SET_CODES.includes(errorCode(answer.body) ?? "")) {
        return [];
      }
      failUnless(answer, [200]);
      const tags = parseTagging(answer.body.toString("utf8"));
      if (tags === undefined) {
        throw new CosRequestError(502, "UnreadableTagging", answer.headers["x-cos-request-id"]);
      }
      return tags;
    },
    async writeTags(key, tags, versionId) {
      const body = Buffer.from(taggingXml(tags), "utf8");
      const answer = await send(
        "PUT",
        key,
        { tagging: "", ...versionQuery(versionId) },
        // The page's example sends Content-MD5 (https://cloud.tencent.com/document/product/436/42997).
        {
          "content-type": "application/xml",
          "content-md5": crypto.createHash("md5").update(body).digest("base64"),
          "content-length": String(body.length),
        },
        body,
      );
      failUnless(answer, [200, 204]);
    },
    async listObjects(prefix, maxKeys, marker) {
      const query: Record<string, string> = {
        prefix,
        "max-keys": String(maxKeys),
        ...(marker === undefined ? {} : { marker }),
      };
      const answer = await send("GET", "", query, {});
      failUnless(answer, [200]);
      const listing = parseObjectList(answer.body.toString("utf8"));
      if (listing === undefined) {
        throw new CosRequestError(502, "UnreadableListing", answer.headers["x-cos-request-id"]);
      }
      return listing;
    },
  };
}

/** The `Authorization` value for `request`, valid from `now` (Unix seconds) for ten minutes. */
export function signRequest(credentials: CosCredentials, request: SignableRequest, now: number): string {
  const keyTime = `${now};${now + SIGNATURE_LIFETIME_SECONDS}`;
  const signKey = hmacSha1(credentials.secretKey, keyTime);
  const params = canonical(request.query);
  const headers = canonical(request.headers);
  const httpString = [request.method.toLowerCase(), request.pathname, params.pairs, headers.pairs, ""].join("\n");
  const stringToSign = ["sha1", keyTime, sha1(httpString), ""].join("\n");
  return [
    "q-sign-algorithm=sha1",
    `q-ak=${credentials.secretId}`,
    `q-sign-time=${keyTime}`,
    `q-key-time=${keyTime}`,
    `q-header-list=${headers.names}`,
    `q-url-param-list=${params.names}`,
    `q-signature=${hmacSha1(signKey, stringToSign)}`,
  ].join("&");
}

/** Names lower-cased and URL-encoded, sorted; `name=value` pairs with encoded values in the same order. */
function canonical(entries: Readonly<Record<string, string>>): { names: string; pairs: string } {
  const sorted = Object.entries(entries)
    .map(([name, value]) => [camSafeUrlEncode(name).toLowerCase(), camSafeUrlEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    names: sorted.map(([name]) => name).join(";"),
    pairs: sorted.map(([name, value]) => `${name}=${value}`).join("&"),
  };
}

/** `encodeURIComponent` plus the characters COS also escapes. */
function camSafeUrlEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * An object key as a URL path, such that the server, decoding it once, gets exactly `key` back.
 *
 * A canonical key goes out as Tencent's SDKs send it: each segment encoded, the slashes kept. A key with `.`, `..`
 * or empty segments (see `keyProblem`) goes out as one encoded segment, its slashes as `%2F` and its dots as
 * `%2E`: sent with its slashes, `/uploads/alice/../x.png` is what Node's WHATWG `URL`, proxies and any server
 * that resolves dot segments or merges slashes turn into `/uploads/x.png`, another object than the one stored.
 * The signature covers the decoded path (https://cloud.tencent.com/document/product/436/7778), the same either
 * way. That COS decodes `%2F` and `%2E` in the path once is unverified (no Tencent page states it); if it did not,
 * such a key would answer 404 and the check would log `gone` and announce nothing: closed.
 */
export function encodeKey(key: string): string {
  if (keyProblem(key) === undefined) {
    return key.split("/").map(camSafeUrlEncode).join("/");
  }
  return camSafeUrlEncode(key).replace(/\./g, "%2E");
}

interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

function exchange(endpoint: URL, request: SignableRequest, authorization: string, body?: Buffer): Promise<Answer> {
  const search = new URLSearchParams(request.query).toString();
  const transport = endpoint.protocol === "http:" ? http : https;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      {
        protocol: endpoint.protocol,
        hostname: endpoint.hostname,
        port: endpoint.port === "" ? undefined : Number(endpoint.port),
        // TLS must verify the bucket's host name, whatever the endpoint is called.
        servername: endpoint.protocol === "https:" ? request.headers.host : undefined,
        method: request.method,
        path: `/${encodeKey(request.pathname.slice(1))}${search === "" ? "" : `?${search}`}`,
        headers: { ...request.headers, authorization },
        timeout: COS_REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers: Record<string, string | undefined> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            headers[name] = Array.isArray(value) ? value.join(",") : value;
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`COS did not answer within ${COS_REQUEST_TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

function failUnless(answer: Answer, expected: readonly number[]): void {
  if (!expected.includes(answer.status)) {
    throw new CosRequestError(
      answer.status,
      errorCode(answer.body) ?? `HTTP ${answer.status}`,
      answer.headers["x-cos-request-id"],
    );
  }
}

function errorCode(body: Buffer): string | undefined {
  return /<Code>([^<]{1,100})<\/Code>/.exec(body.toString("utf8"))?.[1];
}

function hmacSha1(key: string, data: string): string {
  return crypto.createHmac("sha1", key).update(data).digest("hex");
}

function sha1(data: string): string {
  return crypto.createHash("sha1").update(data, "utf8").digest("hex");
}
