/**
 * One environment's configuration, stated once: this schema gives the record's type (`EnvironmentConfig`), its
 * defaults and every runtime check, so the three cannot drift apart. Plain data, no cdktf.
 *
 * zod (4.x), because it is the most used and best kept TypeScript schema library, infers input and output types from
 * one declaration, and reports every issue of a parse at once with its path, which synth turns into messages.
 *
 * Each field's failures all read "allowed: <what is allowed>"; `resolveEnvironment` (resolve.ts) adds the field and
 * the value received. Unknown fields are refused with the nearest known name, so a typo never falls back to a
 * default silently.
 */
import { z } from "zod";
import {
  COS_BUCKET_NAME_MAX_LENGTH,
  DEFAULT_KEY_PREFIX_TEMPLATE,
  DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE,
  DEFAULT_RENEWAL_WINDOW_SECONDS,
  isContentTypePattern,
  isOriginEntry,
  KEY_MODES,
  MAX_RENEWAL_WINDOW_SECONDS,
  MAX_SIMPLE_UPLOAD_BYTES,
  ORIGIN_ENTRY_RULE,
  prefixRoot,
  FUNCTION_RUNTIME_RULE,
  FUNCTION_RUNTIMES,
  templateProblem,
} from "../policy";
import {
  DEFAULT_UPLOAD_CHECK_RESERVED_CONCURRENCY,
  MAX_UPLOAD_CHECK_RESERVED_CONCURRENCY,
  MAX_WEBHOOKS_PER_MINUTE_LIMIT,
} from "../policy/upload-check-limits";
import { QUARANTINE_PREFIX_FORMAT, quarantinePrefixFault } from "../policy/upload-check-policy";
import { isLogRetentionDays, LOG_RETENTION_RULE } from "../policy/cls";
import {
  ASYNC_RETRIES,
  DEFAULT_ASYNC_RETRIES,
  DEFAULT_SWEEP_GRACE_MINUTES,
  DEFAULT_SWEEP_MAX_OBJECTS,
  DEFAULT_SWEEP_SCHEDULE,
  SWEEP_GRACE_MINUTES,
  SWEEP_MAX_OBJECTS,
  SWEEP_SCHEDULE_RULE,
  sweepScheduleProblem,
} from "../policy/sweep";
import {
  CUSTOM_DOMAIN_RULE,
  isCustomDomain,
  SSL_CERTIFICATE_ID,
  SSL_CERTIFICATE_ID_RULE,
  WAF_INSTANCE_ID,
  WAF_INSTANCE_ID_RULE,
} from "../policy/custom-domain";
import { NOTICE_LANGUAGES, NOTICE_URL_MAX_LENGTH, NOTICE_WAYS } from "../policy/monitor";
import {
  DEFAULT_KEY_DURATION_SECONDS,
  DEFAULT_KEY_MODE,
  KEY_DURATION_RANGE,
  MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE,
  MAX_UPLOAD_BYTES_RANGE,
  MIN_TOKEN_AGE_SECONDS,
  UIN,
} from "../policy/function-variables";
import { SSM_SECRET_NAME_CHARS, SSM_SECRET_NAME_MAX_LENGTH } from "../policy/ssm";
import { COS_REGIONS } from "./cos-regions";
import { nearest } from "./edit-distance";

/** Shortest maximum token age, in seconds: the function's own lower bound on `AUTH_MAX_TOKEN_AGE_SECONDS`. */
export { MIN_TOKEN_AGE_SECONDS };

/** Longest maximum token age a protected environment may set, in seconds (a day). */
const PROTECTED_MAX_TOKEN_AGE_SECONDS = 86400;

/** The key lifetimes STS `AssumeRole` accepts for this project, in seconds: the functions' own. */
export { KEY_DURATION_RANGE };

export { MAX_SIMPLE_UPLOAD_BYTES } from "../policy";

/** STS calls per caller per instance per minute when the record sets none, by key mode (see `policy/key-mode.ts`). */
export { DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE };

const ENV_NAME = /^[a-z][a-z0-9-]*$/;
const ENV_NAME_MAX_LENGTH = 20;
const APPID = /^[0-9]{10}$/;
const TAG_KEY = /^[A-Za-z0-9_.:/=+@-]+$/;
const TAG_KEY_MAX_LENGTH = 127;
const TAG_VALUE_MAX_LENGTH = 255;
const BUCKET_BASE_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const STATE_BUCKET = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$/;
const FOLDER = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
/** `-<10-digit appid>` after the base name. */
const APPID_SUFFIX_LENGTH = 11;

/** Marks a problem about a field that is absent, so that it reads "missing; …" rather than "received undefined". */
export const MISSING = "missing";

/** Marks a problem whose message says itself what is allowed, so that it follows "received <value>; " as it is. */
export const WHOLE_MESSAGE = "wholeMessage";

/** Refused keys of a strict object carry one hint per key in their message, one per line, in the order of `keys`. */
function strict<S extends z.ZodRawShape>(shape: S, allowed: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.map((key) => unknownFieldHint(key, known)).join("\n") : allowed,
  });
}

function unknownFieldHint(key: string, known: readonly string[]): string {
  const suggestion = nearest(key, known);
  return suggestion === undefined ? `known fields: ${known.join(", ")}` : `did you mean ${JSON.stringify(suggestion)}?`;
}

/** A string passing `ok`; `allowed` may depend on the value received. */
function text(allowed: string | ((value: unknown) => string), ok: (value: string) => boolean) {
  const message = typeof allowed === "string" ? allowed : (issue: { input?: unknown }) => allowed(issue.input);
  return z.string({ error: message }).refine(ok, { error: message });
}

/** Refuses strings over `max` characters, saying how long the string is. */
function atMost(max: number) {
  return [
    (value: string) => value.length <= max,
    {
      error: (issue: { input?: unknown }) => `it is ${String(issue.input).length} characters; allowed: at most ${max}`,
      params: { [WHOLE_MESSAGE]: true },
    },
  ] as const;
}

/** An integer from `min` to `max`. */
function integer(min: number, max: number, note = "") {
  const allowed = `an integer from ${min} to ${max}${note}`;
  return z.number({ error: allowed }).refine((n) => Number.isInteger(n) && n >= min && n <= max, { error: allowed });
}

/** A Secrets Manager secret name (policy/ssm.ts); a name too long says so rather than that it has wrong characters. */
function ssmSecretName() {
  return text(
    "an SSM secret name: 1-128 characters of A-Z, a-z, 0-9, _ and -, starting with a letter or digit",
    (value) => SSM_SECRET_NAME_CHARS.test(value),
  ).refine(...atMost(SSM_SECRET_NAME_MAX_LENGTH));
}

/** Days CLS keeps a log topic: CreateTopic's `Period` on standard storage (policy/cls.ts). */
function logRetentionDays() {
  return z.number({ error: LOG_RETENTION_RULE }).refine(isLogRetentionDays, { error: LOG_RETENTION_RULE });
}

/** A positive integer id, such as a CAM user's UID. */
function positiveId(allowed: string) {
  return z.number({ error: allowed }).refine((n) => Number.isSafeInteger(n) && n >= 1, { error: allowed });
}

function flag() {
  return z.boolean({ error: "true or false" });
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** An https URL as the key service takes `AUTH_JWKS_URL`: no credentials, query or fragment. */
function isBareHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" && url.username === "" && url.password === "" && url.search === "" && url.hash === ""
    );
  } catch {
    return false;
  }
}

/** A COS region; a near miss names the region meant. */
function region() {
  const allowed = (value: unknown) => {
    const suggestion = typeof value === "string" ? nearest(value, COS_REGIONS) : undefined;
    const hint = suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`;
    return `a COS region (${COS_REGIONS.join(", ")})${hint}`;
  };
  return text(allowed, (value) => (COS_REGIONS as readonly string[]).includes(value));
}

/** Where Terraform keeps this environment's state. */
const stateBackendSchema = z.discriminatedUnion(
  "type",
  [
    strict(
      {
        type: z.literal("cos"),
        /** State bucket, `<name>-<appid>`; create it once by hand, before the first deploy. */
        bucket: text("an existing bucket named <name>-<10-digit appid>", (value) => STATE_BUCKET.test(value)),
        /** Folder for this environment's state, such as `direct-transfer/prod`. */
        prefix: text('a folder such as "direct-transfer/prod" (no leading or trailing "/")', (value) =>
          FOLDER.test(value),
        ),
        /** @default the environment's region */
        region: region().optional(),
      },
      "a COS state backend",
    ),
    strict({ type: z.literal("local") }, "a local state backend"),
  ],
  { error: '{ type: "cos", bucket, prefix, region? } or { type: "local" }' },
);

/** The key service's own domain (an SCF custom domain, HTTPS only). */
const customDomainSchema = strict(
  {
    /** Host name apps reach the key service at, such as `keys.example.com`; point its DNS at SCF yourself. */
    domain: text(CUSTOM_DOMAIN_RULE, isCustomDomain),
    /** Id of the Tencent Cloud SSL certificate for `domain` (SSL Certificates console). */
    certificateId: text(SSL_CERTIFICATE_ID_RULE, (value) => SSL_CERTIFICATE_ID.test(value)),
    /** Screen the domain's requests with a Web Application Firewall instance. @default WAF off */
    waf: strict(
      { instanceId: text(WAF_INSTANCE_ID_RULE, (value) => WAF_INSTANCE_ID.test(value)) },
      "{ instanceId }",
    ).optional(),
  },
  "{ domain, certificateId, waf? }",
);

/** The temporary-key service (an SCF function behind its Function URL). */
const keyServiceSchema = strict(
  {
    /**
     * SCF runtime: one of `FUNCTION_RUNTIMES` (policy/scf.ts), the Node.js runtimes from 18 up that CreateFunction's
     * `Runtime` list names (https://cloud.tencent.com/document/api/583/18586); the list has no Node.js 20.
     * @default "Nodejs18.15"
     */
    runtime: z.enum(FUNCTION_RUNTIMES, { error: FUNCTION_RUNTIME_RULE }).default("Nodejs18.15"),
    /** Function memory in MB, a multiple of 128. @default 128 */
    memorySizeMb: z
      .number({ error: "a multiple of 128 from 128 to 3072" })
      .refine((n) => Number.isInteger(n) && n >= 128 && n <= 3072 && n % 128 === 0, {
        error: "a multiple of 128 from 128 to 3072",
      })
      .default(128),
    /** Function timeout in seconds (STS gets about 3 s of it). @default 10 */
    timeoutSeconds: integer(5, 900, " (STS alone may take 3 s)").default(10),
    /**
     * Reserved concurrency: the most instances that may run at once, which also caps what a flood of requests can
     * cost. @default 10
     */
    reservedConcurrency: integer(1, 1000).default(10),
    /**
     * Requests one instance serves at once: SCF's static request multi-concurrency (`instance_concurrency_config`,
     * `MaxConcurrency` in [1, 100] per the SCF API's `InstanceConcurrencyConfig`). 1 leaves it off, as SCF's default.
     * Tencent documents it for Web functions (https://cloud.tencent.com/document/product/583/123888); the key service
     * is an event function, so that SCF honours it there is unverified: a deploy refuses it, or instances keep taking
     * one request each. The key cache and the per-caller budget are per instance, so fewer instances share them.
     * @default 1
     */
    instanceConcurrency: integer(1, 100).default(1),
    /** Ship the function's logs to a topic of its own in the environment's CLS logset. @default false */
    clsLogging: flag().default(false),
    /**
     * How long CLS keeps the key service's logs, in days: 1 to 3600, or 3640 for ever (CreateTopic `Period`,
     * policy/cls.ts); with `clsLogging` only. @default 30
     */
    logRetentionDays: logRetentionDays().optional(),
    /**
     * JWKS URL of the identity provider signing caller tokens with RS256/ES256; needs `authIssuer` and `authAudience`.
     * When unset, tokens are HS256, with the secret in SSM (`authJwtSecretName`) or else in the sensitive Terraform
     * variable `key_service_jwt_secret`. @default HS256
     */
    authJwksUrl: text("an https:// URL without credentials, query or fragment", isBareHttpsUrl).optional(),
    /** Expected `iss` of caller tokens. @default not checked (required with `authJwksUrl`) */
    authIssuer: text("a non-empty string", (value) => value.length > 0).optional(),
    /** Expected `aud` of caller tokens. @default not checked (required with `authJwksUrl` and when protected) */
    authAudience: text("a non-empty string", (value) => value.length > 0).optional(),
    /**
     * Name of the Secrets Manager (SSM) secret holding the HS256 secret, created outside Terraform; the function
     * reads it with its own role, so the secret is never in Terraform state. @default the Terraform variable
     */
    authJwtSecretName: ssmSecretName().optional(),
    /**
     * Oldest `iat` accepted, in seconds (jose `maxTokenAge`); tokens without `iat` are then refused. Required in a
     * protected environment, at most {@link PROTECTED_MAX_TOKEN_AGE_SECONDS}: without it a token whose `exp` is
     * years away gets keys for years. @default not checked (required when protected)
     */
    authMaxTokenAgeSeconds: z
      .number({ error: `an integer of at least ${MIN_TOKEN_AGE_SECONDS}` })
      .refine((n) => Number.isSafeInteger(n) && n >= MIN_TOKEN_AGE_SECONDS, {
        error: `an integer of at least ${MIN_TOKEN_AGE_SECONDS}`,
      })
      .optional(),
    /**
     * STS calls per caller id per instance per minute before 429 `TooManyRequests`.
     * @default 10 in prefix mode, 120 in object mode ({@link DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE})
     */
    maxKeysPerCallerPerMinute: integer(
      MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE.min,
      MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE.max,
    ).optional(),
    /**
     * Object mode: how long after an upload's first key its `uploadTicket` renews the key for the same object, in
     * seconds; at least `keyDurationSeconds`. @default 86400 (a day)
     */
    renewalWindowSeconds: integer(KEY_DURATION_RANGE.min, MAX_RENEWAL_WINDOW_SECONDS).default(
      DEFAULT_RENEWAL_WINDOW_SECONDS,
    ),
    /**
     * Object mode: name of the Secrets Manager (SSM) secret that upload tickets are signed with, created outside
     * Terraform. Required with `authJwksUrl` (a key set shares no secret); otherwise tickets are signed with a key
     * derived from the HS256 token secret. @default derived from the token secret
     */
    uploadTicketSecretName: ssmSecretName().optional(),
    /**
     * Serve the key service on your own domain too, HTTPS only, every path to the function; the outputs file names
     * `https://<domain>/`. @default the Function URL only
     */
    customDomain: customDomainSchema.optional(),
  },
  "an object of key-service settings",
);

/** Who hears of an alarm (one Cloud Monitor notice template per environment). */
const alarmReceiversSchema = strict(
  {
    /** CAM user UIDs, told by `noticeWays` (an email goes to the user's verified address). @default none */
    userIds: z
      .array(positiveId("a CAM user UID (a positive integer, CAM console → Users)"), {
        error: "a list of CAM user UIDs",
      })
      .readonly()
      .optional(),
    /** CAM user group ids, told by `noticeWays`. @default none */
    groupIds: z
      .array(positiveId("a CAM user group id (a positive integer, CAM console → User Groups)"), {
        error: "a list of user group ids",
      })
      .readonly()
      .optional(),
    /** https:// endpoints Cloud Monitor POSTs each alarm to. @default none */
    webhookUrls: z
      .array(
        text(
          `an https:// URL of at most ${NOTICE_URL_MAX_LENGTH} characters`,
          (value) => isHttpsUrl(value) && value.length <= NOTICE_URL_MAX_LENGTH,
        ),
        {
          error: "a list of https:// URLs",
        },
      )
      .readonly()
      .optional(),
  },
  "{ userIds?, groupIds?, webhookUrls? }",
);

/** Cloud Monitor alarms on both functions: errors, throttles, concurrency at its limit, duration near the timeout. */
const alarmsSchema = strict(
  {
    /** Create the alarms; at least one receiver is then required. @default false */
    enabled: flag().default(false),
    /** Who is told. @default none */
    receivers: alarmReceiversSchema.prefault({}),
    /** How users and groups are told. @default ["EMAIL"] */
    noticeWays: z
      .array(z.enum(NOTICE_WAYS, { error: NOTICE_WAYS.join(", ") }), { error: `a list of ${NOTICE_WAYS.join(", ")}` })
      .min(1, { error: `one or more of ${NOTICE_WAYS.join(", ")}` })
      .readonly()
      .default(["EMAIL"]),
    /** Language of the notices. @default "en-US" */
    language: z
      .enum(NOTICE_LANGUAGES, { error: NOTICE_LANGUAGES.map((l) => JSON.stringify(l)).join(" or ") })
      .default("en-US"),
    /** Average duration, in percent of a function's timeout, at which its duration alarm fires. @default 80 */
    durationAlarmPercent: integer(1, 100).default(80),
  },
  "an object of alarm settings",
);

/** The check of every uploaded object (issue 11). */
const uploadCheckSchema = strict(
  {
    /**
     * Folder that mismatching objects are moved to, such as `quarantine/`, outside the prefix root. Checked with the
     * check function's own rule (`quarantinePrefixFault`), between fields, as it depends on `keyPrefixTemplate`.
     * @default none: they are deleted
     */
    quarantinePrefix: z.string({ error: QUARANTINE_PREFIX_FORMAT }).optional(),
    /** The app backend's https:// endpoint told about each accepted upload. @default none */
    webhookUrl: text("an https:// URL", isHttpsUrl).optional(),
    /**
     * Name of the Secrets Manager (SSM) secret holding the webhook's HMAC secret, created outside Terraform; needs
     * `webhookUrl`. @default the Terraform variable `upload_check_webhook_secret`
     */
    webhookSecretName: ssmSecretName().optional(),
    /**
     * Reserved concurrency of the check: the most instances at once, reserved as instances × 128 MB of the account's
     * per-region concurrency quota; events beyond it wait in SCF's queue. @default 20
     */
    reservedConcurrency: integer(1, MAX_UPLOAD_CHECK_RESERVED_CONCURRENCY).default(
      DEFAULT_UPLOAD_CHECK_RESERVED_CONCURRENCY,
    ),
    /**
     * Webhook deliveries one instance of the check makes in any minute; needs `webhookUrl`.
     * @default 60 (`DEFAULT_MAX_WEBHOOKS_PER_MINUTE`, the function's own default)
     */
    maxWebhooksPerMinute: integer(1, MAX_WEBHOOKS_PER_MINUTE_LIMIT).optional(),
    /** Ship the check's logs to a topic of its own in the environment's CLS logset. @default false */
    clsLogging: flag().optional(),
    /**
     * How long CLS keeps the check's logs, in days: 1 to 3600, or 3640 for ever (CreateTopic `Period`,
     * policy/cls.ts); with `clsLogging` only. @default 30
     */
    logRetentionDays: logRetentionDays().optional(),
    /**
     * Without `webhookUrl`: name of the Secrets Manager secret the verdict tags' key is derived from, created outside
     * Terraform; required then in a protected environment. @default the Terraform variable `upload_check_verdict_secret`
     * (with `webhookUrl`, the webhook secret)
     */
    verdictSecretName: ssmSecretName().optional(),
    /** When the sweep runs, an SCF timer cron expression (seven fields). @default "0 0 * * * * *" (hourly) */
    sweepSchedule: text(SWEEP_SCHEDULE_RULE, (value) => sweepScheduleProblem(value) === undefined).default(
      DEFAULT_SWEEP_SCHEDULE,
    ),
    /** Minutes an object must exist before the sweep checks it. @default 30 */
    sweepGraceMinutes: integer(SWEEP_GRACE_MINUTES.min, SWEEP_GRACE_MINUTES.max).default(DEFAULT_SWEEP_GRACE_MINUTES),
    /** Objects one sweep run checks at most. @default 100 */
    sweepMaxObjects: integer(SWEEP_MAX_OBJECTS.min, SWEEP_MAX_OBJECTS.max).default(DEFAULT_SWEEP_MAX_OBJECTS),
    /** SCF's retries of a failed asynchronous invocation of the check (COS events and sweep runs). @default 2 */
    asyncRetries: integer(ASYNC_RETRIES.min, ASYNC_RETRIES.max).default(DEFAULT_ASYNC_RETRIES),
  },
  "an object of upload-check settings",
);

const tagsSchema = z
  .record(z.string(), z.string({ error: "a string" }), { error: "an object of tag names to values" })
  .superRefine((tags, ctx) => {
    for (const [key, value] of Object.entries(tags)) {
      const allowed = `keys of 1-${TAG_KEY_MAX_LENGTH} characters [A-Za-z0-9_.:/=+@-], values up to ${TAG_VALUE_MAX_LENGTH}`;
      const tooLong =
        key.length > TAG_KEY_MAX_LENGTH
          ? `the key is ${key.length} characters`
          : value.length > TAG_VALUE_MAX_LENGTH
            ? `the value is ${value.length} characters`
            : undefined;
      if (!TAG_KEY.test(key) || tooLong !== undefined) {
        const message = tooLong === undefined ? allowed : `${tooLong}; allowed: ${allowed}`;
        ctx.addIssue({
          code: "custom",
          input: { [key]: value },
          message,
          params: { [WHOLE_MESSAGE]: tooLong !== undefined },
        });
      }
    }
  });

/** Every field of an environment, checked one by one. */
const environmentFields = strict(
  {
    /** Environment name; becomes the stack name and part of every physical name. Lowercase, digits, `-`. */
    name: text(`1-${ENV_NAME_MAX_LENGTH} characters: a-z first, then a-z, 0-9, -`, (value) =>
      ENV_NAME.test(value),
    ).refine(...atMost(ENV_NAME_MAX_LENGTH)),
    /** COS region of the bucket and the function, such as `ap-guangzhou`. */
    region: region(),
    /** The account's 10-digit APPID; every bucket name ends in it. */
    appId: text("the account's 10-digit APPID", (value) => APPID.test(value)),
    /** The account owner's UIN (digits); trust policies and role ARNs name it. */
    ownerUin: text("the owner account's UIN (digits)", (value) => UIN.test(value)),
    /** Bucket name without the APPID suffix; the bucket is `<bucketBaseName>-<appId>`, at most 60 characters. */
    bucketBaseName: text('a-z, 0-9 and inner "-"', (value) => BUCKET_BASE_NAME.test(value)).refine(
      (value) => value.length + APPID_SUFFIX_LENGTH <= COS_BUCKET_NAME_MAX_LENGTH,
      {
        error: (issue) =>
          `"<bucketBaseName>-<appId>" is ${String(issue.input).length + APPID_SUFFIX_LENGTH} characters; ` +
          `allowed: at most ${COS_BUCKET_NAME_MAX_LENGTH}`,
        params: { [WHOLE_MESSAGE]: true },
      },
    ),
    /** Canned ACL of the bucket; `public-read-write` is refused: anyone could fill the bucket. @default "private" */
    bucketAcl: z
      .enum(["private", "public-read"], { error: '"private" or "public-read" ("public-read-write" lets anyone write)' })
      .default("private"),
    /**
     * Origins of web clients allowed by the bucket's CORS rules and by the key service, such as
     * `https://app.example.com`; the rule is `policy/origin.ts`, which the function applies too. `*` is refused in
     * protected environments. @default no CORS rules
     */
    corsOrigins: z
      .array(text(ORIGIN_ENTRY_RULE, isOriginEntry), { error: "a list of origins" })
      .readonly()
      .default(() => []),
    /** Where each caller's objects go; `{sub}` is the caller's id. @default "uploads/{sub}/" */
    keyPrefixTemplate: text(
      (value) =>
        `a template that ${typeof value === "string" ? templateProblem(value) : 'is a string such as "uploads/{sub}/"'}`,
      (value) => templateProblem(value) === undefined,
    ).default(DEFAULT_KEY_PREFIX_TEMPLATE),
    /** Lifetime of a temporary key, 900..7200 seconds. @default 1800 */
    keyDurationSeconds: integer(KEY_DURATION_RANGE.min, KEY_DURATION_RANGE.max).default(DEFAULT_KEY_DURATION_SECONDS),
    /**
     * Largest object a key may upload, in bytes: exact for a single-request upload; with `multipartUpload` each part
     * is bounded and the post-upload check (`uploadCheck`, then required) enforces the whole object's size. @default no limit
     */
    maxUploadBytes: integer(
      MAX_UPLOAD_BYTES_RANGE.min,
      MAX_UPLOAD_BYTES_RANGE.max,
      " (5 GiB, the single-request limit of COS)",
    ).optional(),
    /**
     * Whether keys may upload in parts, as the SDKs do by default above 1 or 2 MB; `false` grants single-request
     * uploads only (`PutObject`). Function variable `MULTIPART_UPLOAD`. @default true
     */
    multipartUpload: flag().default(true),
    /** Content types keys may upload, such as `image/*`. @default any */
    allowedContentTypes: z
      .array(text('MIME types such as "image/png" or "image/*"', isContentTypePattern), {
        error: "a list of MIME types",
      })
      .readonly()
      .default(() => []),
    /** Whether keys may also be issued for reading back the caller's own objects. @default false */
    allowDownload: flag().default(false),
    /** Days after which incomplete multipart uploads are aborted (their parts are billed). @default 3 */
    abortIncompleteMultipartDays: integer(1, 365).default(3),
    /** Days after which an overwritten or deleted object's old version is deleted. @default 30 */
    noncurrentVersionExpirationDays: integer(1, 3650).default(30),
    /**
     * `prefix`: a key may write anything under the caller's folder. `object`: the service picks one object key per
     * upload (a new name with 128 random bits) and the key may write only that object. @default "prefix"
     */
    keyMode: z.enum(KEY_MODES, { error: '"prefix" or "object"' }).default(DEFAULT_KEY_MODE),
    /** Where Terraform state lives. */
    stateBackend: stateBackendSchema,
    /** Protected environments keep their data and their secrets: `prevent_destroy`, no `*` origin, an audience. */
    protected: flag(),
    /** Tags added to every resource that takes tags. @default none beyond the project's own */
    tags: tagsSchema.default(() => ({})),
    /** The temporary-key service. @default every key-service default */
    keyService: keyServiceSchema.prefault({}),
    /** A check of every uploaded object after it lands. @default none */
    uploadCheck: uploadCheckSchema.optional(),
    /** Cloud Monitor alarms on the functions. @default off */
    alarms: alarmsSchema.prefault({}),
  },
  "an environment record (an object)",
);

type Fields = z.output<typeof environmentFields>;

/**
 * Rules that relate fields. They run even when some field is invalid, so that one synth lists every problem; the
 * value may therefore be partly invalid, and each rule reads only what it needs.
 */
function crossFieldRules(value: unknown, ctx: z.RefinementCtx<Fields>): void {
  const env = value as Partial<Record<keyof Fields, unknown>>;
  const keyService = (typeof env.keyService === "object" && env.keyService !== null ? env.keyService : {}) as Partial<
    Record<keyof Fields["keyService"], unknown>
  >;
  const isProtected = env.protected === true;
  const missing = (field: keyof Fields["keyService"], message: string) =>
    ctx.addIssue({ code: "custom", path: ["keyService", field], message, params: { [MISSING]: true } });

  if (isProtected && Array.isArray(env.corsOrigins)) {
    env.corsOrigins.forEach((origin, index) => {
      if (origin === "*") {
        ctx.addIssue({
          code: "custom",
          path: ["corsOrigins", index],
          input: origin,
          message: 'https origins such as "https://app.example.com" ("*" is refused in a protected environment)',
        });
      }
    });
  }
  const uploadCheck = (typeof env.uploadCheck === "object" && env.uploadCheck !== null ? env.uploadCheck : {}) as {
    quarantinePrefix?: unknown;
  };
  const template = typeof env.keyPrefixTemplate === "string" ? env.keyPrefixTemplate : DEFAULT_KEY_PREFIX_TEMPLATE;
  const root = templateProblem(template) === undefined ? prefixRoot(template) : undefined;
  const quarantine = uploadCheck.quarantinePrefix;
  const fault = typeof quarantine === "string" ? quarantinePrefixFault(quarantine, root) : undefined;
  if (fault !== undefined) {
    // Under the prefix root, callers' keys could write into the quarantine and each move would be checked again.
    ctx.addIssue({
      code: "custom",
      path: ["uploadCheck", "quarantinePrefix"],
      input: quarantine,
      message:
        fault === "format"
          ? QUARANTINE_PREFIX_FORMAT
          : `a folder outside "${root}", where callers' keys write, and not containing it`,
    });
  }
  // Judged only for a limit that is itself valid, so that a bad one reads as one problem.
  const sizeLimit =
    typeof env.maxUploadBytes === "number" && env.maxUploadBytes >= 1 && env.maxUploadBytes <= MAX_SIMPLE_UPLOAD_BYTES;
  if (sizeLimit && env.multipartUpload !== false && env.uploadCheck === undefined) {
    // A condition bounds one request: with multipart upload only the check sees the whole object's size.
    ctx.addIssue({
      code: "custom",
      path: ["maxUploadBytes"],
      input: env.maxUploadBytes,
      message:
        "a size limit with multipart upload (multipartUpload, default true) only beside uploadCheck, which enforces the whole object's size (each part is bounded, not the object); set uploadCheck, or multipartUpload: false for single-request uploads only",
    });
  }
  const webhook = uploadCheck as { webhookUrl?: unknown; webhookSecretName?: unknown; maxWebhooksPerMinute?: unknown };
  if (webhook.maxWebhooksPerMinute !== undefined && webhook.webhookUrl === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["uploadCheck", "maxWebhooksPerMinute"],
      input: webhook.maxWebhooksPerMinute,
      message: "unset unless uploadCheck.webhookUrl is set (it bounds webhook deliveries)",
    });
  }
  if (webhook.webhookSecretName !== undefined && webhook.webhookUrl === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["uploadCheck", "webhookSecretName"],
      input: webhook.webhookSecretName,
      message: "unset unless uploadCheck.webhookUrl is set (the secret signs webhook deliveries)",
    });
  }
  if (isProtected && webhook.webhookUrl !== undefined && webhook.webhookSecretName === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["uploadCheck", "webhookSecretName"],
      message:
        "required in a protected environment with uploadCheck.webhookUrl: a secret passed as a Terraform variable is stored in plain text in the state",
      params: { [MISSING]: true },
    });
  }
  const verdict = uploadCheck as { webhookUrl?: unknown; verdictSecretName?: unknown };
  if (verdict.verdictSecretName !== undefined && verdict.webhookUrl !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["uploadCheck", "verdictSecretName"],
      input: verdict.verdictSecretName,
      message: "unset with uploadCheck.webhookUrl (the verdict tags' key is derived from the webhook secret)",
    });
  }
  if (
    isProtected &&
    env.uploadCheck !== undefined &&
    verdict.webhookUrl === undefined &&
    verdict.verdictSecretName === undefined
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["uploadCheck", "verdictSecretName"],
      message:
        "required in a protected environment with uploadCheck and no webhookUrl: the verdict tags' secret, passed as a Terraform variable, would be stored in plain text in the state",
      params: { [MISSING]: true },
    });
  }
  // A retention without logs would be ignored; say so rather than drop it.
  const logged = [
    ["keyService", keyService as { clsLogging?: unknown; logRetentionDays?: unknown }],
    ["uploadCheck", uploadCheck as { clsLogging?: unknown; logRetentionDays?: unknown }],
  ] as const;
  for (const [field, settings] of logged) {
    if (settings.logRetentionDays !== undefined && settings.clsLogging !== true) {
      ctx.addIssue({
        code: "custom",
        path: [field, "logRetentionDays"],
        input: settings.logRetentionDays,
        message: `unset unless ${field}.clsLogging is true (it is how long CLS keeps those logs)`,
      });
    }
  }
  if (keyService.authJwksUrl !== undefined) {
    // A key set alone accepts every token its provider signs, for any of the provider's customers.
    if (keyService.authIssuer === undefined) {
      missing("authIssuer", "required with keyService.authJwksUrl, so that only your issuer's tokens are accepted");
    }
    if (keyService.authAudience === undefined) {
      missing(
        "authAudience",
        "required with keyService.authJwksUrl, so that only tokens meant for this service are accepted",
      );
    }
    if (keyService.authJwtSecretName !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["keyService", "authJwtSecretName"],
        input: keyService.authJwtSecretName,
        message:
          "unset when keyService.authJwksUrl is set (tokens are verified with the key set or with a secret, not both)",
      });
    }
  }
  if (
    env.keyMode === "object" &&
    keyService.authJwksUrl !== undefined &&
    keyService.uploadTicketSecretName === undefined
  ) {
    missing(
      "uploadTicketSecretName",
      'required with keyMode "object" and keyService.authJwksUrl: upload tickets are signed with a secret, and a key set shares none',
    );
  }
  if (env.keyMode !== "object" && keyService.uploadTicketSecretName !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["keyService", "uploadTicketSecretName"],
      input: keyService.uploadTicketSecretName,
      message: 'unset unless keyMode is "object" (only object-mode keys are renewed with upload tickets)',
    });
  }
  const duration = typeof env.keyDurationSeconds === "number" ? env.keyDurationSeconds : DEFAULT_KEY_DURATION_SECONDS;
  if (typeof keyService.renewalWindowSeconds === "number" && keyService.renewalWindowSeconds < duration) {
    ctx.addIssue({
      code: "custom",
      path: ["keyService", "renewalWindowSeconds"],
      input: keyService.renewalWindowSeconds,
      message: `at least keyDurationSeconds (${duration}): a ticket that expires before its key renews nothing`,
    });
  }
  const alarms = (typeof env.alarms === "object" && env.alarms !== null ? env.alarms : {}) as {
    enabled?: unknown;
    receivers?: unknown;
  };
  const receivers = (
    typeof alarms.receivers === "object" && alarms.receivers !== null ? alarms.receivers : {}
  ) as Record<string, unknown>;
  const hasReceiver = ["userIds", "groupIds", "webhookUrls"].some(
    (field) => Array.isArray(receivers[field]) && receivers[field].length > 0,
  );
  if (alarms.enabled === true && !hasReceiver) {
    ctx.addIssue({
      code: "custom",
      path: ["alarms", "receivers"],
      message:
        "at least one of userIds, groupIds or webhookUrls when alarms.enabled is true: an alarm nobody receives tells nobody",
      params: { [MISSING]: true },
    });
  }
  if (isProtected && keyService.authAudience === undefined && keyService.authJwksUrl === undefined) {
    missing("authAudience", "required in a protected environment");
  }
  const tokenAge = `an integer from ${MIN_TOKEN_AGE_SECONDS} to ${PROTECTED_MAX_TOKEN_AGE_SECONDS} (seconds), such as 3600`;
  if (isProtected && keyService.authMaxTokenAgeSeconds === undefined) {
    missing(
      "authMaxTokenAgeSeconds",
      `required in a protected environment, so that a token whose exp is years away cannot get keys for years; allowed: ${tokenAge}`,
    );
  } else if (
    isProtected &&
    typeof keyService.authMaxTokenAgeSeconds === "number" &&
    keyService.authMaxTokenAgeSeconds > PROTECTED_MAX_TOKEN_AGE_SECONDS
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["keyService", "authMaxTokenAgeSeconds"],
      input: keyService.authMaxTokenAgeSeconds,
      message: `at most ${PROTECTED_MAX_TOKEN_AGE_SECONDS} seconds (a day) in a protected environment`,
    });
  }
  if (isProtected && keyService.authJwksUrl === undefined && keyService.authJwtSecretName === undefined) {
    missing(
      "authJwtSecretName",
      "required in a protected environment using HS256 (or set keyService.authJwksUrl): a secret passed as a Terraform variable is stored in plain text in the state",
    );
  }
}

/** Defaults that depend on other fields, and the names derived from the record. */
function derive(env: Fields) {
  return {
    ...env,
    /** `<bucketBaseName>-<appId>`. */
    bucket: `${env.bucketBaseName}-${env.appId}`,
    keyService: {
      ...env.keyService,
      maxKeysPerCallerPerMinute:
        env.keyService.maxKeysPerCallerPerMinute ?? DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE[env.keyMode],
    },
  };
}

/** The whole schema of an environment record: its fields, the rules between them, then the derived values. */
export const environmentSchema = environmentFields
  .superRefine(crossFieldRules, {
    when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
  })
  .transform(derive);

/** Everything that differs between two environments, as written in `environments.ts`. */
export type EnvironmentConfig = z.input<typeof environmentSchema>;

/** An environment after validation, with every default applied and the derived names computed. */
export type ResolvedEnvironment = z.output<typeof environmentSchema>;

/** Key-service settings with every default applied. */
export type ResolvedKeyService = ResolvedEnvironment["keyService"];

/** Where Terraform keeps this environment's state. */
export type StateBackendConfig = z.output<typeof stateBackendSchema>;

/** Canned bucket ACLs this project accepts. */
export type BucketAcl = ResolvedEnvironment["bucketAcl"];

/** How keys are scoped: to the caller's folder, or to one object chosen by the service. */
export type KeyMode = ResolvedEnvironment["keyMode"];

/** Alarm settings with every default applied. */
export type ResolvedAlarms = ResolvedEnvironment["alarms"];

/** The key-service part of a record, as written. */
export type KeyServiceConfig = NonNullable<EnvironmentConfig["keyService"]>;
