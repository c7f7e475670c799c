/**
 * A stand-in for SCF's side of the post-upload check: the key SCF hands the check function for its execution role
 * (with the policy the stack attaches, so the local COS authorises the function's requests as CAM would), and the
 * COS trigger, which invokes the function for every object created under the watched prefix. The tests and the
 * sandbox use it. Where it knowingly differs from SCF: invocations run in this process, at once, without retries.
 */
import crypto from "node:crypto";
import { BucketLocation, prefixRoot } from "../policy";
import { uploadCheckPolicy } from "../policy/upload-check-policy";
import { CosObjectCreatedEvent } from "./cos-events";
import { IssuedKey } from "./issued-keys";

/** The check function's handler, as the trigger calls it. */
export type CheckInvoker<R> = (event: CosObjectCreatedEvent, context: { request_id: string; time_limit_in_ms?: number }) => Promise<R>;

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
  return { TENCENTCLOUD_SECRETID: key.tmpSecretId, TENCENTCLOUD_SECRETKEY: key.tmpSecretKey, TENCENTCLOUD_SESSIONTOKEN: key.sessionToken };
}

/** One invocation of the function by the trigger. */
export interface Invocation<R = unknown> {
  readonly event: CosObjectCreatedEvent;
  readonly result?: R;
  readonly error?: unknown;
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
}

/** A trigger for objects whose key starts with `prefix`. */
export function cosTrigger<R = unknown>(prefix: string, location: BucketLocation): TriggerStandIn<R> {
  const waiters: { count: number; resolve: () => void }[] = [];
  const keyPrefix = `/${location.appId}/${location.bucket.slice(0, -location.appId.length - 1)}/${prefix}`;
  const trigger: TriggerStandIn<R> = {
    invocations: [],
    onObjectCreated(event) {
      if (!event.Records.some((record) => record.cos.cosObject.key.startsWith(keyPrefix))) {
        return;
      }
      const handler = trigger.handler;
      if (handler === undefined) {
        throw new Error("the trigger fired before the function existed");
      }
      const context = { request_id: crypto.randomUUID(), time_limit_in_ms: 30_000 };
      trigger.invocations.push(handler(event, context).then((result) => ({ event, result }), (error: unknown) => ({ event, error })));
      for (const waiter of waiters.filter((w) => trigger.invocations.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
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

