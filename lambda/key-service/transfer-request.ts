/**
 * What a caller asks for: `scope`, `contentType`, `ext`, `uploadTicket` and `stsVersion`, from the query string of a
 * GET or the JSON body of a POST. Everything here is checked before the caller's token, so malformed requests cost no cryptography.
 */
import { isContentType, TRANSFER_SCOPES, TransferScope } from "../../policy";
import { isRecord } from "../shared/json";
import { HttpRequest, MAX_BODY_BYTES } from "./event";
import { OBJECT_KEY_EXT } from "./object-key";
import { ServiceError } from "../shared/service-error";
import { MAX_UPLOAD_TICKET_LENGTH, UPLOAD_TICKET_CHARS } from "./upload-ticket";

/** `stsVersion` values the service answers in: `3`, the STS API 3.0 shape (see `handler.ts`). */
const STS_VERSIONS: readonly string[] = ["3"];

/** A request the service can act on. */
export interface TransferRequest {
  /** What the key is for. */
  readonly scope: TransferScope;
  /**
   * The one content type the caller will upload with. The key is then limited to exactly this type, so a key
   * obtained "for a photo" cannot upload anything else.
   */
  readonly contentType?: string;
  /**
   * The extension of the file the caller will upload, such as `jpg`: in object mode the end of the key the service
   * chooses (required for uploads there); in prefix mode checked and otherwise unused.
   */
  readonly ext?: string;
  /**
   * Object mode: the `uploadTicket` of an earlier answer, asking for a fresh key for the same object (a long upload
   * outliving its key). Checked here for its form only; opened with the caller's id once the token is verified.
   */
  readonly uploadTicket?: string;
  /** `3`: answer in the STS API 3.0 shape; undefined for the standard one. */
  readonly stsVersion?: "3";
}

/** Methods that ask for a key. `OPTIONS` is answered by CORS before a request gets here. */
const KEY_METHODS: readonly string[] = ["GET", "POST"];

/**
 * Reads the caller's request, refusing what the service does not accept: other methods (405), bodies over
 * {@link MAX_BODY_BYTES} (413), malformed JSON or parameters (400).
 *
 * `ext` is checked (`^[a-z0-9]{1,10}$`) wherever it appears; whether it is required is the grant's business (object
 * mode). `contentType` only applies to uploads.
 */
export function parseTransferRequest(request: HttpRequest): TransferRequest {
  if (!KEY_METHODS.includes(request.method)) {
    throw new ServiceError(405, "MethodNotAllowed", `use GET or POST, not ${request.method}`, {
      Allow: "GET, POST, OPTIONS",
    });
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
  if (contentType !== undefined && !isContentType(contentType)) {
    throw invalid("contentType must be one lower-case media type such as image/png, without parameters or wildcards");
  }
  if (contentType !== undefined && scope !== "upload") {
    throw invalid("contentType applies to the upload scope only");
  }
  const ext = stringParam(params, "ext");
  if (ext !== undefined && !OBJECT_KEY_EXT.test(ext)) {
    throw invalid("ext must be 1 to 10 lower-case letters or digits, such as jpg");
  }
  const uploadTicket = stringParam(params, "uploadTicket");
  if (
    uploadTicket !== undefined &&
    (uploadTicket.length > MAX_UPLOAD_TICKET_LENGTH || !UPLOAD_TICKET_CHARS.test(uploadTicket))
  ) {
    // Not one the service wrote: refused as any other ticket it did not issue, before any cryptography.
    throw new ServiceError(
      403,
      "InvalidTicket",
      "uploadTicket is not one this service issued; send it back exactly as it was received",
    );
  }
  // A JSON body may carry the number 3.
  const rawVersion = request.method === "POST" && params.stsVersion === 3 ? "3" : stringParam(params, "stsVersion");
  if (rawVersion !== undefined && rawVersion !== "3") {
    throw invalid(
      `stsVersion must be ${STS_VERSIONS.join(" or ")} (the STS API 3.0 shape, for Android's StsVersion.VERSION_3), or left out for the standard shape`,
    );
  }
  return {
    scope,
    ...(contentType === undefined ? {} : { contentType }),
    ...(ext === undefined ? {} : { ext }),
    ...(uploadTicket === undefined ? {} : { uploadTicket }),
    ...(rawVersion === undefined ? {} : { stsVersion: rawVersion }),
  };
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
