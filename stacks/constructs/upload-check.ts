import path from "node:path";
import { Construct } from "constructs";
import { Token } from "cdktf";
import { ClsTopic } from "../../.gen/providers/tencentcloud/cls-topic";
import { ScfFunction } from "../../.gen/providers/tencentcloud/scf-function";
import { ScfTrigger } from "../../.gen/providers/tencentcloud/scf-trigger";
import {
  allow,
  isContentTypePattern,
  policyDocument,
  prefixRoot,
  templateProblem,
  trustPolicy,
  UploadLimits,
} from "../../policy";
import { MAX_UPLOAD_BYTES_RANGE, uploadCheckVariables } from "../../policy/function-variables";
import { isSsmSecretName, SSM_READ_SECRET_ACTIONS, SSM_SECRET_NAME_RULE, ssmSecretResource } from "../../policy/ssm";
import {
  DEFAULT_UPLOAD_CHECK_RESERVED_CONCURRENCY,
  MAX_UPLOAD_CHECK_RESERVED_CONCURRENCY,
  MAX_WEBHOOKS_PER_MINUTE_LIMIT,
} from "../../policy/upload-check-limits";
import { FUNCTION_RUNTIME_RULE, FunctionRuntime, isFunctionRuntime } from "../../policy/scf";
import { quarantinePrefixProblem, uploadCheckPolicy } from "../../policy/upload-check-policy";
import { SWEEP_GRACE_MINUTES, SWEEP_MAX_OBJECTS } from "../../policy/sweep";
import { CheckSweep } from "./check-sweep";
import { FunctionCode } from "./function-code";
import { KEY_SERVICE_UNUSED_MODULES } from "./key-service";
import { NodejsFunction } from "./nodejs-function";
import { Role } from "./role";
import { UploadBucket } from "./upload-bucket";

/** The check's entry point; SCF calls `index.main_handler` in the bundle. */
export const UPLOAD_CHECK_ENTRY = path.resolve(__dirname, "../../lambda/upload-check/index.ts");

/**
 * The check bundled by `npm run build` (`dist/upload-check/index.js`), for the installed package, which ships
 * neither `lambda/` nor esbuild. Built for {@link UPLOAD_CHECK_RUNTIME}, so it also runs on later runtimes.
 */
export const UPLOAD_CHECK_BUNDLE = path.resolve(__dirname, "../../upload-check/index.js");

/**
 * `Nodejs18.15`: CreateFunction documents no Node.js 20 runtime (policy/scf.ts). `file-type` 21 declares Node.js 20
 * (`engines`), but the check runs from an esbuild bundle built for node18; the one API it needs that Node.js 18 lacks,
 * raw deflate in `DecompressionStream`, is supplied from zlib (lambda/upload-check/deflate-raw.ts).
 */
export const UPLOAD_CHECK_RUNTIME: FunctionRuntime = "Nodejs18.15";

/**
 * The function's description, in the characters CreateFunction documents (letters, digits, spaces, commas,
 * periods: `SCF_DESCRIPTION` in policy/scf.ts).
 */
export const UPLOAD_CHECK_DESCRIPTION =
  "Checks the real type and size of each uploaded object, then quarantines or deletes a mismatch";

/** The event the trigger fires on: every way an object is created. */
export const UPLOAD_CHECK_EVENT = "cos:ObjectCreated:*";

/** Properties of an {@link UploadCheck}. */
export interface UploadCheckProps {
  /** Function name, also the name of its execution role (2-60 characters, letters first). */
  readonly functionName: string;
  /** UIN of the account, for the role's ARN. */
  readonly ownerUin: string;
  /** The bucket whose uploads are checked. */
  readonly bucket: UploadBucket;
  /** The key service's prefix template, such as `uploads/{sub}/`; its static part is what the trigger watches. */
  readonly keyPrefixTemplate: string;
  /** The environment's upload limits, the key service's. @default none */
  readonly limits?: UploadLimits;
  /** Where rejected objects move, outside the prefix root. @default none: rejected objects are deleted */
  readonly quarantinePrefix?: string;
  /** Where accepted uploads are POSTed, https. @default none: no announcement */
  readonly webhookUrl?: string;
  /**
   * The webhook's HMAC-SHA256 secret (a Terraform sensitive variable's value). With `webhookUrl`, exactly one of
   * this and `webhookSecretName`. @default none
   */
  readonly webhookSecret?: string;
  /**
   * Name of the Secrets Manager secret holding the webhook's HMAC-SHA256 secret, in the function's region, created
   * outside Terraform; the function reads it with its own role, which may read that one secret only. @default none
   */
  readonly webhookSecretName?: string;
  /**
   * Without a webhook: the secret the verdict tags' HMAC key is derived from (a Terraform sensitive variable's
   * value), at least 32 characters; exactly one of this and `verdictSecretName` then. With a webhook the key comes
   * from the webhook's secret and neither is set. @default none
   */
  readonly verdictSecret?: string;
  /**
   * Without a webhook: name of the Secrets Manager secret (version `active`) the verdict tags' key is derived from,
   * created outside Terraform; the role may read that one secret only. @default none
   */
  readonly verdictSecretName?: string;
  /** When the sweep runs: an SCF seven-field cron expression. @default DEFAULT_SWEEP_SCHEDULE (hourly, on the hour) */
  readonly sweepSchedule?: string;
  /** Minutes an object must exist before the sweep checks it. @default DEFAULT_SWEEP_GRACE_MINUTES (the function's own default; the variable is then not set) */
  readonly sweepGraceMinutes?: number;
  /** Objects one sweep run checks at most. @default DEFAULT_SWEEP_MAX_OBJECTS (the function's own default; the variable is then not set) */
  readonly sweepMaxObjects?: number;
  /** SCF's retries of a failed asynchronous invocation of the check. @default DEFAULT_ASYNC_RETRIES (2, SCF's own) */
  readonly asyncRetries?: number;
  /** SCF runtime, one of `FUNCTION_RUNTIMES` (documented by CreateFunction). @default UPLOAD_CHECK_RUNTIME */
  readonly runtime?: string;
  /** Memory in MB, a multiple of 128. @default 128 */
  readonly memorySizeMb?: number;
  /**
   * Timeout in seconds: three COS calls (5 s each at most) and the webhook's attempts and waits (under 16 s).
   * @default 30
   */
  readonly timeoutSeconds?: number;
  /**
   * Reserved concurrency: the most instances that run at once. SCF reserves it as memory (instances × memory) from
   * the account's per-region quota, shared by all functions (128,000 MB in Guangzhou, Shanghai, Beijing, Chengdu and
   * Hong Kong, 64,000 MB elsewhere, https://cloud.tencent.com/document/product/583/11637); COS events beyond it are
   * not lost but retried by SCF every minute for up to the retention time (6 hours by default,
   * https://cloud.tencent.com/document/product/583/41138).
   * @default DEFAULT_UPLOAD_CHECK_RESERVED_CONCURRENCY
   */
  readonly reservedConcurrency?: number;
  /**
   * Webhook deliveries one instance makes in any minute at most; over it, the invocation fails and SCF's retry of
   * the event announces it later. With `webhookUrl` only.
   * @default DEFAULT_MAX_WEBHOOKS_PER_MINUTE (the function's own default; the variable is then not set)
   */
  readonly maxWebhooksPerMinute?: number;
  /**
   * ID of the environment's CLS logset; the check logs to a topic of its own in it, named after the function.
   * @default none: no CLS logs
   */
  readonly logsetId?: string;
  /**
   * How long CLS keeps the check's logs, in days: 1 to 3600, or 3640 for ever (policy/cls.ts); with `logsetId` only.
   * @default DEFAULT_LOG_RETENTION_DAYS (30)
   */
  readonly logRetentionDays?: number;
  /** Tags of the function, its role and its log topic. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The post-upload check: the bundled handler as a second SCF function with its own execution role (read, copy and
 * delete under the prefix root, write under the quarantine prefix, nothing else) and a COS trigger on every
 * object created under the prefix root.
 */
export class UploadCheck extends Construct {
  /** The bundled handler and its zip. */
  readonly code: FunctionCode;
  /** The function's execution role. */
  readonly role: Role;
  /** The function. */
  readonly fn: ScfFunction;
  /** The COS trigger. */
  readonly trigger: ScfTrigger;
  /** The sweep's timer and the async-invocation retries. */
  readonly sweep: CheckSweep;
  /** The check's CLS log topic; only with `logsetId`. */
  readonly logTopic?: ClsTopic;

  constructor(scope: Construct, id: string, props: UploadCheckProps) {
    super(scope, id);
    validate(props);
    const location = props.bucket.location;
    const root = prefixRoot(props.keyPrefixTemplate);
    const runtime = props.runtime ?? UPLOAD_CHECK_RUNTIME;

    this.role = new Role(this, "role", {
      name: props.functionName,
      description: `Runs the post-upload check of ${location.bucket}/${root}`,
      ownerUin: props.ownerUin,
      trust: trustPolicy({ service: ["scf.qcloud.com"] }),
      tags: props.tags,
    });
    this.role.attachPolicy(
      "check",
      props.quarantinePrefix === undefined
        ? `Read, tag and delete under ${location.bucket}/${root}, list the bucket`
        : `Read, tag and delete under ${location.bucket}/${root}, list the bucket, copy into ${props.quarantinePrefix}`,
      uploadCheckPolicy({ location, prefixRoot: root, quarantinePrefix: props.quarantinePrefix }),
    );
    if (props.webhookSecretName !== undefined) {
      this.role.attachPolicy(
        "webhook-secret",
        `May read the SSM secret ${props.webhookSecretName} only`,
        policyDocument([
          allow(SSM_READ_SECRET_ACTIONS, [ssmSecretResource(location.region, props.ownerUin, props.webhookSecretName)]),
        ]),
      );
    }
    if (props.verdictSecretName !== undefined) {
      this.role.attachPolicy(
        "verdict-secret",
        `May read the SSM secret ${props.verdictSecretName} only`,
        policyDocument([
          allow(SSM_READ_SECRET_ACTIONS, [ssmSecretResource(location.region, props.ownerUin, props.verdictSecretName)]),
        ]),
      );
    }

    const variables = uploadCheckVariables({
      bucket: location.bucket,
      region: location.region,
      ownerUin: props.ownerUin,
      bucketAcl: props.bucket.acl,
      keyPrefixTemplate: props.keyPrefixTemplate,
      limits: props.limits,
      quarantinePrefix: props.quarantinePrefix,
      webhookUrl: props.webhookUrl,
      webhookSecret: props.webhookSecret,
      webhookSecretName: props.webhookSecretName,
      maxWebhooksPerMinute: props.maxWebhooksPerMinute,
      verdictSecret: props.verdictSecret,
      verdictSecretName: props.verdictSecretName,
      sweepGraceMinutes: props.sweepGraceMinutes,
      sweepMaxObjects: props.sweepMaxObjects,
    });
    // Id `Default`: the function's resources keep the addresses they had as this construct's own children.
    const fn = new NodejsFunction(this, "Default", {
      functionName: props.functionName,
      description: UPLOAD_CHECK_DESCRIPTION,
      entry: UPLOAD_CHECK_ENTRY,
      bundle: UPLOAD_CHECK_BUNDLE,
      // The key service's Secrets Manager reader comes with the SDK's client, and with the modules it never runs.
      unusedModules: KEY_SERVICE_UNUSED_MODULES,
      runtime,
      memorySizeMb: props.memorySizeMb ?? 128,
      timeoutSeconds: props.timeoutSeconds ?? 30,
      role: this.role,
      variables,
      logs:
        props.logsetId === undefined ? undefined : { logsetId: props.logsetId, retentionDays: props.logRetentionDays },
      reservedConcurrency: props.reservedConcurrency ?? DEFAULT_UPLOAD_CHECK_RESERVED_CONCURRENCY,
      // As for the key service's URL, a separate trigger resource: the function's `triggers` block recreates every
      // trigger on any change.
      cosTrigger: { bucket: location.bucket, region: location.region, event: UPLOAD_CHECK_EVENT, prefix: root },
      tags: props.tags,
    });
    this.code = fn.code;
    this.fn = fn.fn;
    this.trigger = fn.cosTrigger as ScfTrigger;
    this.logTopic = fn.logTopic;
    this.sweep = new CheckSweep(this, "sweep", {
      fn: this.fn,
      schedule: props.sweepSchedule,
      asyncRetries: props.asyncRetries,
    });
  }
}

/** Fails with the field, the value received and what is allowed; skips unresolved tokens. */
function validate(props: UploadCheckProps): void {
  const fail = (field: string, received: unknown, allowed: string): never => {
    throw new Error(`upload check: ${field}: received ${JSON.stringify(received)}; allowed: ${allowed}`);
  };
  const templateError = templateProblem(props.keyPrefixTemplate);
  if (templateError !== undefined) {
    fail("keyPrefixTemplate", props.keyPrefixTemplate, `a template that ${templateError}`);
  }
  if (props.quarantinePrefix !== undefined) {
    const problem = quarantinePrefixProblem(props.quarantinePrefix, prefixRoot(props.keyPrefixTemplate));
    if (problem !== undefined) {
      fail("quarantinePrefix", props.quarantinePrefix, `a prefix that ${problem}`);
    }
  }
  if (props.webhookUrl !== undefined && !Token.isUnresolved(props.webhookUrl)) {
    let url: URL | undefined;
    try {
      url = new URL(props.webhookUrl);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== "https:" || url.username !== "" || url.password !== "" || url.hash !== "") {
      fail("webhookUrl", props.webhookUrl, "an https URL without credentials or fragment");
    }
  }
  if (props.webhookSecret !== undefined && props.webhookSecretName !== undefined) {
    fail("webhookSecret", "<secret>", "unset when webhookSecretName is set (one secret, from one place)");
  }
  const secretGiven = props.webhookSecret !== undefined || props.webhookSecretName !== undefined;
  if ((props.webhookUrl === undefined) === secretGiven) {
    fail(
      "webhookSecret, webhookSecretName",
      props.webhookSecret === undefined ? props.webhookSecretName : "<secret>",
      "one of them, set exactly when webhookUrl is set",
    );
  }
  validateSecretName("webhookSecretName", props.webhookSecretName, fail);
  const maxBytes = props.limits?.maxUploadBytes;
  if (
    maxBytes !== undefined &&
    !Token.isUnresolved(maxBytes) &&
    !(Number.isInteger(maxBytes) && maxBytes >= MAX_UPLOAD_BYTES_RANGE.min && maxBytes <= MAX_UPLOAD_BYTES_RANGE.max)
  ) {
    fail(
      "limits.maxUploadBytes",
      maxBytes,
      `a whole number from ${MAX_UPLOAD_BYTES_RANGE.min} to ${MAX_UPLOAD_BYTES_RANGE.max} (5 GiB, the single-request limit of COS)`,
    );
  }
  validateVerdictSecret(props, fail);
  for (const [field, value, bounds] of [
    ["sweepGraceMinutes", props.sweepGraceMinutes, SWEEP_GRACE_MINUTES],
    ["sweepMaxObjects", props.sweepMaxObjects, SWEEP_MAX_OBJECTS],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < bounds.min || value > bounds.max)) {
      fail(field, value, `a whole number from ${bounds.min} to ${bounds.max}`);
    }
  }
  const badType = props.limits?.allowedContentTypes?.find((pattern) => !isContentTypePattern(pattern));
  if (badType !== undefined) {
    fail("limits.allowedContentTypes", badType, "lower-case media types such as image/png or image/*");
  }
  if (!isFunctionRuntime(props.runtime ?? UPLOAD_CHECK_RUNTIME)) {
    fail("runtime", props.runtime, FUNCTION_RUNTIME_RULE);
  }
  const memory = props.memorySizeMb ?? 128;
  if (!Number.isInteger(memory) || memory < 128 || memory % 128 !== 0 || memory > 3072) {
    fail("memorySizeMb", memory, "a multiple of 128 from 128 to 3072");
  }
  const reserved = props.reservedConcurrency ?? DEFAULT_UPLOAD_CHECK_RESERVED_CONCURRENCY;
  if (!Number.isInteger(reserved) || reserved < 1 || reserved > MAX_UPLOAD_CHECK_RESERVED_CONCURRENCY) {
    fail(
      "reservedConcurrency",
      reserved,
      `a whole number of instances from 1 to ${MAX_UPLOAD_CHECK_RESERVED_CONCURRENCY}`,
    );
  }
  if (props.maxWebhooksPerMinute !== undefined) {
    if (props.webhookUrl === undefined) {
      fail("maxWebhooksPerMinute", props.maxWebhooksPerMinute, "unset without webhookUrl");
    }
    if (
      !Number.isInteger(props.maxWebhooksPerMinute) ||
      props.maxWebhooksPerMinute < 1 ||
      props.maxWebhooksPerMinute > MAX_WEBHOOKS_PER_MINUTE_LIMIT
    ) {
      fail(
        "maxWebhooksPerMinute",
        props.maxWebhooksPerMinute,
        `a whole number from 1 to ${MAX_WEBHOOKS_PER_MINUTE_LIMIT}`,
      );
    }
  }
  if (props.logRetentionDays !== undefined && props.logsetId === undefined) {
    fail("logRetentionDays", props.logRetentionDays, "unset without logsetId");
  }
  const timeout = props.timeoutSeconds ?? 30;
  if (!Number.isInteger(timeout) || timeout < 20 || timeout > 900) {
    fail(
      "timeoutSeconds",
      timeout,
      "a whole number from 20 to 900 (the check's calls and webhook retries need up to 20 s)",
    );
  }
}

/** The verdict tags' secret: the webhook's, or without a webhook exactly one of `verdictSecret` and `verdictSecretName`. */
function validateVerdictSecret(
  props: UploadCheckProps,
  fail: (field: string, received: unknown, allowed: string) => never,
): void {
  const given = props.verdictSecret !== undefined || props.verdictSecretName !== undefined;
  if (props.webhookUrl !== undefined && given) {
    fail(
      props.verdictSecret !== undefined ? "verdictSecret" : "verdictSecretName",
      props.verdictSecretName ?? "<secret>",
      "unset with webhookUrl: the verdict tags' key comes from the webhook secret",
    );
  }
  if (
    props.webhookUrl === undefined &&
    (props.verdictSecret === undefined) === (props.verdictSecretName === undefined)
  ) {
    fail(
      "verdictSecret, verdictSecretName",
      props.verdictSecretName ?? (props.verdictSecret === undefined ? undefined : "<secret>"),
      "exactly one of them without webhookUrl (the verdict tags are signed with a key derived from it)",
    );
  }
  validateSecretName("verdictSecretName", props.verdictSecretName, fail);
}

/** A Secrets Manager secret name, where it is known at synth (a token is checked by the function). */
function validateSecretName(
  field: string,
  name: string | undefined,
  fail: (field: string, received: unknown, allowed: string) => never,
): void {
  if (name !== undefined && !Token.isUnresolved(name) && !isSsmSecretName(name)) {
    fail(field, name, SSM_SECRET_NAME_RULE);
  }
}
