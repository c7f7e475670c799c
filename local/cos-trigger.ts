/**
 * A stand-in for SCF's side of the post-upload check: the key SCF hands the check function for its execution role
 * (with the policy the stack attaches, so the local COS authorises the function's requests as CAM would), and the
 * COS trigger, which invokes the function for every object created under the watched prefix, and its timer (the
 * sweep, `scf-timer.ts`). The tests and the sandbox use it. Where it knowingly differs from SCF: invocations run in
 * this process, at once, without retries; a test may have events dropped (as when SCF gives up on one) or failed
 * (the invocation errs before the function runs) on a schedule of its choosing.
 */
import crypto from "node:crypto";
import { BucketLocation, prefixRoot } from "../policy";
import { uploadCheckPolicy } from "../policy/upload-check-policy";
import { CosObjectCreatedEvent } from "./cos-events";
import { IssuedKey } from "./issued-keys";
import { ScfTimerEvent, timerEvent } from "./scf-timer";

/** The check function's handler, as the triggers call it. */
export type CheckInvoker<R> = (
  event: CosObjectCreatedEvent | ScfTimerEvent,
  context: { request_id: string; time_limit_in_ms?: number },
) => Promise<R>;

/**
 * The key SCF hands the check function for its execution role, with the policy the stack attaches to that role:
 * the local COS authorises the function's requests exactly as CAM would with that policy.
 */
export function checkRoleKey(
  location: BucketLocation,
  keyPrefixTemplate: string,
  quarantinePrefix?: string,
  lifetimeSeconds = 3600,
): IssuedKey {
  return {
    tmpSecretId: `AKID${crypto.randomBytes(16).toString("hex")}`,
    tmpSecretKey: crypto.randomBytes(24).toString("base64url"),
    sessionToken: crypto.randomBytes(32).toString("base64url"),
    expiredTime: Math.floor(Date.now() / 1000) + lifetimeSeconds,
    policy: uploadCheckPolicy({ location, prefixRoot: prefixRoot(keyPrefixTemplate), quarantinePrefix }),
  };
}

/** The function's own keys as SCF sets them. */
export function roleEnvironment(key: IssuedKey): Record<string, string> {
  return {
    TENCENTCLOUD_SECRETID: key.tmpSecretId,
    TENCENTCLOUD_SECRETKEY: key.tmpSecretKey,
    TENCENTCLOUD_SESSIONTOKEN: key.sessionToken,
  };
}

/** One invocation of the function by the trigger. */
export interface Invocation<R = unknown> {
  readonly event: CosObjectCreatedEvent;
  readonly result?: R;
  readonly error?: unknown;
}

/** What the trigger does with the `n`-th matching event (1-based): deliver it, drop it, or fail its invocation. */
export interface DeliverySchedule {
  /** Events never delivered, as when SCF gives up on them. @default none */
  readonly drop?: (n: number) => boolean;
  /** Events whose invocation fails before the function runs, past every retry. @default none */
  readonly fail?: (n: number) => boolean;
}

/** A schedule predicate for every `n`-th event: `everyNth(3)` is true for the 3rd, 6th, 9th, … */
export function everyNth(n: number): (index: number) => boolean {
  return (index) => index % n === 0;
}

/** The COS trigger: invokes the check for every event about an object under `prefix`, as COS's filter does. */
export interface TriggerStandIn<R = unknown> {
  /** For `startCosServer({ onObjectCreated })`. */
  readonly onObjectCreated: (event: CosObjectCreatedEvent) => void;
  /** Set once the function exists. */
  handler?: CheckInvoker<R>;
  /** Every invocation started, in order. */
  readonly invocations: Promise<Invocation<R>>[];
  /** Resolves once `count` invocations have started and all started ones have finished. */
  settled(count: number): Promise<Invocation<R>[]>;
  /** The events dropped by the schedule, in order. */
  readonly dropped: CosObjectCreatedEvent[];
  /** Fires the function's timer once (the sweep) and resolves to what the function returned; rejects as it did. */
  fireTimer(triggerName?: string): Promise<R>;
}

/** The failure of an invocation the schedule fails. */
export const SCHEDULED_FAILURE = "the invocation failed (scheduled by the test)";

/** A trigger for objects whose key starts with `prefix`. */
export function cosTrigger<R = unknown>(
  prefix: string,
  location: BucketLocation,
  schedule: DeliverySchedule = {},
): TriggerStandIn<R> {
  const waiters: { count: number; resolve: () => void }[] = [];
  const keyPrefix = `/${location.appId}/${location.bucket.slice(0, -location.appId.length - 1)}/${prefix}`;
  let matched = 0;
  const handlerOf = (): CheckInvoker<R> => {
    if (trigger.handler === undefined) {
      throw new Error("the trigger fired before the function existed");
    }
    return trigger.handler;
  };
  const context = () => ({ request_id: crypto.randomUUID(), time_limit_in_ms: 30_000 });
  const trigger: TriggerStandIn<R> = {
    invocations: [],
    dropped: [],
    onObjectCreated(event) {
      if (!event.Records.some((record) => record.cos.cosObject.key.startsWith(keyPrefix))) {
        return;
      }
      matched += 1;
      if (schedule.drop?.(matched) === true) {
        trigger.dropped.push(event);
        return;
      }
      const handler = handlerOf();
      const run =
        schedule.fail?.(matched) === true ? Promise.reject(new Error(SCHEDULED_FAILURE)) : handler(event, context());
      trigger.invocations.push(
        run.then(
          (result) => ({ event, result }),
          (error: unknown) => ({ event, error }),
        ),
      );
      for (const waiter of waiters.filter((w) => trigger.invocations.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
    fireTimer(triggerName = "sweep") {
      return handlerOf()(timerEvent(triggerName, Date.now()), context());
    },
    async settled(count) {
      if (trigger.invocations.length < count) {
        await new Promise<void>((resolve) => waiters.push({ count, resolve }));
      }
      return Promise.all(trigger.invocations);
    },
  };
  return trigger;
}
