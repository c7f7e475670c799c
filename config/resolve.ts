import { COS_BUCKET_NAME, COS_BUCKET_NAME_MAX_LENGTH, DEFAULT_KEY_PREFIX_TEMPLATE, isContentTypePattern, REGION_ID, templateProblem } from "../policy";
import { BucketAcl, EnvironmentConfig, KeyMode, StateBackendConfig } from "./environment-config";

/** Defaults applied to every environment; listed in the README under "Default settings". */
export const DEFAULTS = {
  bucketAcl: "private",
  keyPrefixTemplate: DEFAULT_KEY_PREFIX_TEMPLATE,
  keyDurationSeconds: 1800,
  abortIncompleteMultipartDays: 3,
  noncurrentVersionExpirationDays: 30,
  keyMode: "prefix",
  keyService: {
    runtime: "Nodejs18.15",
    memorySizeMb: 128,
    timeoutSeconds: 10,
    reservedConcurrency: 10,
    clsLogging: false,
  },
} as const;

/** The key lifetimes STS `AssumeRole` accepts for this project, in seconds. */
export const KEY_DURATION_RANGE = { min: 900, max: 7200 } as const;

/** COS refuses single-request uploads above 5 GB. */
export const MAX_SIMPLE_UPLOAD_BYTES = 5 * 1024 ** 3;

/** Key-service settings with every default applied. */
export interface ResolvedKeyService {
  readonly runtime: string;
  readonly memorySizeMb: number;
  readonly timeoutSeconds: number;
  readonly reservedConcurrency: number;
  readonly clsLogging: boolean;
  readonly authJwksUrl?: string;
  readonly authIssuer?: string;
  readonly authAudience?: string;
  readonly authJwtSecretName?: string;
  readonly authMaxTokenAgeSeconds?: number;
  readonly maxKeysPerCallerPerMinute: number;
}

/** An environment after validation, with every default applied and the derived names computed. */
export interface ResolvedEnvironment {
  readonly name: string;
  readonly region: string;
  readonly appId: string;
  readonly ownerUin: string;
  /** `<bucketBaseName>-<appId>`. */
  readonly bucket: string;
  readonly bucketAcl: BucketAcl;
  readonly corsOrigins: readonly string[];
  readonly keyPrefixTemplate: string;
  readonly keyDurationSeconds: number;
  readonly maxUploadBytes?: number;
  readonly allowedContentTypes: readonly string[];
  readonly allowDownload: boolean;
  readonly abortIncompleteMultipartDays: number;
  readonly noncurrentVersionExpirationDays: number;
  readonly keyMode: KeyMode;
  readonly stateBackend: StateBackendConfig;
  readonly protected: boolean;
  readonly tags: Readonly<Record<string, string>>;
  readonly keyService: ResolvedKeyService;
}

/** Thrown when a configuration cannot be deployed; the message lists every problem found. */
export class ConfigError extends Error {
  constructor(
    readonly environment: string,
    readonly problems: readonly string[],
  ) {
    super(`invalid configuration for environment "${environment}":\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

const ENV_NAME = /^[a-z][a-z0-9-]{0,19}$/;
const APPID = /^[0-9]{10}$/;
const UIN = /^[0-9]{5,20}$/;
const SCF_RUNTIME = /^Nodejs(1[68]|[2-9][0-9])\.[0-9]+$/;
const TAG_KEY = /^[A-Za-z0-9_.:/=+@-]{1,127}$/;

/**
 * Checks an environment and applies the defaults. Every problem is reported at once, each naming the field, the
 * value received and what is allowed, so that a bad record fails synth before anything is deployed.
 */
export function resolveEnvironment(config: EnvironmentConfig): ResolvedEnvironment {
  const problems: string[] = [];
  const check = (ok: boolean, field: string, value: unknown, allowed: string) => {
    if (!ok) {
      problems.push(`${field}: received ${JSON.stringify(value)}; allowed: ${allowed}`);
    }
  };
  const keyMode: KeyMode = config.keyMode ?? DEFAULTS.keyMode;
  const ks = { maxKeysPerCallerPerMinute: keyMode === "object" ? 120 : 10, ...DEFAULTS.keyService, ...config.keyService };
  const resolved: ResolvedEnvironment = {
    name: config.name,
    region: config.region,
    appId: config.appId,
    ownerUin: config.ownerUin,
    bucket: `${config.bucketBaseName}-${config.appId}`,
    bucketAcl: config.bucketAcl ?? DEFAULTS.bucketAcl,
    corsOrigins: config.corsOrigins ?? [],
    keyPrefixTemplate: config.keyPrefixTemplate ?? DEFAULTS.keyPrefixTemplate,
    keyDurationSeconds: config.keyDurationSeconds ?? DEFAULTS.keyDurationSeconds,
    maxUploadBytes: config.maxUploadBytes,
    allowedContentTypes: config.allowedContentTypes ?? [],
    allowDownload: config.allowDownload ?? false,
    abortIncompleteMultipartDays: config.abortIncompleteMultipartDays ?? DEFAULTS.abortIncompleteMultipartDays,
    noncurrentVersionExpirationDays: config.noncurrentVersionExpirationDays ?? DEFAULTS.noncurrentVersionExpirationDays,
    keyMode,
    stateBackend: config.stateBackend,
    protected: config.protected,
    tags: config.tags ?? {},
    keyService: ks,
  };

  check(ENV_NAME.test(config.name), "name", config.name, "1-20 characters: a-z first, then a-z, 0-9, -");
  check(REGION_ID.test(config.region), "region", config.region, 'a region id such as "ap-guangzhou"');
  check(APPID.test(config.appId), "appId", config.appId, "the account's 10-digit APPID");
  check(UIN.test(config.ownerUin), "ownerUin", config.ownerUin, "the owner account's UIN (digits)");
  // A bad APPID is reported on its own; the bucket name is judged only with a valid one.
  check(
    !APPID.test(config.appId) || (COS_BUCKET_NAME.test(resolved.bucket) && resolved.bucket.length <= COS_BUCKET_NAME_MAX_LENGTH),
    "bucketBaseName",
    config.bucketBaseName,
    `a-z, 0-9 and inner "-", so that "<bucketBaseName>-<appId>" (here ${JSON.stringify(resolved.bucket)}) ` +
      `matches ${COS_BUCKET_NAME.source} and is at most ${COS_BUCKET_NAME_MAX_LENGTH} characters`,
  );
  check(
    resolved.bucketAcl === "private" || resolved.bucketAcl === "public-read",
    "bucketAcl",
    resolved.bucketAcl,
    '"private" or "public-read" ("public-read-write" lets anyone write)',
  );
  for (const origin of resolved.corsOrigins) {
    check(
      origin === "*" ? !config.protected : isOrigin(origin),
      "corsOrigins",
      origin,
      config.protected
        ? 'https origins such as "https://app.example.com" ("*" is refused in a protected environment)'
        : 'origins such as "https://app.example.com", "http://localhost:3000", or "*"',
    );
  }
  const templateIssue = templateProblem(resolved.keyPrefixTemplate);
  check(templateIssue === undefined, "keyPrefixTemplate", resolved.keyPrefixTemplate, `a template that ${templateIssue}`);
  check(
    isIntegerIn(resolved.keyDurationSeconds, KEY_DURATION_RANGE.min, KEY_DURATION_RANGE.max),
    "keyDurationSeconds",
    resolved.keyDurationSeconds,
    `an integer from ${KEY_DURATION_RANGE.min} to ${KEY_DURATION_RANGE.max}`,
  );
  if (resolved.maxUploadBytes !== undefined) {
    check(
      isIntegerIn(resolved.maxUploadBytes, 1, MAX_SIMPLE_UPLOAD_BYTES),
      "maxUploadBytes",
      resolved.maxUploadBytes,
      `an integer from 1 to ${MAX_SIMPLE_UPLOAD_BYTES} (5 GiB, the single-request limit of COS)`,
    );
  }
  for (const type of resolved.allowedContentTypes) {
    check(isContentTypePattern(type), "allowedContentTypes", type, 'MIME types such as "image/png" or "image/*"');
  }
  check(
    isIntegerIn(resolved.abortIncompleteMultipartDays, 1, 365),
    "abortIncompleteMultipartDays",
    resolved.abortIncompleteMultipartDays,
    "an integer from 1 to 365",
  );
  checkStateBackend(config.stateBackend, check);
  for (const [key, value] of Object.entries(resolved.tags)) {
    check(TAG_KEY.test(key) && value.length <= 255, "tags", { [key]: value }, "keys of 1-127 characters [A-Za-z0-9_.:/=+@-], values up to 255");
  }
  check(SCF_RUNTIME.test(ks.runtime), "keyService.runtime", ks.runtime, 'a Node.js SCF runtime from 16 up, such as "Nodejs18.15"');
  check(
    isIntegerIn(ks.memorySizeMb, 128, 3072) && ks.memorySizeMb % 128 === 0,
    "keyService.memorySizeMb",
    ks.memorySizeMb,
    "a multiple of 128 from 128 to 3072",
  );
  check(isIntegerIn(ks.timeoutSeconds, 5, 900), "keyService.timeoutSeconds", ks.timeoutSeconds, "an integer from 5 to 900 (STS alone may take 3 s)");
  check(
    isIntegerIn(ks.reservedConcurrency, 1, 1000),
    "keyService.reservedConcurrency",
    ks.reservedConcurrency,
    "an integer from 1 to 1000",
  );
  if (ks.authJwksUrl !== undefined) {
    check(isHttpsUrl(ks.authJwksUrl), "keyService.authJwksUrl", ks.authJwksUrl, "an https:// URL");
  }

  if (problems.length > 0) {
    throw new ConfigError(config.name, problems);
  }
  return resolved;
}

type Check = (ok: boolean, field: string, value: unknown, allowed: string) => void;

function checkStateBackend(backend: StateBackendConfig, check: Check): void {
  if (backend.type === "local") {
    return;
  }
  check(COS_BUCKET_NAME.test(backend.bucket), "stateBackend.bucket", backend.bucket, "an existing bucket named <name>-<10-digit appid>");
  check(
    /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(backend.prefix),
    "stateBackend.prefix",
    backend.prefix,
    'a folder such as "direct-transfer/prod" (no leading or trailing "/")',
  );
  if (backend.region !== undefined) {
    check(REGION_ID.test(backend.region), "stateBackend.region", backend.region, 'a region id such as "ap-guangzhou"');
  }
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** `scheme://host[:port]` with nothing after it; `https://*.example.com` is allowed, as COS supports it. */
function isOrigin(value: string): boolean {
  const match = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(:[0-9]{1,5})?$/.exec(value);
  if (match === null) {
    return false;
  }
  const [, scheme, , host] = match;
  return scheme === "https" || host === "localhost" || host === "127.0.0.1";
}
