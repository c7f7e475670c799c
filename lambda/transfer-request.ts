/**
 * What a caller asks for: `scope`, `contentType` and `ext`, from the query string of a GET or the JSON body of a
 * POST. Everything here is checked before the caller's token, so malformed requests cost no cryptography.
 */
import { TRANSFER_SCOPES, TransferScope } from "../policy";
import { HttpRequest, isRecord, MAX_BODY_BYTES } from "./event";
import { ServiceError } from "./service-error";

/** A request the service can act on. */
export interface TransferRequest {
  /** What the key is for. */
  readonly scope: TransferScope;
  /**
   * The one content type the caller will upload with. The key is then limited to exactly this type, so a key
   * obtained "for a photo" cannot upload anything else.
   */
  readonly contentType?: string;
}

/** Methods that ask for a key. `OPTIONS` is answered by CORS before a request gets here. */
export const KEY_METHODS: readonly string[] = ["GET", "POST"];

// RFC 6838 restricted names, lower case only: COS compares `cos:content-type` as a string, so the client must send
// exactly this value. No "*" (it would widen the policy's string_like condition), no parameters.
const NAME = "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";
const CONTENT_TYPE = new RegExp(`^${NAME}/${NAME}$`);
const CONTENT_TYPE_PATTERN = new RegExp(`^${NAME}/(\\*|${NAME})$`);
const EXT = /^[a-z0-9]{1,10}$/;

/** Whether `pattern` is a usable allowed-content-type entry: `image/png` or `image/*`. */
export function isContentTypePattern(pattern: string): boolean {
  return CONTENT_TYPE_PATTERN.test(pattern);
}

/** Whether `contentType` matches one of `patterns` the way COS `string_like` matches them. */
export function contentTypeAllowed(contentType: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => (pattern.endsWith("/*") ? contentType.startsWith(pattern.slice(0, -1)) : pattern === contentType));
}

/**
 * Reads the caller's request, refusing what the service does not accept: other methods (405), bodies over
 * {@link MAX_BODY_BYTES} (413), malformed JSON or parameters (400).
 *
 * `ext` is accepted for clients written against Tencent's direct-upload samples and checked (`^[a-z0-9]{1,10}$`),
 * but it changes nothing: the key covers the caller's whole prefix, and the client chooses object names in it.
 * `contentType` only applies to uploads.
 */
export function parseTransferRequest(request: HttpRequest): TransferRequest {
  if (!KEY_METHODS.includes(request.method)) {
    throw new ServiceError(405, "MethodNotAllowed", `use GET or POST, not ${request.method}`, { Allow: "GET, POST, OPTIONS" });
  }
  if (request.bodyBytes > MAX_BODY_BYTES) {
    throw new ServiceError(413, "PayloadTooLarge", `the request body may be at most ${MAX_BODY_BYTES} bytes`);
  }
  const params = request.method === "GET" ? request.query : jsonBody(request.body);
  const scope = stringParam(params, "scope") ?? "upload";
  if (!isScope(scope)) {
    throw invalid(`scope must be one of ${TRANSFER_SCOPES.join(", ")}`);
  }
  const contentType = stringParam(params, "contentType");
  if (contentType !== undefined && !CONTENT_TYPE.test(contentType)) {
    throw invalid("contentType must be one lower-case media type such as image/png, without parameters or wildcards");
  }
  if (contentType !== undefined && scope !== "upload") {
    throw invalid("contentType applies to the upload scope only");
  }
  const ext = stringParam(params, "ext");
  if (ext !== undefined && !EXT.test(ext)) {
    throw invalid("ext must be 1 to 10 lower-case letters or digits, such as jpg");
  }
  return contentType === undefined ? { scope } : { scope, contentType };
}

function jsonBody(body: string): Readonly<Record<string, unknown>> {
  if (body.trim() === "") {
    return {};
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw invalid("the body must be a JSON object");
  }
  if (!isRecord(value)) {
    throw invalid("the body must be a JSON object");
  }
  return value;
}

function stringParam(params: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || typeof value === "string") {
    return value;
  }
  throw invalid(`${name} must be given once, as a string`);
}

function isScope(value: string): value is TransferScope {
  return (TRANSFER_SCOPES as readonly string[]).includes(value);
}

function invalid(message: string): ServiceError {
  return new ServiceError(400, "InvalidRequest", message);
}
