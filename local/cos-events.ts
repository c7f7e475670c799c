/**
 * The event the local COS hands its `onObjectCreated` callback after each completed upload: the COS trigger's
 * message, in the shape Tencent documents ("COS 触发器" → 事件消息结构,
 * https://cloud.tencent.com/document/product/583/9707).
 *
 * `cosObject.key` carries the stored key as it is (`/<appid>/<name>/照片 1.png`), not percent-encoded: no Tencent page
 * states how COS encodes it (the documented samples hold plain keys only, and Tencent's trigger samples use the key
 * as given), so this is unverified; the check tries the key as given and, only if that is not found, its decoded
 * forms (`lambda/upload-check/check.ts`). `cosObject.url` is percent-encoded per segment, as a URL must be.
 *
 * Where it knowingly differs from the cloud: one record per event (COS may merge several); `vid` is always `""`
 * (the local COS keeps no versions); the callback sees every created object in the bucket, so whoever plays the
 * trigger applies its prefix filter; `reqid` is random.
 */
import crypto from "node:crypto";

/** One record of a COS trigger event. */
export interface CosEventRecord {
  readonly cos: {
    readonly cosSchemaVersion: "1.0";
    readonly cosNotificationId: string;
    readonly cosBucket: { readonly name: string; readonly appid: string; readonly region: string };
    readonly cosObject: {
      readonly url: string;
      readonly meta: Readonly<Record<string, string>>;
      readonly vid: string;
      /** `/<appid>/<bucket name without appid>/<object key>`, the key as stored (see above). */
      readonly key: string;
      readonly size: number;
    };
  };
  readonly event: {
    /** Such as `cos:ObjectCreated:Put`. */
    readonly eventName: string;
    readonly eventVersion: "1.0";
    /** Unix seconds. */
    readonly eventTime: number;
    readonly eventSource: "qcs::cos";
    readonly requestParameters: {
      readonly requestSourceIP: string;
      readonly requestHeaders: { readonly Authorization: string };
    };
    readonly eventQueue: string;
    readonly reservedInfo: string;
    readonly reqid: number;
  };
}

/** A COS trigger event. */
export interface CosObjectCreatedEvent {
  readonly Records: readonly CosEventRecord[];
}

/** Called after each completed upload; the local COS neither waits for it nor sees its errors, as with COS. */
export type ObjectCreatedCallback = (event: CosObjectCreatedEvent) => void | Promise<void>;

/** What one created object's event is built from. */
export interface CreatedObjectFacts {
  /** `<name>-<appid>`. */
  readonly bucket: string;
  readonly region: string;
  readonly appId: string;
  readonly key: string;
  readonly size: number;
  readonly contentType: string;
  /** The CAM action that created it, such as `name/cos:PutObject`. */
  readonly action: string;
  readonly requestId: string;
  /** ms since the epoch. */
  readonly time: number;
  readonly authorization?: string;
  readonly sourceIp?: string;
}

/** The event name COS emits for an action, or undefined when the action creates no object. */
export function createdEventName(action: string): string | undefined {
  return {
    "name/cos:PutObject": "cos:ObjectCreated:Put",
    "name/cos:PostObject": "cos:ObjectCreated:Post",
    "name/cos:PutObjectCopy": "cos:ObjectCreated:Copy",
    "name/cos:CompleteMultipartUpload": "cos:ObjectCreated:CompleteMultipartUpload",
  }[action];
}

/** Short region codes as the event's `cosBucket.region` carries them (`gz` in Tencent's samples). */
const REGION_CODES: Readonly<Record<string, string>> = {
  "ap-guangzhou": "gz",
  "ap-shanghai": "sh",
  "ap-beijing": "bj",
  "ap-chengdu": "cd",
  "ap-chongqing": "cq",
  "ap-nanjing": "nj",
  "ap-hongkong": "hk",
  "ap-singapore": "sg",
};

/** The event for one created object, or undefined when `facts.action` creates none. */
export function objectCreatedEvent(facts: CreatedObjectFacts): CosObjectCreatedEvent | undefined {
  const eventName = createdEventName(facts.action);
  if (eventName === undefined) {
    return undefined;
  }
  const name = facts.bucket.slice(0, facts.bucket.length - facts.appId.length - 1);
  const encodedKey = facts.key.split("/").map(encodeURIComponent).join("/");
  return {
    Records: [
      {
        cos: {
          cosSchemaVersion: "1.0",
          cosNotificationId: "unkown",
          cosBucket: { name, appid: facts.appId, region: REGION_CODES[facts.region] ?? facts.region },
          cosObject: {
            url: `http://${facts.bucket}.cos.${facts.region}.myqcloud.com/${encodedKey}`,
            meta: { "x-cos-request-id": facts.requestId, "Content-Type": facts.contentType },
            vid: "",
            key: `/${facts.appId}/${name}/${facts.key}`,
            size: facts.size,
          },
        },
        event: {
          eventName,
          eventVersion: "1.0",
          eventTime: Math.floor(facts.time / 1000),
          eventSource: "qcs::cos",
          requestParameters: {
            requestSourceIP: facts.sourceIp ?? "127.0.0.1",
            requestHeaders: { Authorization: facts.authorization ?? "" },
          },
          eventQueue: `qcs:0:lambda:${REGION_CODES[facts.region] ?? facts.region}:appid/${facts.appId}:default.upload-check.$LATEST`,
          reservedInfo: "",
          reqid: crypto.randomInt(1, 2 ** 31),
        },
      },
    ],
  };
}

/** Hands `event` to `callback` without waiting, as COS invokes a trigger asynchronously. */
export function emitObjectCreated(
  callback: ObjectCreatedCallback | undefined,
  event: CosObjectCreatedEvent | undefined,
): void {
  if (callback !== undefined && event !== undefined) {
    // The uploader's answer never depends on the trigger; an error in it is the receiver's to report.
    void Promise.resolve()
      .then(() => callback(event))
      .catch(() => undefined);
  }
}
