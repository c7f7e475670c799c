/** What a verified caller gets: their own prefix, or in object mode one new object in it, and a session policy confined to it. */
import { createHash } from "node:crypto";
import { callerPrefix, contentTypeAllowed, encodeSessionPolicy, subjectProblem, transferPolicy } from "../../policy";
import { ServiceConfig } from "./config";
import { newObjectKey } from "./object-key";
import { ServiceError } from "../shared/service-error";
import { AssumeRoleInput } from "./sts";
import { TransferRequest } from "./transfer-request";
import { UploadTicketClaims } from "./upload-ticket";

/** One caller's grant. */
export interface Grant extends AssumeRoleInput {
  /** The caller's key prefix, such as `uploads/alice/`. */
  readonly prefix: string;
  /** Callers asking for the same grant can share a key; undefined in object mode, where every key is new. */
  readonly cacheKey?: string;
  /** Object mode: the one object the key may create, such as `uploads/alice/2026/12/01/<id>.jpg`. */
  readonly key?: string;
  /** Object mode: the exact content type the key is limited to, if any; what its upload ticket states. */
  readonly contentType?: string;
}

/** Longest `RoleSessionName` issued. STS allows 128; CloudAudit and the console show 64 in full. */
const MAX_SESSION_NAME_LENGTH = 64;

// Names used as they are: no ",", which marks a rewritten name.
const SESSION_NAME = /^[\w+=.@-]{2,64}$/;

/**
 * Scopes a request to its caller. A caller id that is not one safe path segment is refused (403), never rewritten,
 * so two callers can never share a folder. The scope must be one the service issues (403).
 *
 * With allowed content types configured, an upload must name its `contentType` (400), which must be admitted by
 * them (403: a wildcard never admits active content such as HTML or SVG). The key is then limited to exactly that
 * type. Without them, a `contentType` is optional and, when given, still limits the key to exactly it.
 *
 * In object mode an upload must name its `ext` (400 `ExtensionRequired`); the service then chooses a new key under
 * the caller's prefix (see `object-key.ts`, dated `now`), and the key may write exactly that object and nothing else
 * (docs/object-mode.md). Downloads keep the caller's prefix.
 *
 * A renewal (`renewing`: the opened `uploadTicket` of the request) grants the ticket's object and content type again,
 * under today's rules: the object must still be under the caller's prefix (403 `InvalidTicket`) and its type still
 * admitted. A `contentType` or `ext` sent with it must be the ticket's (400 `TicketMismatch`).
 */
export function grantFor(
  config: Pick<
    ServiceConfig,
    "location" | "prefixTemplate" | "allowedScopes" | "limits" | "allowInsecureTransport" | "keyMode"
  >,
  subject: string,
  request: TransferRequest,
  now: Date = new Date(),
  renewing?: UploadTicketClaims,
): Grant {
  if (isRenewal(config, request) !== (renewing !== undefined)) {
    throw new Error("grantFor: a renewal needs its opened upload ticket, and only a renewal has one");
  }
  if (!config.allowedScopes.includes(request.scope)) {
    throw new ServiceError(
      403,
      "ScopeNotAllowed",
      `this service issues keys for ${config.allowedScopes.join(", ")} only`,
    );
  }
  const problem = subjectProblem(subject);
  if (problem !== undefined) {
    throw new ServiceError(403, "CallerNotAllowed", `the token's sub ${problem}`);
  }
  if (renewing !== undefined && request.contentType !== undefined && request.contentType !== renewing.contentType) {
    throw new ServiceError(
      400,
      "TicketMismatch",
      `the upload ticket is for contentType ${renewing.contentType ?? "(none)"}; send that or leave contentType out`,
    );
  }
  if (renewing !== undefined && request.ext !== undefined && !renewing.key.endsWith(`.${request.ext}`)) {
    throw new ServiceError(
      400,
      "TicketMismatch",
      `the upload ticket is for ${renewing.key}; send its ext or leave ext out`,
    );
  }
  const allowedContentTypes = config.limits.allowedContentTypes?.length ? config.limits.allowedContentTypes : undefined;
  const contentType = renewing === undefined ? request.contentType : renewing.contentType;
  if (request.scope === "upload" && allowedContentTypes !== undefined) {
    const allowed = `one of ${allowedContentTypes.join(", ")} (a wildcard admits no HTML, XML, SVG or JavaScript type)`;
    if (contentType === undefined) {
      throw new ServiceError(
        400,
        "ContentTypeRequired",
        `name the contentType you will upload with, exactly: ${allowed}`,
      );
    }
    if (!contentTypeAllowed(contentType, allowedContentTypes)) {
      throw new ServiceError(403, "ContentTypeNotAllowed", `contentType must match ${allowed}`);
    }
  }
  const objectMode = config.keyMode === "object" && request.scope === "upload";
  if (objectMode && renewing === undefined && request.ext === undefined) {
    throw new ServiceError(
      400,
      "ExtensionRequired",
      "name the ext of the file you will upload, such as jpg (1 to 10 lower-case letters or digits): each upload gets its own key",
    );
  }
  const prefix = callerPrefix(config.prefixTemplate, subject);
  if (renewing !== undefined && !renewing.key.startsWith(prefix)) {
    // Only if the prefix template changed since the first key: the object is no longer the caller's to write.
    throw new ServiceError(
      403,
      "InvalidTicket",
      "the upload ticket's object is outside your folder now; ask for a new key without uploadTicket and upload again",
    );
  }
  const key = renewing?.key ?? (objectMode ? newObjectKey(prefix, request.ext ?? "", now) : undefined);
  const policy =
    renewing === undefined
      ? sessionPolicy(config, request.scope, contentType, prefix, key)
      : encodedPolicy(config, request.scope, contentType, prefix, key);
  const common = { prefix, policy, sessionName: roleSessionName(subject) };
  return key === undefined
    ? { ...common, cacheKey: `${request.scope} ${contentType ?? "*"} ${subject}` }
    : { ...common, key, ...(contentType === undefined ? {} : { contentType }) };
}

type PolicyConfig = Pick<ServiceConfig, "location" | "limits" | "allowInsecureTransport">;

/** The URL-encoded session policy for one caller's path (`prefix`, or in object mode `key`), built in full. */
function encodedPolicy(
  config: PolicyConfig,
  scope: TransferRequest["scope"],
  contentType: string | undefined,
  prefix: string,
  key: string | undefined,
): string {
  return encodeSessionPolicy(
    transferPolicy({
      location: config.location,
      prefix,
      scopes: [scope],
      maxUploadBytes: config.limits.maxUploadBytes,
      multipartUpload: config.limits.multipartUpload,
      contentType,
      requireSecureTransport: !config.allowInsecureTransport,
      objectKey: key,
    }),
  );
}

/** Stands for the caller's path in a policy template: plain letters, which JSON and URL encoding leave as they are. */
const PATH_MARK = "callerpathmark";
const TEMPLATE_PREFIX = `${PATH_MARK}/`;
const TEMPLATE_KEY = `${PATH_MARK}/${PATH_MARK}`;
/** Templates kept per configuration: one per scope, content type and mode in use; the oldest go first. */
const MAX_TEMPLATES = 64;
const templates = new WeakMap<PolicyConfig, Map<string, readonly string[]>>();

/**
 * {@link encodedPolicy}, from a template built once per scope, content type and mode: the policies of two callers
 * differ only in their path, which appears in them only as the resource, so the encoded template is split where
 * the path goes and joined with the caller's path, JSON-escaped and URL-encoded as the full build does
 * (`encodeURIComponent` encodes each character on its own). Equal to the full build (test/lambda/grant.test.ts);
 * a path holding the mark is built in full.
 */
function sessionPolicy(
  config: PolicyConfig,
  scope: TransferRequest["scope"],
  contentType: string | undefined,
  prefix: string,
  key: string | undefined,
): string {
  const path = key ?? prefix;
  if (path.includes(PATH_MARK)) {
    return encodedPolicy(config, scope, contentType, prefix, key);
  }
  let kept = templates.get(config);
  if (kept === undefined) {
    kept = new Map();
    templates.set(config, kept);
  }
  const name = `${scope} ${key === undefined ? "prefix" : "object"} ${contentType ?? ""}`;
  let parts = kept.get(name);
  if (parts === undefined) {
    const mark = key === undefined ? TEMPLATE_PREFIX : TEMPLATE_KEY;
    parts = encodedPolicy(
      config,
      scope,
      contentType,
      TEMPLATE_PREFIX,
      key === undefined ? undefined : TEMPLATE_KEY,
    ).split(encodeURIComponent(mark));
    if (kept.size >= MAX_TEMPLATES) {
      kept.delete(kept.keys().next().value as string);
    }
    kept.set(name, parts);
  }
  return parts.join(encodeURIComponent(JSON.stringify(path).slice(1, -1)));
}

/**
 * Whether `request` renews an object-mode upload key. Only those may carry `uploadTicket`: for a download, or from a
 * service in prefix mode (whose keys need no ticket: the caller asks again), it is refused with 400
 * `TicketNotApplicable`.
 */
export function isRenewal(config: Pick<ServiceConfig, "keyMode">, request: TransferRequest): boolean {
  if (request.uploadTicket === undefined) {
    return false;
  }
  if (request.scope !== "upload") {
    throw new ServiceError(
      400,
      "TicketNotApplicable",
      "uploadTicket renews upload keys only; leave it out of download requests",
    );
  }
  if (config.keyMode !== "object") {
    throw new ServiceError(
      400,
      "TicketNotApplicable",
      "uploadTicket renews object-mode upload keys only; this service issues keys for your folder (prefix mode): ask again without uploadTicket",
    );
  }
  return true;
}

/**
 * STS's `RoleSessionName`, at most {@link MAX_SESSION_NAME_LENGTH} of `[\w+=,.@-]`, distinct for distinct callers so
 * that CloudAudit tells them apart. An id of 2 to 64 of `[\w+=.@-]` is used as it is. Any other (one with `|`, one
 * character, longer than 64) becomes as much of it as fits, other characters as `_`, then `,` and 16 hex digits
 * of its SHA-256: only rewritten names contain `,`, so one cannot equal a name used as it is, and the hash tells
 * apart ids that read the same once rewritten (`auth0|123`, `auth0_123`) or share their first 47 characters.
 */
export function roleSessionName(subject: string): string {
  if (SESSION_NAME.test(subject)) {
    return subject;
  }
  const hash = createHash("sha256").update(subject).digest("hex").slice(0, 16);
  const readable = subject.replace(/[^\w+=.@-]/g, "_").slice(0, MAX_SESSION_NAME_LENGTH - hash.length - 1);
  return `${readable},${hash}`;
}
