import { Construct } from "constructs";
import { Token } from "cdktf";
import {
  MonitorAlarmPolicy,
  MonitorAlarmPolicyConditionsRules,
} from "../../.gen/providers/tencentcloud/monitor-alarm-policy";
import { MonitorPolicyBindingObject } from "../../.gen/providers/tencentcloud/monitor-policy-binding-object";
import { ScfFunction } from "../../.gen/providers/tencentcloud/scf-function";
import {
  ALARM_POLICY_NAME_MAX_LENGTH,
  MONITOR_TYPE,
  SCF_ALARM_POLICY_TYPE,
  SCF_LATEST_VERSION,
  SCF_METRICS,
} from "../../policy/monitor";

/** Share of the timeout the average duration may reach before the duration alarm fires, in percent, by default. */
const DEFAULT_DURATION_ALARM_PERCENT = 80;

/** Statistic period of every rule, in seconds: SCF reports each metric per minute (and per 5 minutes). */
const ALARM_PERIOD_SECONDS = 60;

/**
 * How often a firing alarm is repeated, in seconds (`NoticeFrequency`, one of the values the API lists: 0, 300, 600,
 * 900, 1800, 3600, …; https://www.tencentcloud.com/document/api/248/39326).
 */
const ALARM_REPEAT_SECONDS = 3600;

/** Properties of a {@link FunctionAlarms}. */
export interface FunctionAlarmsProps {
  /** The function alarmed on. */
  readonly fn: ScfFunction;
  /** The alarm policy's name, 1-20 characters (CreateAlarmPolicy `PolicyName`). */
  readonly policyName: string;
  /** The function's region, where its metrics are reported. */
  readonly region: string;
  /** The function's timeout in seconds; the duration alarm fires near it. */
  readonly timeoutSeconds: number;
  /** The function's reserved concurrency, in instances; the concurrency alarm fires at it. */
  readonly reservedConcurrency: number;
  /** Notice templates told of every alarm ({@link AlarmNotice.noticeId}); at least one. */
  readonly noticeIds: readonly string[];
  /** The average duration, in percent of the timeout, at which the duration alarm fires. @default 80 */
  readonly durationAlarmPercent?: number;
  /** SCF namespace of the function. @default "default" */
  readonly namespace?: string;
  /** The version whose metrics are alarmed on: what the function's triggers invoke. @default "$LATEST" */
  readonly version?: string;
}

/**
 * One Cloud Monitor alarm policy per function, bound to that function only, that fires when any of its rules holds
 * for one minute:
 * - `Error` > 0: an invocation failed (the function's error or the platform's);
 * - `Throttle` > 0: a request was refused because the function was at its concurrency;
 * - `ConcurrentExecutions` ≥ the reserved concurrency: the function runs at its ceiling (the next request waits or
 *   is refused);
 * - `Duration` (average, ms) ≥ `durationAlarmPercent` of the timeout: invocations are close to being cut off.
 *
 * Metric names and statistics: https://cloud.tencent.com/document/product/248/37207 (namespace `QCE/SCF_V2`).
 *
 * One binding per policy: the provider's binding delete unbinds every object of its policy, in every region, so two
 * bindings of one policy would undo each other.
 */
export class FunctionAlarms extends Construct {
  /** The alarm policy. */
  readonly policy: MonitorAlarmPolicy;
  /** The binding of the policy to the function. */
  readonly binding: MonitorPolicyBindingObject;

  constructor(scope: Construct, id: string, props: FunctionAlarmsProps) {
    super(scope, id);
    validate(props);
    const percent = props.durationAlarmPercent ?? DEFAULT_DURATION_ALARM_PERCENT;
    // `unit` and `description` are left out: the API fills them in, for its answers only ("用于出参").
    const rule = (metricName: string, operator: "gt" | "ge", value: number): MonitorAlarmPolicyConditionsRules => ({
      metricName,
      operator,
      value: String(value),
      period: ALARM_PERIOD_SECONDS,
      continuePeriod: 1,
      noticeFrequency: ALARM_REPEAT_SECONDS,
      isPowerNotice: 0,
      ruleType: "STATIC",
    });

    this.policy = new MonitorAlarmPolicy(this, "policy", {
      policyName: props.policyName,
      monitorType: MONITOR_TYPE,
      namespace: SCF_ALARM_POLICY_TYPE,
      enable: 1,
      noticeIds: [...props.noticeIds],
      conditions: {
        // 0: any one rule fires the alarm (1, "是否且规则", would need all of them).
        isUnionRule: 0,
        rules: [
          rule(SCF_METRICS.error, "gt", 0),
          rule(SCF_METRICS.throttle, "gt", 0),
          rule(SCF_METRICS.concurrentExecutions, "ge", props.reservedConcurrency),
          // Duration is in milliseconds.
          rule(SCF_METRICS.duration, "ge", Math.floor((props.timeoutSeconds * 1000 * percent) / 100)),
        ],
      },
    });

    this.binding = new MonitorPolicyBindingObject(this, "binding", {
      policyId: this.policy.id,
      dimensions: [
        {
          region: props.region,
          // The function's metric dimensions (https://cloud.tencent.com/document/product/248/50397).
          dimensionsJson: JSON.stringify({
            functionName: props.fn.name,
            namespace: props.namespace ?? "default",
            version: props.version ?? SCF_LATEST_VERSION,
          }),
        },
      ],
    });
  }
}

function validate(props: FunctionAlarmsProps): void {
  const fail = (field: string, value: unknown, allowed: string): never => {
    throw new Error(`function alarms: ${field}: received ${JSON.stringify(value)}; allowed: ${allowed}`);
  };
  if (
    !Token.isUnresolved(props.policyName) &&
    (props.policyName.length < 1 || props.policyName.length > ALARM_POLICY_NAME_MAX_LENGTH)
  ) {
    fail("policyName", props.policyName, `1-${ALARM_POLICY_NAME_MAX_LENGTH} characters (CreateAlarmPolicy PolicyName)`);
  }
  if (!Number.isInteger(props.timeoutSeconds) || props.timeoutSeconds < 1) {
    fail("timeoutSeconds", props.timeoutSeconds, "a whole number of seconds of at least 1, the function's timeout");
  }
  if (!Number.isInteger(props.reservedConcurrency) || props.reservedConcurrency < 1) {
    fail(
      "reservedConcurrency",
      props.reservedConcurrency,
      "a whole number of instances of at least 1, the function's reserved concurrency",
    );
  }
  const percent = props.durationAlarmPercent;
  if (percent !== undefined && (!Number.isInteger(percent) || percent < 1 || percent > 100)) {
    fail("durationAlarmPercent", percent, "an integer from 1 to 100");
  }
  if (props.noticeIds.length === 0) {
    fail("noticeIds", props.noticeIds, "at least one notice template id: an alarm nobody receives tells nobody");
  }
}
