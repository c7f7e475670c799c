/**
 * A local COS endpoint for tests: it does to a request signed with a temporary key what COS does.
 *
 * - Authentication: the `q-sign-algorithm=sha1` signature (header or query string), with the temporary secret key
 *   looked up by `q-ak` among the keys the local STS endpoint issued; the `x-cos-security-token` must be that key's;
 *   the key must not have expired; `q-sign-time` must contain the server time.
 * - Authorisation: the key's session policy, evaluated like CAM (see `policy-evaluation.ts`) against the action,
 *   the `qcs::cos:<region>:uid/<appid>:<bucket>/<key>` resource and exactly the condition keys
 *   `policy/cloud-rules.ts` registers for that action, each as the page states it (`cos:secure-transport` from
 *   whether this request arrived over TLS, the others from their request header). Every other key, registered or not
 *   (`cos:x-cos-forbid-overwrite`, a key for `x-cos-grant-*`), is absent, so a condition on it fails here as we expect
 *   CAM to fail it. (The role's own policy, which COS intersects with the session policy, is not modelled.)
 * - No overwrite: `x-cos-forbid-overwrite: true` on PutObject, InitiateMultipartUpload or CompleteMultipartUpload
 *   refuses, with 409 FileAlreadyExists, a request whose object already exists (PUT Object,
 *   https://cloud.tencent.com/document/product/436/7749; Initiate Multipart Upload,
 *   https://www.tencentcloud.com/document/api/436/7746; Complete Multipart Upload,
 *   https://tencentcloud.com/document/product/436/7742). Each request is judged by its own header: a completion
 *   without it completes even if the initiation carried it. Known difference: COS ignores the header on a bucket
 *   whose versioning is enabled or suspended ("invalid", 7742); this endpoint keeps no versions and always applies
 *   it, as an unversioned bucket does. No policy of this project relies on the header.
 * - Keys: stored literally, the request path percent-decoded once and nothing else (no `.`/`..` resolution, no
 *   slash merging; see {@link decodePath} for what COS documents and what it does not); at most 850 bytes of UTF-8,
 *   as COS documents (400 KeyTooLongError beyond).
 * - Storage: objects and multipart uploads in memory, each with the ACL its upload asked for (`x-cos-acl`,
 *   `x-cos-grant-*`); simple upload, multipart upload, download, head, delete; range GET, PUT Object - Copy (the
 *   copy takes the copy request's ACL, not the source's) and GET Object acl (see `cos-object-ops.ts`); object
 *   tagging (`?tagging`, and `x-cos-tagging` on uploads) and GET Bucket (see `cos-tagging.ts`). After each completed
 *   upload the COS trigger event goes to `onObjectCreated` (see `cos-events.ts`).
 * - Transport: HTTP, and HTTPS beside it when {@link CosServerProps.https} is given (see `cos-tls.ts`).
 * - CORS: the bucket's rules in the shape the stack synthesizes (see {@link applyCors}).
 *
 * Errors are COS XML (`<Error><Code>…`) with an `x-cos-request-id` header. Codes follow COS's list
 * (https://cloud.tencent.com/document/product/436/7730); where COS does not document a case, the S3 code it mirrors:
 * unknown `q-ak` → 403 InvalidAccessKeyId; a token that is not the key's → 400 InvalidToken; an expired key
 * → 400 ExpiredToken; a wrong signature → 403 SignatureDoesNotMatch; a sign time starting over 15 minutes ahead
 * → 403 RequestTimeTooSkewed; a sign time already over → 403 AccessDenied "Request has expired" (the pair the SDK's
 * `CorrectClockSkew` reacts to); a policy refusal → 403 AccessDenied.
 *
 * The endpoint serves one bucket and learns which one a request is for the ways the SDK can address it (the SDK
 * refuses `ForcePathStyle` since 3.0, so path-style requests are not served):
 * - `Ip: "127.0.0.1:<port>"`, `Protocol: "http:"` (see {@link CosServer.clientOptions}): the request keeps the real
 *   `Host: <bucket>.cos.<region>.myqcloud.com`, which is signed exactly as for COS. Preferred.
 * - `Domain: "127.0.0.1:<port>"`, `Protocol: "http:"`: `Host: 127.0.0.1:<port>`; the bucket is the served one, as
 *   behind a custom domain.
 */
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import { AddressInfo } from "node:net";
import { TLSSocket } from "node:tls";
import type COS from "cos-nodejs-sdk-v5";
import { PolicyDocument } from "../policy";
import { CONDITION_KEY_RULES, conditionKeyApplies } from "../policy/cloud-rules";
import { IssuedKey, IssuedKeys } from "./issued-keys";
import { authorizationFields, expectedSignature, parseAuthorization, signaturesEqual } from "./cos-signature";
import { group, parseCompleteMultipartUpload, text, xmlDocument } from "./cos-xml";
import { evaluatePolicy, wildcardMatch } from "./policy-evaluation";
import { emitObjectCreated, objectCreatedEvent, ObjectCreatedCallback } from "./cos-events";
import { byteRange, copyPreconditionFailure, copySourceKey, isFailure, LocalCosFailure } from "./cos-object-ops";
import { GET_OBJECT_ACL_ACTION, objectAclAction, objectAclXml } from "./cos-object-ops";
import {
  GET_BUCKET_ACTION,
  listObjectsXml,
  objectTaggingAction,
  StoredTags,
  tagsFromBody,
  tagsFromHeader,
  taggingXml,
} from "./cos-tagging";

/** How to start the endpoint. */
export interface CosServerProps {
  /** Where the temporary keys (and their session policies) are looked up. */
  readonly issuedKeys: IssuedKeys;
  /** The bucket served, `<name>-<appid>`. */
  readonly bucket: string;
  /** Its region, such as `ap-guangzhou`. */
  readonly region: string;
  /** The account's APPID, as in the bucket name. */
  readonly appId: string;
  /**
   * The server's clock, in milliseconds since the epoch.
   * @default Date.now
   */
  readonly clock?: () => number;
  /**
   * Key and certificate of an HTTPS listener served beside the HTTP one (see `createCosTestCertificate`).
   * @default HTTP only
   */
  readonly https?: { readonly key: string; readonly cert: string };
  /**
   * The bucket's CORS rules, as `tencentcloud_cos_bucket.cors_rules` (the stack's `UploadBucket`) declares them.
   * @default none: every preflight is refused and no response carries CORS headers
   */
  readonly cors?: readonly CosCorsRule[];
  /** Called after each completed upload with the COS trigger event (see `cos-events.ts`). @default none */
  readonly onObjectCreated?: ObjectCreatedCallback;
  /** UIN of the bucket's owner, the owner GET Object acl names. @default "100000000001" */
  readonly ownerUin?: string;
}

/** One CORS rule of the bucket, in the shape the stack synthesizes. */
export interface CosCorsRule {
  readonly allowedOrigins: readonly string[];
  readonly allowedMethods: readonly string[];
  readonly allowedHeaders?: readonly string[];
  readonly exposeHeaders?: readonly string[];
  readonly maxAgeSeconds?: number;
}

/** The ACL an object was stored with. */
export interface StoredAcl {
  /** `x-cos-acl` as sent; `default` (inherit the bucket's) when absent. */
  readonly acl: string;
  /** The `x-cos-grant-*` headers sent, by lower-case name. */
  readonly grants: Readonly<Record<string, string>>;
}

/** An object as stored. */
export interface StoredObject extends Partial<StoredAcl> {
  readonly body: Buffer;
  readonly contentType: string;
  /** Quoted, as COS returns it. */
  readonly etag: string;
  readonly lastModified: Date;
  /** Its tags (PUT Object tagging, or `x-cos-tagging` on the upload). */
  readonly tags?: StoredTags;
}

/** One request as the endpoint saw and answered it. */
export interface CosRequestRecord {
  readonly requestId: string;
  readonly method: string;
  /** Object key, or `""` for a bucket request. */
  readonly key: string;
  /** Such as `name/cos:PutObject`; absent when the request was not understood. */
  readonly action?: string;
  /** The `q-ak` it was signed with, if any. */
  readonly accessKeyId?: string;
  readonly status: number;
  /** The COS error code, for a refused request. */
  readonly errorCode?: string;
}

/** A running endpoint. */
export interface CosServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Stored objects by key. */
  readonly objects: Map<string, StoredObject>;
  /** Every request, in the order answered. */
  readonly requests: CosRequestRecord[];
  /** `cos-nodejs-sdk-v5` options that send requests here while signing the bucket's real COS host name. */
  readonly clientOptions: Required<Pick<COS.COSOptions, "Protocol" | "Ip">>;
  /** The HTTPS listener, when {@link CosServerProps.https} was given. */
  readonly https?: {
    /** `https://127.0.0.1:<port>`. */
    readonly url: string;
    readonly port: number;
    /**
     * Like {@link CosServer.clientOptions}, over HTTPS. `KeepAlive: false` makes the SDK use `https.globalAgent`,
     * which `trustCosTestCa` can make trust the test CA.
     */
    readonly clientOptions: Required<Pick<COS.COSOptions, "Protocol" | "Ip" | "KeepAlive">>;
  };
  close(): Promise<void>;
}

/** Starts the endpoint on 127.0.0.1 and a free port (and the HTTPS listener on another, if asked). */
export async function startCosServer(props: CosServerProps): Promise<CosServer> {
  const state: State = { props, clock: props.clock ?? Date.now, objects: new Map(), uploads: new Map(), requests: [] };
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    handle(state, req, res).catch((error: unknown) => {
      const requestId = String(res.getHeader("x-cos-request-id") ?? newRequestId());
      if (!res.headersSent) {
        sendError(res, req.method ?? "GET", requestId, new CosError(500, "InternalError", String(error)));
      }
    });
  };
  const servers: http.Server[] = [http.createServer(listener)];
  if (props.https !== undefined) {
    servers.push(https.createServer({ key: props.https.key, cert: props.https.cert }, listener));
  }
  const ports: number[] = [];
  try {
    for (const server of servers) {
      ports.push(await listen(server));
    }
  } catch (error) {
    await Promise.all(servers.filter((server) => server.listening).map(closeServer));
    throw error;
  }
  const [port, httpsPort] = ports;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    objects: state.objects,
    requests: state.requests,
    clientOptions: { Protocol: "http:", Ip: `127.0.0.1:${port}` },
    https:
      httpsPort === undefined
        ? undefined
        : {
            url: `https://127.0.0.1:${httpsPort}`,
            port: httpsPort,
            clientOptions: { Protocol: "https:", Ip: `127.0.0.1:${httpsPort}`, KeepAlive: false },
          },
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

interface MultipartUpload extends StoredAcl {
  readonly key: string;
  readonly tags?: StoredTags;
  readonly contentType: string;
  readonly initiated: Date;
  readonly parts: Map<number, { readonly body: Buffer; readonly etag: string; readonly lastModified: Date }>;
}

interface State {
  readonly props: CosServerProps;
  readonly clock: () => number;
  readonly objects: Map<string, StoredObject>;
  readonly uploads: Map<string, MultipartUpload>;
  readonly requests: CosRequestRecord[];
}

/** A request as the handlers need it. */
interface CosRequest {
  readonly method: string;
  readonly key: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  readonly requestId: string;
  /** Whether the request arrived over TLS. */
  readonly secure: boolean;
}

interface CosResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | string;
}

class CosError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Largest object a single PUT may carry, as in COS. */
const MAX_PUT_BYTES = 5 * 1024 ** 3;
/** Smallest part except the last, as in COS. */
const MIN_PART_BYTES = 1024 * 1024;
/** How far ahead of the server a signature may start. */
const MAX_CLOCK_AHEAD_SECONDS = 15 * 60;

/** Object ACLs COS accepts in `x-cos-acl` (https://cloud.tencent.com/document/product/436/30752). */
const OBJECT_ACLS = [
  "default",
  "private",
  "public-read",
  "authenticated-read",
  "bucket-owner-read",
  "bucket-owner-full-control",
];

/** The ACL-granting headers of PUT Object (https://cloud.tencent.com/document/product/436/7749). */
const GRANT_HEADERS = ["x-cos-grant-read", "x-cos-grant-read-acp", "x-cos-grant-write-acp", "x-cos-grant-full-control"];

const UNSUPPORTED_SUBRESOURCES = ["acl", "tagging", "append", "restore", "select", "torrent", "cors", "policy"];

async function handle(state: State, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const requestId = newRequestId();
  res.setHeader("x-cos-request-id", requestId);
  res.setHeader("Server", "tencent-cos");
  res.setHeader("Date", new Date(state.clock()).toUTCString());
  const body = await readBody(req);
  const method = (req.method ?? "GET").toUpperCase();
  const target = requestTarget(req.url ?? "/");
  let record: Omit<CosRequestRecord, "status" | "errorCode"> = { requestId, method, key: "" };
  try {
    const pathname = decodePath(target.path);
    const key = objectKey(state.props, req.headers.host ?? "", pathname);
    record = { ...record, key };
    const request: CosRequest = {
      method,
      key,
      pathname,
      query: target.query,
      headers: req.headers,
      body,
      requestId,
      secure: req.socket instanceof TLSSocket && req.socket.encrypted,
    };
    if (method === "OPTIONS") {
      record = { ...record, action: "name/cos:OptionsObject" };
      const response = preflight(state.props.cors ?? [], request);
      res.writeHead(response.status, response.headers);
      res.end();
      state.requests.push({ ...record, status: response.status });
      return;
    }
    for (const [name, value] of Object.entries(applyCors(state.props.cors ?? [], request))) {
      res.setHeader(name, value);
    }
    const action = actionOf(request);
    record = { ...record, action };
    const issued = authenticate(state, request);
    record = { ...record, accessKeyId: issued.tmpSecretId };
    authorize(state.props, request, action, issued.policy);
    const response = perform(state, request, action);
    res.writeHead(response.status, response.headers);
    res.end(method === "HEAD" ? undefined : response.body);
    state.requests.push({ ...record, status: response.status });
    const created = state.objects.get(key);
    const facts = created && { key, action, requestId, size: created.body.length, contentType: created.contentType };
    emitObjectCreated(
      state.props.onObjectCreated,
      facts && objectCreatedEvent({ ...state.props, ...facts, time: state.clock() }),
    );
  } catch (error) {
    const cosError = error instanceof CosError ? error : new CosError(500, "InternalError", String(error));
    sendError(res, method, requestId, cosError, target.path);
    state.requests.push({ ...record, status: cosError.status, errorCode: cosError.code });
  }
}

/** Longest object key COS stores, in bytes of UTF-8 ("the encoded length can be up to 850 bytes"). */
const MAX_OBJECT_KEY_BYTES = 850;

/** The object key a request is for; throws NoSuchBucket when it addresses another bucket, KeyTooLongError past 850 bytes. */
function objectKey(props: CosServerProps, host: string, pathname: string): string {
  const virtualHost = /^([a-z0-9-]+-\d+)\.cos\.([a-z0-9-]+)\.myqcloud\.com(:\d+)?$/.exec(host);
  const [bucket, region] = virtualHost ? [virtualHost[1], virtualHost[2]] : [props.bucket, props.region];
  if (bucket !== props.bucket || region !== props.region) {
    throw new CosError(404, "NoSuchBucket", `The specified bucket ${bucket} does not exist in ${region}.`);
  }
  const key = pathname.replace(/^\//, "");
  if (Buffer.byteLength(key, "utf8") > MAX_OBJECT_KEY_BYTES) {
    // COS documents the limit (https://cloud.tencent.com/document/product/436/13324) but no code for it: S3's.
    throw new CosError(400, "KeyTooLongError", `Your key is too long: at most ${MAX_OBJECT_KEY_BYTES} bytes.`);
  }
  return key;
}

/** The CAM action a request needs. */
function actionOf(request: CosRequest): string {
  const { method, key, query } = request;
  const subresourceAction = objectAclAction(request) ?? objectTaggingAction(request);
  if (subresourceAction !== undefined) {
    return subresourceAction;
  }
  if (UNSUPPORTED_SUBRESOURCES.some((name) => query.has(name))) {
    throw new CosError(501, "NotImplemented", "The local COS endpoint does not implement this operation.");
  }
  if (key === "") {
    if (method === "GET" && query.has("uploads")) {
      return "name/cos:ListMultipartUploads";
    }
    if (
      method === "GET" &&
      !["uploads", "versions", "location", "lifecycle", "website"].some((name) => query.has(name))
    ) {
      return GET_BUCKET_ACTION;
    }
    throw new CosError(501, "NotImplemented", "The local COS endpoint implements no other bucket operation.");
  }
  const multipart = query.has("uploadId");
  switch (method) {
    case "PUT":
      if (request.headers["x-cos-copy-source"] !== undefined) {
        // The destination's action per https://cloud.tencent.com/document/product/436/10881; the source needs GetObject.
        return multipart || query.has("partNumber") ? "name/cos:UploadPartCopy" : "name/cos:PutObjectCopy";
      }
      return multipart || query.has("partNumber") ? "name/cos:UploadPart" : "name/cos:PutObject";
    case "POST":
      if (query.has("uploads")) {
        return "name/cos:InitiateMultipartUpload";
      }
      if (multipart) {
        return "name/cos:CompleteMultipartUpload";
      }
      break;
    case "GET":
      return multipart ? "name/cos:ListParts" : "name/cos:GetObject";
    case "HEAD":
      return "name/cos:HeadObject";
    case "DELETE":
      return multipart ? "name/cos:AbortMultipartUpload" : "name/cos:DeleteObject";
  }
  throw new CosError(405, "MethodNotAllowed", `The specified method ${method} is not allowed against this resource.`);
}

/** Checks who signed the request; returns the temporary key it was signed with. */
function authenticate(state: State, request: CosRequest): IssuedKey {
  const header = request.headers.authorization;
  const fromQuery = request.query.has("q-sign-algorithm");
  if (header === undefined && !fromQuery) {
    throw new CosError(403, "AccessDenied", "Access Denied.");
  }
  const fields = header !== undefined ? authorizationFields(header) : new Map(request.query);
  const auth = parseAuthorization(fields);
  if (typeof auth === "string") {
    throw new CosError(403, "AccessDenied", auth);
  }
  if (auth.signAlgorithm !== "sha1") {
    throw new CosError(403, "AccessDenied", `q-sign-algorithm ${auth.signAlgorithm} is not supported.`);
  }
  const key = state.props.issuedKeys.lookup(auth.accessKeyId);
  if (key === undefined) {
    throw new CosError(403, "InvalidAccessKeyId", "The access key Id you provided does not exist in our records.");
  }
  const token =
    header !== undefined ? request.headers["x-cos-security-token"] : request.query.get("x-cos-security-token");
  if (token !== key.sessionToken) {
    throw new CosError(400, "InvalidToken", "The provided token is malformed or otherwise invalid.");
  }
  const now = Math.floor(state.clock() / 1000);
  if (now >= key.expiredTime) {
    throw new CosError(400, "ExpiredToken", "The provided token has expired.");
  }
  const expected = expectedSignature(key.tmpSecretKey, auth, {
    method: request.method,
    pathname: request.pathname,
    params: [...request.query],
    headers: request.headers,
  });
  if (!signaturesEqual(expected, auth.signature)) {
    throw new CosError(403, "SignatureDoesNotMatch", "The Signature you specified is invalid.");
  }
  if (auth.signStart > now + MAX_CLOCK_AHEAD_SECONDS) {
    throw new CosError(
      403,
      "RequestTimeTooSkewed",
      "The difference between the request time and the server's time is too large.",
    );
  }
  if (auth.signEnd < now || auth.keyEnd < now) {
    throw new CosError(403, "AccessDenied", "Request has expired");
  }
  return key;
}

/** Evaluates the key's session policy for the request. */
function authorize(props: CosServerProps, request: CosRequest, action: string, policy: PolicyDocument): void {
  const { bucket, region, appId } = props;
  const target = action === "name/cos:ListMultipartUploads" ? (request.query.get("prefix") ?? "") : request.key;
  const decision = evaluatePolicy(policy, {
    action,
    // ListMultipartUploads is authorised against the listed prefix, as Tencent's own temporary-key samples grant it
    // on `<bucket>/<prefix>*` and the SDKs list uploads with `prefix=<key>` before every multipart upload. No page
    // states it (unverified; were it the bucket, our grants would match nothing: closed; docs/evidence.md).
    resource: `qcs::cos:${region}:uid/${appId}:${bucket}/${target}`,
    conditionKeys: conditionKeysOf(request, action),
  });
  if (decision !== "allow") {
    throw new CosError(403, "AccessDenied", "Access Denied.");
  }
  const copySource = header(request, "x-cos-copy-source");
  if (copySource !== undefined && action === "name/cos:PutObjectCopy") {
    const source = orThrow(copySourceKey(copySource, bucket, region));
    authorize(props, { ...request, key: source, headers: {} }, "name/cos:GetObject", policy);
  }
}

/**
 * The condition keys CAM sees on `request` for `action`: those `policy/cloud-rules.ts` registers for the action, each
 * from what the page says it reads; none other.
 */
function conditionKeysOf(request: CosRequest, action: string): Record<string, string | undefined> {
  const keys: Record<string, string | undefined> = {};
  for (const rule of Object.values(CONDITION_KEY_RULES)) {
    if (conditionKeyApplies(rule.key, action)) {
      keys[rule.key] = rule.from === "transport" ? String(request.secure) : header(request, rule.from.header);
    }
  }
  return keys;
}

function perform(state: State, request: CosRequest, action: string): CosResponse {
  checkContentMd5(request);
  switch (action) {
    case "name/cos:PutObject":
      return putObject(state, request);
    case "name/cos:PutObjectCopy":
      return copyObject(state, request);
    case "name/cos:GetObject":
    case "name/cos:HeadObject":
      return getObject(state, request);
    case GET_OBJECT_ACL_ACTION:
      return xmlResponse(orThrow(objectAclXml(state.objects.get(request.key), state.props.ownerUin ?? "100000000001")));
    case "name/cos:GetObjectTagging":
      return xmlResponse(taggingXml(taggedObject(state, request).tags));
    case "name/cos:PutObjectTagging":
      state.objects.set(request.key, {
        ...taggedObject(state, request),
        tags: orThrow(tagsFromBody(request.body.toString("utf8"))),
      });
      return { status: 200 };
    case "name/cos:DeleteObjectTagging":
      state.objects.set(request.key, { ...taggedObject(state, request), tags: {} });
      return { status: 204 };
    case GET_BUCKET_ACTION:
      return xmlResponse(
        orThrow(
          listObjectsXml(state.props.bucket, state.props.ownerUin ?? "100000000001", listable(state), request.query),
        ),
      );
    case "name/cos:DeleteObject":
      state.objects.delete(request.key);
      return { status: 204 };
    case "name/cos:InitiateMultipartUpload":
      return initiateMultipartUpload(state, request);
    case "name/cos:UploadPart":
      return uploadPart(state, request);
    case "name/cos:CompleteMultipartUpload":
      return completeMultipartUpload(state, request);
    case "name/cos:ListParts":
      return listParts(state, request);
    case "name/cos:AbortMultipartUpload":
      upload(state, request);
      state.uploads.delete(request.query.get("uploadId") ?? "");
      return { status: 204 };
    case "name/cos:ListMultipartUploads":
      return listMultipartUploads(state, request);
    default:
      throw new CosError(501, "NotImplemented", `${action} is not implemented.`);
  }
}

function putObject(state: State, request: CosRequest): CosResponse {
  const length = header(request, "content-length");
  if (length === undefined) {
    throw new CosError(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
  }
  if (Number(length) > MAX_PUT_BYTES) {
    throw new CosError(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed object size.");
  }
  const acl = requestedAcl(request);
  const tags = orThrow(tagsFromHeader(header(request, "x-cos-tagging")));
  refuseOverwrite(state, request, request.key);
  const etag = quotedMd5(request.body);
  state.objects.set(request.key, {
    body: request.body,
    contentType: header(request, "content-type") || "application/octet-stream",
    etag,
    lastModified: new Date(state.clock()),
    ...acl,
    ...(tags === undefined ? {} : { tags }),
  });
  return { status: 200, headers: { ETag: etag } };
}

function getObject(state: State, request: CosRequest): CosResponse {
  const object = state.objects.get(request.key);
  if (object === undefined) {
    throw new CosError(404, "NoSuchKey", "The specified key does not exist.");
  }
  const range = request.method === "GET" ? orThrow(byteRange(header(request, "range"), object.body.length)) : undefined;
  const body = range === undefined ? object.body : object.body.subarray(range.first, range.last + 1);
  return {
    status: range === undefined ? 200 : 206,
    headers: {
      "Content-Type": object.contentType,
      "Content-Length": String(body.length),
      ...(range === undefined ? {} : { "Content-Range": `bytes ${range.first}-${range.last}/${object.body.length}` }),
      ETag: object.etag,
      "Last-Modified": object.lastModified.toUTCString(),
    },
    body,
  };
}

function copyObject(state: State, request: CosRequest): CosResponse {
  const { bucket, region } = state.props;
  const source = state.objects.get(orThrow(copySourceKey(header(request, "x-cos-copy-source") ?? "", bucket, region)));
  if (source === undefined) {
    throw new CosError(404, "NoSuchKey", "The specified key does not exist.");
  }
  orThrow(copyPreconditionFailure(header(request, "x-cos-copy-source-if-match"), source.etag) ?? true);
  const copied = { ...source, ...requestedAcl(request), lastModified: new Date(state.clock()) };
  state.objects.set(request.key, copied);
  return xmlResponse(
    group("CopyObjectResult", [text("ETag", copied.etag), text("LastModified", copied.lastModified.toISOString())]),
  );
}

/** The object a `?tagging` request names; versions are not modelled. */
function taggedObject(state: State, request: CosRequest): StoredObject {
  if (request.query.has("versionId")) {
    throw new CosError(501, "NotImplemented", "The local COS endpoint keeps no versions.");
  }
  const object = state.objects.get(request.key);
  if (object === undefined) {
    throw new CosError(404, "NoSuchKey", "The specified key does not exist.");
  }
  return object;
}

/** The stored objects as a listing names them. */
function listable(state: State): Map<string, { etag: string; size: number; lastModified: Date }> {
  return new Map(
    [...state.objects].map(([key, object]) => [
      key,
      { etag: object.etag, size: object.body.length, lastModified: object.lastModified },
    ]),
  );
}

/** The value, or the failure thrown as a COS error. */
function orThrow<T>(value: T | LocalCosFailure): T {
  if (isFailure(value)) {
    throw new CosError(value.status, value.code, value.message);
  }
  return value;
}

function initiateMultipartUpload(state: State, request: CosRequest): CosResponse {
  const acl = requestedAcl(request);
  const tags = orThrow(tagsFromHeader(header(request, "x-cos-tagging")));
  refuseOverwrite(state, request, request.key);
  const uploadId = `${Date.now()}${crypto.randomBytes(8).toString("hex")}`;
  state.uploads.set(uploadId, {
    ...acl,
    ...(tags === undefined ? {} : { tags }),
    key: request.key,
    contentType: header(request, "content-type") || "application/octet-stream",
    initiated: new Date(state.clock()),
    parts: new Map(),
  });
  return xmlResponse(
    group("InitiateMultipartUploadResult", [
      text("Bucket", state.props.bucket),
      text("Key", request.key),
      text("UploadId", uploadId),
    ]),
  );
}

function uploadPart(state: State, request: CosRequest): CosResponse {
  const partNumber = Number(request.query.get("partNumber"));
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10000) {
    throw new CosError(400, "InvalidArgument", "partNumber must be an integer from 1 to 10000.");
  }
  const etag = quotedMd5(request.body);
  upload(state, request).parts.set(partNumber, { body: request.body, etag, lastModified: new Date(state.clock()) });
  return { status: 200, headers: { ETag: etag } };
}

function completeMultipartUpload(state: State, request: CosRequest): CosResponse {
  const current = upload(state, request);
  const listed = parseCompleteMultipartUpload(request.body.toString("utf8"));
  if (listed === undefined || listed.length === 0) {
    throw new CosError(400, "MalformedXML", "The XML you provided was not well-formed.");
  }
  listed.forEach((part, index) => {
    if (index > 0 && part.partNumber <= listed[index - 1].partNumber) {
      throw new CosError(400, "InvalidPartOrder", "The list of parts was not in ascending order.");
    }
    const stored = current.parts.get(part.partNumber);
    if (stored === undefined || stored.etag !== part.etag) {
      throw new CosError(400, "InvalidPart", `Part ${part.partNumber} could not be found or its ETag does not match.`);
    }
    if (index < listed.length - 1 && stored.body.length < MIN_PART_BYTES) {
      throw new CosError(400, "EntityTooSmall", `Part ${part.partNumber} is smaller than the minimum allowed size.`);
    }
  });
  refuseOverwrite(state, request, current.key);
  const bodies = listed.map((part) => current.parts.get(part.partNumber)?.body ?? Buffer.alloc(0));
  const md5s = listed.map((part) => Buffer.from(part.etag.replace(/"/g, ""), "hex"));
  const etag = `"${crypto.createHash("md5").update(Buffer.concat(md5s)).digest("hex")}-${listed.length}"`;
  state.objects.set(current.key, {
    body: Buffer.concat(bodies),
    contentType: current.contentType,
    etag,
    lastModified: new Date(state.clock()),
    acl: current.acl,
    grants: current.grants,
    ...(current.tags === undefined ? {} : { tags: current.tags }),
  });
  state.uploads.delete(request.query.get("uploadId") ?? "");
  const { bucket, region } = state.props;
  return xmlResponse(
    group("CompleteMultipartUploadResult", [
      text("Location", `${bucket}.cos.${region}.myqcloud.com/${current.key}`),
      text("Bucket", bucket),
      text("Key", current.key),
      text("ETag", etag),
    ]),
  );
}

function listParts(state: State, request: CosRequest): CosResponse {
  const current = upload(state, request);
  const parts = [...current.parts.entries()].sort(([a], [b]) => a - b);
  return xmlResponse(
    group("ListPartsResult", [
      text("Bucket", state.props.bucket),
      text("Key", current.key),
      text("UploadId", request.query.get("uploadId") ?? ""),
      text("StorageClass", "STANDARD"),
      ...parts.map(([number, part]) =>
        group("Part", [
          text("PartNumber", number),
          text("LastModified", part.lastModified.toISOString()),
          text("ETag", part.etag),
          text("Size", part.body.length),
        ]),
      ),
      text("IsTruncated", false),
    ]),
  );
}

function listMultipartUploads(state: State, request: CosRequest): CosResponse {
  const prefix = request.query.get("prefix") ?? "";
  const uploads = [...state.uploads.entries()].filter(([, u]) => u.key.startsWith(prefix));
  return xmlResponse(
    group("ListMultipartUploadsResult", [
      text("Bucket", state.props.bucket),
      text("Prefix", prefix),
      ...uploads.map(([uploadId, u]) =>
        group("Upload", [
          text("Key", u.key),
          text("UploadId", uploadId),
          text("StorageClass", "STANDARD"),
          text("Initiated", u.initiated.toISOString()),
        ]),
      ),
      text("IsTruncated", false),
    ]),
  );
}

/** Refuses the request when it carries `x-cos-forbid-overwrite: true` and `key` already exists (see the module's comment). */
function refuseOverwrite(state: State, request: CosRequest, key: string): void {
  if (header(request, "x-cos-forbid-overwrite")?.toLowerCase() === "true" && state.objects.has(key)) {
    throw new CosError(409, "FileAlreadyExists", "The object already exists.");
  }
}

/** The ACL an upload asks for; an `x-cos-acl` COS does not know is refused as COS refuses it. */
function requestedAcl(request: CosRequest): StoredAcl {
  const acl = header(request, "x-cos-acl") ?? "default";
  if (!OBJECT_ACLS.includes(acl)) {
    throw new CosError(400, "InvalidArgument", `x-cos-acl must be one of ${OBJECT_ACLS.join(", ")}.`);
  }
  const grants: Record<string, string> = {};
  for (const name of GRANT_HEADERS) {
    const value = header(request, name);
    if (value !== undefined) {
      grants[name] = value;
    }
  }
  return { acl, grants };
}

/**
 * The bucket's CORS rules as COS applies them (https://cloud.tencent.com/document/product/436/8288 and PUT Bucket
 * cors, https://cloud.tencent.com/document/product/436/8279): the first rule whose origins (one `*` wildcard each)
 * contain `Origin` and whose methods contain the method — and, for a preflight, whose allowed headers (wildcards,
 * case-insensitive) cover every `Access-Control-Request-Headers` entry — decides. A matching preflight answers 200
 * with the allowed origin, methods, requested headers, exposed headers and max age; an unmatched one, or any
 * preflight on a bucket without rules, 403. A matching actual request gets `Access-Control-Allow-Origin`,
 * `-Expose-Headers` and `-Max-Age`, on errors too, so a browser can read COS's refusal. Known differences from the
 * cloud: the 403's code and message are S3's (`AccessForbidden`, "CORSResponse: …"), since COS documents only the
 * status; `Vary` is always sent; COS's console-only `ResponseVary` and the bucket-wide cache of rules are not
 * modelled.
 */
function matchCorsRule(
  rules: readonly CosCorsRule[],
  origin: string,
  method: string,
  requestHeaders?: readonly string[],
): CosCorsRule | undefined {
  return rules.find(
    (rule) =>
      rule.allowedOrigins.some((allowed) => wildcardMatch(allowed, origin)) &&
      rule.allowedMethods.includes(method) &&
      (requestHeaders ?? []).every((name) =>
        (rule.allowedHeaders ?? []).some((allowed) => wildcardMatch(allowed.toLowerCase(), name)),
      ),
  );
}

function allowOrigin(rule: CosCorsRule, origin: string): string {
  return rule.allowedOrigins.includes("*") ? "*" : origin;
}

function preflight(rules: readonly CosCorsRule[], request: CosRequest): CosResponse {
  const origin = header(request, "origin");
  const method = header(request, "access-control-request-method");
  if (origin === undefined || method === undefined) {
    throw new CosError(
      400,
      "InvalidArgument",
      "A preflight needs the Origin and Access-Control-Request-Method headers.",
    );
  }
  const requested = (header(request, "access-control-request-headers") ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  const rule = matchCorsRule(rules, origin, method, requested);
  if (rule === undefined) {
    throw new CosError(
      403,
      "AccessForbidden",
      "CORSResponse: This CORS request is not allowed. The origin, Access-Control-Request-Method or Access-Control-Request-Headers is not allowed by the bucket's CORS rules.",
    );
  }
  return {
    status: 200,
    headers: {
      "Access-Control-Allow-Origin": allowOrigin(rule, origin),
      "Access-Control-Allow-Methods": rule.allowedMethods.join(","),
      ...(requested.length > 0 ? { "Access-Control-Allow-Headers": requested.join(",") } : {}),
      ...corsDetails(rule),
      Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
      "Content-Length": "0",
    },
  };
}

/** CORS headers for an actual request: none without `Origin` or without a matching rule. */
function applyCors(
  rules: readonly CosCorsRule[],
  request: Pick<CosRequest, "method" | "headers">,
): Record<string, string> {
  const origin = header(request, "origin");
  const rule = origin === undefined ? undefined : matchCorsRule(rules, origin, request.method);
  if (origin === undefined || rule === undefined) {
    return {};
  }
  return { "Access-Control-Allow-Origin": allowOrigin(rule, origin), ...corsDetails(rule), Vary: "Origin" };
}

function corsDetails(rule: CosCorsRule): Record<string, string> {
  return {
    ...(rule.exposeHeaders?.length ? { "Access-Control-Expose-Headers": rule.exposeHeaders.join(",") } : {}),
    ...(rule.maxAgeSeconds !== undefined ? { "Access-Control-Max-Age": String(rule.maxAgeSeconds) } : {}),
  };
}

/** The multipart upload a request names, which must be for the request's key. */
function upload(state: State, request: CosRequest): MultipartUpload {
  const found = state.uploads.get(request.query.get("uploadId") ?? "");
  if (found === undefined || found.key !== request.key) {
    throw new CosError(404, "NoSuchUpload", "The specified multipart upload does not exist.");
  }
  return found;
}

function checkContentMd5(request: CosRequest): void {
  const md5 = header(request, "content-md5");
  if (md5 !== undefined && md5 !== crypto.createHash("md5").update(request.body).digest("base64")) {
    throw new CosError(400, "BadDigest", "The Content-MD5 you specified did not match what was received.");
  }
}

function xmlResponse(root: string): CosResponse {
  return { status: 200, headers: { "Content-Type": "application/xml" }, body: xmlDocument(root) };
}

function sendError(res: http.ServerResponse, method: string, requestId: string, error: CosError, resource = ""): void {
  const body = xmlDocument(
    group("Error", [
      text("Code", error.code),
      text("Message", error.message),
      text("Resource", resource),
      text("RequestId", requestId),
      text("TraceId", requestId),
    ]),
  );
  res.writeHead(error.status, { "Content-Type": "application/xml", "x-cos-request-id": requestId });
  res.end(method === "HEAD" ? undefined : body);
}

/**
 * The request target split as sent: the path exactly as on the wire (no dot-segment removal, no other
 * normalisation) and the query. Node's WHATWG `URL` is not used for the path: it collapses `.`/`..` segments,
 * `%2e%2e` included, so `/uploads/alice/../x.png` would address another key than the one signed and stored.
 */
function requestTarget(raw: string): { readonly path: string; readonly query: URLSearchParams } {
  const at = raw.indexOf("?");
  return at < 0
    ? { path: raw, query: new URLSearchParams() }
    : { path: raw.slice(0, at), query: new URLSearchParams(raw.slice(at + 1)) };
}

/**
 * The object path a request names, percent-decoded once, every other character kept: object keys are literal.
 *
 * COS documents that a key may hold any UTF-8 character, at most 850 bytes, not starting with `/` or `\`, without
 * the control characters CAN, EM, SUB and ESC, and that keys are percent-encoded in the URL ("对象概述" → 对象键,
 * https://cloud.tencent.com/document/product/436/13324). It documents nothing about `.` or `..` segments or empty
 * segments: this stand-in stores them literally, as S3 does with its literal keys (unverified for COS; the
 * post-upload check quarantines such keys, so whichever way COS treats them, none is announced). Tencent's SDKs
 * send such keys as they are (`cos-nodejs-sdk-v5` encodes each segment with `camSafeUrlEncode`, which leaves `.`
 * alone, and only refuses a GET Object whose key simplifies to `/`, `ObjectKeySimplifyCheck`).
 */
function decodePath(path: string): string {
  if (!path.startsWith("/")) {
    throw new CosError(400, "InvalidURI", "Couldn't parse the specified URI.");
  }
  let key: string;
  try {
    key = decodeURIComponent(path);
  } catch {
    throw new CosError(400, "InvalidURI", "Couldn't parse the specified URI.");
  }
  if (key.startsWith("//") || key.startsWith("/\\") || /[\x18\x19\x1a\x1b]/.test(key)) {
    // The key rules above; COS documents no error code for them, so this one is unverified.
    throw new CosError(400, "InvalidURI", "Couldn't parse the specified URI.");
  }
  return key;
}

function header(request: Pick<CosRequest, "headers">, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

function quotedMd5(body: Buffer): string {
  return `"${crypto.createHash("md5").update(body).digest("hex")}"`;
}

function newRequestId(): string {
  return crypto.randomBytes(18).toString("base64url");
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
