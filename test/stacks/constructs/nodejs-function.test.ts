import path from "node:path";
import { Testing } from "cdktf";
import { ClsTopic } from "../../../.gen/providers/tencentcloud/cls-topic";
import { ScfFunction } from "../../../.gen/providers/tencentcloud/scf-function";
import { ScfReservedConcurrencyConfig } from "../../../.gen/providers/tencentcloud/scf-reserved-concurrency-config";
import { ScfTrigger } from "../../../.gen/providers/tencentcloud/scf-trigger";
import { trustPolicy } from "../../../policy";
import { NodejsFunction, NodejsFunctionProps } from "../../../stacks/constructs/nodejs-function";
import { Role } from "../../../stacks/constructs/role";
import { UPLOAD_CHECK_BUNDLE, UPLOAD_CHECK_ENTRY } from "../../../stacks/constructs/upload-check";
import "../../helpers/synth";

/** The smallest handler in the repository, so that bundling stays quick. */
const ENTRY = UPLOAD_CHECK_ENTRY;

interface Synthesized {
  readonly json: { resource: Record<string, Record<string, Record<string, unknown>>> };
  readonly text: string;
}

function synth(overrides: Partial<NodejsFunctionProps> = {}): Synthesized {
  const text = Testing.synthScope((scope) => {
    const role = new Role(scope, "role", {
      name: "runner",
      description: "d",
      ownerUin: "100000000001",
      trust: trustPolicy({ service: ["scf.qcloud.com"] }),
    });
    new NodejsFunction(scope, "fn", {
      functionName: "photos-check",
      description: "Checks photos",
      entry: ENTRY,
      bundle: UPLOAD_CHECK_BUNDLE,
      runtime: "Nodejs18.15",
      role,
      ...overrides,
    });
  });
  return { text, json: JSON.parse(text) };
}

function only(synthesized: Synthesized, type: string): Record<string, unknown> {
  const resources = Object.values(synthesized.json.resource[type] ?? {});
  expect(resources).toHaveLength(1);
  return resources[0];
}

describe("NodejsFunction", () => {
  test("runs the bundled handler with the given role and SCF's default sizing", () => {
    const synthesized = synth();
    expect(synthesized.text).toHaveResourceWithProperties(ScfFunction, {
      name: "photos-check",
      namespace: "default",
      description: "Checks photos",
      handler: "index.main_handler",
      runtime: "Nodejs18.15",
      mem_size: 128,
      timeout: 3,
      role: expect.stringMatching(/^\$\{tencentcloud_cam_role\.role_\w+\.name\}$/),
      enable_public_net: true,
      zip_file: expect.stringMatching(/^assets\/fn_code_archive_\w+\/[0-9A-F]+\/archive\.zip$/),
    });
    const fn = only(synthesized, "tencentcloud_scf_function");
    expect(fn).not.toHaveProperty("environment");
    expect(fn).not.toHaveProperty("cls_topic_id");
  });

  test("declares no trigger, log topic or reservation by default", () => {
    const synthesized = synth();
    expect(synthesized.text).not.toHaveResource(ScfTrigger);
    expect(synthesized.text).not.toHaveResource(ClsTopic);
    expect(synthesized.text).not.toHaveResource(ScfReservedConcurrencyConfig);
  });

  test("takes memory and timeout as given", () => {
    expect(synth({ memorySizeMb: 512, timeoutSeconds: 900 }).text).toHaveResourceWithProperties(ScfFunction, {
      mem_size: 512,
      timeout: 900,
    });
  });

  test("sets the variables given and leaves out those without a value", () => {
    expect(
      only(
        synth({ variables: { COS_BUCKET: "photos-1250000000", WEBHOOK_URL: undefined } }),
        "tencentcloud_scf_function",
      ).environment,
    ).toEqual({
      COS_BUCKET: "photos-1250000000",
    });
  });

  test("zips the prebuilt bundle when the entry point is not there, as in the installed package", () => {
    const bundle = path.join(__dirname, "../../../stacks/constructs/empty-module.js");
    const synthesized = synth({ entry: path.join(__dirname, "no-such-entry.ts"), bundle });
    expect(only(synthesized, "tencentcloud_scf_function").zip_file).toMatch(
      /^assets\/fn_code_archive_\w+\/[0-9A-F]+\/archive\.zip$/,
    );
  });

  test("reserves concurrency as instances times memory", () => {
    expect(synth({ reservedConcurrency: 4, memorySizeMb: 256 }).text).toHaveResourceWithProperties(
      ScfReservedConcurrencyConfig,
      {
        function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.fn_function_\w+\.name\}$/),
        namespace: "default",
        reserved_concurrency_mem: 1024,
      },
    );
  });

  test("logs to a topic of its own, named after the function, in the logset given, for 30 days by default", () => {
    const synthesized = synth({ logs: { logsetId: "logset-1" }, tags: { project: "p" } });
    expect(synthesized.text).toHaveResourceWithProperties(ClsTopic, {
      logset_id: "logset-1",
      topic_name: "photos-check",
      period: 30,
      tags: { project: "p" },
    });
    expect(synthesized.text).toHaveResourceWithProperties(ScfFunction, {
      cls_logset_id: "logset-1",
      cls_topic_id: expect.stringMatching(/^\$\{tencentcloud_cls_topic\.fn_log-topic_\w+\.id\}$/),
      tags: { project: "p" },
    });
  });

  test.each([1, 7, 3600, 3640])("keeps logs as long as asked: %i days", (retentionDays) => {
    expect(synth({ logs: { logsetId: "logset-1", retentionDays } }).text).toHaveResourceWithProperties(ClsTopic, {
      period: retentionDays,
    });
  });

  test("is reachable through a public Function URL without SCF-side auth when asked", () => {
    expect(synth({ functionUrl: true }).text).toHaveResourceWithProperties(ScfTrigger, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.fn_function_\w+\.name\}$/),
      namespace: "default",
      type: "http",
      enable: "OPEN",
      trigger_desc: JSON.stringify({ AuthType: "NONE", NetConfig: { EnableIntranet: false, EnableExtranet: true } }),
    });
  });

  test("is triggered by a bucket's events under a prefix, the trigger named after the bucket's host", () => {
    const synthesized = synth({
      cosTrigger: {
        bucket: "photos-1250000000",
        region: "ap-shanghai",
        event: "cos:ObjectCreated:*",
        prefix: "uploads/",
      },
    });
    expect(synthesized.text).toHaveResourceWithProperties(ScfTrigger, {
      type: "cos",
      trigger_name: "photos-1250000000.cos.ap-shanghai.myqcloud.com",
      enable: "OPEN",
      trigger_desc: JSON.stringify({
        bucketUrl: "photos-1250000000.cos.ap-shanghai.myqcloud.com",
        event: "cos:ObjectCreated:*",
        filter: { Prefix: "uploads/", Suffix: "" },
      }),
    });
    expect(synthesized.text).not.toHaveResourceWithProperties(ScfFunction, { triggers: expect.anything() });
  });

  test("keeps its children's addresses in the parent's when given the id Default", () => {
    const text = Testing.synthScope((scope) => {
      const role = new Role(scope, "role", {
        name: "runner",
        description: "d",
        ownerUin: "100000000001",
        trust: trustPolicy({ service: ["scf.qcloud.com"] }),
      });
      new NodejsFunction(scope, "Default", {
        functionName: "photos-check",
        description: "d",
        entry: ENTRY,
        bundle: UPLOAD_CHECK_BUNDLE,
        runtime: "Nodejs18.15",
        role,
      });
    });
    expect(Object.keys(JSON.parse(text).resource.tencentcloud_scf_function)).toEqual([
      expect.stringMatching(/^function$/),
    ]);
  });

  test.each([
    [
      "functionName",
      { functionName: "1photos" },
      'function 1photos: functionName: received "1photos"; allowed: 2-60 letters, digits, - and _, starting with a letter and ending with a letter or digit',
    ],
    ["functionName", { functionName: "photos-" }, 'functionName: received "photos-"'],
    ["functionName", { functionName: "p" }, 'functionName: received "p"'],
    ["functionName", { functionName: `p${"x".repeat(60)}` }, "functionName: received"],
    [
      "description",
      { description: "Checks photos; quarantines the rest" },
      'function photos-check: description: received "Checks photos; quarantines the rest"; allowed: at most 1000 letters, digits, spaces, commas and periods (CreateFunction)',
    ],
    ["description", { description: "x".repeat(1001) }, "description: received"],
    [
      "runtime",
      { runtime: "Nodejs20.15" },
      'function photos-check: runtime: received "Nodejs20.15"; allowed: "Nodejs18.15"',
    ],
    [
      "memorySizeMb",
      { memorySizeMb: 200 },
      "function photos-check: memorySizeMb: received 200; allowed: a multiple of 128 from 128 to 3072",
    ],
    ["memorySizeMb", { memorySizeMb: 64 }, "memorySizeMb: received 64; allowed: a multiple of 128 from 128 to 3072"],
    ["memorySizeMb", { memorySizeMb: 3200 }, "memorySizeMb: received 3200"],
    [
      "timeoutSeconds",
      { timeoutSeconds: 0 },
      "function photos-check: timeoutSeconds: received 0; allowed: a whole number from 1 to 900",
    ],
    ["timeoutSeconds", { timeoutSeconds: 901 }, "timeoutSeconds: received 901"],
    ["timeoutSeconds", { timeoutSeconds: 2.5 }, "timeoutSeconds: received 2.5"],
    [
      "reservedConcurrency",
      { reservedConcurrency: 0 },
      "function photos-check: reservedConcurrency: received 0; allowed: a whole number of instances, at least 1",
    ],
    ["reservedConcurrency", { reservedConcurrency: 1.5 }, "reservedConcurrency: received 1.5"],
    [
      "logs.retentionDays",
      { logs: { logsetId: "l", retentionDays: 0 } },
      "function photos-check: logs.retentionDays: received 0; allowed: a whole number of days from 1 to 3600, or 3640 to keep logs forever (CLS CreateTopic, standard storage)",
    ],
    ["logs.retentionDays", { logs: { logsetId: "l", retentionDays: 3601 } }, "logs.retentionDays: received 3601"],
    ["logs.retentionDays", { logs: { logsetId: "l", retentionDays: 7.5 } }, "logs.retentionDays: received 7.5"],
  ] as const)("fails for an invalid %s: %j", (_, overrides, message) => {
    expect(() => synth(overrides)).toThrow(message);
  });
});
