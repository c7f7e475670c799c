/**
 * A local COS endpoint for tests: it does to a request signed with a temporary key what COS does.
 *
 * - Authentication: the `q-sign-algorithm=sha1` signature (header or query string), with the temporary secret key
 *   looked up by `q-ak` among the keys the local STS endpoint issued; the `x-cos-security-token` must be that key's;
 *   the key must not have expired; `q-sign-time` must contain the server time.
 * - Authorisation: the key's session policy, evaluated like CAM (see `policy-evaluation.ts`) against the action,
 *   the `qcs::cos:<region>:uid/<appid>:<bucket>/<key>` resource and the `cos:content-length` / `cos:content-type`
 *   condition keys. (The role's own policy, which COS intersects with the session policy, is not modelled.)
 * - Storage: objects and multipart uploads in memory; simple upload, multipart upload, download, head, delete.
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
import type COS from "cos-nodejs-sdk-v5";
import { PolicyDocument } from "../policy";
import { IssuedKey, IssuedKeys } from "./issued-keys";
import { corsPreflight, corsResponseHeaders, CosCorsRule } from "./cos-cors";
import { authorizationFields, expectedSignature, parseAuthorization, signaturesEqual } from "./cos-signature";
import { group, parseCompleteMultipartUpload, text, xmlDocument } from "./cos-xml";
import { evaluatePolicy } from "./policy-evaluation";

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
  /** The bucket's CORS rules, as the stack synthesizes them (see `cos-cors.ts`). @default none: preflights are refused */
  readonly cors?: readonly CosCorsRule[];
  /** Also serve HTTPS, with this PEM key and certificate, on a second free port. @default HTTP only */
  readonly https?: { readonly key: string; readonly cert: string };
}

/** An object as stored. */
export interface StoredObject {
  readonly body: Buffer;
  readonly contentType: string;
  /** Quoted, as COS returns it. */
  readonly etag: string;
  readonly lastModified: Date;
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
  /** `https://127.0.0.1:<port>`, when started with {@link CosServerProps.https}. */
  readonly httpsUrl?: string;
  readonly httpsPort?: number;
  /** Stored objects by key. */
  readonly objects: Map<string, StoredObject>;
  /** Every request, in the order answered. */
  readonly requests: CosRequestRecord[];
  /** `cos-nodejs-sdk-v5` options that send requests here while signing the bucket's real COS host name. */
  readonly clientOptions: Required<Pick<COS.COSOptions, "Protocol" | "Ip">>;
  close(): Promise<void>;
}

/** Starts the endpoint on 127.0.0.1 and a free port. */
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
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port))),
    ),
  );
  const [port, httpsPort] = ports;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    ...(httpsPort === undefined ? {} : { httpsUrl: `https://127.0.0.1:${httpsPort}`, httpsPort }),
    objects: state.objects,
    requests: state.requests,
    clientOptions: { Protocol: "http:", Ip: `127.0.0.1:${port}` },
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve, reject) => {
              server.closeAllConnections();
              server.close((error) => (error ? reject(error) : resolve()));
            }),
        ),
      );
    },
  };
}

interface MultipartUpload {
  readonly key: string;
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
}

interface CosResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | string;
}

class CosError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Largest object a single PUT may carry, as in COS. */
const MAX_PUT_BYTES = 5 * 1024 ** 3;
/** Smallest part except the last, as in COS. */
const MIN_PART_BYTES = 1024 * 1024;
/** How far ahead of the server a signature may start. */
const MAX_CLOCK_AHEAD_SECONDS = 15 * 60;

const UNSUPPORTED_SUBRESOURCES = ["acl", "tagging", "append", "restore", "select", "torrent", "cors", "policy"];

async function handle(state: State, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const requestId = newRequestId();
  res.setHeader("x-cos-request-id", requestId);
  res.setHeader("Server", "tencent-cos");
  res.setHeader("Date", new Date(state.clock()).toUTCString());
  const body = await readBody(req);
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const cors = state.props.cors ?? [];
  if (method === "OPTIONS") {
    const answer = corsPreflight(cors, req.headers.origin, header(req, "access-control-request-method"), header(req, "access-control-request-headers"));
    if (answer.allowed) {
      res.writeHead(200, answer.headers).end();
    } else {
      sendError(res, method, requestId, new CosError(403, answer.code, answer.message), url.pathname);
    }
    state.requests.push({ requestId, method, key: url.pathname.replace(/^\//, ""), status: answer.allowed ? 200 : 403, ...(answer.allowed ? {} : { errorCode: answer.code }) });
    return;
  }
  // Errors carry the CORS headers too, so that a browser app can read COS's refusal.
  for (const [name, value] of Object.entries(corsResponseHeaders(cors, req.headers.origin, method))) {
    res.setHeader(name, value);
  }
  let record: Omit<CosRequestRecord, "status" | "errorCode"> = { requestId, method, key: "" };
  try {
    const pathname = decodePath(url.pathname);
    const key = objectKey(state.props, req.headers.host ?? "", pathname);
    record = { ...record, key };
    const request: CosRequest = {
      method,
      key,
      pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      requestId,
    };
    const action = actionOf(request);
    record = { ...record, action };
    const issued = authenticate(state, request);
    record = { ...record, accessKeyId: issued.tmpSecretId };
    authorize(state.props, request, action, issued.policy);
    const response = perform(state, request, action);
    res.writeHead(response.status, response.headers);
    res.end(method === "HEAD" ? undefined : response.body);
    state.requests.push({ ...record, status: response.status });
  } catch (error) {
    const cosError = error instanceof CosError ? error : new CosError(500, "InternalError", String(error));
    sendError(res, method, requestId, cosError, url.pathname);
    state.requests.push({ ...record, status: cosError.status, errorCode: cosError.code });
  }
}

/** The object key a request is for; throws NoSuchBucket when it addresses another bucket. */
function objectKey(props: CosServerProps, host: string, pathname: string): string {
  const virtualHost = /^([a-z0-9-]+-\d+)\.cos\.([a-z0-9-]+)\.myqcloud\.com(:\d+)?$/.exec(host);
  const [bucket, region] = virtualHost ? [virtualHost[1], virtualHost[2]] : [props.bucket, props.region];
  if (bucket !== props.bucket || region !== props.region) {
    throw new CosError(404, "NoSuchBucket", `The specified bucket ${bucket} does not exist in ${region}.`);
  }
  return pathname.replace(/^\//, "");
}

/** The CAM action a request needs. */
function actionOf(request: CosRequest): string {
  const { method, key, query } = request;
  if (UNSUPPORTED_SUBRESOURCES.some((name) => query.has(name)) || request.headers["x-cos-copy-source"] !== undefined) {
    throw new CosError(501, "NotImplemented", "The local COS endpoint does not implement this operation.");
  }
  if (key === "") {
    if (method === "GET" && query.has("uploads")) {
      return "name/cos:ListMultipartUploads";
    }
    throw new CosError(501, "NotImplemented", "The local COS endpoint implements no other bucket operation.");
  }
  const multipart = query.has("uploadId");
  switch (method) {
    case "PUT":
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
  const target = action === "name/cos:ListMultipartUploads" ? request.query.get("prefix") ?? "" : request.key;
  const decision = evaluatePolicy(policy, {
    action,
    // COS authorises ListMultipartUploads against the listed prefix: Tencent's own temporary-key samples grant it
    // on `<bucket>/<prefix>*`, and the SDKs list uploads with `prefix=<key>` before every multipart upload.
    resource: `qcs::cos:${region}:uid/${appId}:${bucket}/${target}`,
    conditionKeys: {
      "cos:content-length": header(request, "content-length"),
      "cos:content-type": header(request, "content-type"),
    },
  });
  if (decision !== "allow") {
    throw new CosError(403, "AccessDenied", "Access Denied.");
  }
}

function perform(state: State, request: CosRequest, action: string): CosResponse {
  checkContentMd5(request);
  switch (action) {
    case "name/cos:PutObject":
      return putObject(state, request);
    case "name/cos:GetObject":
    case "name/cos:HeadObject":
      return getObject(state, request);
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
  const etag = quotedMd5(request.body);
  state.objects.set(request.key, {
    body: request.body,
    contentType: header(request, "content-type") || "application/octet-stream",
    etag,
    lastModified: new Date(state.clock()),
  });
  return { status: 200, headers: { ETag: etag } };
}

function getObject(state: State, request: CosRequest): CosResponse {
  const object = state.objects.get(request.key);
  if (object === undefined) {
    throw new CosError(404, "NoSuchKey", "The specified key does not exist.");
  }
  return {
    status: 200,
    headers: {
      "Content-Type": object.contentType,
      "Content-Length": String(object.body.length),
      ETag: object.etag,
      "Last-Modified": object.lastModified.toUTCString(),
    },
    body: object.body,
  };
}

function initiateMultipartUpload(state: State, request: CosRequest): CosResponse {
  const uploadId = `${Date.now()}${crypto.randomBytes(8).toString("hex")}`;
  state.uploads.set(uploadId, {
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
  const bodies = listed.map((part) => current.parts.get(part.partNumber)?.body ?? Buffer.alloc(0));
  const md5s = listed.map((part) => Buffer.from(part.etag.replace(/"/g, ""), "hex"));
  const etag = `"${crypto.createHash("md5").update(Buffer.concat(md5s)).digest("hex")}-${listed.length}"`;
  state.objects.set(current.key, {
    body: Buffer.concat(bodies),
    contentType: current.contentType,
    etag,
    lastModified: new Date(state.clock()),
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

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new CosError(400, "InvalidURI", "Couldn't parse the specified URI.");
  }
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
