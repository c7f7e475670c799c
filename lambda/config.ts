/**
 * The key service's configuration: environment variables, read once per instance into a typed object. A bad value
 * fails with an error that names the variable, says what was received (never for secrets) and what is allowed.
 */
import {
  BucketLocation,
  COS_BUCKET_NAME,
  COS_BUCKET_NAME_MAX_LENGTH,
  DEFAULT_KEY_PREFIX_TEMPLATE,
  isContentTypePattern,
  REGION_ID,
  templateProblem,
  TRANSFER_SCOPES,
  TransferScope,
  UploadLimits,
} from "../policy";

/** The public STS endpoint. */
export const DEFAULT_STS_HOST = "sts.tencentcloudapi.com";

/** Key lifetime when `DURATION_SECONDS` is unset. */
export const DEFAULT_DURATION_SECONDS = 1800;

/**
 * How long one `AssumeRole` call may take: a slow but healthy STS answers well within it, and a caller still gets
 * an answer within 10 seconds even after a slow token key set lookup.
 */
export const STS_TIMEOUT_MS = 3000;

/** Shortest accepted HS256 secret, in bytes: RFC 7518 asks for at least the hash size. */
export const MIN_SECRET_BYTES = 32;

/** The function's own keys, as SCF provides them to a function with an execution role. */
export interface FunctionCredentials {
  readonly secretId: string;
  readonly secretKey: string;
  /** Absent for permanent keys, such as a developer's in a local shell. */
  readonly token?: string;
}

/** Everything needed to call STS `AssumeRole`. */
export interface StsSettings {
  /** `https://sts.…`, or `http://127.0.0.1:<port>` / `http://localhost:<port>` for a local emulator. */
  readonly endpoint: URL;
  /** Region of the STS client; the bucket's region. */
  readonly region: string;
  /** The upload role, `qcs::cam::uin/<uin>:roleName/<name>`. */
  readonly roleArn: string;
  /** Lifetime of each issued key. */
  readonly durationSeconds: number;
  /** Upper bound on one `AssumeRole` call. */
  readonly timeoutMs: number;
  /** The keys `AssumeRole` is signed with. */
  readonly credentials: FunctionCredentials;
}

/** How callers' tokens are verified: a shared HS256 secret, or the issuer's key set (RS256/ES256). */
export type CallerKey = { readonly kind: "hs256"; readonly secret: Uint8Array } | { readonly kind: "jwks"; readonly url: URL };

/** Token verification settings. */
export interface AuthSettings {
  readonly key: CallerKey;
  /** Required `iss`; not checked when undefined. */
  readonly issuer?: string;
  /** Required `aud`; not checked when undefined. */
  readonly audience?: string;
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
  /** Size and content-type limits on uploads. */
  readonly limits: UploadLimits;
  readonly sts: StsSettings;
}

/** A configuration problem. The message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const ROLE_ARN = /^qcs::cam::uin\/\d+:roleName\/[\w+=,.@-]{1,128}$/;
const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost"];

/** Reads the configuration from environment variables (see README "Configuration"). Throws {@link ConfigError}. */
export function parseConfig(env: Env): ServiceConfig {
  const read = (name: string): string | undefined => (env[name] === "" ? undefined : env[name]);

  const bucket = required(read, "COS_BUCKET");
  const appId = bucket.length <= COS_BUCKET_NAME_MAX_LENGTH ? COS_BUCKET_NAME.exec(bucket)?.groups?.appId : undefined;
  if (appId === undefined) {
    throw problem("COS_BUCKET", bucket, `must be <name>-<10-digit APPID> in lower case, at most ${COS_BUCKET_NAME_MAX_LENGTH} characters, such as photos-1250000000`);
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
  const durationSeconds = integer(read, "DURATION_SECONDS", 900, 7200) ?? DEFAULT_DURATION_SECONDS;
  const maxUploadBytes = integer(read, "MAX_UPLOAD_BYTES", 1, Number.MAX_SAFE_INTEGER);
  const allowedContentTypes = list(read, "ALLOWED_CONTENT_TYPES");
  const badType = allowedContentTypes?.find((pattern) => !isContentTypePattern(pattern));
  if (badType !== undefined) {
    throw problem("ALLOWED_CONTENT_TYPES", badType, "must list lower-case media types such as image/png or image/*");
  }
  const allowedScopes = list(read, "ALLOWED_SCOPES") ?? TRANSFER_SCOPES;
  const badScope = allowedScopes.find((scope) => !(TRANSFER_SCOPES as readonly string[]).includes(scope));
  if (badScope !== undefined || allowedScopes.length === 0) {
    throw problem("ALLOWED_SCOPES", badScope ?? "", `must list scopes among ${TRANSFER_SCOPES.join(", ")}`);
  }
  const allowedOrigins = list(read, "ALLOWED_ORIGINS") ?? [];
  const badOrigin = allowedOrigins.find((origin) => origin !== "*" && !isOrigin(origin));
  if (badOrigin !== undefined) {
    throw problem("ALLOWED_ORIGINS", badOrigin, "must list origins such as https://app.example.com (scheme, host, optional port), or *");
  }
  return {
    location: { bucket, region, appId },
    prefixTemplate,
    allowedScopes: allowedScopes as TransferScope[],
    auth: { key: callerKey(read), issuer: read("AUTH_ISSUER"), audience: read("AUTH_AUDIENCE") },
    allowedOrigins,
    limits: { maxUploadBytes, allowedContentTypes },
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
      credentials: functionCredentials(read),
    },
  };
}

function callerKey(read: (name: string) => string | undefined): CallerKey {
  const secret = read("AUTH_JWT_SECRET");
  const jwksUrl = read("AUTH_JWKS_URL");
  if ((secret === undefined) === (jwksUrl === undefined)) {
    throw new ConfigError("set exactly one of AUTH_JWT_SECRET (HS256) and AUTH_JWKS_URL (RS256/ES256)");
  }
  if (secret !== undefined) {
    const bytes = new TextEncoder().encode(secret);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new ConfigError(`AUTH_JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes; received ${bytes.length}`);
    }
    return { kind: "hs256", secret: bytes };
  }
  const url = serviceUrl("AUTH_JWKS_URL", jwksUrl ?? "", "must be an https URL, or http://127.0.0.1:<port>/… for a local key set", () => true);
  return { kind: "jwks", url };
}

function functionCredentials(read: (name: string) => string | undefined): FunctionCredentials {
  // SCF sets the names without the inner underscore; the SDKs and CLIs use the ones with it.
  const secretId = read("TENCENTCLOUD_SECRETID") ?? read("TENCENTCLOUD_SECRET_ID");
  const secretKey = read("TENCENTCLOUD_SECRETKEY") ?? read("TENCENTCLOUD_SECRET_KEY");
  const token = read("TENCENTCLOUD_SESSIONTOKEN") ?? read("TENCENTCLOUD_SESSION_TOKEN");
  if (secretId === undefined || secretKey === undefined) {
    throw new ConfigError(
      "TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY) are required; " +
        "SCF sets them when the function has an execution role",
    );
  }
  return token === undefined ? { secretId, secretKey } : { secretId, secretKey, token };
}

/**
 * An https URL that `accept` takes, or plain http to a loopback address (a local emulator): keys and tokens never
 * cross a network in clear text. A bare host means https.
 */
function serviceUrl(name: string, raw: string, allowed: string, accept: (url: URL) => boolean): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw.includes("://") ? raw : `https://${raw}`);
  } catch {
    url = undefined;
  }
  const secure = url?.protocol === "https:";
  const local = url?.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname) && url.port !== "";
  const bare = url?.username === "" && url.password === "" && url.search === "" && url.hash === "";
  if (url === undefined || !(secure || local) || !bare || !accept(url)) {
    throw problem(name, raw, allowed);
  }
  return url;
}

function required(read: (name: string) => string | undefined, name: string): string {
  const value = read(name);
  if (value === undefined) {
    throw new ConfigError(`${name} is required`);
  }
  return value;
}

function integer(read: (name: string) => string | undefined, name: string, min: number, max: number): number | undefined {
  const raw = read(name);
  if (raw === undefined) {
    return undefined;
  }
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) {
    throw problem(name, raw, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function list(read: (name: string) => string | undefined, name: string): string[] | undefined {
  const raw = read(name);
  return raw === undefined ? undefined : raw.split(",").map((item) => item.trim()).filter((item) => item !== "");
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

function problem(name: string, received: string, allowed: string): ConfigError {
  return new ConfigError(`${name} ${allowed}; received ${JSON.stringify(received)}`);
}
