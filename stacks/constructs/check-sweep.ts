import { Construct } from "constructs";
import { Token } from "cdktf";
import { ScfFunction } from "../../.gen/providers/tencentcloud/scf-function";
import { ScfFunctionEventInvokeConfig } from "../../.gen/providers/tencentcloud/scf-function-event-invoke-config";
import { ScfTrigger } from "../../.gen/providers/tencentcloud/scf-trigger";
import {
  ASYNC_EVENT_TTL_SECONDS,
  ASYNC_RETRIES,
  DEFAULT_ASYNC_RETRIES,
  DEFAULT_SWEEP_SCHEDULE,
  SWEEP_SCHEDULE_RULE,
  sweepScheduleProblem,
} from "../../policy/sweep";
import { SCF_NAMESPACE } from "./nodejs-function";

/**
 * The timer's name: letters, digits, `-` and `_`, a letter first, at most 60 characters, unique per function (the
 * timer trigger page, https://cloud.tencent.com/document/product/583/9708).
 */
const SWEEP_TIMER_NAME = "sweep";

/** Properties of a {@link CheckSweep}. */
export interface CheckSweepProps {
  /** The check function. */
  readonly fn: ScfFunction;
  /** When the sweep runs, an SCF seven-field cron expression (`SWEEP_SCHEDULE_RULE`). @default DEFAULT_SWEEP_SCHEDULE (hourly) */
  readonly schedule?: string;
  /** SCF's retries of a failed asynchronous invocation, COS events and timer runs alike. @default DEFAULT_ASYNC_RETRIES (2) */
  readonly asyncRetries?: number;
}

/**
 * What gives every upload a verdict beside its own COS event: a timer trigger that runs the sweep on the check, and
 * the check's async-invocation retries (`tencentcloud_scf_function_event_invoke_config`,
 * UpdateFunctionEventInvokeConfig, https://cloud.tencent.com/document/api/583/53639: `RetryNum` and `MsgTTL`; the
 * retry behaviour, https://cloud.tencent.com/document/product/583/41138).
 *
 * The provider's delete of the retry setting does nothing (the function keeps the last value); it goes with the
 * function.
 */
export class CheckSweep extends Construct {
  /** The timer trigger. */
  readonly timer: ScfTrigger;
  /** The async-invocation retry setting. */
  readonly asyncRetries: ScfFunctionEventInvokeConfig;

  constructor(scope: Construct, id: string, props: CheckSweepProps) {
    super(scope, id);
    validate(props);
    // A timer's description is its cron expression, as a third-party provider example passes it (CreateTrigger's
    // `TriggerDesc` points to https://cloud.tencent.com/document/product/583/39901, not read: docs/evidence.md).
    this.timer = new ScfTrigger(this, "timer", {
      functionName: props.fn.name,
      namespace: SCF_NAMESPACE,
      type: "timer",
      triggerName: SWEEP_TIMER_NAME,
      enable: "OPEN",
      triggerDesc: props.schedule ?? DEFAULT_SWEEP_SCHEDULE,
    });
    this.asyncRetries = new ScfFunctionEventInvokeConfig(this, "async-retries", {
      functionName: props.fn.name,
      namespace: SCF_NAMESPACE,
      asyncTriggerConfig: {
        msgTtl: ASYNC_EVENT_TTL_SECONDS,
        retryConfig: [{ retryNum: props.asyncRetries ?? DEFAULT_ASYNC_RETRIES }],
      },
    });
  }
}

/** Fails with the field, the value received and what is allowed; skips unresolved tokens. */
function validate(props: CheckSweepProps): void {
  const fail = (field: string, received: unknown, allowed: string): never => {
    throw new Error(`upload check sweep: ${field}: received ${JSON.stringify(received)}; allowed: ${allowed}`);
  };
  if (props.schedule !== undefined && !Token.isUnresolved(props.schedule)) {
    const problem = sweepScheduleProblem(props.schedule);
    if (problem !== undefined) {
      fail("schedule", props.schedule, `${SWEEP_SCHEDULE_RULE} (${problem})`);
    }
  }
  const retries = props.asyncRetries ?? DEFAULT_ASYNC_RETRIES;
  if (!Number.isInteger(retries) || retries < ASYNC_RETRIES.min || retries > ASYNC_RETRIES.max) {
    fail("asyncRetries", retries, `a whole number from ${ASYNC_RETRIES.min} to ${ASYNC_RETRIES.max}`);
  }
}
