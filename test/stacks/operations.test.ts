import { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { Testing } from "cdktf";
import { describeAgainstProviderSchema, NO_SCHEMA_PROBLEMS, schemaReport } from "../helpers/schema-check";
import { buildStack, devWith, resourcesOf, synthJson } from "../helpers/synth";

const receivers = { userIds: [100001] };
const domain = { domain: "keys.example.com", certificateId: "8cj4g8h8" };

describe("the stack's alarms", () => {
  test("are not declared in dev", () => {
    const json = synthJson(ENVIRONMENTS.dev);
    for (const type of [
      "tencentcloud_monitor_alarm_notice",
      "tencentcloud_monitor_alarm_policy",
      "tencentcloud_monitor_policy_binding_object",
    ]) {
      expect(resourcesOf(json, type)).toHaveLength(0);
    }
  });

  test.each([ENVIRONMENTS.staging, ENVIRONMENTS.prod])(
    "are one notice and, per function, one policy with one binding in $name",
    (environment: EnvironmentConfig) => {
      const json = synthJson(environment);
      expect(resourcesOf(json, "tencentcloud_monitor_alarm_notice")).toHaveLength(1);
      const policies = resourcesOf(json, "tencentcloud_monitor_alarm_policy");
      expect(policies.map((p) => p.policy_name).sort()).toEqual([
        `${environment.name}-key-service`,
        `${environment.name}-upload-check`,
      ]);
      for (const policy of policies) {
        expect(policy.notice_ids).toEqual([
          expect.stringMatching(/^\$\{tencentcloud_monitor_alarm_notice\.alarm-notice_\w+\.id\}$/),
        ]);
      }
      const bindings = resourcesOf(json, "tencentcloud_monitor_policy_binding_object");
      expect(bindings).toHaveLength(2);
      expect(new Set(bindings.map((b) => b.policy_id)).size).toBe(2);
    },
  );

  test("alarm on each function at its own reserved concurrency and timeout", () => {
    const json = synthJson(ENVIRONMENTS.prod);
    const rules = (name: string) =>
      (
        resourcesOf(json, "tencentcloud_monitor_alarm_policy").find((p) => p.policy_name === name)?.conditions as {
          rules: { metric_name: string; value: string }[];
        }
      ).rules;
    const value = (name: string, metric: string) => rules(name).find((r) => r.metric_name === metric)?.value;
    // prod: key service 100 instances, 10 s; the check 20 instances (default), 30 s (the check's own default).
    expect(value("prod-key-service", "ConcurrentExecutions")).toBe("100");
    expect(value("prod-key-service", "Duration")).toBe("8000");
    expect(value("prod-upload-check", "ConcurrentExecutions")).toBe("20");
    expect(value("prod-upload-check", "Duration")).toBe("24000");
  });

  test("bind each policy to its own function", () => {
    const json = synthJson(ENVIRONMENTS.staging);
    const functions = resourcesOf(json, "tencentcloud_monitor_policy_binding_object").map(
      (b) =>
        (JSON.parse((b.dimensions as { dimensions_json: string }[])[0].dimensions_json) as { functionName: string })
          .functionName,
    );
    expect(functions.sort()).toEqual([
      expect.stringMatching(/^\$\{tencentcloud_scf_function\.key-service_function_\w+\.name\}$/),
      expect.stringMatching(/^\$\{tencentcloud_scf_function\.upload-check_function_\w+\.name\}$/),
    ]);
  });

  test("cover the key service alone where there is no check", () => {
    const json = synthJson(devWith({ alarms: { enabled: true, receivers } }));
    expect(resourcesOf(json, "tencentcloud_monitor_alarm_policy").map((p) => p.policy_name)).toEqual([
      "dev-key-service",
    ]);
  });

  test("keep a long environment name's policy names within 20 characters", () => {
    const json = synthJson(devWith({ name: "integration", alarms: { enabled: true, receivers } }));
    expect(resourcesOf(json, "tencentcloud_monitor_alarm_policy").map((p) => p.policy_name)).toEqual([
      "integrat-key-service",
    ]);
  });

  test("fails for alarms turned on without a receiver", () => {
    expect(() => synthJson(devWith({ alarms: { enabled: true } }))).toThrow(
      "alarms.receivers: missing; at least one of userIds, groupIds or webhookUrls",
    );
  });
});

describe("the key service's own domain", () => {
  test("is not declared without keyService.customDomain", () => {
    const json = synthJson(ENVIRONMENTS.prod);
    expect(resourcesOf(json, "tencentcloud_scf_custom_domain")).toHaveLength(0);
    expect(json.output.key_service_domain_url).toBeUndefined();
  });

  test("routes the domain to the key service and names its URL in the outputs", () => {
    const json = synthJson(devWith({ keyService: { ...ENVIRONMENTS.dev.keyService, customDomain: domain } }));
    expect(resourcesOf(json, "tencentcloud_scf_custom_domain")).toEqual([
      expect.objectContaining({
        domain: "keys.example.com",
        protocol: "HTTPS",
        endpoints_config: [
          expect.objectContaining({
            function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.key-service_function_\w+\.name\}$/),
          }),
        ],
      }),
    ]);
    expect(json.output.key_service_domain_url.value).toBe("https://keys.example.com/");
  });
});

describeAgainstProviderSchema(() => {
  test("alarms with every receiver and a custom domain behind WAF have no schema errors", () => {
    const environment = {
      ...ENVIRONMENTS.staging,
      name: "ops",
      stateBackend: { type: "local" },
      keyService: {
        ...ENVIRONMENTS.staging.keyService,
        customDomain: { ...domain, waf: { instanceId: "waf_2kzh3vlq0umkkha9" } },
      },
      alarms: {
        enabled: true,
        receivers: { userIds: [100001], groupIds: [7], webhookUrls: ["https://hooks.example.com/a"] },
        noticeWays: ["EMAIL", "SMS"],
      },
    } as const satisfies EnvironmentConfig;
    expect(schemaReport(Testing.fullSynth(buildStack(environment)))).toMatch(NO_SCHEMA_PROBLEMS);
  });
});
