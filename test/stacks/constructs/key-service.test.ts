import { Testing } from "cdktf";
import { ClsLogset } from "../../../.gen/providers/tencentcloud/cls-logset";
import { ClsTopic } from "../../../.gen/providers/tencentcloud/cls-topic";
import { ScfFunction } from "../../../.gen/providers/tencentcloud/scf-function";
import { ScfReservedConcurrencyConfig } from "../../../.gen/providers/tencentcloud/scf-reserved-concurrency-config";
import { ScfTrigger } from "../../../.gen/providers/tencentcloud/scf-trigger";
import { trustPolicy } from "../../../policy";
import { KeyService, KeyServiceProps } from "../../../stacks/constructs/key-service";
import { Role } from "../../../stacks/constructs/role";
import "../../helpers/synth";

function synth(overrides: Partial<KeyServiceProps> = {}): string {
  return Testing.synthScope((scope) => {
    const role = new Role(scope, "role", {
      name: "runner",
      description: "d",
      ownerUin: "100000000001",
      trust: trustPolicy({ service: ["scf.qcloud.com"] }),
    });
    new KeyService(scope, "key-service", {
      functionName: "keys",
      role,
      environment: { COS_BUCKET: "photos-1250000000" },
      runtime: "Nodejs18.15",
      memorySizeMb: 256,
      timeoutSeconds: 10,
      reservedConcurrency: 4,
      clsLogging: false,
      ...overrides,
    });
  });
}

describe("KeyService", () => {
  test("runs the bundled handler with the given role, sizing and environment", () => {
    expect(synth()).toHaveResourceWithProperties(ScfFunction, {
      name: "keys",
      namespace: "default",
      handler: "index.main_handler",
      runtime: "Nodejs18.15",
      mem_size: 256,
      timeout: 10,
      role: expect.stringMatching(/^\$\{tencentcloud_cam_role\.role_\w+\.name\}$/),
      environment: { COS_BUCKET: "photos-1250000000" },
      enable_public_net: true,
      zip_file: expect.stringMatching(/^assets\/key-service_code_archive_\w+\/[0-9A-F]+\/archive\.zip$/),
    });
  });

  test("is reachable through a public Function URL without SCF-side auth", () => {
    const synthesized = synth();
    expect(synthesized).toHaveResourceWithProperties(ScfTrigger, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.key-service_function_\w+\.name\}$/),
      namespace: "default",
      type: "http",
      enable: "OPEN",
      trigger_desc: JSON.stringify({ AuthType: "NONE", NetConfig: { EnableIntranet: false, EnableExtranet: true } }),
    });
    expect(synthesized).not.toHaveResourceWithProperties(ScfFunction, { triggers: expect.anything() });
  });

  test("reserves concurrency as instances times memory", () => {
    expect(synth({ reservedConcurrency: 4, memorySizeMb: 256 })).toHaveResourceWithProperties(
      ScfReservedConcurrencyConfig,
      {
        reserved_concurrency_mem: 1024,
      },
    );
  });

  test("takes one request per instance by default, with no instance concurrency block", () => {
    const fn = Object.values(
      JSON.parse(synth()).resource.tencentcloud_scf_function as Record<string, Record<string, unknown>>,
    )[0];
    expect(fn).not.toHaveProperty("instance_concurrency_config");
  });

  test("serves several requests per instance with static instance concurrency when asked", () => {
    expect(synth({ instanceConcurrency: 8 })).toHaveResourceWithProperties(ScfFunction, {
      instance_concurrency_config: { dynamic_enabled: "FALSE", max_concurrency: 8 },
    });
  });

  test.each([0, 101, 2.5])("fails for an instance concurrency of %p, naming the field and what is allowed", (value) => {
    expect(() => synth({ instanceConcurrency: value })).toThrow(
      `key service: instanceConcurrency: received ${value}; allowed: an integer from 1 to 100`,
    );
  });

  test("logs to CLS when asked", () => {
    const synthesized = synth({ clsLogging: true });
    expect(synthesized).toHaveResource(ClsLogset);
    expect(synthesized).toHaveResource(ClsTopic);
    expect(synthesized).toHaveResourceWithProperties(ScfFunction, {
      cls_logset_id: expect.stringContaining("tencentcloud_cls_logset."),
      cls_topic_id: expect.stringContaining("tencentcloud_cls_topic."),
    });
  });

  test("creates no log resources otherwise", () => {
    expect(synth()).not.toHaveResource(ClsLogset);
  });

  test("keeps its logs 30 days by default, in a topic and a logset named after the function", () => {
    const synthesized = synth({ clsLogging: true });
    expect(synthesized).toHaveResourceWithProperties(ClsLogset, { logset_name: "keys" });
    expect(synthesized).toHaveResourceWithProperties(ClsTopic, {
      logset_id: expect.stringMatching(/^\$\{tencentcloud_cls_logset\.key-service_logset_\w+\.id\}$/),
      topic_name: "keys",
      period: 30,
    });
  });

  test("keeps its logs as long as asked", () => {
    expect(synth({ clsLogging: true, logRetentionDays: 180 })).toHaveResourceWithProperties(ClsTopic, { period: 180 });
  });

  test("creates the environment's logset for the other functions without logging itself when asked", () => {
    const synthesized = synth({ sharedLogset: true });
    expect(synthesized).toHaveResource(ClsLogset);
    expect(synthesized).not.toHaveResource(ClsTopic);
    expect(synthesized).not.toHaveResourceWithProperties(ScfFunction, { cls_topic_id: expect.anything() });
  });

  test("keeps the terraform addresses its resources had before the function construct", () => {
    const resources = JSON.parse(synth({ clsLogging: true })).resource as Record<string, Record<string, unknown>>;
    const addresses = Object.entries(resources).flatMap(([type, byName]) =>
      Object.keys(byName).map((name) => `${type}.${name}`),
    );
    expect(addresses.filter((address) => address.includes("key-service")).sort()).toEqual([
      expect.stringMatching(/^tencentcloud_cls_logset\.key-service_logset_[0-9A-F]{8}$/),
      expect.stringMatching(/^tencentcloud_cls_topic\.key-service_log-topic_[0-9A-F]{8}$/),
      expect.stringMatching(/^tencentcloud_scf_function\.key-service_function_[0-9A-F]{8}$/),
      expect.stringMatching(/^tencentcloud_scf_reserved_concurrency_config\.key-service_concurrency_[0-9A-F]{8}$/),
      expect.stringMatching(/^tencentcloud_scf_trigger\.key-service_url_[0-9A-F]{8}$/),
    ]);
  });

  test("fails for a log retention without cls logging, where it would be ignored", () => {
    expect(() => synth({ logRetentionDays: 7 })).toThrow(
      "key service: logRetentionDays: received 7; allowed: unset without clsLogging",
    );
  });

  test("fails for a log retention cls does not accept", () => {
    expect(() => synth({ clsLogging: true, logRetentionDays: 4000 })).toThrow(
      "function keys: logs.retentionDays: received 4000; allowed: a whole number of days from 1 to 3600, or 3640 to keep logs forever",
    );
  });

  test.each(["Nodejs20.15", "nodejs18.15", "Python3.9", "Nodejs16.13"])(
    "fails for the runtime %s, not a documented one the handler runs on",
    (runtime) => {
      expect(() => synth({ runtime })).toThrow(
        `key service: runtime: received "${runtime}"; allowed: "Nodejs18.15", the Node.js runtime from 18 up that CreateFunction documents (it lists none for Node.js 20)`,
      );
    },
  );
});
