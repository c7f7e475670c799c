import { Testing, TerraformStack } from "cdktf";
import { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { DirectTransfer } from "../../stacks/direct-transfer";
import { devWith, TerraformJson } from "../helpers/synth";

/** Synthesizes a plain stack holding one DirectTransfer with the id `uploads`. */
function synthIn(environment: EnvironmentConfig = ENVIRONMENTS.dev): TerraformJson & { provider?: unknown } {
  const stack = new TerraformStack(Testing.app(), "platform");
  new DirectTransfer(stack, "uploads", { environment });
  return JSON.parse(Testing.synth(stack));
}

describe("DirectTransfer", () => {
  test("declares the bucket, both roles and the key service inside any stack", () => {
    const json = synthIn();
    expect(Object.keys(json.resource).sort()).toEqual([
      "tencentcloud_cam_policy",
      "tencentcloud_cam_role",
      "tencentcloud_cam_role_policy_attachment",
      "tencentcloud_cos_bucket",
      "tencentcloud_scf_function",
      "tencentcloud_scf_reserved_concurrency_config",
      "tencentcloud_scf_trigger",
    ]);
    expect(Object.keys(json.resource.tencentcloud_cos_bucket)).toEqual([
      expect.stringMatching(/^uploads_bucket_[0-9A-F]{8}$/),
    ]);
  });

  test("leaves provider, backend and outputs to the stack", () => {
    const json = synthIn();
    expect(json.provider).toBeUndefined();
    expect(json.terraform?.backend).toBeUndefined();
    expect(json.output).toBeUndefined();
  });

  test("names the HS256 variable key_service_jwt_secret whatever the construct's id", () => {
    const json = synthIn();
    expect(Object.keys(json.variable ?? {})).toEqual(["key_service_jwt_secret"]);
    const [fn] = Object.values(json.resource.tencentcloud_scf_function);
    expect(fn.environment).toMatchObject({ AUTH_JWT_SECRET: "${var.key_service_jwt_secret}" });
  });

  test("exposes the validated environment with defaults applied", () => {
    const stack = new TerraformStack(Testing.app(), "platform");
    const transfer = new DirectTransfer(stack, "uploads", { environment: ENVIRONMENTS.dev });
    expect(transfer.environment).toMatchObject({
      bucket: "direct-transfer-dev-1250000000",
      noncurrentVersionExpirationDays: 30,
      keyMode: "prefix",
    });
    expect(transfer.jwtSecret?.friendlyUniqueId).toBe("key_service_jwt_secret");
  });

  test("passes the record's instance concurrency to the key service's function", () => {
    const [fn] = Object.values(
      synthIn(devWith({ keyService: { instanceConcurrency: 10 } })).resource.tencentcloud_scf_function,
    );
    expect(fn.instance_concurrency_config).toEqual({ dynamic_enabled: "FALSE", max_concurrency: 10 });
  });

  test("fails for an invalid environment before declaring anything", () => {
    const stack = new TerraformStack(Testing.app(), "platform");
    expect(() => new DirectTransfer(stack, "uploads", { environment: devWith({ keyDurationSeconds: 60 }) })).toThrow(
      "keyDurationSeconds: received 60; allowed: an integer from 900 to 7200",
    );
    expect(stack.node.findChild("uploads").node.children).toHaveLength(0);
  });
});
