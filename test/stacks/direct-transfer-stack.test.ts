import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Testing } from "cdktf";
import { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { SCF_DESCRIPTION_MAX_LENGTH, SCF_NODEJS_RUNTIMES } from "../../policy/scf";
import { defaultStateDirectory, DirectTransferStack } from "../../stacks/direct-transfer-stack";
import { describeAgainstProviderSchema, NO_SCHEMA_PROBLEMS, schemaReport } from "../helpers/schema-check";
import { buildStack, devWith, normalise, resourcesOf, synthJson, TerraformJson } from "../helpers/synth";

const environments = Object.values(ENVIRONMENTS);
const root = path.resolve(__dirname, "../..");

function camDocuments(environment: EnvironmentConfig) {
  const json = synthJson(environment);
  return [...resourcesOf(json, "tencentcloud_cam_role"), ...resourcesOf(json, "tencentcloud_cam_policy")].map(
    (r) => JSON.parse(r.document as string) as { statement: { action: string[]; resource?: string[] }[] },
  );
}

describe("DirectTransferStack", () => {
  test.each(environments)("matches the snapshot of $name", (environment) => {
    expect(normalise(Testing.synth(buildStack(environment)))).toMatchSnapshot();
  });

  test.each(environments)("names outputs <thing>_<attribute> in $name", (environment) => {
    const json = synthJson(environment);
    const checkOutput = "uploadCheck" in environment ? ["upload_check_function_name"] : [];
    expect(Object.keys(json.output).sort()).toEqual([
      "bucket_name",
      "bucket_region",
      "key_service_function_name",
      "key_service_url_command",
      ...checkOutput,
      "upload_role_arn",
    ]);
    for (const name of Object.keys(json.output)) {
      expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
    expect(json.output.upload_role_arn.value).toMatch(/^\$\{tencentcloud_cam_role\.upload-role_\w+\.role_arn\}$/);
  });

  test.each(environments)(
    "gives every function in $name a runtime and a description CreateFunction documents",
    (environment) => {
      const functions = resourcesOf(synthJson(environment), "tencentcloud_scf_function");

      expect(functions.length).toBeGreaterThan(0);
      for (const fn of functions) {
        // https://cloud.tencent.com/document/api/583/18586: the Runtime list, and Description's letters, digits,
        // spaces, commas, periods and Chinese characters, up to 1,000 (policy/scf.ts).
        expect({ name: fn.name, runtime: SCF_NODEJS_RUNTIMES.includes(fn.runtime as never) }).toEqual({
          name: fn.name,
          runtime: true,
        });
        expect(fn.description).toMatch(/^[A-Za-z0-9 ,.\u4e00-\u9fff]+$/);
        expect((fn.description as string).length).toBeLessThanOrEqual(SCF_DESCRIPTION_MAX_LENGTH);
      }
    },
  );

  test.each(environments)("grants no * action and no * resource in $name", (environment) => {
    const statements = camDocuments(environment).flatMap((d) => d.statement);
    expect(statements.length).toBeGreaterThanOrEqual(4);
    for (const statement of statements) {
      for (const action of statement.action) {
        expect(action).not.toContain("*");
      }
      // The one bucket-wide grant is the check's listing (GET Bucket, for the sweep), which CAM authorises on the
      // bucket: a statement of that action alone, reading keys and nothing else.
      const listingOnly = statement.action.length === 1 && statement.action[0] === "name/cos:GetBucket";
      for (const resource of statement.resource ?? []) {
        // Neither "*" nor a whole account, service or bucket: a wildcard may only end a folder inside a bucket.
        expect(resource).not.toMatch(listingOnly ? /^\*$|:\*$/ : /^\*$|:\*$|-[0-9]{10}\/\*$/);
      }
    }
  });

  test("confines the upload role to the prefix root of the template", () => {
    const json = synthJson(devWith({ keyPrefixTemplate: "apps/photos/{sub}/" }));
    const transfer = resourcesOf(json, "tencentcloud_cam_policy").find(
      (p) => p.name === "direct-transfer-dev-upload-transfer",
    );
    const document = JSON.parse(transfer?.document as string) as { statement: { resource: string[] }[] };
    for (const statement of document.statement) {
      expect(statement.resource).toEqual([
        "qcs::cos:ap-guangzhou:uid/1250000000:direct-transfer-dev-1250000000/apps/photos/*",
      ]);
    }
  });

  test("lets the upload role be assumed by the account, named by uin in array form", () => {
    const role = resourcesOf(synthJson(ENVIRONMENTS.dev), "tencentcloud_cam_role").find(
      (r) => r.name === "direct-transfer-dev-upload",
    );
    expect(JSON.parse(role?.document as string)).toEqual({
      version: "2.0",
      statement: [
        { effect: "allow", action: ["name/sts:AssumeRole"], principal: { qcs: ["qcs::cam::uin/100000000001:root"] } },
      ],
    });
    expect(role?.session_duration).toBe(ENVIRONMENTS.dev.keyDurationSeconds);
  });

  test("lets the key service role only assume the upload role", () => {
    const json = synthJson(ENVIRONMENTS.dev);
    const role = resourcesOf(json, "tencentcloud_cam_role").find((r) => r.name === "direct-transfer-dev-key-service");
    expect(JSON.parse(role?.document as string).statement[0].principal).toEqual({ service: ["scf.qcloud.com"] });
    const policy = resourcesOf(json, "tencentcloud_cam_policy").find(
      (p) => p.name === "direct-transfer-dev-key-service-assume-role",
    );
    expect(JSON.parse(policy?.document as string).statement).toEqual([
      {
        effect: "allow",
        action: ["name/sts:AssumeRole"],
        resource: ["qcs::cam::uin/100000000001:roleName/direct-transfer-dev-upload"],
      },
    ]);
  });

  test("grants download on the role only when the environment allows it", () => {
    const actionsWith = (allowDownload: boolean) =>
      camDocuments(devWith({ allowDownload }))
        .flatMap((d) => d.statement)
        .flatMap((s) => s.action);
    expect(actionsWith(true)).toContain("name/cos:GetObject");
    expect(actionsWith(false)).not.toContain("name/cos:GetObject");
  });

  test("protects the prod bucket from destroy", () => {
    const [bucket] = resourcesOf(synthJson(ENVIRONMENTS.prod), "tencentcloud_cos_bucket");
    expect(bucket.lifecycle).toEqual({ prevent_destroy: true });
  });

  test("keeps state in an encrypted private COS backend when configured", () => {
    expect(synthJson(ENVIRONMENTS.prod).terraform?.backend).toEqual({
      cos: {
        bucket: "tfstate-1250000000",
        prefix: "direct-transfer/prod",
        region: "ap-guangzhou",
        encrypt: true,
        acl: "private",
      },
    });
  });

  test("keeps local state in the project's state folder, by absolute path", () => {
    expect(synthJson(ENVIRONMENTS.dev).terraform?.backend).toEqual({
      local: { path: path.join(root, "state", "dev.tfstate") },
    });
  });

  test("keeps local state outside the output folder, where terraform resolves it", () => {
    const outdir = Testing.fullSynth(buildStack(ENVIRONMENTS.dev));
    for (const output of [outdir, path.join(root, "cdktf.out")]) {
      const stackDir = path.join(output, "stacks", "dev");
      const json = JSON.parse(readFileSync(path.join(outdir, "stacks", "dev", "cdk.tf.json"), "utf8")) as TerraformJson;
      const state = path.resolve(stackDir, String(json.terraform?.backend?.local.path));
      expect(path.relative(output, state).startsWith("..")).toBe(true);
      expect(state).toBe(path.join(root, "state", "dev.tfstate"));
    }
  });

  test("keeps local state in the given folder", () => {
    const app = Testing.app();
    const stack = new DirectTransferStack(app, "dev", {
      environment: ENVIRONMENTS.dev,
      stateDirectory: "/var/lib/state",
    });
    expect(JSON.parse(Testing.synth(stack)).terraform.backend).toEqual({
      local: { path: "/var/lib/state/dev.tfstate" },
    });
  });

  test("fails for a relative state folder", () => {
    expect(
      () => new DirectTransferStack(Testing.app(), "dev", { environment: ENVIRONMENTS.dev, stateDirectory: "state" }),
    ).toThrow('stateDirectory: received "state"; allowed: an absolute path');
  });

  test("finds the project's state folder from the nearest cdktf.json", () => {
    expect(defaultStateDirectory(path.join(root, "stacks"))).toBe(path.join(root, "state"));
    expect(defaultStateDirectory(path.join(root, "dist", "stacks"))).toBe(path.join(root, "state"));
  });

  test("fails to find a state folder where no cdktf.json is", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "no-project-"));
    expect(() => defaultStateDirectory(dir)).toThrow(
      `stateDirectory: no cdktf.json found above ${dir}; pass stateDirectory, an absolute path`,
    );
  });

  test("expires noncurrent versions after the configured days", () => {
    const [bucket] = resourcesOf(
      synthJson(devWith({ noncurrentVersionExpirationDays: 90 })),
      "tencentcloud_cos_bucket",
    );
    expect(bucket.lifecycle_rules).toEqual([
      {
        abort_incomplete_multipart_upload: { days_after_initiation: 1 },
        non_current_expiration: { non_current_days: 90 },
      },
    ]);
  });

  test("tags every taggable resource with project and environment", () => {
    const json = synthJson(ENVIRONMENTS.staging);
    const tagged = [...resourcesOf(json, "tencentcloud_cos_bucket"), ...resourcesOf(json, "tencentcloud_cam_role")];
    for (const resource of tagged) {
      expect(resource.tags).toMatchObject({ project: "direct-transfer", environment: "staging", owner: "platform" });
    }
  });

  test("configures the key service from the environment", () => {
    const [fn] = resourcesOf(synthJson(ENVIRONMENTS.prod), "tencentcloud_scf_function");
    expect(fn.environment).toEqual({
      COS_BUCKET: "direct-transfer-prod-1250000000",
      COS_REGION: "ap-shanghai",
      UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/direct-transfer-prod-upload",
      ALLOW_PREFIX: "uploads/{sub}/",
      ALLOWED_SCOPES: "upload",
      DURATION_SECONDS: "900",
      KEY_MODE: "prefix",
      MAX_KEYS_PER_CALLER_PER_MINUTE: "10",
      ALLOWED_ORIGINS: "https://app.example.com",
      MAX_UPLOAD_BYTES: "104857600",
      MULTIPART_UPLOAD: "true",
      ALLOWED_CONTENT_TYPES: "image/*,video/mp4",
      AUTH_JWT_SECRET_NAME: "direct-transfer-prod-jwt-secret",
      AUTH_ISSUER: "https://auth.example.com/",
      AUTH_AUDIENCE: "direct-transfer",
      AUTH_MAX_TOKEN_AGE_SECONDS: "3600",
    });
    expect(fn.role).toMatch(/^\$\{tencentcloud_cam_role\.key-service-role_\w+\.name\}$/);
  });

  test("keeps prod's token secret out of terraform: no variable, the function reads it from ssm", () => {
    const json = synthJson(ENVIRONMENTS.prod);
    expect(json.variable?.key_service_jwt_secret).toBeUndefined();
    expect(JSON.stringify(json)).not.toContain('AUTH_JWT_SECRET"');
  });

  test("takes the HS256 secret from a sensitive variable, never from configuration", () => {
    const json = synthJson(ENVIRONMENTS.dev);
    expect(json.variable?.key_service_jwt_secret).toMatchObject({ type: "string", sensitive: true, nullable: false });
    expect(JSON.stringify(json)).not.toMatch(/AUTH_JWT_SECRET":"[^$]/);
  });

  test.each([
    ["dev, whose token secret is a variable", ENVIRONMENTS.dev],
    [
      "a check whose webhook secret is a variable",
      devWith({ uploadCheck: { quarantinePrefix: "quarantine/", webhookUrl: "https://backend.example.com/uploads" } }),
    ],
  ])(
    "gives no sensitive variable a validation block, whose failure would print the secret, in %s",
    (_, environment) => {
      const variables = Object.entries(synthJson(environment).variable ?? {});
      const sensitive = variables.filter(([, variable]) => variable.sensitive === true);

      expect(sensitive.length).toBeGreaterThan(0);
      for (const [name, variable] of sensitive) {
        expect({ name, validation: variable.validation }).toEqual({ name, validation: undefined });
      }
    },
  );

  test("uses the identity provider's JWKS instead of a secret when configured", () => {
    const json = synthJson(
      devWith({
        // Prefix mode, whatever a fork's dev uses: object mode with a key set needs a ticket secret as well.
        keyMode: "prefix",
        keyService: {
          authJwksUrl: "https://idp.example.com/.well-known/jwks.json",
          authIssuer: "https://idp.example.com/",
          authAudience: "dt",
        },
      }),
    );
    const [fn] = resourcesOf(json, "tencentcloud_scf_function");
    expect(fn.environment).toMatchObject({ AUTH_JWKS_URL: "https://idp.example.com/.well-known/jwks.json" });
    expect(fn.environment).not.toHaveProperty("AUTH_JWT_SECRET");
    expect(json.variable).toBeUndefined();
  });

  test("bounds issuance, key mode and token age as configured", () => {
    const [fn] = resourcesOf(
      synthJson(
        devWith({ keyMode: "object", keyService: { maxKeysPerCallerPerMinute: 30, authMaxTokenAgeSeconds: 3600 } }),
      ),
      "tencentcloud_scf_function",
    );
    expect(fn.environment).toMatchObject({
      KEY_MODE: "object",
      MAX_KEYS_PER_CALLER_PER_MINUTE: "30",
      AUTH_MAX_TOKEN_AGE_SECONDS: "3600",
    });
  });

  test("grants the same upload role in both key modes: no form upload and no undocumented x-cos-forbid-overwrite", () => {
    const ceilingOf = (environment: EnvironmentConfig) =>
      String(
        resourcesOf(synthJson(environment), "tencentcloud_cam_policy").find((p) =>
          String(p.name).endsWith("-upload-transfer"),
        )?.document,
      );
    const object = ceilingOf(devWith({ keyMode: "object" }));

    expect(object).toBe(ceilingOf(ENVIRONMENTS.dev));
    expect(object).not.toContain("name/cos:PostObject");
    expect(object).not.toContain("x-cos-forbid-overwrite");
  });

  test("keeps multipart upload under a size limit, each part bounded where CAM reads the size, and writes the choice for the function", () => {
    const policyAndVariables = (environment: EnvironmentConfig) => {
      const json = synthJson(environment);
      const ceiling = resourcesOf(json, "tencentcloud_cam_policy").find((p) =>
        String(p.name).endsWith("-upload-transfer"),
      );
      const statements = (
        JSON.parse(String(ceiling?.document)) as {
          statement: { action: string[]; condition?: Record<string, Record<string, unknown>> }[];
        }
      ).statement;
      const fn = resourcesOf(json, "tencentcloud_scf_function").find((f) => String(f.name).endsWith("-key-service"));
      return { statements, variables: fn?.environment as Record<string, string> };
    };
    const multipart = policyAndVariables(ENVIRONMENTS.staging);
    const part = multipart.statements.find((s) => s.action.includes("name/cos:UploadPart"));
    expect(part?.condition?.numeric_less_than_equal_if_exist).toEqual({ "cos:content-length": 104857600 });
    expect(multipart.variables.MULTIPART_UPLOAD).toBe("true");

    const single = policyAndVariables({ ...ENVIRONMENTS.staging, multipartUpload: false });
    expect(single.statements.flatMap((s) => s.action)).toEqual(["name/cos:PutObject"]);
    expect(single.variables.MULTIPART_UPLOAD).toBe("false");
  });

  test("leaves the token age unchecked unless configured", () => {
    const [fn] = resourcesOf(synthJson(ENVIRONMENTS.dev), "tencentcloud_scf_function");
    expect(fn.environment).not.toHaveProperty("AUTH_MAX_TOKEN_AGE_SECONDS");
  });

  describe("with the HS256 secret in SSM", () => {
    const environment = devWith({
      keyService: { authJwtSecretName: "direct-transfer-dev-jwt-secret", authAudience: "direct-transfer" },
    });

    test("names the secret to the function instead of passing it", () => {
      const [fn] = resourcesOf(synthJson(environment), "tencentcloud_scf_function");
      expect(fn.environment).toMatchObject({ AUTH_JWT_SECRET_NAME: "direct-transfer-dev-jwt-secret" });
      expect(fn.environment).not.toHaveProperty("AUTH_JWT_SECRET");
    });

    test("creates no Terraform variable for it", () => {
      expect(synthJson(environment).variable).toBeUndefined();
    });

    test("lets the key service role read that one secret and nothing else", () => {
      const policies = resourcesOf(synthJson(environment), "tencentcloud_cam_policy");
      const secret = policies.find((p) => p.name === "direct-transfer-dev-key-service-jwt-secret");
      expect(JSON.parse(secret?.document as string)).toEqual({
        version: "2.0",
        statement: [
          {
            effect: "allow",
            action: ["name/ssm:GetSecretValue"],
            resource: ["qcs::ssm:ap-guangzhou:uin/100000000001:secret/creatorUin/*/direct-transfer-dev-jwt-secret"],
          },
        ],
      });
      const ssmStatements = policies
        .flatMap((p) => (JSON.parse(p.document as string) as { statement: { action: string[] }[] }).statement)
        .filter((s) => s.action.some((a) => a.includes("ssm:")));
      expect(ssmStatements).toHaveLength(1);
    });
  });

  test("adds the post-upload check where the environment asks for it, its webhook secret in a sensitive variable", () => {
    const json = synthJson(
      devWith({ uploadCheck: { quarantinePrefix: "quarantine/", webhookUrl: "https://backend.example.com/uploads" } }),
    );
    const functions = resourcesOf(json, "tencentcloud_scf_function");
    const check = functions.find((fn) => fn.name === "direct-transfer-dev-upload-check");
    expect(functions).toHaveLength(2);
    expect(check?.environment).toMatchObject({
      QUARANTINE_PREFIX: "quarantine/",
      WEBHOOK_URL: "https://backend.example.com/uploads",
      WEBHOOK_SECRET: "${var.upload_check_webhook_secret}",
    });
    expect(
      resourcesOf(json, "tencentcloud_scf_trigger")
        .map((trigger) => trigger.type)
        .sort(),
    ).toEqual(["cos", "http", "timer"]);
    expect(json.variable?.upload_check_webhook_secret).toMatchObject({
      type: "string",
      sensitive: true,
      nullable: false,
    });
    expect(json.output.upload_check_function_name).toBeDefined();
    // The verdict tags' key is derived from the webhook secret: no second secret.
    expect(json.variable?.upload_check_verdict_secret).toBeUndefined();
    expect(check?.environment).not.toHaveProperty("VERDICT_SECRET");
  });

  test("passes the sweep's settings and the async retries from the record", () => {
    const json = synthJson(
      devWith({
        uploadCheck: {
          sweepSchedule: "0 */10 * * * * *",
          sweepGraceMinutes: 15,
          sweepMaxObjects: 250,
          asyncRetries: 1,
        },
      }),
    );
    const check = resourcesOf(json, "tencentcloud_scf_function").find(
      (fn) => fn.name === "direct-transfer-dev-upload-check",
    );
    expect(check?.environment).toMatchObject({ SWEEP_GRACE_MINUTES: "15", SWEEP_MAX_OBJECTS: "250" });
    expect(resourcesOf(json, "tencentcloud_scf_trigger").find((trigger) => trigger.type === "timer")).toMatchObject({
      trigger_name: "sweep",
      trigger_desc: "0 */10 * * * * *",
    });
    expect(resourcesOf(json, "tencentcloud_scf_function_event_invoke_config")).toEqual([
      expect.objectContaining({ async_trigger_config: { msg_ttl: 21600, retry_config: [{ retry_num: 1 }] } }),
    ]);
  });

  test("without a webhook, signs verdict tags with a key from the sensitive variable upload_check_verdict_secret", () => {
    const json = synthJson(devWith({ uploadCheck: { quarantinePrefix: "quarantine/" } }));
    const check = resourcesOf(json, "tencentcloud_scf_function").find(
      (fn) => fn.name === "direct-transfer-dev-upload-check",
    );
    expect(check?.environment).toMatchObject({ VERDICT_SECRET: "${var.upload_check_verdict_secret}" });
    expect(json.variable?.upload_check_verdict_secret).toMatchObject({
      type: "string",
      sensitive: true,
      nullable: false,
    });
  });

  test("without a webhook, reads the verdict secret from SSM where the record names it, and creates no variable", () => {
    const json = synthJson(devWith({ uploadCheck: { verdictSecretName: "direct-transfer-dev-verdict-secret" } }));
    const check = resourcesOf(json, "tencentcloud_scf_function").find(
      (fn) => fn.name === "direct-transfer-dev-upload-check",
    );
    expect(check?.environment).toMatchObject({ VERDICT_SECRET_NAME: "direct-transfer-dev-verdict-secret" });
    expect(JSON.stringify(json)).not.toContain("upload_check_verdict_secret");
  });

  test("fails synth for a sweep schedule SCF's timer would refuse, naming the field", () => {
    expect(() => buildStack(devWith({ uploadCheck: { sweepSchedule: "@hourly" } }))).toThrow(
      'uploadCheck.sweepSchedule: received "@hourly"; allowed: an SCF timer cron expression',
    );
  });

  describe("with the webhook secret in SSM", () => {
    const environment = devWith({
      uploadCheck: {
        quarantinePrefix: "quarantine/",
        webhookUrl: "https://backend.example.com/uploads",
        webhookSecretName: "direct-transfer-dev-webhook-secret",
      },
    });

    test("names the secret to the check function and creates no Terraform variable for it", () => {
      const json = synthJson(environment);
      const check = resourcesOf(json, "tencentcloud_scf_function").find(
        (fn) => fn.name === "direct-transfer-dev-upload-check",
      );
      expect(check?.environment).toMatchObject({
        WEBHOOK_URL: "https://backend.example.com/uploads",
        WEBHOOK_SECRET_NAME: "direct-transfer-dev-webhook-secret",
      });
      expect(check?.environment).not.toHaveProperty("WEBHOOK_SECRET");
      expect(json.variable?.upload_check_webhook_secret).toBeUndefined();
      expect(JSON.stringify(json)).not.toContain("upload_check_webhook_secret");
    });

    test("lets the check role read that one secret, and the key service role none", () => {
      const policies = resourcesOf(synthJson(environment), "tencentcloud_cam_policy");
      const secret = policies.find((p) => p.name === "direct-transfer-dev-upload-check-webhook-secret");
      expect(JSON.parse(secret?.document as string)).toEqual({
        version: "2.0",
        statement: [
          {
            effect: "allow",
            action: ["name/ssm:GetSecretValue"],
            resource: ["qcs::ssm:ap-guangzhou:uin/100000000001:secret/creatorUin/*/direct-transfer-dev-webhook-secret"],
          },
        ],
      });
      expect(policies.filter((p) => String(p.document).includes("ssm:")).map((p) => p.name)).toEqual([
        "direct-transfer-dev-upload-check-webhook-secret",
      ]);
    });

    test("fails synth for a secret name without a webhook, naming the field", () => {
      expect(() =>
        buildStack(devWith({ uploadCheck: { webhookSecretName: "direct-transfer-dev-webhook-secret" } })),
      ).toThrow(
        'uploadCheck.webhookSecretName: received "direct-transfer-dev-webhook-secret"; allowed: unset unless uploadCheck.webhookUrl is set',
      );
    });
  });

  test("declares no post-upload check by default", () => {
    const json = synthJson(ENVIRONMENTS.dev);
    expect(resourcesOf(json, "tencentcloud_scf_function")).toHaveLength(1);
    expect(json.variable?.upload_check_webhook_secret).toBeUndefined();
  });

  test("grants no SSM access without a secret name", () => {
    expect(JSON.stringify(camDocuments(ENVIRONMENTS.dev))).not.toContain("ssm:");
  });

  test("issues download keys only where the environment allows them", () => {
    const [fn] = resourcesOf(synthJson(ENVIRONMENTS.dev), "tencentcloud_scf_function");
    expect(fn.environment).toMatchObject({ ALLOWED_SCOPES: "upload,download" });
  });

  test("sizes the key service per environment", () => {
    const json = synthJson(ENVIRONMENTS.prod);
    expect(resourcesOf(json, "tencentcloud_scf_function")[0]).toMatchObject({
      mem_size: 256,
      timeout: 10,
      runtime: "Nodejs18.15",
    });
    expect(resourcesOf(json, "tencentcloud_scf_reserved_concurrency_config")[0]).toMatchObject({
      reserved_concurrency_mem: 100 * 256,
    });
    // One topic per function since the check logs too (issue 17); the key service's is still there.
    expect(resourcesOf(json, "tencentcloud_cls_topic").map((topic) => topic.topic_name)).toEqual([
      "direct-transfer-prod-key-service",
      "direct-transfer-prod-upload-check",
    ]);
  });

  test("fails synth for an invalid environment, naming the field", () => {
    expect(() => buildStack(devWith({ keyDurationSeconds: 60 }))).toThrow(
      'invalid configuration for environment "dev":\n  - keyDurationSeconds: received 60; allowed: an integer from 900 to 7200',
    );
  });

  describeAgainstProviderSchema(() => {
    const everyOption = devWith({
      noncurrentVersionExpirationDays: 90,
      keyMode: "object",
      keyService: {
        authJwtSecretName: "direct-transfer-dev-jwt-secret",
        authMaxTokenAgeSeconds: 3600,
        maxKeysPerCallerPerMinute: 60,
        clsLogging: true,
      },
      uploadCheck: { quarantinePrefix: "quarantine/", webhookUrl: "https://backend.example.com/uploads" },
    });
    const secretInSsm = {
      ...everyOption,
      name: "options-ssm",
      uploadCheck: { ...everyOption.uploadCheck, webhookSecretName: "direct-transfer-dev-webhook-secret" },
    };
    test.each([...environments, { ...everyOption, name: "options" }, secretInSsm])(
      "$name has no schema errors",
      (environment) => {
        expect(schemaReport(Testing.fullSynth(buildStack(environment)))).toMatch(NO_SCHEMA_PROBLEMS);
      },
    );
  });
});
