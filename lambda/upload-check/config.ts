/**
 * The check function's configuration: environment variables, read once per instance. The names, defaults and limits
 * are the contract's (policy/function-variables.ts); the limits use the key service's variable names, meanings and
 * bounds (`MAX_UPLOAD_BYTES`, `ALLOWED_CONTENT_TYPES`, `ALLOW_PREFIX`), so the stack hands both functions the same
 * values and both judge an upload alike. A bad value fails with an error naming the variable.
 */
import {
  BucketLocation,
  COS_BUCKET_NAME,
  COS_BUCKET_NAME_MAX_LENGTH,
  DEFAULT_KEY_PREFIX_TEMPLATE,
  prefixRoot,
  REGION_ID,
  templateProblem,
  UploadLimits,
} from "../../policy";
import {
  IntegerRange,
  MAX_UPLOAD_BYTES_RANGE,
  MIN_SECRET_BYTES,
  UIN,
  UploadCheckVariable,
} from "../../policy/function-variables";
import { isSsmSecretName, SSM_SECRET_NAME_RULE } from "../../policy/ssm";
import { DEFAULT_MAX_WEBHOOKS_PER_MINUTE, MAX_WEBHOOKS_PER_MINUTE_LIMIT } from "../../policy/upload-check-limits";
import {
  DEFAULT_SWEEP_GRACE_MINUTES,
  DEFAULT_SWEEP_MAX_OBJECTS,
  SWEEP_GRACE_MINUTES,
  SWEEP_MAX_OBJECTS,
} from "../../policy/sweep";
import { quarantinePrefixProblem } from "../../policy/upload-check-policy";
import { ConfigError, envReader, Env, integer, problem, Read, required, secureUrl } from "../shared/env";
import { readAllowedContentTypes } from "../shared/limits";
import { SECRET_VERSION_ID, ssmEndpoint, SSM_RETRY_MS, SSM_TIMEOUT_MS, SsmSecretSettings } from "../shared/ssm";

/**
 * The version of the `WEBHOOK_SECRET_NAME` secret the function reads: the key service's convention (`active`), so
 * one creation and rotation procedure fits both secrets (docs/key-service.md, "The token secret in Secrets Manager").
 */
const WEBHOOK_SECRET_VERSION_ID = SECRET_VERSION_ID;

/** Any whole number of at least 1. */
const POSITIVE = { min: 1, max: Number.MAX_SAFE_INTEGER };

/** Where the webhook's HMAC key comes from: `WEBHOOK_SECRET`, or Secrets Manager (`WEBHOOK_SECRET_NAME`). */
export type WebhookSecretSource =
  | { readonly kind: "value"; readonly value: string }
  /** Read with the function's own keys, which the handler adds (they change while an instance lives). */
  | { readonly kind: "ssm"; readonly ssm: Omit<SsmSecretSettings, "credentials"> };

/** Where accepted uploads are announced. */
export interface WebhookSettings {
  readonly url: URL;
  /** The HMAC-SHA256 key of the signature header. */
  readonly secret: WebhookSecretSource;
  /** Most announcements one instance makes in any minute (`MAX_WEBHOOKS_PER_MINUTE`). */
  readonly maxPerMinute: number;
}

/** What the sweep (a timer invocation) checks. */
export interface SweepSettings {
  /** Objects younger than this are left to their own event (`SWEEP_GRACE_MINUTES`). */
  readonly graceMinutes: number;
  /** Objects one run checks at most (`SWEEP_MAX_OBJECTS`). */
  readonly maxObjects: number;
}

/** The whole configuration. */
export interface CheckConfig {
  readonly location: BucketLocation;
  /** UIN of the account owning the bucket: the one grantee an object's ACL may name. */
  readonly ownerUin: string;
  /** The bucket's canned ACL; in a `public-read` bucket, read by anyone is no sharing. */
  readonly bucketAcl: "private" | "public-read";
  /** The key service's template, such as `uploads/{sub}/`: callers' objects and where their id is read from. */
  readonly prefixTemplate: string;
  /** The template's static part; the trigger fires for objects under it only. */
  readonly prefixRoot: string;
  /** Same limits as the key service's; an object breaking one is rejected. */
  readonly limits: UploadLimits;
  /** Rejected objects move here (same key below it); undefined deletes them instead. */
  readonly quarantinePrefix?: string;
  readonly webhook?: WebhookSettings;
  /**
   * The secret the verdict tags' key is derived from (lambda/upload-check/verdict-tag.ts): the webhook's, or, without
   * a webhook, `VERDICT_SECRET` or `VERDICT_SECRET_NAME`.
   */
  readonly verdictSecret: WebhookSecretSource;
  readonly sweep: SweepSettings;
  /**
   * Where COS requests go: `https://<bucket>.cos.<region>.myqcloud.com`, or `http://127.0.0.1:<port>` for the local
   * COS (requests still carry and sign the real host name).
   */
  readonly cosEndpoint: URL;
}

/** Reads the configuration (see docs/upload-check.md). Throws {@link ConfigError}. */
export function parseCheckConfig(env: Env): CheckConfig {
  const read = envReader<UploadCheckVariable>(env);

  const bucket = required(read, "COS_BUCKET");
  const appId = bucket.length <= COS_BUCKET_NAME_MAX_LENGTH ? COS_BUCKET_NAME.exec(bucket)?.groups?.appId : undefined;
  if (appId === undefined) {
    throw problem("COS_BUCKET", bucket, "must be <name>-<10-digit APPID> in lower case, such as photos-1250000000");
  }
  const region = required(read, "COS_REGION");
  if (!REGION_ID.test(region)) {
    throw problem("COS_REGION", region, "must be a COS region such as ap-guangzhou");
  }
  const ownerUin = required(read, "OWNER_UIN");
  if (!UIN.test(ownerUin)) {
    throw problem("OWNER_UIN", ownerUin, "must be the UIN (digits) of the account owning the bucket");
  }
  const bucketAcl = read("BUCKET_ACL") ?? "private";
  if (bucketAcl !== "private" && bucketAcl !== "public-read") {
    throw problem("BUCKET_ACL", bucketAcl, "must be private or public-read, the bucket's canned ACL");
  }
  const prefixTemplate = read("ALLOW_PREFIX") ?? DEFAULT_KEY_PREFIX_TEMPLATE;
  const templateError = templateProblem(prefixTemplate);
  if (templateError !== undefined) {
    throw problem("ALLOW_PREFIX", prefixTemplate, templateError);
  }
  const root = prefixRoot(prefixTemplate);
  const maxUploadBytes = integer(read, "MAX_UPLOAD_BYTES", MAX_UPLOAD_BYTES_RANGE);
  const allowedContentTypes = readAllowedContentTypes(read);
  const quarantinePrefix = read("QUARANTINE_PREFIX");
  if (quarantinePrefix !== undefined) {
    const error = quarantinePrefixProblem(quarantinePrefix, root);
    if (error !== undefined) {
      throw problem("QUARANTINE_PREFIX", quarantinePrefix, error);
    }
  }
  const webhook = webhookSettings(read, region);
  const endpoint = cosEndpoint(read, bucket, region);
  const sweep = sweepSettings(read);
  return {
    location: { bucket, region, appId },
    ownerUin,
    bucketAcl,
    prefixTemplate,
    prefixRoot: root,
    limits: { maxUploadBytes, allowedContentTypes },
    quarantinePrefix,
    webhook,
    verdictSecret: verdictSecretSource(read, region, webhook),
    sweep,
    cosEndpoint: endpoint,
  };
}

/**
 * The verdict tags' secret: the webhook's, one secret to keep; without a webhook, exactly one of `VERDICT_SECRET`
 * (at least 32 bytes) and `VERDICT_SECRET_NAME` (version `active`, read with the role's keys).
 */
function verdictSecretSource(
  read: Read<UploadCheckVariable>,
  region: string,
  webhook: WebhookSettings | undefined,
): WebhookSecretSource {
  const secret = read("VERDICT_SECRET");
  const secretName = read("VERDICT_SECRET_NAME");
  if (webhook !== undefined) {
    if (secret !== undefined || secretName !== undefined) {
      throw new ConfigError(
        `${secret !== undefined ? "VERDICT_SECRET" : "VERDICT_SECRET_NAME"} is set beside WEBHOOK_URL: the verdict tags are signed with a key derived from the webhook secret`,
      );
    }
    return webhook.secret;
  }
  if ((secret === undefined) === (secretName === undefined)) {
    throw new ConfigError(
      "set exactly one of VERDICT_SECRET and VERDICT_SECRET_NAME (a Secrets Manager secret) without WEBHOOK_URL: the verdict tags are signed with a key derived from it",
    );
  }
  return secretSource(
    read,
    region,
    { variable: "VERDICT_SECRET", value: secret },
    { variable: "VERDICT_SECRET_NAME", value: secretName },
  );
}

function sweepSettings(read: Read<UploadCheckVariable>): SweepSettings {
  const bounded = (name: UploadCheckVariable, bounds: IntegerRange, fallback: number): number =>
    integer(read, name, bounds) ?? fallback;
  return {
    graceMinutes: bounded("SWEEP_GRACE_MINUTES", SWEEP_GRACE_MINUTES, DEFAULT_SWEEP_GRACE_MINUTES),
    maxObjects: bounded("SWEEP_MAX_OBJECTS", SWEEP_MAX_OBJECTS, DEFAULT_SWEEP_MAX_OBJECTS),
  };
}

function webhookSettings(read: Read<UploadCheckVariable>, region: string): WebhookSettings | undefined {
  const raw = read("WEBHOOK_URL");
  const secret = read("WEBHOOK_SECRET");
  const secretName = read("WEBHOOK_SECRET_NAME");
  const perMinute = integer(read, "MAX_WEBHOOKS_PER_MINUTE", POSITIVE);
  if (raw === undefined) {
    if (secret !== undefined || secretName !== undefined || perMinute !== undefined) {
      const name =
        secret !== undefined
          ? "WEBHOOK_SECRET"
          : secretName !== undefined
            ? "WEBHOOK_SECRET_NAME"
            : "MAX_WEBHOOKS_PER_MINUTE";
      throw new ConfigError(`${name} is set without WEBHOOK_URL`);
    }
    return undefined;
  }
  if (perMinute !== undefined && perMinute > MAX_WEBHOOKS_PER_MINUTE_LIMIT) {
    throw problem(
      "MAX_WEBHOOKS_PER_MINUTE",
      String(perMinute),
      `must be a whole number from 1 to ${MAX_WEBHOOKS_PER_MINUTE_LIMIT}`,
    );
  }
  const maxPerMinute = perMinute ?? DEFAULT_MAX_WEBHOOKS_PER_MINUTE;
  const url = secureUrl(raw);
  if (url === undefined) {
    throw problem(
      "WEBHOOK_URL",
      raw,
      "must be an https URL without credentials, or http://127.0.0.1:<port>/… for a local receiver",
    );
  }
  if ((secret === undefined) === (secretName === undefined)) {
    throw new ConfigError(
      "set exactly one of WEBHOOK_SECRET and WEBHOOK_SECRET_NAME (a Secrets Manager secret) with WEBHOOK_URL",
    );
  }
  return {
    url,
    secret: secretSource(
      read,
      region,
      { variable: "WEBHOOK_SECRET", value: secret },
      { variable: "WEBHOOK_SECRET_NAME", value: secretName },
    ),
    maxPerMinute,
  };
}

/**
 * A secret given in one of two variables, exactly one of them set (the caller has checked): inline, at least
 * {@link MIN_SECRET_BYTES} bytes, or as the name of a Secrets Manager secret read with the role's keys.
 */
function secretSource(
  read: Read<UploadCheckVariable>,
  region: string,
  inline: { readonly variable: UploadCheckVariable; readonly value?: string },
  named: { readonly variable: UploadCheckVariable; readonly value?: string },
): WebhookSecretSource {
  const secretName = named.value;
  if (secretName !== undefined) {
    if (!isSsmSecretName(secretName)) {
      throw problem(named.variable, secretName, `must be ${SSM_SECRET_NAME_RULE}`);
    }
    return {
      kind: "ssm",
      ssm: {
        endpoint: ssmEndpoint(read),
        region,
        timeoutMs: SSM_TIMEOUT_MS,
        secretName,
        versionId: WEBHOOK_SECRET_VERSION_ID,
        retryMs: SSM_RETRY_MS,
      },
    };
  }
  const value = inline.value ?? "";
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes < MIN_SECRET_BYTES) {
    // Never the value: it is a secret.
    throw new ConfigError(`${inline.variable} must be at least ${MIN_SECRET_BYTES} bytes; received ${bytes}`);
  }
  return { kind: "value", value };
}

function cosEndpoint(read: Read<UploadCheckVariable>, bucket: string, region: string): URL {
  const raw = read("COS_ENDPOINT");
  if (raw === undefined) {
    return new URL(`https://${bucket}.cos.${region}.myqcloud.com`);
  }
  const url = secureUrl(raw);
  if (url === undefined || url.pathname !== "/" || url.search !== "") {
    throw problem("COS_ENDPOINT", raw, "must be an https origin, or http://127.0.0.1:<port> for the local COS");
  }
  return url;
}
