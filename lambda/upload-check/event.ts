/**
 * The COS trigger's event, reduced to the objects it announces.
 *
 * Shape as Tencent documents it ("COS 触发器" → 事件消息结构, https://cloud.tencent.com/document/product/583/9707):
 * `{"Records":[{"cos":{"cosSchemaVersion","cosNotificationId","cosBucket":{"name","appid","region"},
 * "cosObject":{"key","size","url","meta":{"Content-Type","x-cos-request-id",…},"vid"}},"event":{"eventName",
 * "eventVersion","eventSource":"qcs::cos","eventTime","eventQueue","requestParameters","reservedInfo","reqid"}}]}`.
 * `Records` may merge several messages. `cosBucket.name` is the bucket without `-<appid>`, `cosBucket.region` a short
 * code (`gz`, `cd`), `cosObject.key` is `/<appid>/<name>/<object key>` (Tencent's samples strip exactly that
 * prefix), `size` is a number in the current samples and a string in older ones, `vid` the version id or `""`.
 */
import { isRecord } from "../shared/json";

/** One object the event says was created. */
export interface CreatedObject {
  /** `<name>-<appid>`. */
  readonly bucket: string;
  /** The object key, as stored. */
  readonly key: string;
  /** The version created, when the bucket keeps versions. */
  readonly versionId?: string;
  /** Size the event reports; the check trusts what COS answers later instead. */
  readonly size?: number;
  /** Unix seconds. */
  readonly eventTime: number;
  /** Such as `cos:ObjectCreated:Put`. */
  readonly eventName: string;
}

/** A record the check cannot act on, with why (logged, never fatal: other records still get checked). */
export interface UnusableRecord {
  readonly problem: string;
}

/** Reads every record of a COS trigger event; anything that is not such an event has no records. */
export function createdObjects(event: unknown): (CreatedObject | UnusableRecord)[] {
  const records = isRecord(event) && Array.isArray(event.Records) ? event.Records : [];
  return records.map(readRecord);
}

function readRecord(record: unknown): CreatedObject | UnusableRecord {
  const cos = isRecord(record) && isRecord(record.cos) ? record.cos : undefined;
  const meta = isRecord(record) && isRecord(record.event) ? record.event : undefined;
  const bucket = cos !== undefined && isRecord(cos.cosBucket) ? cos.cosBucket : undefined;
  const object = cos !== undefined && isRecord(cos.cosObject) ? cos.cosObject : undefined;
  if (meta === undefined || bucket === undefined || object === undefined) {
    return { problem: "not a COS trigger record" };
  }
  const eventName = typeof meta.eventName === "string" ? meta.eventName : "";
  if (!eventName.startsWith("cos:ObjectCreated:")) {
    return { problem: `event ${JSON.stringify(eventName.slice(0, 64))} is not an object creation` };
  }
  const name = typeof bucket.name === "string" ? bucket.name : "";
  const appId = typeof bucket.appid === "string" || typeof bucket.appid === "number" ? String(bucket.appid) : "";
  const rawKey = typeof object.key === "string" ? object.key : "";
  const pathPrefix = `/${appId}/${name}/`;
  if (name === "" || appId === "" || !rawKey.startsWith(pathPrefix) || rawKey.length === pathPrefix.length) {
    return { problem: "the record names no bucket or object" };
  }
  const size = Number(object.size);
  const eventTime = Number(meta.eventTime);
  return {
    bucket: `${name}-${appId}`,
    key: rawKey.slice(pathPrefix.length),
    versionId: typeof object.vid === "string" && object.vid !== "" ? object.vid : undefined,
    size: Number.isSafeInteger(size) && size >= 0 ? size : undefined,
    eventTime: Number.isSafeInteger(eventTime) && eventTime > 0 ? eventTime : Math.floor(Date.now() / 1000),
    eventName,
  };
}
