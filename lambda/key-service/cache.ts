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

/** How many keys are kept in all before the least recently used are dropped. */
const DEFAULT_CACHE_ENTRIES = 1000;

/**
 * How many keys one owner (caller) may have kept at once: enough for the few content types an app uploads, few
 * enough that a caller asking for ever new ones only churns its own entries, never anyone else's.
 */
const DEFAULT_ENTRIES_PER_OWNER = 4;

/** A key is handed out again until this many seconds before it expires, at least. */
const MIN_REUSE_MARGIN_SECONDS = 300;

/** Bounds and clock of a {@link CredentialCache}. */
export interface CredentialCacheOptions {
  /** Bound on kept entries. @default {@link DEFAULT_CACHE_ENTRIES} */
  readonly maxEntries?: number;
  /** Bound on kept entries of one owner. @default {@link DEFAULT_ENTRIES_PER_OWNER} */
  readonly maxEntriesPerOwner?: number;
  /** The clock, in Unix seconds; replaceable in tests. @default the system clock */
  readonly now?: () => number;
}

interface Entry<T> {
  readonly value: T;
  readonly reuseUntil: number;
  readonly owner: string;
}

/**
 * A bounded LRU of keys. An entry is reused until `max(5 minutes, a third of its lifetime)` before it expires,
 * leaving every caller a key that lasts through an upload. Each entry has an owner; an owner beyond its bound loses
 * its own least recently used entry.
 */
export class CredentialCache<T extends Expiring> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Each owner's keys, least recently used first. */
  private readonly owners = new Map<string, Set<string>>();
  private readonly pending = new Map<string, Promise<T>>();
  private readonly maxEntries: number;
  private readonly maxEntriesPerOwner: number;
  private readonly now: () => number;

  constructor(options: CredentialCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_CACHE_ENTRIES;
    this.maxEntriesPerOwner = options.maxEntriesPerOwner ?? DEFAULT_ENTRIES_PER_OWNER;
    this.now = options.now ?? (() => Date.now() / 1000);
  }

  /**
   * The kept value for `key` if still comfortably valid; otherwise the value `issue` produces, shared by concurrent
   * requests, and kept as one of `owner`'s entries.
   */
  async get(key: string, issue: () => Promise<T>, owner: string = key): Promise<CacheResult<T>> {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.drop(key);
      if (this.now() < entry.reuseUntil) {
        this.add(key, entry);
        return { value: entry.value, cached: true };
      }
    }
    const pending = this.pending.get(key);
    if (pending !== undefined) {
      return { value: await pending, cached: true };
    }
    const issuing = issue()
      .then((value) => this.keep(key, value, owner))
      .finally(() => this.pending.delete(key));
    this.pending.set(key, issuing);
    return { value: await issuing, cached: false };
  }

  private keep(key: string, value: T, owner: string): T {
    const now = this.now();
    const margin = Math.max(MIN_REUSE_MARGIN_SECONDS, (value.expiredTime - now) / 3);
    this.drop(key);
    const own = this.owners.get(owner);
    if (own !== undefined && own.size >= this.maxEntriesPerOwner) {
      this.drop(own.values().next().value as string);
    }
    this.add(key, { value, reuseUntil: value.expiredTime - margin, owner });
    if (this.entries.size > this.maxEntries) {
      this.drop(this.entries.keys().next().value as string);
    }
    return value;
  }

  private add(key: string, entry: Entry<T>): void {
    this.entries.set(key, entry);
    const own = this.owners.get(entry.owner) ?? new Set<string>();
    own.add(key);
    this.owners.set(entry.owner, own);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      return;
    }
    this.entries.delete(key);
    const own = this.owners.get(entry.owner);
    own?.delete(key);
    if (own?.size === 0) {
      this.owners.delete(entry.owner);
    }
  }
}
