/**
 * What the check's tests share: the check function as deployed (its esbuild bundle), sample files, the role key
 * the function runs with, and a stand-in for the COS trigger that invokes the function for objects under a prefix.
 */
import path from "node:path";
import crypto from "node:crypto";
import zlib from "node:zlib";
import { TerraformStack, Testing } from "cdktf";
import type { CheckHandler, CheckHandlerOptions } from "../../lambda/upload-check/index";
import type { CheckResult } from "../../lambda/upload-check/check";
import { IssuedKey } from "../../local/issued-keys";
import { CosObjectCreatedEvent } from "../../local/cos-events";
import { BucketLocation, prefixRoot } from "../../policy";
import { uploadCheckPolicy } from "../../policy/upload-check-policy";
import { FunctionCode } from "../../stacks/constructs/function-code";
import { UPLOAD_CHECK_ENTRY } from "../../stacks/constructs/upload-check";

/** What the bundle exports. */
export interface CheckBundle {
  handlerFromEnvironment(env: Readonly<Record<string, string | undefined>>, options?: CheckHandlerOptions): CheckHandler;
  main_handler: CheckHandler;
}

/**
 * The check function exactly as it is deployed: bundled by the stack's `FunctionCode` (esbuild turns the ESM-only
 * `file-type` into CommonJS there, which jest cannot do by itself) and loaded from the bundle.
 */
export function checkBundle(): CheckBundle {
  const code = new FunctionCode(new TerraformStack(Testing.app(), "bundle"), "code", { entry: UPLOAD_CHECK_ENTRY, target: "node20" });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(code.bundleDir, "index.js")) as CheckBundle;
}

/** A small valid PNG (1×1, RGBA) with `padding` extra bytes in a text chunk. */
export function png(padding = 0): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    chunk("IHDR", header),
    ...(padding > 0 ? [chunk("tEXt", Buffer.concat([Buffer.from("Comment\0"), crypto.randomBytes(padding)]))] : []),
    chunk("IDAT", zlib.deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An HTML page, which has no magic number. */
export const HTML = Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n");

/**
 * The key SCF hands the check function for its execution role, with the policy the stack attaches to that role:
 * the local COS authorises the function's requests exactly as CAM would with that policy.
 */
export function roleKey(location: BucketLocation, keyPrefixTemplate: string, quarantinePrefix?: string): IssuedKey {
  return {
    tmpSecretId: `AKID${crypto.randomBytes(16).toString("hex")}`,
    tmpSecretKey: crypto.randomBytes(24).toString("base64url"),
    sessionToken: crypto.randomBytes(32).toString("base64url"),
    expiredTime: Math.floor(Date.now() / 1000) + 3600,
    policy: uploadCheckPolicy({ location, prefixRoot: prefixRoot(keyPrefixTemplate), quarantinePrefix }),
  };
}

/** The function's own keys as SCF sets them. */
export function roleEnvironment(key: IssuedKey): Record<string, string> {
  return { TENCENTCLOUD_SECRETID: key.tmpSecretId, TENCENTCLOUD_SECRETKEY: key.tmpSecretKey, TENCENTCLOUD_SESSIONTOKEN: key.sessionToken };
}

/** One invocation of the function by the trigger. */
export interface Invocation {
  readonly event: CosObjectCreatedEvent;
  readonly result?: CheckResult;
  readonly error?: unknown;
}

/** The COS trigger: invokes the check for every event about an object under `prefix`, as COS's filter does. */
export interface TriggerStandIn {
  /** For `startCosServer({ onObjectCreated })`. */
  readonly onObjectCreated: (event: CosObjectCreatedEvent) => void;
  /** Set once the function exists. */
  handler?: CheckHandler;
  /** Every invocation started, in order. */
  readonly invocations: Promise<Invocation>[];
  /** Resolves once `count` invocations have started and all started ones have finished. */
  settled(count: number): Promise<Invocation[]>;
}

/** A trigger for objects whose key starts with `prefix`. */
export function cosTrigger(prefix: string, location: BucketLocation): TriggerStandIn {
  const waiters: { count: number; resolve: () => void }[] = [];
  const keyPrefix = `/${location.appId}/${location.bucket.slice(0, -location.appId.length - 1)}/${prefix}`;
  const trigger: TriggerStandIn = {
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

/** Every JSON line the function logged while `spy` listened. */
export function loggedLines(spy: jest.SpyInstance): Record<string, unknown>[] {
  return spy.mock.calls
    .map(([line]) => (typeof line === "string" ? line : ""))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
