/**
 * The key service's configuration: environment variables, read once per instance into a typed object. The names,
 * defaults and limits are the contract's (policy/function-variables.ts), which the stack writes them through. A bad
 * value fails with an error that names the variable, says what was received (never for secrets) and what is allowed.
 */
import {
  BucketLocation,
  COS_BUCKET_NAME,
  DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE,
  DEFAULT_RENEWAL_WINDOW_SECONDS,
  isKeyMode,
  KeyMode,
  COS_BUCKET_NAME_MAX_LENGTH,
  DEFAULT_KEY_PREFIX_TEMPLATE,
  isOriginEntry,
  MAX_RENEWAL_WINDOW_SECONDS,
  ORIGIN_ENTRY_RULE,
  REGION_ID,
  templateProblem,
  TRANSFER_SCOPES,
  TransferScope,
  UploadLimits,
} from "../../policy";
import {
  DEFAULT_KEY_DURATION_SECONDS,
  DEFAULT_KEY_MODE,
  KEY_DURATION_RANGE,
  KeyServiceVariable,
  MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE,
  MAX_UPLOAD_BYTES_RANGE,
  MIN_SECRET_BYTES,
  MIN_TOKEN_AGE_SECONDS,
} from "../../policy/function-variables";
import { isSsmSecretName, SSM_SECRET_NAME_RULE } from "../../policy/ssm";
import { functionCredentials } from "../shared/credentials";
import { ConfigError, envReader, Env, flag, integer, list, problem, Read, required, serviceUrl } from "../shared/env";
import { readAllowedContentTypes } from "../shared/limits";
import { SECRET_VERSION_ID, ssmEndpoint, SSM_RETRY_MS, SSM_TIMEOUT_MS, SsmSecretSettings } from "../shared/ssm";
import { ApiSettings } from "../shared/tencent-api";

/** What {@link parseConfig} throws: the one configuration error of both functions (lambda/shared/env.ts). */
export { ConfigError };

/** The public STS endpoint. */
export const DEFAULT_STS_HOST = "sts.tencentcloudapi.com";

/**
 * How long one `AssumeRole` call may take: a slow but healthy STS answers well within it, and a caller still gets
 * an answer within 10 seconds even after a slow token key set lookup.
 */
export const STS_TIMEOUT_MS = 3000;

/**
 * STS calls one caller may cause per instance and minute when `MAX_KEYS_PER_CALLER_PER_MINUTE` is unset, by
 * `KEY_MODE`: the environment schema's defaults, so a function configured by hand behaves as the stack's does.
 */
export { DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE };

/**
 * The version of the `AUTH_JWT_SECRET_NAME` (and `UPLOAD_TICKET_SECRET_NAME`) secret the function reads: the one
 * version both functions read (see {@link SECRET_VERSION_ID}).
 */
export const JWT_SECRET_VERSION_ID = SECRET_VERSION_ID;

/** Everything needed to call STS `AssumeRole`. */
export interface StsSettings extends ApiSettings {
  /** The upload role, `qcs::cam::uin/<uin>:roleName/<name>`. */
  readonly roleArn: string;
  /** Lifetime of each issued key. */
  readonly durationSeconds: number;
}

/**
 * How callers' tokens are verified: a shared HS256 secret (from the environment, or read from Secrets Manager), or
 * the issuer's key set (RS256/ES256).
 */
export type CallerKey =
  | { readonly kind: "hs256"; readonly secret: Uint8Array }
  | { readonly kind: "ssm"; readonly ssm: SsmSecretSettings }
  | { readonly kind: "jwks"; readonly url: URL };

/** Token verification settings. */
export interface AuthSettings {
  readonly key: CallerKey;
  /** Required `iss`; not checked when undefined. Always set with a key set. */
  readonly issuer?: string;
  /** Required `aud`; not checked when undefined. Always set with a key set. */
  readonly audience?: string;
  /** Oldest accepted `iat`, in seconds before now (`iat` then required); not checked when undefined. */
  readonly maxTokenAgeSeconds?: number;
}

/** Shortest `RENEWAL_WINDOW_SECONDS`; the environment schema asks for at least the key lifetime. */
const MIN_RENEWAL_WINDOW_SECONDS = 60;

/** `RENEWAL_WINDOW_SECONDS` when unset, and its largest value: the environment schema's. */
export { DEFAULT_RENEWAL_WINDOW_SECONDS, MAX_RENEWAL_WINDOW_SECONDS };

/**
 * The secret upload tickets are signed with (through HKDF, see `upload-ticket.ts`): the HS256 secret of caller tokens
 * (`caller-secret`, from the environment or Secrets Manager), or a secret of its own, from `UPLOAD_TICKET_SECRET` or
 * the Secrets Manager secret `UPLOAD_TICKET_SECRET_NAME`. With a key set (`AUTH_JWKS_URL`) there is no shared secret,
 * so object mode needs one of its own.
 */
export type TicketSecret =
  | { readonly kind: "caller-secret" }
  | { readonly kind: "hs256"; readonly secret: Uint8Array }
  | { readonly kind: "ssm"; readonly ssm: SsmSecretSettings };

/** Renewal of object-mode upload keys. */
export interface UploadTicketSettings {
  /** Undefined in prefix mode with a key set: no ticket is ever issued there. */
  readonly secret?: TicketSecret;
  /** How long after the first key of an upload its ticket renews it, in seconds. */
  readonly renewalWindowSeconds: number;
}

/** The whole configuration. */
export interface ServiceConfig {
  /** The bucket; its APPID comes from the bucket name. */
  readonly location: BucketLocation;
  /** Key prefix template such as `uploads/{sub}/`. */
  readonly prefixTemplate: string;
  /** Scopes callers may ask for; the stack sets the ones its upload role allows. */
  readonly allowedScopes: readonly TransferScope[];
  readonly auth: AuthSettings;
  /** Browser origins answered with CORS headers; empty for none, `*` for any. */
  readonly allowedOrigins: readonly string[];
  /** Size and content-type limits on uploads, and whether multipart upload is granted (`MULTIPART_UPLOAD`). */
  readonly limits: UploadLimits;
  /** `prefix`: keys for the caller's folder, cached; `object`: one key per upload, for one object the service names. */
  readonly keyMode: KeyMode;
  /** Drops the HTTPS-only condition from session policies; for a local COS over plain HTTP only. */
  readonly allowInsecureTransport: boolean;
  /** STS calls one caller id may cause per instance and minute; then 429. */
  readonly maxKeysPerCallerPerMinute: number;
  readonly sts: StsSettings;
  /** Object mode: how upload keys are renewed. */
  readonly uploadTicket: UploadTicketSettings;
}

const ROLE_ARN = /^qcs::cam::uin\/\d+:roleName\/[\w+=,.@-]{1,128}$/;

/**
 * Reads the configuration from environment variables (see docs/key-service.md, "Configuration of the function").
 * Throws {@link ConfigError}.
 */
export function parseConfig(env: Env): ServiceConfig {
  const read = envReader<KeyServiceVariable>(env);

  const bucket = required(read, "COS_BUCKET");
  const appId = bucket.length <= COS_BUCKET_NAME_MAX_LENGTH ? COS_BUCKET_NAME.exec(bucket)?.groups?.appId : undefined;
  if (appId === undefined) {
    throw problem(
      "COS_BUCKET",
      bucket,
      `must be <name>-<10-digit APPID> in lower case, at most ${COS_BUCKET_NAME_MAX_LENGTH} characters, such as photos-1250000000`,
    );
  }
  const region = required(read, "COS_REGION");
  if (!REGION_ID.test(region)) {
    throw problem("COS_REGION", region, "must be a COS region such as ap-guangzhou");
  }
  const roleArn = required(read, "UPLOAD_ROLE_ARN");
  if (!ROLE_ARN.test(roleArn)) {
    throw problem("UPLOAD_ROLE_ARN", roleArn, "must be qcs::cam::uin/<uin>:roleName/<name>");
  }
  const prefixTemplate = read("ALLOW_PREFIX") ?? DEFAULT_KEY_PREFIX_TEMPLATE;
  const templateError = templateProblem(prefixTemplate);
  if (templateError !== undefined) {
    throw problem("ALLOW_PREFIX", prefixTemplate, templateError);
  }
  const durationSeconds = integer(read, "DURATION_SECONDS", KEY_DURATION_RANGE) ?? DEFAULT_KEY_DURATION_SECONDS;
  const maxUploadBytes = integer(read, "MAX_UPLOAD_BYTES", MAX_UPLOAD_BYTES_RANGE);
  // Unset means granted, the environment schema's default `multipartUpload: true`.
  const multipartUpload = read("MULTIPART_UPLOAD") === undefined || flag(read, "MULTIPART_UPLOAD");
  const allowedContentTypes = readAllowedContentTypes(read);
  const allowedScopes = list(read, "ALLOWED_SCOPES") ?? TRANSFER_SCOPES;
  const badScope = allowedScopes.find((scope) => !(TRANSFER_SCOPES as readonly string[]).includes(scope));
  if (badScope !== undefined || allowedScopes.length === 0) {
    throw problem("ALLOWED_SCOPES", badScope ?? "", `must list scopes among ${TRANSFER_SCOPES.join(", ")}`);
  }
  const keyMode = read("KEY_MODE") ?? DEFAULT_KEY_MODE;
  if (!isKeyMode(keyMode)) {
    throw problem("KEY_MODE", keyMode, "must be prefix or object");
  }
  const allowInsecureTransport = flag(read, "ALLOW_INSECURE_TRANSPORT");
  const maxKeysPerCallerPerMinute =
    integer(read, "MAX_KEYS_PER_CALLER_PER_MINUTE", MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE) ??
    DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE[keyMode];
  const credentials = functionCredentials(env);
  credentials();
  const renewalWindowSeconds =
    integer(read, "RENEWAL_WINDOW_SECONDS", { min: MIN_RENEWAL_WINDOW_SECONDS, max: MAX_RENEWAL_WINDOW_SECONDS }) ??
    DEFAULT_RENEWAL_WINDOW_SECONDS;
  const allowedOrigins = list(read, "ALLOWED_ORIGINS") ?? [];
  // The environment schema's rule (policy/origin.ts): a function configured by hand accepts what synth accepts.
  const badOrigin = allowedOrigins.find((origin) => !isOriginEntry(origin));
  if (badOrigin !== undefined) {
    throw problem("ALLOWED_ORIGINS", badOrigin, `must list ${ORIGIN_ENTRY_RULE}`);
  }
  const ssmApi = { region, timeoutMs: SSM_TIMEOUT_MS, credentials };
  const auth = authSettings(read, ssmApi);
  const ticketSecret = uploadTicketSecret(read, ssmApi, auth.key);
  if (keyMode === "object" && ticketSecret === undefined) {
    throw new ConfigError(
      "KEY_MODE=object with AUTH_JWKS_URL requires UPLOAD_TICKET_SECRET_NAME (or UPLOAD_TICKET_SECRET) to sign upload tickets",
    );
  }
  return {
    location: { bucket, region, appId },
    prefixTemplate,
    allowedScopes: allowedScopes as TransferScope[],
    auth,
    allowedOrigins,
    limits: { maxUploadBytes, multipartUpload, allowedContentTypes },
    keyMode,
    allowInsecureTransport,
    maxKeysPerCallerPerMinute,
    sts: {
      endpoint: serviceUrl(
        "STS_ENDPOINT",
        read("STS_ENDPOINT") ?? DEFAULT_STS_HOST,
        "must be an sts.* host or https URL, or http://127.0.0.1:<port> for a local emulator",
        // The SDK signs for the service named by the host's first label, so a real endpoint must start with "sts.".
        (url) => url.pathname === "/" && (url.protocol === "http:" || url.hostname.startsWith("sts.")),
      ),
      region,
      roleArn,
      durationSeconds,
      timeoutMs: STS_TIMEOUT_MS,
      credentials,
    },
    uploadTicket: { renewalWindowSeconds, ...(ticketSecret === undefined ? {} : { secret: ticketSecret }) },
  };
}

/** The upload tickets' own secret if one is set, else the caller-token secret where tokens are HS256. */
function uploadTicketSecret(
  read: Read<KeyServiceVariable>,
  api: Omit<ApiSettings, "endpoint">,
  callerKey: CallerKey,
): TicketSecret | undefined {
  const secret = read("UPLOAD_TICKET_SECRET");
  const secretName = read("UPLOAD_TICKET_SECRET_NAME");
  if (secret !== undefined && secretName !== undefined) {
    throw new ConfigError("set at most one of UPLOAD_TICKET_SECRET and UPLOAD_TICKET_SECRET_NAME");
  }
  if (secret !== undefined || secretName !== undefined) {
    return sharedSecret(
      read,
      api,
      { variable: "UPLOAD_TICKET_SECRET", value: secret },
      { variable: "UPLOAD_TICKET_SECRET_NAME", value: secretName },
    );
  }
  return callerKey.kind === "jwks" ? undefined : { kind: "caller-secret" };
}

/**
 * A shared HMAC secret given in one of two variables: inline (at least {@link MIN_SECRET_BYTES} bytes), or as the
 * name of a Secrets Manager secret read with the function's own keys. The caller has checked that one is set.
 */
function sharedSecret(
  read: Read<KeyServiceVariable>,
  api: Omit<ApiSettings, "endpoint">,
  inline: { readonly variable: KeyServiceVariable; readonly value?: string },
  named: { readonly variable: KeyServiceVariable; readonly value?: string },
): { kind: "hs256"; secret: Uint8Array } | { kind: "ssm"; ssm: SsmSecretSettings } {
  if (inline.value !== undefined) {
    const bytes = new TextEncoder().encode(inline.value);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new ConfigError(`${inline.variable} must be at least ${MIN_SECRET_BYTES} bytes; received ${bytes.length}`);
    }
    return { kind: "hs256", secret: bytes };
  }
  const secretName = named.value ?? "";
  if (!isSsmSecretName(secretName)) {
    throw problem(named.variable, secretName, `must be ${SSM_SECRET_NAME_RULE}`);
  }
  return {
    kind: "ssm",
    ssm: { ...api, endpoint: ssmEndpoint(read), secretName, versionId: JWT_SECRET_VERSION_ID, retryMs: SSM_RETRY_MS },
  };
}

function authSettings(read: Read<KeyServiceVariable>, api: Omit<ApiSettings, "endpoint">): AuthSettings {
  const issuer = read("AUTH_ISSUER");
  const audience = read("AUTH_AUDIENCE");
  const maxTokenAgeSeconds = integer(read, "AUTH_MAX_TOKEN_AGE_SECONDS", {
    min: MIN_TOKEN_AGE_SECONDS,
    max: Number.MAX_SAFE_INTEGER,
  });
  const key = callerKey(read, api);
  if (key.kind === "jwks" && (issuer === undefined || audience === undefined)) {
    // A key set is often a multi-tenant provider's: without both, any account there could get keys.
    throw new ConfigError("AUTH_JWKS_URL requires both AUTH_ISSUER and AUTH_AUDIENCE");
  }
  return { key, issuer, audience, ...(maxTokenAgeSeconds === undefined ? {} : { maxTokenAgeSeconds }) };
}

function callerKey(read: Read<KeyServiceVariable>, api: Omit<ApiSettings, "endpoint">): CallerKey {
  const secret = read("AUTH_JWT_SECRET");
  const secretName = read("AUTH_JWT_SECRET_NAME");
  const jwksUrl = read("AUTH_JWKS_URL");
  if ([secret, secretName, jwksUrl].filter((value) => value !== undefined).length !== 1) {
    throw new ConfigError(
      "set exactly one of AUTH_JWT_SECRET (HS256), AUTH_JWT_SECRET_NAME (HS256, from Secrets Manager) and AUTH_JWKS_URL (RS256/ES256)",
    );
  }
  if (secret !== undefined || secretName !== undefined) {
    return sharedSecret(
      read,
      api,
      { variable: "AUTH_JWT_SECRET", value: secret },
      { variable: "AUTH_JWT_SECRET_NAME", value: secretName },
    );
  }
  const url = serviceUrl(
    "AUTH_JWKS_URL",
    jwksUrl ?? "",
    "must be an https URL, or http://127.0.0.1:<port>/… for a local key set",
    () => true,
  );
  return { kind: "jwks", url };
}
