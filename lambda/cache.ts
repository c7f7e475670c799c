/**
 * Temporary keys kept per caller and purpose while comfortably valid, so a caller asking again (each app start,
 * each upload) does not cost an STS call, and a burst of first requests costs exactly one.
 */

/** A key the cache can reason about. */
export interface Expiring {
  /** Unix seconds. */
  readonly expiredTime: number;
}

/** The answer of {@link CredentialCache.get}. */
export interface CacheResult<T> {
  readonly value: T;
  /** False only for the request whose STS call produced the value. */
  readonly cached: boolean;
}

/** How many callers' keys are kept before the least recently used are dropped. */
export const DEFAULT_CACHE_ENTRIES = 1000;

/** A key is handed out again until this many seconds before it expires, at least. */
export const MIN_REUSE_MARGIN_SECONDS = 300;

/**
 * A bounded LRU of keys. An entry is reused until `max(5 minutes, a third of its lifetime)` before it expires,
 * leaving every caller a key that lasts through an upload.
 */
export class CredentialCache<T extends Expiring> {
  private readonly entries = new Map<string, { readonly value: T; readonly reuseUntil: number }>();
  private readonly pending = new Map<string, Promise<T>>();

  /**
   * @param maxEntries Bound on kept entries.
   * @param now The clock, in Unix seconds; replaceable in tests.
   */
  constructor(
    private readonly maxEntries: number = DEFAULT_CACHE_ENTRIES,
    private readonly now: () => number = () => Date.now() / 1000,
  ) {}

  /** The kept value for `key` if still comfortably valid; otherwise the value `issue` produces, shared by concurrent requests. */
  async get(key: string, issue: () => Promise<T>): Promise<CacheResult<T>> {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      if (this.now() < entry.reuseUntil) {
        this.entries.set(key, entry);
        return { value: entry.value, cached: true };
      }
    }
    const pending = this.pending.get(key);
    if (pending !== undefined) {
      return { value: await pending, cached: true };
    }
    const issuing = issue()
      .then((value) => this.keep(key, value))
      .finally(() => this.pending.delete(key));
    this.pending.set(key, issuing);
    return { value: await issuing, cached: false };
  }

  private keep(key: string, value: T): T {
    const now = this.now();
    const margin = Math.max(MIN_REUSE_MARGIN_SECONDS, (value.expiredTime - now) / 3);
    this.entries.set(key, { value, reuseUntil: value.expiredTime - margin });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) {
        this.entries.delete(oldest.value);
      }
    }
    return value;
  }
}
