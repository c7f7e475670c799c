/**
 * The sweep: what the check does when its SCF timer fires. A COS event can be lost for good (SCF gives up after its
 * retries, https://cloud.tencent.com/document/product/583/41138) or an invocation can fail past them; the sweep finds
 * the objects that were never judged and judges them.
 *
 * It lists the prefix root (GET Bucket, `prefix`/`marker`/`max-keys`, https://cloud.tencent.com/document/product/436/7734),
 * and for each object in a caller's folder that is older than the grace period reads its tags (GET Object tagging):
 * one with a valid verdict tag (verdict-tag.ts, verified against the listed ETag) is left alone; the others are
 * checked exactly as their event would have checked them, at most `SWEEP_MAX_OBJECTS` a run. An object in no
 * caller's folder is never listed as a candidate: the check leaves it alone anyway and it would never carry a tag.
 * The run stops early at the function's deadline; the next run starts from the beginning again.
 */
import { callerIdOf } from "./verdict";
import { checkRecords, CheckDependencies, CheckResult, gone } from "./check";
import { COS_REQUEST_TIMEOUT_MS } from "./cos-client";
import type { CreatedObject } from "./event";
import { isRecord } from "../shared/json";
import type { ListedObject } from "./cos-xml";
import { verifiedVerdict } from "./verdict-tag";

/** The `eventName` of records the sweep checks, in their log lines. */
const SWEEP_EVENT_NAME = "sweep";

/** Objects asked for per GET Bucket page: COS's most (`max-keys`, 7734). */
const SWEEP_PAGE_SIZE = 1000;

/** Why a run ended: it listed everything, reached `SWEEP_MAX_OBJECTS`, or neared the function's deadline. */
export type SweepEnd = "done" | "limit" | "deadline";

/** What one run did, beside the verdicts of the objects it checked. */
export interface SweepResult extends CheckResult {
  readonly end: SweepEnd;
  /** Objects listed in callers' folders. */
  readonly listed: number;
  /** Of those, younger than the grace period: left to their own event. */
  readonly young: number;
  /** Of those, carrying a valid verdict tag. */
  readonly judged: number;
  /** Of those, checked by this run. */
  readonly checked: number;
}

/**
 * Whether `event` is an SCF timer event: `{"Type":"timer","TriggerName":…,"Time":…,"Message":…}`, the shape
 * Tencent's Serverless Framework docs give for timer triggers (the timer trigger page,
 * https://cloud.tencent.com/document/product/583/9708, says only that the timer invokes asynchronously and passes
 * its optional message in `event`; docs/evidence.md). A COS event has `Records` instead.
 */
export function isTimerEvent(event: unknown): boolean {
  return (
    isRecord(event) && !("Records" in event) && typeof event.Type === "string" && event.Type.toLowerCase() === "timer"
  );
}

/** One run of the sweep. Throws only when the listing itself fails (SCF then retries the run). */
export async function sweep(requestId: string, deps: CheckDependencies): Promise<SweepResult> {
  const { config, cos } = deps;
  const clock = deps.clock ?? Date.now;
  const cutoff = clock() - config.sweep.graceMinutes * 60_000;
  const totals = { listed: 0, young: 0, judged: 0, checked: 0 };
  const results: CheckResult[] = [];
  let marker: string | undefined;
  const end = await (async (): Promise<SweepEnd> => {
    do {
      if (pastDeadline(deps, clock)) {
        return "deadline";
      }
      const page = await cos.listObjects(config.prefixRoot, SWEEP_PAGE_SIZE, marker);
      for (const object of page.objects.filter(
        (listed) => callerIdOf(config.prefixTemplate, listed.key) !== undefined,
      )) {
        if (pastDeadline(deps, clock)) {
          return "deadline";
        }
        totals.listed += 1;
        // Unreadable times count as old: better checked twice than never.
        if (object.lastModified > cutoff) {
          totals.young += 1;
          continue;
        }
        if (await judgedAlready(object, deps)) {
          totals.judged += 1;
          continue;
        }
        results.push(await checkRecords([sweptRecord(config.location.bucket, object)], requestId, deps));
        totals.checked += 1;
        if (totals.checked >= config.sweep.maxObjects) {
          return "limit";
        }
      }
      marker = page.nextMarker;
    } while (marker !== undefined);
    return "done";
  })();
  return {
    end,
    ...totals,
    verdicts: results.flatMap((result) => result.verdicts),
    failed: sum(results, "failed"),
    unannounced: sum(results, "unannounced"),
    deferred: sum(results, "deferred"),
    untagged: sum(results, "untagged"),
  };
}

/** Whether the listed object carries a valid verdict tag; a failed or refused tag read counts as no. */
async function judgedAlready(object: ListedObject, deps: CheckDependencies): Promise<boolean> {
  try {
    const tags = await gone(() => deps.cos.readTags(object.key));
    // Gone since it was listed: nothing to judge.
    return (
      tags === undefined ||
      verifiedVerdict(
        await deps.verdictKey(),
        { bucket: deps.config.location.bucket, key: object.key, etag: object.etag },
        tags,
      ) !== undefined
    );
  } catch {
    // The check reads the tags again and, if COS still refuses, records the failure.
    return false;
  }
}

/** The record the check gets for a listed object: as its event would have named it, without a version. */
function sweptRecord(bucket: string, object: ListedObject): CreatedObject {
  const seconds = Math.floor(object.lastModified / 1000);
  return {
    bucket,
    key: object.key,
    ...(Number.isSafeInteger(object.size) ? { size: object.size } : {}),
    eventTime: Number.isSafeInteger(seconds) && seconds > 0 ? seconds : Math.floor(Date.now() / 1000),
    eventName: SWEEP_EVENT_NAME,
  };
}

/** Whether there is no room left for one more COS request before the deadline. */
function pastDeadline(deps: CheckDependencies, clock: () => number): boolean {
  return clock() + COS_REQUEST_TIMEOUT_MS >= deps.deadline;
}

function sum(results: readonly CheckResult[], field: "failed" | "unannounced" | "deferred" | "untagged"): number {
  return results.reduce((total, result) => total + result[field], 0);
}
