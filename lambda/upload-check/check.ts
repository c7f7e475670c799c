/**
 * The check of one invocation: for each created object, read its first bytes → detect → decide → move or delete
 * → one log line → (accepted, with a webhook) announce. Each step is a pure helper beside this file.
 *
 * A redelivered event changes nothing twice: an object already moved or deleted is gone (404, nothing is copied
 * again), a quarantine copy lands on the same key, the copy only succeeds while the source is still the version
 * that was read (`x-cos-copy-source-If-Match`), and a repeated announcement carries the same delivery id.
 */
import { CheckConfig } from "./config";
import { CosClient, CosRequestError } from "./cos-client";
import { createdObjects, CreatedObject } from "./event";
import { callerIdOf, decide, mediaType, quarantineKey, RejectReason } from "./verdict";
import { deliver, deliveryId, DeliveryOutcome, RetryPolicy, UPLOAD_COMPLETED, UploadCompletedEvent } from "./webhook";

/** What the first bytes are: a media type, or undefined when no known signature matches. */
export type Detector = (firstBytes: Uint8Array) => Promise<string | undefined>;

/** What a check needs from outside. */
export interface CheckDependencies {
  readonly config: CheckConfig;
  /** A client signed with the keys of this invocation. */
  readonly cos: CosClient;
  readonly detect: Detector;
  /** Whether the detector knows a signature for a media type. */
  readonly detectable: (mediaType: string) => boolean;
  /** How many first bytes the detector wants. */
  readonly sampleBytes: number;
  readonly retry: RetryPolicy;
  /** One JSON line per call. */
  readonly log: (line: object) => void;
  /** Nothing starts past this time (ms since the epoch). */
  readonly deadline: number;
  readonly clock?: () => number;
}

/** `accepted`, or what happened to a rejected object; `gone` and `changed` when there was nothing (left) to do. */
export type Verdict = "accepted" | "quarantined" | "deleted" | "gone" | "changed" | "skipped";

/** The verdict log line. Never keys, secrets or object content. */
export interface VerdictLog {
  readonly requestId: string;
  readonly bucket: string;
  readonly key: string;
  readonly verdict: Verdict;
  readonly reason?: RejectReason | string;
  readonly callerId?: string;
  readonly size?: number;
  readonly declaredType?: string;
  readonly detectedType?: string | null;
  readonly etag?: string;
  readonly versionId?: string;
  readonly quarantineKey?: string;
  readonly eventName?: string;
}

/** The outcome of one invocation: every record's verdict; `failed` records should be delivered again. */
export interface CheckResult {
  readonly verdicts: readonly VerdictLog[];
  readonly failed: number;
}

/**
 * Checks every record. A record that fails (COS unreachable, throttled) does not stop the others; the caller
 * fails the invocation afterwards so that SCF delivers the event again, which is safe (see above).
 */
export async function checkEvent(event: unknown, requestId: string, deps: CheckDependencies): Promise<CheckResult> {
  const verdicts: VerdictLog[] = [];
  let failed = 0;
  for (const record of createdObjects(event)) {
    if ("problem" in record) {
      deps.log({ requestId, verdict: "skipped", reason: record.problem });
      continue;
    }
    try {
      const { line, announce } = await checkObject(record, requestId, deps);
      deps.log(line);
      verdicts.push(line);
      if (announce !== undefined) {
        const outcome = await announceUpload(announce, deps);
        deps.log({ requestId, bucket: line.bucket, key: line.key, webhook: outcome.delivered ? "delivered" : "failed", deliveryId: announce.id, attempts: outcome.attempts, last: outcome.last });
      }
    } catch (error) {
      failed += 1;
      const cause = error instanceof CosRequestError ? { status: error.status, code: error.code, cosRequestId: error.requestId } : { problem: String(error) };
      deps.log({ requestId, bucket: record.bucket, key: record.key, verdict: "failed", ...cause });
    }
  }
  return { verdicts, failed };
}

async function checkObject(
  record: CreatedObject,
  requestId: string,
  deps: CheckDependencies,
): Promise<{ line: VerdictLog; announce?: UploadCompletedEvent }> {
  const { config, cos } = deps;
  const base = { requestId, bucket: record.bucket, key: record.key, eventName: record.eventName };
  if (record.bucket !== config.location.bucket) {
    return { line: { ...base, verdict: "skipped", reason: "another bucket" } };
  }
  const callerId = callerIdOf(config.prefixTemplate, record.key);
  if (callerId === undefined) {
    // Not an upload a key service key could have made (an operator's object, say): left alone.
    return { line: { ...base, verdict: "skipped", reason: "in no caller's folder" } };
  }
  const head = await gone(() => cos.readFirstBytes(record.key, deps.sampleBytes, record.versionId));
  if (head === undefined) {
    return { line: { ...base, callerId, verdict: "gone", reason: "no such object (already moved or deleted)" } };
  }
  const declaredType = mediaType(head.contentType);
  const detectedType = await deps.detect(head.firstBytes);
  const versionId = record.versionId ?? head.versionId;
  const facts = { ...base, callerId, size: head.size, declaredType, detectedType: detectedType ?? null, etag: head.etag, versionId };
  const decision = decide({ size: head.size, declaredType, detectedType, declaredTypeDetectable: deps.detectable(declaredType) }, config.limits);
  if (decision.accepted) {
    const announce: UploadCompletedEvent | undefined =
      config.webhook === undefined
        ? undefined
        : {
            type: UPLOAD_COMPLETED,
            id: deliveryId(record.bucket, record.key, versionId ?? head.etag),
            bucket: record.bucket,
            region: config.location.region,
            key: record.key,
            size: head.size,
            contentType: declaredType,
            callerId,
            etag: head.etag,
            ...(versionId === undefined ? {} : { versionId }),
            eventTime: record.eventTime,
          };
    return { line: { ...facts, verdict: "accepted" }, announce };
  }
  const reason = decision.reason;
  if (config.quarantinePrefix === undefined) {
    await cos.remove(record.key, versionId);
    return { line: { ...facts, verdict: "deleted", reason } };
  }
  const target = quarantineKey(config.quarantinePrefix, record.key);
  try {
    await cos.copy(record.key, target, head.etag, versionId);
  } catch (error) {
    if (error instanceof CosRequestError && error.status === 404) {
      return { line: { ...facts, verdict: "gone", reason: "moved or deleted meanwhile" } };
    }
    if (error instanceof CosRequestError && error.status === 412) {
      // A newer upload replaced it after it was read; that upload's own event checks it.
      return { line: { ...facts, verdict: "changed", reason: "replaced meanwhile" } };
    }
    throw error;
  }
  await cos.remove(record.key, versionId);
  return { line: { ...facts, verdict: "quarantined", reason, quarantineKey: target } };
}

function announceUpload(event: UploadCompletedEvent, deps: CheckDependencies): Promise<DeliveryOutcome> {
  const webhook = deps.config.webhook;
  if (webhook === undefined) {
    return Promise.resolve({ delivered: false, attempts: 0, last: "no webhook" });
  }
  return deliver(event, { url: webhook.url, secret: webhook.secret, policy: deps.retry, deadline: deps.deadline, clock: deps.clock });
}

/** The call's result, or undefined when COS says the object (or version) does not exist. */
async function gone<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CosRequestError && error.status === 404) {
      return undefined;
    }
    throw error;
  }
}
