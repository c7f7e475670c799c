/**
 * The check of one invocation: for each created object, read its first bytes → read its tags (a valid verdict tag:
 * judged already, nothing more) → detect → decide → (content accepted) read its ACL → move (tagging the copy) or
 * delete → one log line → (accepted, with a webhook) announce → (accepted) tag it. Each step is a pure helper beside
 * this file.
 *
 * A redelivered event changes nothing twice: an object already moved or deleted is gone (404, nothing is copied
 * again), a quarantine copy lands on the same key, the copy only succeeds while the source is still the version
 * that was read (`x-cos-copy-source-If-Match`), and a repeated announcement carries the same delivery id.
 */
import { SUBJECT_PLACEHOLDER } from "../../policy";
import { SsmFailure } from "../shared/ssm";
import { grantsToOthers } from "./acl";
import { CheckConfig } from "./config";
import { CosClient, CosRequestError, ObjectHead } from "./cos-client";
import { createdObjects, CreatedObject, UnusableRecord } from "./event";
import {
  callerIdOf,
  decide,
  Decision,
  keyProblem,
  mediaType,
  nonCanonicalQuarantineKey,
  quarantineKey,
  RejectReason,
} from "./verdict";
import { TaggedVerdict, verdictTags, verifiedVerdict, VERDICT_TAG } from "./verdict-tag";
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
  /**
   * The webhook's HMAC key, when a webhook is configured: read once per instance (Secrets Manager) or given. A
   * rejection leaves the verdict alone; the announcement waits for a redelivery of the event.
   */
  readonly webhookSecret?: () => Promise<string | Uint8Array>;
  /** The verdict tags' HMAC key (lambda/upload-check/verdict-tag.ts), derived once per secret value. */
  readonly verdictKey: () => Promise<Uint8Array>;
  /** One JSON line per call. */
  readonly log: (line: object) => void;
  /** Nothing starts past this time (ms since the epoch). */
  readonly deadline: number;
  readonly clock?: () => number;
  /** The instance's webhook budget; without one, announcements are not bounded. @default none */
  readonly webhookBudget?: WebhookBudget;
}

/**
 * At most `perMinute` announcements in any 60 s (a sliding window over the instance's own deliveries), so that a
 * flood of uploads cannot flood the webhook: with SCF's reserved concurrency, the whole function announces at most
 * reserved instances × `perMinute` a minute.
 */
export class WebhookBudget {
  private readonly starts: number[] = [];

  constructor(
    readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Takes one announcement from the budget; false (and nothing taken) when the last minute used it up. */
  take(): boolean {
    const now = this.clock();
    while (this.starts.length > 0 && this.starts[0] <= now - 60_000) {
      this.starts.shift();
    }
    if (this.starts.length >= this.perMinute) {
      return false;
    }
    this.starts.push(now);
    return true;
  }
}

/**
 * `accepted`, or what happened to a rejected object; `gone` and `changed` when there was nothing (left) to do;
 * `judged` when the object already carries a valid verdict tag (its verdict in `taggedVerdict`).
 */
export type Verdict = "accepted" | "quarantined" | "deleted" | "gone" | "changed" | "skipped" | "judged";

/** The verdict log line. Never keys, secrets or object content. */
export interface VerdictLog {
  readonly requestId: string;
  readonly bucket: string;
  readonly key: string;
  /** The key as the event gave it, when the object was found at its decoded form instead. */
  readonly eventKey?: string;
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
  /** With `shared-with-another-account`: the grants to others, `"<PERMISSION> <grantee>"`. */
  readonly sharedWith?: readonly string[];
  /** With `judged`: the verdict its tag records. */
  readonly taggedVerdict?: TaggedVerdict;
  /** The object carried a verdict tag whose signature did not verify (set by someone else): ignored and replaced. */
  readonly untrustedVerdictTag?: true;
  /** The verdict key could not be read: no tag was trusted, and a quarantine copy stays untagged. */
  readonly verdictTag?: "unverifiable";
}

/** The verdict tag an accepted object gets once its announcement is settled. */
interface PendingTag {
  readonly key: string;
  readonly etag: string;
  readonly versionId?: string;
}

/**
 * The outcome of one invocation: every record's verdict; `failed` records, accepted ones whose announcement
 * has to wait (`unannounced`: the webhook secret could not be read; `deferred`: the instance's webhook budget is
 * used up), and accepted ones left without their verdict tag (`untagged`) should be delivered again.
 */
export interface CheckResult {
  readonly verdicts: readonly VerdictLog[];
  readonly failed: number;
  readonly unannounced: number;
  readonly deferred: number;
  /** Accepted objects whose verdict tag could not be written: their redelivery judges them again. */
  readonly untagged: number;
}

/**
 * Checks every record. A record that fails (COS unreachable, throttled) does not stop the others; the caller
 * fails the invocation afterwards so that SCF delivers the event again, which is safe (see above).
 */
export function checkEvent(event: unknown, requestId: string, deps: CheckDependencies): Promise<CheckResult> {
  return checkRecords(createdObjects(event), requestId, deps);
}

/** Checks each record, as {@link checkEvent} does; the sweep hands it the objects it found unjudged. */
export async function checkRecords(
  records: readonly (CreatedObject | UnusableRecord)[],
  requestId: string,
  deps: CheckDependencies,
): Promise<CheckResult> {
  const verdicts: VerdictLog[] = [];
  let failed = 0;
  let unannounced = 0;
  let deferred = 0;
  let untagged = 0;
  for (const record of records) {
    if ("problem" in record) {
      deps.log({ requestId, verdict: "skipped", reason: record.problem });
      continue;
    }
    try {
      const { line, announce, tag } = await checkObject(record, requestId, deps);
      deps.log(line);
      verdicts.push(line);
      if (announce === undefined && tag !== undefined) {
        untagged += (await tagAccepted(tag, line, deps)) ? 0 : 1;
      }
      if (announce !== undefined) {
        if (deps.webhookBudget !== undefined && !deps.webhookBudget.take()) {
          // The verdict stands; SCF's retry of the event (a minute later) checks again, changing nothing, and announces.
          deferred += 1;
          deps.log({
            requestId,
            bucket: line.bucket,
            key: line.key,
            webhook: "deferred",
            deliveryId: announce.id,
            last: `over ${deps.webhookBudget.perMinute} deliveries a minute`,
            retry: "on redelivery of the event",
          });
          continue;
        }
        const outcome = await announceUpload(announce, deps);
        unannounced += outcome.secretUnavailable ? 1 : 0;
        deps.log({
          requestId,
          bucket: line.bucket,
          key: line.key,
          webhook: outcome.delivered ? "delivered" : "failed",
          deliveryId: announce.id,
          attempts: outcome.attempts,
          last: outcome.last,
          ...(outcome.secretUnavailable ? { retry: "on redelivery of the event" } : {}),
        });
        // Untagged, the redelivery announces it; tagged, nothing would (a final webhook failure is final either way).
        if (!outcome.secretUnavailable && tag !== undefined) {
          untagged += (await tagAccepted(tag, line, deps)) ? 0 : 1;
        }
      }
    } catch (error) {
      failed += 1;
      const cause =
        error instanceof CosRequestError
          ? { status: error.status, code: error.code, cosRequestId: error.requestId }
          : { problem: String(error) };
      deps.log({ requestId, bucket: record.bucket, key: record.key, verdict: "failed", ...cause });
    }
  }
  return { verdicts, failed, unannounced, deferred, untagged };
}

/**
 * Writes the verdict tag of an accepted object; false (logged, the invocation then fails and the event is delivered
 * again) when COS refuses it.
 */
async function tagAccepted(tag: PendingTag, line: VerdictLog, deps: CheckDependencies): Promise<boolean> {
  try {
    const tags = verdictTags(
      await deps.verdictKey(),
      { bucket: line.bucket, key: tag.key, etag: tag.etag },
      "accepted",
    );
    await deps.cos.writeTags(tag.key, tags, tag.versionId);
    return true;
  } catch (error) {
    const cause =
      error instanceof CosRequestError
        ? { status: error.status, code: error.code, cosRequestId: error.requestId }
        : { problem: String(error) };
    deps.log({
      requestId: line.requestId,
      bucket: line.bucket,
      key: line.key,
      tag: "failed",
      ...cause,
      retry: "on redelivery of the event",
    });
    return false;
  }
}

async function checkObject(
  record: CreatedObject,
  requestId: string,
  deps: CheckDependencies,
): Promise<{ line: VerdictLog; announce?: UploadCompletedEvent; tag?: PendingTag }> {
  const { config, cos } = deps;
  const base: { requestId: string; bucket: string; key: string; eventName: string; eventKey?: string } = {
    requestId,
    bucket: record.bucket,
    key: record.key,
    eventName: record.eventName,
  };
  if (record.bucket !== config.location.bucket) {
    return { line: { ...base, verdict: "skipped", reason: "another bucket" } };
  }
  const candidates = eventKeyCandidates(record.key).filter(
    (key) => callerIdOf(config.prefixTemplate, key) !== undefined,
  );
  if (candidates.length === 0) {
    // Not an upload a key service key could have made (an operator's object, say): left alone.
    return { line: { ...base, verdict: "skipped", reason: "in no caller's folder" } };
  }
  const found = await readStored(candidates, record.versionId, deps);
  if (found === undefined) {
    const callerId = callerIdOf(config.prefixTemplate, candidates[0]);
    return { line: { ...base, callerId, verdict: "gone", reason: "no such object (already moved or deleted)" } };
  }
  const { key, head } = found;
  if (key !== record.key) {
    base.key = key;
    base.eventKey = record.key;
  }
  // Every candidate lies in a caller's folder (filtered above).
  const callerId = callerIdOf(config.prefixTemplate, key) as string;
  const versionId = record.versionId ?? head.versionId;
  const tags = await gone(() => cos.readTags(key, versionId));
  if (tags === undefined) {
    return { line: { ...base, callerId, verdict: "gone", reason: "moved or deleted meanwhile" } };
  }
  // Without the key (its secret unreadable) no tag can be trusted: the object is judged, which changes nothing twice.
  const verdictKey = await deps.verdictKey().catch(() => undefined);
  const taggedVerdict =
    verdictKey === undefined
      ? undefined
      : verifiedVerdict(verdictKey, { bucket: record.bucket, key, etag: head.etag }, tags);
  if (taggedVerdict !== undefined) {
    return {
      line: {
        ...base,
        callerId,
        verdict: "judged",
        taggedVerdict,
        reason: "already judged (verdict tag)",
        etag: head.etag,
        versionId,
      },
    };
  }
  // Tags naming a verdict that does not verify were set by someone else: worth a line, never trusted.
  const untrusted =
    verdictKey === undefined
      ? { verdictTag: "unverifiable" as const }
      : tags.some((tag) => tag.key === VERDICT_TAG)
        ? { untrustedVerdictTag: true as const }
        : {};
  const nonCanonical = keyProblem(key);
  const declaredType = mediaType(head.contentType);
  const detectedType = await deps.detect(head.firstBytes);
  const facts = {
    ...base,
    callerId,
    size: head.size,
    declaredType,
    detectedType: detectedType ?? null,
    etag: head.etag,
    versionId,
    ...untrusted,
  };
  const content: Decision =
    nonCanonical !== undefined
      ? { accepted: false, reason: "non-canonical-key" }
      : decide(
          { size: head.size, declaredType, detectedType, declaredTypeDetectable: deps.detectable(declaredType) },
          config.limits,
        );
  let decision: Decision = content;
  let sharedWith: string[] = [];
  if (content.accepted) {
    // Read only for content that passes: a rejected object is moved or deleted anyway, and its copy is private.
    const acl = await gone(() => cos.readAcl(key, versionId));
    if (acl === undefined) {
      return { line: { ...facts, verdict: "gone", reason: "moved or deleted meanwhile" } };
    }
    sharedWith = grantsToOthers(acl, config.ownerUin, config.bucketAcl);
    decision = sharedWith.length === 0 ? content : { accepted: false, reason: "shared-with-another-account" };
  }
  if (decision.accepted) {
    const announce: UploadCompletedEvent | undefined =
      config.webhook === undefined
        ? undefined
        : {
            type: UPLOAD_COMPLETED,
            id: deliveryId(record.bucket, key, versionId ?? head.etag),
            bucket: record.bucket,
            region: config.location.region,
            key,
            size: head.size,
            contentType: declaredType,
            callerId,
            etag: head.etag,
            ...(versionId === undefined ? {} : { versionId }),
            eventTime: record.eventTime,
          };
    return { line: { ...facts, verdict: "accepted" }, announce, tag: { key, etag: head.etag, versionId } };
  }
  const reason = decision.reason;
  const rejected = sharedWith.length === 0 ? facts : { ...facts, sharedWith };
  if (config.quarantinePrefix === undefined) {
    await cos.remove(key, versionId);
    return { line: { ...rejected, verdict: "deleted", reason } };
  }
  const target =
    nonCanonical === undefined
      ? quarantineKey(config.quarantinePrefix, key)
      : nonCanonicalQuarantineKey(
          config.quarantinePrefix,
          config.prefixTemplate.replace(SUBJECT_PLACEHOLDER, callerId),
          key,
        );
  let copyEtag: string;
  try {
    copyEtag = await cos.copy(key, target, head.etag, versionId);
  } catch (error) {
    if (error instanceof CosRequestError && error.status === 404) {
      return { line: { ...rejected, verdict: "gone", reason: "moved or deleted meanwhile" } };
    }
    if (error instanceof CosRequestError && error.status === 412) {
      // A newer upload replaced it after it was read; that upload's own event checks it.
      return { line: { ...rejected, verdict: "changed", reason: "replaced meanwhile" } };
    }
    throw error;
  }
  // Before the original goes: should this fail, the redelivery copies again onto the same key and tags it. Without
  // the key the copy stays untagged (the line says `verdictTag: "unverifiable"`): the move matters more than its label.
  if (verdictKey !== undefined) {
    await cos.writeTags(
      target,
      verdictTags(verdictKey, { bucket: record.bucket, key: target, etag: copyEtag }, "quarantined"),
    );
  }
  await cos.remove(key, versionId);
  return { line: { ...rejected, verdict: "quarantined", reason, quarantineKey: target } };
}

/**
 * The object the record names, read at the key as the event gives it; only when that key does not exist, at the
 * key percent-decoded once (and with `+` as a space, as S3 encodes event keys). No Tencent page states whether the
 * COS trigger encodes `cosObject.key` (https://cloud.tencent.com/document/product/583/9707 shows only plain keys),
 * and Tencent's own trigger samples use it as given; so the key as given comes first, and every request then
 * addresses exactly the key that was found. If COS did encode keys and both forms existed, the object at the
 * encoded form would be checked and announced, never the other: closed.
 */
async function readStored(
  candidates: readonly string[],
  versionId: string | undefined,
  deps: CheckDependencies,
): Promise<{ key: string; head: ObjectHead } | undefined> {
  for (const key of candidates) {
    const head = await gone(() => deps.cos.readFirstBytes(key, deps.sampleBytes, versionId));
    if (head !== undefined) {
      return { key, head };
    }
  }
  return undefined;
}

/** The event's key, then its once-decoded forms that differ from it (see {@link readStored}). */
export function eventKeyCandidates(eventKey: string): string[] {
  const candidates = [eventKey];
  for (const form of [eventKey, eventKey.replace(/\+/g, " ")]) {
    try {
      const decoded = decodeURIComponent(form);
      if (!candidates.includes(decoded)) {
        candidates.push(decoded);
      }
    } catch {
      // Not percent-encoded (a lone `%`): only the key as given.
    }
  }
  return candidates;
}

async function announceUpload(
  event: UploadCompletedEvent,
  deps: CheckDependencies,
): Promise<DeliveryOutcome & { secretUnavailable?: true }> {
  const webhook = deps.config.webhook;
  if (webhook === undefined || deps.webhookSecret === undefined) {
    return { delivered: false, attempts: 0, last: "no webhook" };
  }
  let secret: string | Uint8Array;
  try {
    secret = await deps.webhookSecret();
  } catch (error) {
    const cause = error instanceof SsmFailure ? error.ssmCode : error instanceof Error ? error.message : String(error);
    return { delivered: false, attempts: 0, last: `webhook secret unavailable: ${cause}`, secretUnavailable: true };
  }
  return deliver(event, { url: webhook.url, secret, policy: deps.retry, deadline: deps.deadline, clock: deps.clock });
}

/** The call's result, or undefined when COS says the object (or version) does not exist. */
export async function gone<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CosRequestError && error.status === 404) {
      return undefined;
    }
    throw error;
  }
}
