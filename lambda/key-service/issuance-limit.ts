/**
 * A bound on the STS calls one caller can cause on one instance: a token holder asking for ever new content types
 * must not spend the account's STS quota (about 600 calls per second for the whole account) or churn the key cache.
 * Cache hits cost nothing and are not counted.
 */
import { ServiceError } from "../shared/service-error";

/** The window the bound applies to, in milliseconds. */
export const ISSUANCE_WINDOW_MS = 60_000;

/** Callers whose recent calls are remembered; beyond it the least recently active are forgotten. */
export const MAX_TRACKED_CALLERS = 10_000;

/**
 * A sliding window per caller: at most `maxPerWindow` calls in any {@link ISSUANCE_WINDOW_MS}. Memory is bounded by
 * {@link MAX_TRACKED_CALLERS} × `maxPerWindow` timestamps.
 */
export class IssuanceLimiter {
  private readonly calls = new Map<string, number[]>();

  /**
   * @param maxPerWindow Calls one caller may make per window.
   * @param now The clock, in milliseconds; replaceable in tests.
   */
  constructor(
    private readonly maxPerWindow: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one call for `caller`, or throws 429 `TooManyRequests` with `Retry-After` when its window is full. */
  take(caller: string): void {
    const now = this.now();
    const recent = (this.calls.get(caller) ?? []).filter((at) => now - at < ISSUANCE_WINDOW_MS);
    this.calls.delete(caller);
    if (recent.length >= this.maxPerWindow) {
      this.calls.set(caller, recent);
      const retryAfterSeconds = Math.max(1, Math.ceil((recent[0] + ISSUANCE_WINDOW_MS - now) / 1000));
      throw new ServiceError(
        429,
        "TooManyRequests",
        `at most ${this.maxPerWindow} new keys per minute per caller; reuse the key you have, or try again in ${retryAfterSeconds} s`,
        { "Retry-After": String(retryAfterSeconds) },
      );
    }
    recent.push(now);
    this.calls.set(caller, recent);
    if (this.calls.size > MAX_TRACKED_CALLERS) {
      const oldest = this.calls.keys().next();
      if (oldest.done !== true) {
        this.calls.delete(oldest.value);
      }
    }
  }
}
