import { Construct } from "constructs";
import { Testing } from "cdktf";
import { MonitorAlarmPolicy } from "../../../.gen/providers/tencentcloud/monitor-alarm-policy";
import { MonitorPolicyBindingObject } from "../../../.gen/providers/tencentcloud/monitor-policy-binding-object";
import { ScfFunction } from "../../../.gen/providers/tencentcloud/scf-function";
import { FunctionAlarms, FunctionAlarmsProps } from "../../../stacks/constructs/function-alarms";
import "../../helpers/synth";

type Overrides = Partial<Omit<FunctionAlarmsProps, "fn">>;

function declare(scope: Construct, overrides: Overrides): FunctionAlarms {
  const fn = new ScfFunction(scope, "fn", { name: "keys", handler: "index.main_handler", runtime: "Nodejs18.15" });
  return new FunctionAlarms(scope, "alarms", {
    fn,
    policyName: "dev-key-service",
    region: "ap-guangzhou",
    timeoutSeconds: 10,
    reservedConcurrency: 5,
    noticeIds: ["notice-abc"],
    ...overrides,
  });
}

function synth(overrides: Overrides = {}): string {
  return Testing.synthScope((scope) => {
    declare(scope, overrides);
  });
}

function rulesOf(synthesized: string): Record<string, unknown>[] {
  const json = JSON.parse(synthesized) as {
    resource: Record<string, Record<string, { conditions: { rules: Record<string, unknown>[] } }>>;
  };
  return Object.values(json.resource.tencentcloud_monitor_alarm_policy)[0].conditions.rules;
}

describe("FunctionAlarms", () => {
  test("is one SCF alarm policy, told to the notices given, firing on any one rule", () => {
    expect(synth()).toHaveResourceWithProperties(MonitorAlarmPolicy, {
      policy_name: "dev-key-service",
      monitor_type: "MT_QCE",
      namespace: "SCF",
      enable: 1,
      notice_ids: ["notice-abc"],
      conditions: expect.objectContaining({ is_union_rule: 0 }),
    });
  });

  test("alarms on errors, throttles, concurrency at the reserved limit and duration at 80 percent of the timeout", () => {
    const every = { period: 60, continue_period: 1, notice_frequency: 3600, is_power_notice: 0, rule_type: "STATIC" };
    expect(rulesOf(synth())).toEqual([
      { ...every, metric_name: "Error", operator: "gt", value: "0" },
      { ...every, metric_name: "Throttle", operator: "gt", value: "0" },
      { ...every, metric_name: "ConcurrentExecutions", operator: "ge", value: "5" },
      { ...every, metric_name: "Duration", operator: "ge", value: "8000" },
    ]);
  });

  test("puts the duration alarm where the record says, and concurrency at the function's own limit", () => {
    const rules = rulesOf(synth({ timeoutSeconds: 30, reservedConcurrency: 20, durationAlarmPercent: 50 }));
    expect(rules.find((r) => r.metric_name === "Duration")?.value).toBe("15000");
    expect(rules.find((r) => r.metric_name === "ConcurrentExecutions")?.value).toBe("20");
  });

  test("binds the policy to the function's $LATEST version in its region, once", () => {
    const synthesized = synth();
    expect(synthesized).toHaveResourceWithProperties(MonitorPolicyBindingObject, {
      policy_id: expect.stringMatching(/^\$\{tencentcloud_monitor_alarm_policy\.alarms_policy_\w+\.id\}$/),
      dimensions: [
        {
          region: "ap-guangzhou",
          dimensions_json: expect.stringMatching(
            /^\{"functionName":"\$\{tencentcloud_scf_function\.fn\.name\}","namespace":"default","version":"\$LATEST"\}$/,
          ),
        },
      ],
    });
    const json = JSON.parse(synthesized) as { resource: Record<string, Record<string, unknown>> };
    expect(Object.keys(json.resource.tencentcloud_monitor_policy_binding_object)).toHaveLength(1);
  });

  test("binds another namespace and version when given", () => {
    expect(synth({ namespace: "apps", version: "3" })).toHaveResourceWithProperties(MonitorPolicyBindingObject, {
      dimensions: [
        expect.objectContaining({ dimensions_json: expect.stringContaining('"namespace":"apps","version":"3"') }),
      ],
    });
  });

  test.each<[string, Overrides, string]>([
    [
      "a policy name over 20 characters",
      { policyName: "staging-upload-checks" },
      'function alarms: policyName: received "staging-upload-checks"; allowed: 1-20 characters (CreateAlarmPolicy PolicyName)',
    ],
    ["an empty policy name", { policyName: "" }, 'function alarms: policyName: received ""; allowed: 1-20 characters'],
    [
      "a timeout that is not whole seconds",
      { timeoutSeconds: 2.5 },
      "function alarms: timeoutSeconds: received 2.5; allowed: a whole number of seconds of at least 1",
    ],
    [
      "no reserved concurrency",
      { reservedConcurrency: 0 },
      "function alarms: reservedConcurrency: received 0; allowed: a whole number of instances of at least 1",
    ],
    [
      "a duration threshold over 100 percent",
      { durationAlarmPercent: 101 },
      "function alarms: durationAlarmPercent: received 101; allowed: an integer from 1 to 100",
    ],
    [
      "no notice",
      { noticeIds: [] },
      "function alarms: noticeIds: received []; allowed: at least one notice template id",
    ],
  ])("fails for %s", (_, overrides, message) => {
    expect(() => synth(overrides)).toThrow(message);
  });
});
