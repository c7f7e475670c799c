/**
 * SCF's timer trigger, as far as the post-upload check's sweep relies on it: the event a timer invocation hands the
 * function. The timer trigger page (https://cloud.tencent.com/document/product/583/9708) says the timer invokes the
 * function asynchronously and passes its optional message (up to 4 KB) in `event`; the event's fields are as
 * Tencent's Serverless Framework docs give them for timer triggers: `{"Type":"timer","TriggerName":"EveryDay",
 * "Time":"2019-02-21T11:49:00Z","Message":"user define msg body"}`. Where it knowingly differs from SCF: nothing
 * runs on a schedule; a test fires the timer when it wants a sweep.
 */

/** A timer invocation's event. */
export interface ScfTimerEvent {
  readonly Type: "timer";
  readonly TriggerName: string;
  /** When the timer fired, ISO 8601 in UTC without milliseconds. */
  readonly Time: string;
  readonly Message: string;
}

/** The event of the timer `triggerName` firing at `time` (ms since the epoch). */
export function timerEvent(triggerName: string, time: number, message = ""): ScfTimerEvent {
  return {
    Type: "timer",
    TriggerName: triggerName,
    Time: new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z"),
    Message: message,
  };
}
