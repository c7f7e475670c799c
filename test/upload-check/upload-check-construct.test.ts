import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { CamRole } from "../../.gen/providers/tencentcloud/cam-role";
import { ClsTopic } from "../../.gen/providers/tencentcloud/cls-topic";
import { TencentcloudProvider } from "../../.gen/providers/tencentcloud/provider";
import { ScfFunction } from "../../.gen/providers/tencentcloud/scf-function";
import { ScfReservedConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-reserved-concurrency-config";
import { ScfFunctionEventInvokeConfig } from "../../.gen/providers/tencentcloud/scf-function-event-invoke-config";
import { ScfTrigger } from "../../.gen/providers/tencentcloud/scf-trigger";
import { UploadBucket } from "../../stacks/constructs/upload-bucket";
import { UploadCheck, UploadCheckProps } from "../../stacks/constructs/upload-check";
import { describeAgainstProviderSchema, NO_SCHEMA_PROBLEMS, schemaReport } from "../helpers/schema-check";
import "../helpers/synth";

/** The verdict secret a check without a webhook needs (a Terraform variable's value, in the stack). */
const VERDICT_SECRET = "v".repeat(32);

function declare(scope: Construct, overrides: Partial<UploadCheckProps> = {}): UploadCheck {
  const bucket = new UploadBucket(scope, "bucket", {
    bucket: "photos-1250000000",
    region: "ap-guangzhou",
    appId: "1250000000",
    abortIncompleteMultipartDays: 3,
    noncurrentVersionExpirationDays: 30,
  });
  const verdict =
    overrides.webhookUrl === undefined && overrides.verdictSecretName === undefined
      ? { verdictSecret: VERDICT_SECRET }
      : {};
  return new UploadCheck(scope, "upload-check", {
    functionName: "direct-transfer-dev-upload-check",
    ownerUin: "100000000001",
    bucket,
    keyPrefixTemplate: "uploads/{sub}/",
    limits: { maxUploadBytes: 1048576, allowedContentTypes: ["image/*"] },
    quarantinePrefix: "quarantine/",
    ...verdict,
    ...overrides,
  });
}

function synth(overrides: Partial<UploadCheckProps> = {}): string {
  return Testing.synthScope((scope) => {
    declare(scope, overrides);
  });
}

function policyOf(synthesized: string): unknown {
  const policies = JSON.parse(synthesized).resource.tencentcloud_cam_policy as Record<string, { document: string }>;
  return Object.values(policies).map((p) => JSON.parse(p.document));
}

describe("UploadCheck", () => {
  test("runs its own bundle on Node.js 18, the newest runtime CreateFunction documents, with the environment's limits", () => {
    expect(synth()).toHaveResourceWithProperties(ScfFunction, {
      name: "direct-transfer-dev-upload-check",
      handler: "index.main_handler",
      runtime: "Nodejs18.15",
      mem_size: 128,
      timeout: 30,
      role: expect.stringMatching(/^\$\{tencentcloud_cam_role\.upload-check_role_\w+\.name\}$/),
      zip_file: expect.stringMatching(/^assets\/upload-check_code_archive_\w+\/[0-9A-F]+\/archive\.zip$/),
      environment: {
        COS_BUCKET: "photos-1250000000",
        COS_REGION: "ap-guangzhou",
        OWNER_UIN: "100000000001",
        BUCKET_ACL: "private",
        ALLOW_PREFIX: "uploads/{sub}/",
        MAX_UPLOAD_BYTES: "1048576",
        ALLOWED_CONTENT_TYPES: "image/*",
        QUARANTINE_PREFIX: "quarantine/",
        VERDICT_SECRET: VERDICT_SECRET,
      },
    });
  });

  test("is triggered by every object created under the prefix root", () => {
    expect(synth()).toHaveResourceWithProperties(ScfTrigger, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.upload-check_function_\w+\.name\}$/),
      namespace: "default",
      type: "cos",
      trigger_name: "photos-1250000000.cos.ap-guangzhou.myqcloud.com",
      enable: "OPEN",
      trigger_desc: JSON.stringify({
        bucketUrl: "photos-1250000000.cos.ap-guangzhou.myqcloud.com",
        event: "cos:ObjectCreated:*",
        filter: { Prefix: "uploads/", Suffix: "" },
      }),
    });
  });

  test("runs as its own role, trusted by SCF, allowed the check's actions only", () => {
    const synthesized = synth();
    expect(synthesized).toHaveResourceWithProperties(CamRole, {
      name: "direct-transfer-dev-upload-check",
      document: JSON.stringify({
        version: "2.0",
        statement: [{ effect: "allow", action: ["name/sts:AssumeRole"], principal: { service: ["scf.qcloud.com"] } }],
      }),
    });
    expect(policyOf(synthesized)).toEqual([
      {
        version: "2.0",
        statement: [
          {
            effect: "allow",
            action: [
              "name/cos:GetObject",
              "name/cos:GetObjectACL",
              "name/cos:DeleteObject",
              "name/cos:GetObjectTagging",
              "name/cos:PutObjectTagging",
            ],
            resource: ["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/*"],
          },
          {
            effect: "allow",
            action: ["name/cos:GetBucket"],
            resource: ["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/*"],
          },
          {
            effect: "allow",
            action: ["name/cos:PutObjectCopy", "name/cos:PutObject", "name/cos:PutObjectTagging"],
            resource: ["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/quarantine/*"],
          },
        ],
      },
    ]);
  });

  test("grants no write but the verdict tag when rejected objects are deleted", () => {
    const synthesized = synth({ quarantinePrefix: undefined });
    expect(JSON.stringify(policyOf(synthesized)).replace(/name\/cos:PutObjectTagging/g, "")).not.toContain("PutObject");
    expect(JSON.stringify(policyOf(synthesized))).not.toContain("quarantine/");
    expect(synthesized).not.toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({ QUARANTINE_PREFIX: expect.anything() }),
    });
  });

  test("passes the webhook and its secret", () => {
    const synthesized = Testing.synthScope((scope) => {
      const secret = new TerraformVariable(scope, "upload_check_webhook_secret", { type: "string", sensitive: true });
      declare(scope, { webhookUrl: "https://api.example.com/hooks/uploads", webhookSecret: secret.value });
    });
    expect(synthesized).toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({
        WEBHOOK_URL: "https://api.example.com/hooks/uploads",
        WEBHOOK_SECRET: "${var.upload_check_webhook_secret}",
      }),
    });
    expect(synthesized).not.toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({ WEBHOOK_SECRET_NAME: expect.anything() }),
    });
  });

  test("names the webhook's Secrets Manager secret and may read that one secret only", () => {
    const synthesized = synth({
      webhookUrl: "https://api.example.com/hooks/uploads",
      webhookSecretName: "direct-transfer-dev-webhook-secret",
    });
    const fn = Object.values(
      JSON.parse(synthesized).resource.tencentcloud_scf_function as Record<
        string,
        { environment: Record<string, string> }
      >,
    )[0];
    expect(fn.environment).toMatchObject({
      WEBHOOK_URL: "https://api.example.com/hooks/uploads",
      WEBHOOK_SECRET_NAME: "direct-transfer-dev-webhook-secret",
    });
    expect(fn.environment).not.toHaveProperty("WEBHOOK_SECRET");
    expect(policyOf(synthesized)).toContainEqual({
      version: "2.0",
      statement: [
        {
          effect: "allow",
          action: ["name/ssm:GetSecretValue"],
          resource: ["qcs::ssm:ap-guangzhou:uin/100000000001:secret/creatorUin/*/direct-transfer-dev-webhook-secret"],
        },
      ],
    });
  });

  test("runs the sweep hourly by a timer of its own, and keeps SCF's two retries of a failed asynchronous invocation", () => {
    const synthesized = synth();
    expect(synthesized).toHaveResourceWithProperties(ScfTrigger, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.upload-check_function_\w+\.name\}$/),
      namespace: "default",
      type: "timer",
      trigger_name: "sweep",
      enable: "OPEN",
      trigger_desc: "0 0 * * * * *",
    });
    expect(synthesized).toHaveResourceWithProperties(ScfFunctionEventInvokeConfig, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.upload-check_function_\w+\.name\}$/),
      namespace: "default",
      async_trigger_config: { msg_ttl: 21600, retry_config: [{ retry_num: 2 }] },
    });
    expect(synthesized).not.toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({ SWEEP_GRACE_MINUTES: expect.anything() }),
    });
  });

  test("sweeps on the schedule, after the grace period and up to the limit it is given, with the retries it is given", () => {
    const synthesized = synth({
      sweepSchedule: "0 */15 * * * * *",
      sweepGraceMinutes: 10,
      sweepMaxObjects: 500,
      asyncRetries: 0,
    });
    expect(synthesized).toHaveResourceWithProperties(ScfTrigger, { type: "timer", trigger_desc: "0 */15 * * * * *" });
    expect(synthesized).toHaveResourceWithProperties(ScfFunctionEventInvokeConfig, {
      async_trigger_config: { msg_ttl: 21600, retry_config: [{ retry_num: 0 }] },
    });
    expect(synthesized).toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({ SWEEP_GRACE_MINUTES: "10", SWEEP_MAX_OBJECTS: "500" }),
    });
  });

  test("names the verdict tags' Secrets Manager secret and may read that one secret only", () => {
    const synthesized = synth({ verdictSecretName: "direct-transfer-dev-verdict-secret" });
    const fn = Object.values(
      JSON.parse(synthesized).resource.tencentcloud_scf_function as Record<
        string,
        { environment: Record<string, string> }
      >,
    )[0];
    expect(fn.environment).toMatchObject({ VERDICT_SECRET_NAME: "direct-transfer-dev-verdict-secret" });
    expect(fn.environment).not.toHaveProperty("VERDICT_SECRET");
    expect(policyOf(synthesized)).toContainEqual({
      version: "2.0",
      statement: [
        {
          effect: "allow",
          action: ["name/ssm:GetSecretValue"],
          resource: ["qcs::ssm:ap-guangzhou:uin/100000000001:secret/creatorUin/*/direct-transfer-dev-verdict-secret"],
        },
      ],
    });
  });

  test("derives the verdict key from the webhook secret, passing no verdict secret beside a webhook", () => {
    const synthesized = synth({ webhookUrl: "https://api.example.com/hooks/uploads", webhookSecret: "s".repeat(32) });
    expect(synthesized).not.toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({ VERDICT_SECRET: expect.anything() }),
    });
  });

  test("reserves 20 instances of its memory by default, so a flood cannot take the account's concurrency", () => {
    expect(synth()).toHaveResourceWithProperties(ScfReservedConcurrencyConfig, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.upload-check_function_\w+\.name\}$/),
      namespace: "default",
      reserved_concurrency_mem: 20 * 128,
    });
  });

  test("reserves the instances and memory it is given", () => {
    expect(synth({ reservedConcurrency: 5, memorySizeMb: 256 })).toHaveResourceWithProperties(
      ScfReservedConcurrencyConfig,
      {
        reserved_concurrency_mem: 5 * 256,
      },
    );
  });

  test("passes a webhook bound only when given one", () => {
    const webhook = { webhookUrl: "https://api.example.com/hooks/uploads", webhookSecret: "s".repeat(32) };
    expect(synth({ ...webhook, maxWebhooksPerMinute: 30 })).toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({ MAX_WEBHOOKS_PER_MINUTE: "30" }),
    });
    expect(synth(webhook)).not.toHaveResourceWithProperties(ScfFunction, {
      environment: expect.objectContaining({ MAX_WEBHOOKS_PER_MINUTE: expect.anything() }),
    });
  });

  test("logs to a topic of its own in the logset given, 30 days by default", () => {
    const synthesized = synth({ logsetId: "logset-1" });
    expect(synthesized).toHaveResourceWithProperties(ClsTopic, {
      logset_id: "logset-1",
      topic_name: "direct-transfer-dev-upload-check",
      period: 30,
    });
    expect(synthesized).toHaveResourceWithProperties(ScfFunction, {
      cls_logset_id: "logset-1",
      cls_topic_id: expect.stringMatching(/^\$\{tencentcloud_cls_topic\.upload-check_log-topic_\w+\.id\}$/),
    });
  });

  test("keeps its logs as long as asked", () => {
    expect(synth({ logsetId: "logset-1", logRetentionDays: 3640 })).toHaveResourceWithProperties(ClsTopic, {
      period: 3640,
    });
  });

  test("creates no log topic without a logset", () => {
    expect(synth()).not.toHaveResource(ClsTopic);
    expect(synth()).not.toHaveResourceWithProperties(ScfFunction, { cls_topic_id: expect.anything() });
  });

  test("grants no secret read without a secret name", () => {
    expect(
      JSON.stringify(
        policyOf(synth({ webhookUrl: "https://api.example.com/hooks/uploads", webhookSecret: "s".repeat(32) })),
      ),
    ).not.toContain("ssm:");
  });

  test.each([
    [
      { quarantinePrefix: "uploads/quarantine/" },
      'upload check: quarantinePrefix: received "uploads/quarantine/"; allowed: a prefix that must lie outside the prefix root "uploads/"',
    ],
    [
      { quarantinePrefix: "quarantine" },
      'upload check: quarantinePrefix: received "quarantine"; allowed: a prefix that must be a folder',
    ],
    [
      { keyPrefixTemplate: "uploads/" },
      'upload check: keyPrefixTemplate: received "uploads/"; allowed: a template that must contain {sub} exactly once',
    ],
    [
      { webhookUrl: "http://api.example.com/hook", webhookSecret: "x" },
      'upload check: webhookUrl: received "http://api.example.com/hook"; allowed: an https URL',
    ],
    [
      { webhookUrl: "https://api.example.com/hook" },
      "upload check: webhookSecret, webhookSecretName: received undefined; allowed: one of them, set exactly when webhookUrl is set",
    ],
    [
      { webhookSecret: "x" },
      'upload check: webhookSecret, webhookSecretName: received "<secret>"; allowed: one of them, set exactly when webhookUrl is set',
    ],
    [
      { webhookSecretName: "hook-secret" },
      'upload check: webhookSecret, webhookSecretName: received "hook-secret"; allowed: one of them, set exactly when webhookUrl is set',
    ],
    [
      { webhookUrl: "https://api.example.com/hook", webhookSecret: "x", webhookSecretName: "hook-secret" },
      'upload check: webhookSecret: received "<secret>"; allowed: unset when webhookSecretName is set',
    ],
    [
      { webhookUrl: "https://api.example.com/hook", webhookSecretName: "hook/secret" },
      'upload check: webhookSecretName: received "hook/secret"; allowed: a Secrets Manager secret name',
    ],
    [
      { runtime: "Nodejs20.15" },
      'upload check: runtime: received "Nodejs20.15"; allowed: "Nodejs18.15", the Node.js runtime from 18 up that CreateFunction documents (it lists none for Node.js 20)',
    ],
    [{ runtime: "Nodejs16.13" }, 'upload check: runtime: received "Nodejs16.13"; allowed: "Nodejs18.15"'],
    [{ memorySizeMb: 100 }, "upload check: memorySizeMb: received 100; allowed: a multiple of 128 from 128 to 3072"],
    [{ timeoutSeconds: 10 }, "upload check: timeoutSeconds: received 10; allowed: a whole number from 20 to 900"],
    [
      { limits: { allowedContentTypes: ["image/*", "IMAGE/PNG"] } },
      'upload check: limits.allowedContentTypes: received "IMAGE/PNG"',
    ],
    [
      { reservedConcurrency: 0 },
      "upload check: reservedConcurrency: received 0; allowed: a whole number of instances from 1 to 1000",
    ],
    [
      { reservedConcurrency: 2.5 },
      "upload check: reservedConcurrency: received 2.5; allowed: a whole number of instances from 1 to 1000",
    ],
    [
      { maxWebhooksPerMinute: 10 },
      "upload check: maxWebhooksPerMinute: received 10; allowed: unset without webhookUrl",
    ],
    [{ logRetentionDays: 7 }, "upload check: logRetentionDays: received 7; allowed: unset without logsetId"],
    [
      { logsetId: "logset-1", logRetentionDays: 3650 },
      "function direct-transfer-dev-upload-check: logs.retentionDays: received 3650; allowed: a whole number of days from 1 to 3600, or 3640 to keep logs forever",
    ],
    [
      { webhookUrl: "https://api.example.com/hook", webhookSecret: "x", maxWebhooksPerMinute: 6001 },
      "upload check: maxWebhooksPerMinute: received 6001; allowed: a whole number from 1 to 6000",
    ],
    [
      { sweepSchedule: "0 * * * *" },
      'upload check sweep: schedule: received "0 * * * *"; allowed: an SCF timer cron expression of seven fields',
    ],
    [{ sweepSchedule: "0 0 24 * * * *" }, 'its hour field "24" is not a value from 0 to 23'],
    [{ sweepSchedule: "0 0 * * * MON-FRI 1969" }, 'its year field "1969" is not a value from 1970 to 2099'],
    [{ sweepGraceMinutes: 0 }, "upload check: sweepGraceMinutes: received 0; allowed: a whole number from 1 to 10080"],
    [{ sweepMaxObjects: 1001 }, "upload check: sweepMaxObjects: received 1001; allowed: a whole number from 1 to 1000"],
    [{ asyncRetries: 11 }, "upload check sweep: asyncRetries: received 11; allowed: a whole number from 0 to 10"],
    [{ asyncRetries: -1 }, "upload check sweep: asyncRetries: received -1; allowed: a whole number from 0 to 10"],
    [
      { verdictSecret: undefined },
      "upload check: verdictSecret, verdictSecretName: received undefined; allowed: exactly one of them without webhookUrl",
    ],
    [
      { verdictSecretName: "verdict-secret", verdictSecret: VERDICT_SECRET },
      'upload check: verdictSecret, verdictSecretName: received "verdict-secret"; allowed: exactly one of them without webhookUrl',
    ],
    [
      { verdictSecretName: "verdict/secret" },
      'upload check: verdictSecretName: received "verdict/secret"; allowed: a Secrets Manager secret name',
    ],
    [
      { webhookUrl: "https://api.example.com/hook", webhookSecret: "x", verdictSecret: VERDICT_SECRET },
      'upload check: verdictSecret: received "<secret>"; allowed: unset with webhookUrl: the verdict tags\' key comes from the webhook secret',
    ],
  ])("fails for %p", (overrides, message) => {
    expect(() => synth(overrides as Partial<UploadCheckProps>)).toThrow(message);
  });

  test.each([
    "0 0 * * * * *",
    "0 */15 9-17 ? * MON-FRI *",
    "30 0 3 L * ? 2030",
    "0 0 12 15W JAN,JUL ? *",
    "0 0 0 ? * 5#2 *",
  ])("accepts the schedule %s", (schedule) => {
    expect(() => synth({ sweepSchedule: schedule })).not.toThrow();
  });

  describeAgainstProviderSchema(() => {
    test("has no schema errors", () => {
      const stack = new TerraformStack(Testing.app(), "check");
      new TencentcloudProvider(stack, "tencentcloud", { region: "ap-guangzhou" });
      const secret = new TerraformVariable(stack, "upload_check_webhook_secret", { type: "string", sensitive: true });
      declare(stack, { webhookUrl: "https://api.example.com/hooks/uploads", webhookSecret: secret.value });
      expect(schemaReport(Testing.fullSynth(stack))).toMatch(NO_SCHEMA_PROBLEMS);
    });
  });
});
