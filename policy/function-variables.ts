/**
 * The contract between the stack and its two functions: the names of each function's environment variables, their
 * defaults and limits, and the writers the stack sets them with. Every party goes through this file:
 * - the stack writes them: `DirectTransfer` with {@link keyServiceVariables}, `UploadCheck` with
 *   {@link uploadCheckVariables};
 * - the functions read them (`lambda/key-service/config.ts`, `lambda/upload-check/config.ts`), typed to these names,
 *   with these defaults and limits;
 * - the environment schema (`config/environment-config.ts`) checks a record against the same limits, so synth
 *   refuses what a function would refuse;
 * - the outputs file and the sandbox read the synthesized variables by these names, with these defaults.
 * A variable a function reads that is not listed here does not type-check. Pure TypeScript, no cdktf.
 */
import { KeyMode } from "./key-mode";
import { MAX_SIMPLE_UPLOAD_BYTES, TransferScope, UploadLimits } from "./transfer-policy";

/** The key service's variables: the ones the stack writes, then the ones for local runs and hand-made functions. */
export const KEY_SERVICE_VARIABLES = [
  "COS_BUCKET",
  "COS_REGION",
  "UPLOAD_ROLE_ARN",
  "ALLOW_PREFIX",
  "ALLOWED_SCOPES",
  "DURATION_SECONDS",
  "KEY_MODE",
  "MAX_KEYS_PER_CALLER_PER_MINUTE",
  "ALLOWED_ORIGINS",
  "MAX_UPLOAD_BYTES",
  "MULTIPART_UPLOAD",
  "ALLOWED_CONTENT_TYPES",
  "AUTH_JWKS_URL",
  "AUTH_JWT_SECRET_NAME",
  "AUTH_JWT_SECRET",
  "AUTH_ISSUER",
  "AUTH_AUDIENCE",
  "AUTH_MAX_TOKEN_AGE_SECONDS",
  "RENEWAL_WINDOW_SECONDS",
  "UPLOAD_TICKET_SECRET_NAME",
  // Never written by the stack.
  "UPLOAD_TICKET_SECRET",
  "STS_ENDPOINT",
  "SSM_ENDPOINT",
  "ALLOW_INSECURE_TRANSPORT",
] as const;

/** A variable of the key service. */
export type KeyServiceVariable = (typeof KEY_SERVICE_VARIABLES)[number];

/** The key service's variables as the stack writes them; an unset variable is absent. */
export type KeyServiceVariables = { readonly [N in KeyServiceVariable]?: string };

/** The post-upload check's variables: the ones the stack writes, then the ones for local runs. */
export const UPLOAD_CHECK_VARIABLES = [
  "COS_BUCKET",
  "COS_REGION",
  "OWNER_UIN",
  "BUCKET_ACL",
  "ALLOW_PREFIX",
  "MAX_UPLOAD_BYTES",
  "ALLOWED_CONTENT_TYPES",
  "QUARANTINE_PREFIX",
  "WEBHOOK_URL",
  "WEBHOOK_SECRET",
  "WEBHOOK_SECRET_NAME",
  "MAX_WEBHOOKS_PER_MINUTE",
  "VERDICT_SECRET",
  "VERDICT_SECRET_NAME",
  "SWEEP_GRACE_MINUTES",
  "SWEEP_MAX_OBJECTS",
  // Never written by the stack.
  "COS_ENDPOINT",
  "SSM_ENDPOINT",
] as const;

/** A variable of the post-upload check. */
export type UploadCheckVariable = (typeof UPLOAD_CHECK_VARIABLES)[number];

/** The check's variables as the stack writes them; an unset variable is absent. */
export type UploadCheckVariables = { readonly [N in UploadCheckVariable]?: string };

/** Inclusive bounds of a whole number. */
export interface IntegerRange {
  readonly min: number;
  readonly max: number;
}

/** The key lifetimes STS `AssumeRole` is asked for in this project, in seconds (`keyDurationSeconds`, `DURATION_SECONDS`). */
export const KEY_DURATION_RANGE = { min: 900, max: 7200 } as const satisfies IntegerRange;

/** Key lifetime when neither the record nor the function's variables set one, in seconds. */
export const DEFAULT_KEY_DURATION_SECONDS = 1800;

/** Key mode when neither the record nor the function's variables set one (`keyMode`, `KEY_MODE`). */
export const DEFAULT_KEY_MODE: KeyMode = "prefix";

/**
 * Object sizes a limit may name, in bytes (`maxUploadBytes`, `MAX_UPLOAD_BYTES`): up to 5 GiB, the largest object
 * one request can carry (see {@link MAX_SIMPLE_UPLOAD_BYTES}). Both functions refuse a larger limit, so that the
 * key service and the check always judge an upload by the same one.
 */
export const MAX_UPLOAD_BYTES_RANGE = { min: 1, max: MAX_SIMPLE_UPLOAD_BYTES } as const satisfies IntegerRange;

/** STS calls one caller may cause per instance and minute (`maxKeysPerCallerPerMinute`, `MAX_KEYS_PER_CALLER_PER_MINUTE`). */
export const MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE = { min: 1, max: 600 } as const satisfies IntegerRange;

/** Shortest maximum token age, in seconds (`authMaxTokenAgeSeconds`, `AUTH_MAX_TOKEN_AGE_SECONDS`). */
export const MIN_TOKEN_AGE_SECONDS = 60;

/**
 * Shortest accepted shared secret, in bytes: the HS256 token secret, the upload-ticket secret and the webhook's
 * HMAC-SHA256 secret, given inline or read from Secrets Manager. RFC 7518 (section 3.2) asks HS256 keys for at least
 * the hash size.
 */
export const MIN_SECRET_BYTES = 32;

/** An account UIN (`ownerUin`, `OWNER_UIN`): 5 to 20 digits. */
export const UIN = /^\d{5,20}$/;

/**
 * What the key service's variables are written from: the environment record's fields, so a resolved record
 * (`ResolvedEnvironment`) is one.
 */
export interface KeyServiceRecord {
  readonly bucket: string;
  readonly region: string;
  readonly keyPrefixTemplate: string;
  readonly keyDurationSeconds: number;
  readonly keyMode: KeyMode;
  readonly corsOrigins: readonly string[];
  readonly maxUploadBytes?: number;
  readonly multipartUpload: boolean;
  readonly allowedContentTypes: readonly string[];
  readonly keyService: {
    readonly maxKeysPerCallerPerMinute: number;
    readonly authJwksUrl?: string;
    readonly authJwtSecretName?: string;
    readonly authIssuer?: string;
    readonly authAudience?: string;
    readonly authMaxTokenAgeSeconds?: number;
    readonly renewalWindowSeconds: number;
    readonly uploadTicketSecretName?: string;
  };
}

/** What the stack adds to the record: values known once its resources are declared. */
export interface KeyServiceDeployment {
  /** The upload role's ARN (a Terraform reference at synth). */
  readonly uploadRoleArn: string;
  /** The scopes the upload role allows. */
  readonly scopes: readonly TransferScope[];
  /** The HS256 secret (a sensitive Terraform variable's reference), where it is neither in SSM nor a key set. */
  readonly jwtSecret?: string;
}

/** The key service's variables for a record. */
export function keyServiceVariables(record: KeyServiceRecord, deployment: KeyServiceDeployment): KeyServiceVariables {
  const auth = record.keyService;
  return defined<KeyServiceVariable>({
    COS_BUCKET: record.bucket,
    COS_REGION: record.region,
    UPLOAD_ROLE_ARN: deployment.uploadRoleArn,
    ALLOW_PREFIX: record.keyPrefixTemplate,
    ALLOWED_SCOPES: deployment.scopes.join(","),
    DURATION_SECONDS: String(record.keyDurationSeconds),
    KEY_MODE: record.keyMode,
    MAX_KEYS_PER_CALLER_PER_MINUTE: String(auth.maxKeysPerCallerPerMinute),
    ALLOWED_ORIGINS: listOrUnset(record.corsOrigins),
    MAX_UPLOAD_BYTES: numberOrUnset(record.maxUploadBytes),
    MULTIPART_UPLOAD: String(record.multipartUpload),
    ALLOWED_CONTENT_TYPES: listOrUnset(record.allowedContentTypes),
    AUTH_JWKS_URL: auth.authJwksUrl,
    AUTH_JWT_SECRET_NAME: auth.authJwtSecretName,
    AUTH_JWT_SECRET: deployment.jwtSecret,
    AUTH_ISSUER: auth.authIssuer,
    AUTH_AUDIENCE: auth.authAudience,
    AUTH_MAX_TOKEN_AGE_SECONDS: numberOrUnset(auth.authMaxTokenAgeSeconds),
    // Only object-mode keys are renewed.
    RENEWAL_WINDOW_SECONDS: record.keyMode === "object" ? String(auth.renewalWindowSeconds) : undefined,
    UPLOAD_TICKET_SECRET_NAME: auth.uploadTicketSecretName,
  });
}

/** What the check's variables are written from: the `UploadCheck` construct's settings. */
export interface UploadCheckSettings {
  readonly bucket: string;
  readonly region: string;
  /** UIN of the account owning the bucket. */
  readonly ownerUin: string;
  /** The bucket's canned ACL. */
  readonly bucketAcl: "private" | "public-read";
  /** The key service's prefix template. */
  readonly keyPrefixTemplate: string;
  /** The key service's limits; the check enforces the size and content-type ones. */
  readonly limits?: UploadLimits;
  readonly quarantinePrefix?: string;
  /** The webhook; the secret, the secret's name and the bound below are written only with it. */
  readonly webhookUrl?: string;
  readonly webhookSecret?: string;
  readonly webhookSecretName?: string;
  readonly maxWebhooksPerMinute?: number;
  /** The verdict tags' secret without a webhook (with one, its secret signs them); written only without a webhook. */
  readonly verdictSecret?: string;
  readonly verdictSecretName?: string;
  /** The sweep's grace period and per-run limit (policy/sweep.ts); unset means the function's defaults. */
  readonly sweepGraceMinutes?: number;
  readonly sweepMaxObjects?: number;
}

/** The check's variables for its settings. */
export function uploadCheckVariables(settings: UploadCheckSettings): UploadCheckVariables {
  const webhook = settings.webhookUrl !== undefined;
  return defined<UploadCheckVariable>({
    COS_BUCKET: settings.bucket,
    COS_REGION: settings.region,
    OWNER_UIN: settings.ownerUin,
    BUCKET_ACL: settings.bucketAcl,
    ALLOW_PREFIX: settings.keyPrefixTemplate,
    MAX_UPLOAD_BYTES: numberOrUnset(settings.limits?.maxUploadBytes),
    ALLOWED_CONTENT_TYPES: listOrUnset(settings.limits?.allowedContentTypes ?? []),
    QUARANTINE_PREFIX: settings.quarantinePrefix,
    WEBHOOK_URL: settings.webhookUrl,
    WEBHOOK_SECRET: webhook ? settings.webhookSecret : undefined,
    WEBHOOK_SECRET_NAME: webhook ? settings.webhookSecretName : undefined,
    MAX_WEBHOOKS_PER_MINUTE: webhook ? numberOrUnset(settings.maxWebhooksPerMinute) : undefined,
    VERDICT_SECRET: webhook ? undefined : settings.verdictSecret,
    VERDICT_SECRET_NAME: webhook ? undefined : settings.verdictSecretName,
    SWEEP_GRACE_MINUTES: numberOrUnset(settings.sweepGraceMinutes),
    SWEEP_MAX_OBJECTS: numberOrUnset(settings.sweepMaxObjects),
  });
}

/** The set variables, in the order given (the order the synthesized Terraform lists them in). */
function defined<N extends string>(variables: { readonly [K in N]?: string }): { readonly [K in N]?: string } {
  return Object.fromEntries(
    Object.entries<string | undefined>(variables).filter((entry) => entry[1] !== undefined),
  ) as {
    readonly [K in N]?: string;
  };
}

function listOrUnset(items: readonly string[]): string | undefined {
  return items.length > 0 ? items.join(",") : undefined;
}

function numberOrUnset(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}
