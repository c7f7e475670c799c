/**
 * The stack<->function contract (policy/function-variables.ts): what the stack writes for a record, each function
 * reads back as the record said, and each limit is enforced where the value is written (the environment schema, the
 * construct) and where it is read (both functions).
 */
import { Testing } from "cdktf";
import type { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { ConfigError as RecordError, ResolvedEnvironment, resolveEnvironment } from "../../config/resolve";
import { parseConfig, ServiceConfig } from "../../lambda/key-service/config";
import { ConfigError } from "../../lambda/shared/env";
import { CheckConfig, parseCheckConfig } from "../../lambda/upload-check/config";
import { KEY_MODES, TransferScope } from "../../policy";
import {
  DEFAULT_KEY_DURATION_SECONDS,
  KEY_DURATION_RANGE,
  KEY_SERVICE_VARIABLES,
  keyServiceVariables,
  MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE,
  MAX_UPLOAD_BYTES_RANGE,
  MIN_SECRET_BYTES,
  MIN_TOKEN_AGE_SECONDS,
  UPLOAD_CHECK_VARIABLES,
  uploadCheckVariables,
  UploadCheckSettings,
} from "../../policy/function-variables";
import { SSM_SECRET_NAME_MAX_LENGTH } from "../../policy/ssm";
import { DEFAULT_MAX_WEBHOOKS_PER_MINUTE } from "../../policy/upload-check-limits";
import { UploadBucket } from "../../stacks/constructs/upload-bucket";
import { UploadCheck, UploadCheckProps } from "../../stacks/constructs/upload-check";
import { resourcesOf, synthJson } from "../helpers/synth";

const ROLE_ARN = "qcs::cam::uin/100000000001:roleName/direct-transfer-dev-upload";
const CREDENTIALS = { TENCENTCLOUD_SECRETID: "AKIDfunction", TENCENTCLOUD_SECRETKEY: "function-secret-key" };
const TOKEN_SECRET = "a-caller-token-secret-of-32-bytes!";
const WEBHOOK_SECRET = "w".repeat(MIN_SECRET_BYTES);
const VERDICT_SECRET = "v".repeat(MIN_SECRET_BYTES);
const HOOK = "https://api.example.com/hooks/uploads";

/** Every environment record, in both key modes. */
const KEY_SERVICE_RECORDS: [string, EnvironmentConfig][] = Object.values(ENVIRONMENTS).flatMap((record) =>
  KEY_MODES.map((keyMode): [string, EnvironmentConfig] => [`${record.name} (${keyMode} mode)`, { ...record, keyMode }]),
);

/** Every record with a check, and each with a webhook whose secret is inline or in Secrets Manager. */
const CHECK_RECORDS: [string, EnvironmentConfig][] = [
  ["dev with a check", { ...ENVIRONMENTS.dev, uploadCheck: {} }],
  ["staging", ENVIRONMENTS.staging],
  ["prod", ENVIRONMENTS.prod],
  [
    "staging with a webhook",
    {
      ...ENVIRONMENTS.staging,
      uploadCheck: { ...ENVIRONMENTS.staging.uploadCheck, webhookUrl: HOOK, maxWebhooksPerMinute: 30 },
    },
  ],
  [
    "prod with a webhook secret in SSM",
    {
      ...ENVIRONMENTS.prod,
      // With a webhook its secret signs the verdict tags: prod's own verdict secret goes.
      uploadCheck: {
        ...ENVIRONMENTS.prod.uploadCheck,
        verdictSecretName: undefined,
        webhookUrl: HOOK,
        webhookSecretName: "prod-webhook",
      },
    },
  ],
];

function scopesOf(env: ResolvedEnvironment): TransferScope[] {
  return env.allowDownload ? ["upload", "download"] : ["upload"];
}

/** The HS256 secret the stack hands the key service as a Terraform variable, where there is one. */
function jwtSecretOf(env: ResolvedEnvironment): string | undefined {
  return env.keyService.authJwtSecretName === undefined && env.keyService.authJwksUrl === undefined
    ? TOKEN_SECRET
    : undefined;
}

/** The check's settings for a record, as `DirectTransfer` gives them to `UploadCheck`. */
function checkSettingsOf(
  env: ResolvedEnvironment,
  webhookSecret = WEBHOOK_SECRET,
  verdictSecret = VERDICT_SECRET,
): UploadCheckSettings {
  const check = env.uploadCheck;
  if (check === undefined) {
    throw new Error(`${env.name} has no upload check`);
  }
  return {
    bucket: env.bucket,
    region: env.region,
    ownerUin: env.ownerUin,
    bucketAcl: env.bucketAcl,
    keyPrefixTemplate: env.keyPrefixTemplate,
    limits: { maxUploadBytes: env.maxUploadBytes, allowedContentTypes: env.allowedContentTypes },
    quarantinePrefix: check.quarantinePrefix,
    webhookUrl: check.webhookUrl,
    webhookSecret: check.webhookUrl !== undefined && check.webhookSecretName === undefined ? webhookSecret : undefined,
    webhookSecretName: check.webhookSecretName,
    maxWebhooksPerMinute: check.maxWebhooksPerMinute,
    // Without a webhook the verdict tags' secret is the record's SSM name, else the stack's Terraform variable.
    verdictSecretName: check.verdictSecretName,
    verdictSecret: check.webhookUrl === undefined && check.verdictSecretName === undefined ? verdictSecret : undefined,
    sweepGraceMinutes: check.sweepGraceMinutes,
    sweepMaxObjects: check.sweepMaxObjects,
  };
}

/** The record's key-service settings in the shape the function reads them into. */
function keyServiceExpected(env: ResolvedEnvironment) {
  const auth = env.keyService;
  return {
    location: { bucket: env.bucket, region: env.region, appId: env.appId },
    prefixTemplate: env.keyPrefixTemplate,
    allowedScopes: scopesOf(env),
    allowedOrigins: env.corsOrigins,
    limits: {
      maxUploadBytes: env.maxUploadBytes,
      multipartUpload: env.multipartUpload,
      allowedContentTypes: env.allowedContentTypes.length > 0 ? env.allowedContentTypes : undefined,
    },
    keyMode: env.keyMode,
    maxKeysPerCallerPerMinute: auth.maxKeysPerCallerPerMinute,
    roleArn: ROLE_ARN,
    durationSeconds: env.keyDurationSeconds,
    issuer: auth.authIssuer,
    audience: auth.authAudience,
    maxTokenAgeSeconds: auth.authMaxTokenAgeSeconds,
    secretName: auth.authJwtSecretName,
  };
}

function keyServiceRead(config: ServiceConfig) {
  return {
    location: config.location,
    prefixTemplate: config.prefixTemplate,
    allowedScopes: config.allowedScopes,
    allowedOrigins: config.allowedOrigins,
    limits: config.limits,
    keyMode: config.keyMode,
    maxKeysPerCallerPerMinute: config.maxKeysPerCallerPerMinute,
    roleArn: config.sts.roleArn,
    durationSeconds: config.sts.durationSeconds,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    maxTokenAgeSeconds: config.auth.maxTokenAgeSeconds,
    secretName: config.auth.key.kind === "ssm" ? config.auth.key.ssm.secretName : undefined,
  };
}

function checkExpected(env: ResolvedEnvironment) {
  const check = env.uploadCheck;
  return {
    location: { bucket: env.bucket, region: env.region, appId: env.appId },
    ownerUin: env.ownerUin,
    bucketAcl: env.bucketAcl,
    prefixTemplate: env.keyPrefixTemplate,
    limits: {
      maxUploadBytes: env.maxUploadBytes,
      allowedContentTypes: env.allowedContentTypes.length > 0 ? env.allowedContentTypes : undefined,
    },
    quarantinePrefix: check?.quarantinePrefix,
    webhookUrl: check?.webhookUrl,
    webhookSecret:
      check?.webhookSecretName === undefined
        ? check?.webhookUrl === undefined
          ? undefined
          : WEBHOOK_SECRET
        : undefined,
    webhookSecretName: check?.webhookSecretName,
    maxWebhooksPerMinute:
      check?.webhookUrl === undefined ? undefined : (check.maxWebhooksPerMinute ?? DEFAULT_MAX_WEBHOOKS_PER_MINUTE),
    verdictSecret:
      check?.webhookUrl !== undefined
        ? "webhook"
        : check?.verdictSecretName === undefined
          ? VERDICT_SECRET
          : `ssm:${check.verdictSecretName}`,
    sweep: { graceMinutes: check?.sweepGraceMinutes, maxObjects: check?.sweepMaxObjects },
  };
}

function checkRead(config: CheckConfig) {
  const secret = config.webhook?.secret;
  return {
    location: config.location,
    ownerUin: config.ownerUin,
    bucketAcl: config.bucketAcl,
    prefixTemplate: config.prefixTemplate,
    limits: config.limits,
    quarantinePrefix: config.quarantinePrefix,
    webhookUrl: config.webhook?.url.href,
    webhookSecret: secret?.kind === "value" ? secret.value : undefined,
    webhookSecretName: secret?.kind === "ssm" ? secret.ssm.secretName : undefined,
    maxWebhooksPerMinute: config.webhook?.maxPerMinute,
    verdictSecret:
      config.webhook !== undefined && config.verdictSecret === config.webhook.secret
        ? "webhook"
        : config.verdictSecret.kind === "value"
          ? config.verdictSecret.value
          : `ssm:${config.verdictSecret.ssm.secretName}`,
    sweep: config.sweep,
  };
}

/** The `environment` of the stack's function whose name ends in `suffix`. */
function synthesizedVariables(record: EnvironmentConfig, suffix: string): Readonly<Record<string, string>> {
  const fn = resourcesOf(synthJson(record), "tencentcloud_scf_function").find((resource) =>
    String(resource.name).endsWith(suffix),
  );
  if (fn === undefined) {
    throw new Error(`no function ${suffix} in ${record.name}`);
  }
  return fn.environment as Record<string, string>;
}

describe("the key service's variables", () => {
  test.each(KEY_SERVICE_RECORDS)("read back as %s says", (_, record) => {
    const env = resolveEnvironment(record);
    const variables = keyServiceVariables(env, {
      uploadRoleArn: ROLE_ARN,
      scopes: scopesOf(env),
      jwtSecret: jwtSecretOf(env),
    });

    const config = parseConfig({ ...variables, ...CREDENTIALS });

    expect(keyServiceRead(config)).toEqual(keyServiceExpected(env));
    expect(config.auth.key.kind).toBe(jwtSecretOf(env) === undefined ? "ssm" : "hs256");
    if (env.keyMode === "object") {
      expect(config.uploadTicket.renewalWindowSeconds).toBe(env.keyService.renewalWindowSeconds);
    }
  });

  test.each(KEY_SERVICE_RECORDS)("are what the stack synthesizes for %s", (_, record) => {
    const env = resolveEnvironment(record);
    const synthesized = synthesizedVariables(record, "-key-service");

    expect(synthesized).toEqual(
      keyServiceVariables(env, {
        uploadRoleArn: synthesized.UPLOAD_ROLE_ARN,
        scopes: scopesOf(env),
        jwtSecret: synthesized.AUTH_JWT_SECRET,
      }),
    );
    expect(KEY_SERVICE_VARIABLES).toEqual(expect.arrayContaining(Object.keys(synthesized)));
  });
});

describe("the upload check's variables", () => {
  test.each(CHECK_RECORDS)("read back as %s says, with the key service's limits", (_, record) => {
    const env = resolveEnvironment(record);
    const variables = uploadCheckVariables(checkSettingsOf(env));
    const keyService = parseConfig({
      ...keyServiceVariables(env, { uploadRoleArn: ROLE_ARN, scopes: scopesOf(env), jwtSecret: jwtSecretOf(env) }),
      ...CREDENTIALS,
    });

    const config = parseCheckConfig(variables);

    expect(checkRead(config)).toEqual(checkExpected(env));
    expect(config.prefixTemplate).toBe(keyService.prefixTemplate);
    expect(config.limits).toEqual({
      maxUploadBytes: keyService.limits.maxUploadBytes,
      allowedContentTypes: keyService.limits.allowedContentTypes,
    });
  });

  test.each(CHECK_RECORDS)("are what the stack synthesizes for %s", (_, record) => {
    const env = resolveEnvironment(record);
    const synthesized = synthesizedVariables(record, "-upload-check");

    expect(synthesized).toEqual(
      uploadCheckVariables(checkSettingsOf(env, synthesized.WEBHOOK_SECRET, synthesized.VERDICT_SECRET)),
    );
    expect(UPLOAD_CHECK_VARIABLES).toEqual(expect.arrayContaining(Object.keys(synthesized)));
  });

  test("writes no webhook secret, secret name or bound without a webhook", () => {
    const variables = uploadCheckVariables({
      ...checkSettingsOf(resolveEnvironment(ENVIRONMENTS.staging)),
      webhookSecret: WEBHOOK_SECRET,
      webhookSecretName: "hook",
      maxWebhooksPerMinute: 10,
    });

    expect(Object.keys(variables)).toEqual([
      "COS_BUCKET",
      "COS_REGION",
      "OWNER_UIN",
      "BUCKET_ACL",
      "ALLOW_PREFIX",
      "MAX_UPLOAD_BYTES",
      "ALLOWED_CONTENT_TYPES",
      "QUARANTINE_PREFIX",
      "VERDICT_SECRET",
      "SWEEP_GRACE_MINUTES",
      "SWEEP_MAX_OBJECTS",
    ]);
  });
});

/** The problems synth reports for the record, or none. */
function recordProblems(record: object): readonly string[] {
  try {
    resolveEnvironment(record);
    return [];
  } catch (error) {
    if (error instanceof RecordError) {
      return error.problems;
    }
    throw error;
  }
}

/** The message the function fails with, or undefined when it reads the variables. */
function readProblem(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.message;
    }
    throw error;
  }
}

const KEY_SERVICE_BASE = {
  COS_BUCKET: "photos-1250000000",
  COS_REGION: "ap-guangzhou",
  UPLOAD_ROLE_ARN: ROLE_ARN,
  AUTH_JWT_SECRET: TOKEN_SECRET,
  ...CREDENTIALS,
};
const CHECK_BASE = { COS_BUCKET: "photos-1250000000", COS_REGION: "ap-guangzhou", OWNER_UIN: "100000000001" };
const keyService = (variables: object) => () => parseConfig({ ...KEY_SERVICE_BASE, ...variables });
/** The check's reader; without a webhook the verdict tags need a secret of their own. */
const check =
  (variables: { WEBHOOK_URL?: string; VERDICT_SECRET_NAME?: string; [name: string]: string | undefined }) => () =>
    parseCheckConfig({
      ...CHECK_BASE,
      ...(variables.WEBHOOK_URL === undefined && variables.VERDICT_SECRET_NAME === undefined ? { VERDICT_SECRET } : {}),
      ...variables,
    });
/** Dev with a check, so that a size limit with multipart upload is a valid record. */
const dev = (fields: object): object => ({ ...ENVIRONMENTS.dev, uploadCheck: {}, ...fields });

describe("the key lifetime", () => {
  test("defaults to the same value in the record and in the function", () => {
    const { keyDurationSeconds: _, ...record } = ENVIRONMENTS.dev;

    expect(resolveEnvironment(record).keyDurationSeconds).toBe(DEFAULT_KEY_DURATION_SECONDS);
    expect(keyService({})().sts.durationSeconds).toBe(DEFAULT_KEY_DURATION_SECONDS);
  });

  test.each([KEY_DURATION_RANGE.min, KEY_DURATION_RANGE.max])("accepts %i seconds on both sides", (seconds) => {
    expect(recordProblems(dev({ keyDurationSeconds: seconds }))).toEqual([]);
    expect(keyService({ DURATION_SECONDS: String(seconds) })().sts.durationSeconds).toBe(seconds);
  });

  test.each([KEY_DURATION_RANGE.min - 1, KEY_DURATION_RANGE.max + 1])(
    "fails for %i seconds on both sides",
    (seconds) => {
      expect(recordProblems(dev({ keyDurationSeconds: seconds }))).toEqual([
        `keyDurationSeconds: received ${seconds}; allowed: an integer from 900 to 7200`,
      ]);
      expect(readProblem(keyService({ DURATION_SECONDS: String(seconds) }))).toBe(
        `DURATION_SECONDS must be a whole number from 900 to 7200; received "${seconds}"`,
      );
    },
  );
});

describe("the upload size limit", () => {
  const max = MAX_UPLOAD_BYTES_RANGE.max;

  test("is 5 GiB, the most one request carries", () => {
    expect(max).toBe(5 * 1024 ** 3);
  });

  test("accepts 5 GiB in the record, the construct, the key service and the check", () => {
    expect(recordProblems(dev({ maxUploadBytes: max }))).toEqual([]);
    expect(constructProblem({ limits: { maxUploadBytes: max } })).toBeUndefined();
    expect(keyService({ MAX_UPLOAD_BYTES: String(max) })().limits.maxUploadBytes).toBe(max);
    expect(check({ MAX_UPLOAD_BYTES: String(max) })().limits.maxUploadBytes).toBe(max);
  });

  test.each([0, max + 1])("fails for %i bytes in the record, the construct, the key service and the check", (bytes) => {
    const allowed = `from 1 to ${max}`;

    expect(recordProblems(dev({ maxUploadBytes: bytes }))).toEqual([
      `maxUploadBytes: received ${bytes}; allowed: an integer ${allowed} (5 GiB, the single-request limit of COS)`,
    ]);
    expect(constructProblem({ limits: { maxUploadBytes: bytes } })).toBe(
      `upload check: limits.maxUploadBytes: received ${bytes}; allowed: a whole number ${allowed} (5 GiB, the single-request limit of COS)`,
    );
    expect(readProblem(keyService({ MAX_UPLOAD_BYTES: String(bytes) }))).toBe(
      `MAX_UPLOAD_BYTES must be a whole number ${allowed}; received "${bytes}"`,
    );
    expect(readProblem(check({ MAX_UPLOAD_BYTES: String(bytes) }))).toBe(
      `MAX_UPLOAD_BYTES must be a whole number ${allowed}; received "${bytes}"`,
    );
  });
});

describe("Secrets Manager secret names", () => {
  const longest = "s".repeat(SSM_SECRET_NAME_MAX_LENGTH);

  test("a name of 128 characters passes every field and variable that names a secret", () => {
    expect(
      recordProblems(
        dev({ keyMode: "object", keyService: { authJwtSecretName: longest, uploadTicketSecretName: longest } }),
      ),
    ).toEqual([]);
    expect(recordProblems(dev({ uploadCheck: { webhookUrl: HOOK, webhookSecretName: longest } }))).toEqual([]);
    expect(constructProblem({ webhookUrl: HOOK, webhookSecretName: longest })).toBeUndefined();
    expect(
      keyService({ AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: longest, UPLOAD_TICKET_SECRET_NAME: longest })()
        .auth.key.kind,
    ).toBe("ssm");
    expect(check({ WEBHOOK_URL: HOOK, WEBHOOK_SECRET_NAME: longest })().webhook?.secret.kind).toBe("ssm");
    expect(recordProblems(dev({ uploadCheck: { verdictSecretName: longest } }))).toEqual([]);
    expect(constructProblem({ verdictSecretName: longest })).toBeUndefined();
    expect(check({ VERDICT_SECRET_NAME: longest })().verdictSecret.kind).toBe("ssm");
  });

  test.each([
    ["129 characters", `${longest}s`],
    ["a leading dash", "-jwt"],
    ["a slash", "prod/jwt"],
  ])("fails for a name with %s in the record, the construct and both functions", (_, name) => {
    expect(recordProblems(dev({ keyService: { authJwtSecretName: name } }))).toEqual([
      expect.stringMatching(/^keyService\.authJwtSecretName: /),
    ]);
    expect(recordProblems(dev({ keyMode: "object", keyService: { uploadTicketSecretName: name } }))).toEqual([
      expect.stringMatching(/^keyService\.uploadTicketSecretName: /),
    ]);
    expect(recordProblems(dev({ uploadCheck: { webhookUrl: HOOK, webhookSecretName: name } }))).toEqual([
      expect.stringMatching(/^uploadCheck\.webhookSecretName: /),
    ]);
    expect(constructProblem({ webhookUrl: HOOK, webhookSecretName: name })).toMatch(
      /^upload check: webhookSecretName: .*allowed: a Secrets Manager secret name: 1 to 128/,
    );
    const rule =
      "must be a Secrets Manager secret name: 1 to 128 letters, digits, _ or -, starting with a letter or digit";
    expect(readProblem(keyService({ AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: name }))).toBe(
      `AUTH_JWT_SECRET_NAME ${rule}; received ${JSON.stringify(name)}`,
    );
    expect(readProblem(keyService({ UPLOAD_TICKET_SECRET_NAME: name }))).toBe(
      `UPLOAD_TICKET_SECRET_NAME ${rule}; received ${JSON.stringify(name)}`,
    );
    expect(readProblem(check({ WEBHOOK_URL: HOOK, WEBHOOK_SECRET_NAME: name }))).toBe(
      `WEBHOOK_SECRET_NAME ${rule}; received ${JSON.stringify(name)}`,
    );
    expect(recordProblems(dev({ uploadCheck: { verdictSecretName: name } }))).toEqual([
      expect.stringMatching(/^uploadCheck\.verdictSecretName: /),
    ]);
    expect(constructProblem({ verdictSecretName: name })).toMatch(
      /^upload check: verdictSecretName: .*allowed: a Secrets Manager secret name: 1 to 128/,
    );
    expect(readProblem(check({ VERDICT_SECRET_NAME: name }))).toBe(
      `VERDICT_SECRET_NAME ${rule}; received ${JSON.stringify(name)}`,
    );
  });
});

describe("shared secrets", () => {
  // 16 two-byte characters: the length is counted in UTF-8 bytes on both functions.
  test.each([
    ["32 ASCII bytes", "s".repeat(MIN_SECRET_BYTES)],
    ["32 bytes in 16 characters", "é".repeat(MIN_SECRET_BYTES / 2)],
  ])("%s pass as the token, ticket, webhook and verdict secret", (_, secret) => {
    expect(keyService({ AUTH_JWT_SECRET: secret, UPLOAD_TICKET_SECRET: secret })().uploadTicket.secret?.kind).toBe(
      "hs256",
    );
    expect(check({ WEBHOOK_URL: HOOK, WEBHOOK_SECRET: secret })().webhook?.secret).toEqual({
      kind: "value",
      value: secret,
    });
    expect(check({ VERDICT_SECRET: secret })().verdictSecret).toEqual({ kind: "value", value: secret });
  });

  test.each([
    ["31 ASCII bytes", "s".repeat(MIN_SECRET_BYTES - 1), MIN_SECRET_BYTES - 1],
    ["31 bytes in 16 characters", `${"é".repeat(MIN_SECRET_BYTES / 2 - 1)}s`, MIN_SECRET_BYTES - 1],
  ])(
    "fails for %s as the token, ticket, webhook and verdict secret, naming the length, never the value",
    (_, secret, bytes) => {
      expect(readProblem(keyService({ AUTH_JWT_SECRET: secret }))).toBe(
        `AUTH_JWT_SECRET must be at least 32 bytes; received ${bytes}`,
      );
      expect(readProblem(keyService({ UPLOAD_TICKET_SECRET: secret }))).toBe(
        `UPLOAD_TICKET_SECRET must be at least 32 bytes; received ${bytes}`,
      );
      expect(readProblem(check({ WEBHOOK_URL: HOOK, WEBHOOK_SECRET: secret }))).toBe(
        `WEBHOOK_SECRET must be at least 32 bytes; received ${bytes}`,
      );
      expect(readProblem(check({ VERDICT_SECRET: secret }))).toBe(
        `VERDICT_SECRET must be at least 32 bytes; received ${bytes}`,
      );
    },
  );
});

describe("the owner's UIN", () => {
  test.each(["12345", "1".repeat(20)])("accepts %s in the record and the check", (uin) => {
    expect(recordProblems(dev({ ownerUin: uin }))).toEqual([]);
    expect(check({ OWNER_UIN: uin })().ownerUin).toBe(uin);
  });

  test.each(["1234", "1".repeat(21), "uin-1"])("fails for %s in the record and the check", (uin) => {
    expect(recordProblems(dev({ ownerUin: uin }))).toEqual([
      `ownerUin: received ${JSON.stringify(uin)}; allowed: the owner account's UIN (digits)`,
    ]);
    expect(readProblem(check({ OWNER_UIN: uin }))).toBe(
      `OWNER_UIN must be the UIN (digits) of the account owning the bucket; received ${JSON.stringify(uin)}`,
    );
  });
});

describe("keys per caller and minute", () => {
  const { min, max } = MAX_KEYS_PER_CALLER_PER_MINUTE_RANGE;

  test.each([min, max])("accepts %i on both sides", (count) => {
    expect(recordProblems(dev({ keyService: { maxKeysPerCallerPerMinute: count } }))).toEqual([]);
    expect(keyService({ MAX_KEYS_PER_CALLER_PER_MINUTE: String(count) })().maxKeysPerCallerPerMinute).toBe(count);
  });

  test.each([min - 1, max + 1])("fails for %i on both sides", (count) => {
    expect(recordProblems(dev({ keyService: { maxKeysPerCallerPerMinute: count } }))).toEqual([
      `keyService.maxKeysPerCallerPerMinute: received ${count}; allowed: an integer from ${min} to ${max}`,
    ]);
    expect(readProblem(keyService({ MAX_KEYS_PER_CALLER_PER_MINUTE: String(count) }))).toBe(
      `MAX_KEYS_PER_CALLER_PER_MINUTE must be a whole number from ${min} to ${max}; received "${count}"`,
    );
  });
});

describe("the maximum token age", () => {
  test("accepts a minute on both sides", () => {
    expect(recordProblems(dev({ keyService: { authMaxTokenAgeSeconds: MIN_TOKEN_AGE_SECONDS } }))).toEqual([]);
    expect(keyService({ AUTH_MAX_TOKEN_AGE_SECONDS: String(MIN_TOKEN_AGE_SECONDS) })().auth.maxTokenAgeSeconds).toBe(
      MIN_TOKEN_AGE_SECONDS,
    );
  });

  test("fails for less than a minute on both sides", () => {
    const seconds = MIN_TOKEN_AGE_SECONDS - 1;

    expect(recordProblems(dev({ keyService: { authMaxTokenAgeSeconds: seconds } }))).toEqual([
      `keyService.authMaxTokenAgeSeconds: received ${seconds}; allowed: an integer of at least 60`,
    ]);
    expect(readProblem(keyService({ AUTH_MAX_TOKEN_AGE_SECONDS: String(seconds) }))).toMatch(
      /^AUTH_MAX_TOKEN_AGE_SECONDS must be a whole number from 60 to /,
    );
  });
});

/** The message `UploadCheck` fails with for these props, or undefined when it builds. */
function constructProblem(overrides: Partial<UploadCheckProps>): string | undefined {
  try {
    Testing.synthScope((scope) => {
      const bucket = new UploadBucket(scope, "bucket", {
        bucket: "photos-1250000000",
        region: "ap-guangzhou",
        appId: "1250000000",
        abortIncompleteMultipartDays: 3,
        noncurrentVersionExpirationDays: 30,
      });
      new UploadCheck(scope, "upload-check", {
        functionName: "direct-transfer-dev-upload-check",
        ownerUin: "100000000001",
        bucket,
        keyPrefixTemplate: "uploads/{sub}/",
        ...(overrides.webhookUrl !== undefined && overrides.webhookSecretName === undefined
          ? { webhookSecret: WEBHOOK_SECRET }
          : {}),
        ...(overrides.webhookUrl === undefined && overrides.verdictSecretName === undefined
          ? { verdictSecret: VERDICT_SECRET }
          : {}),
        ...overrides,
      });
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
