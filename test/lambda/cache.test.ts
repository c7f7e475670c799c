import { CredentialCache } from "../../lambda/key-service/cache";

interface Key {
  readonly id: number;
  readonly expiredTime: number;
}

function clock(start: number): { now: () => number; advance: (seconds: number) => void } {
  let time = start;
  return { now: () => time, advance: (seconds) => (time += seconds) };
}

function issuer(lifetimeSeconds: number, now: () => number): { issue: () => Promise<Key>; count: () => number } {
  let count = 0;
  return {
    issue: async () => ({ id: ++count, expiredTime: now() + lifetimeSeconds }),
    count: () => count,
  };
}

test("reuses a key until a third of its lifetime is left", async () => {
  const time = clock(1_700_000_000);
  const cache = new CredentialCache<Key>({ maxEntries: 10, now: time.now });
  const sts = issuer(7200, time.now);

  await cache.get("alice", sts.issue);
  time.advance(4799);
  const reused = await cache.get("alice", sts.issue);
  time.advance(2);
  const renewed = await cache.get("alice", sts.issue);

  expect([reused.cached, reused.value.id]).toEqual([true, 1]);
  expect([renewed.cached, renewed.value.id]).toEqual([false, 2]);
});

test("keeps at least five minutes of validity for short-lived keys", async () => {
  const time = clock(1_700_000_000);
  const cache = new CredentialCache<Key>({ maxEntries: 10, now: time.now });
  const sts = issuer(900, time.now);

  await cache.get("alice", sts.issue);
  time.advance(599);
  await cache.get("alice", sts.issue);
  time.advance(2);
  await cache.get("alice", sts.issue);

  expect(sts.count()).toBe(2);
});

test("shares one issue among concurrent requests for the same key", async () => {
  const time = clock(1_700_000_000);
  const cache = new CredentialCache<Key>({ maxEntries: 10, now: time.now });
  const sts = issuer(1800, time.now);

  const results = await Promise.all([
    cache.get("alice", sts.issue),
    cache.get("alice", sts.issue),
    cache.get("alice", sts.issue),
  ]);

  expect(sts.count()).toBe(1);
  expect(results.map((result) => result.cached)).toEqual([false, true, true]);
});

test("drops the least recently used entry beyond its bound", async () => {
  const time = clock(1_700_000_000);
  const cache = new CredentialCache<Key>({ maxEntries: 2, now: time.now });
  const sts = issuer(1800, time.now);

  await cache.get("a", sts.issue);
  await cache.get("b", sts.issue);
  await cache.get("a", sts.issue);
  await cache.get("c", sts.issue);
  const a = await cache.get("a", sts.issue);
  const b = await cache.get("b", sts.issue);

  expect([a.cached, b.cached]).toEqual([true, false]);
});

test("does not keep a failure, and lets the next request try again", async () => {
  const cache = new CredentialCache<Key>();
  const failing = (): Promise<Key> => Promise.reject(new Error("sts down"));

  await expect(cache.get("alice", failing)).rejects.toThrow("sts down");
  const retried = await cache.get("alice", async () => ({ id: 7, expiredTime: Date.now() / 1000 + 1800 }));

  expect(retried).toEqual({ value: { id: 7, expiredTime: expect.any(Number) }, cached: false });
});

test("keeps at most a few entries per owner, dropping that owner's least recently used", async () => {
  const time = clock(1_700_000_000);
  const cache = new CredentialCache<Key>({ maxEntries: 100, maxEntriesPerOwner: 2, now: time.now });
  const sts = issuer(1800, time.now);

  await cache.get("bob png", sts.issue, "bob");
  await cache.get("alice png", sts.issue, "alice");
  await cache.get("alice jpeg", sts.issue, "alice");
  await cache.get("alice png", sts.issue, "alice");
  await cache.get("alice gif", sts.issue, "alice");
  const results = [
    await cache.get("bob png", sts.issue, "bob"),
    await cache.get("alice png", sts.issue, "alice"),
    await cache.get("alice gif", sts.issue, "alice"),
    await cache.get("alice jpeg", sts.issue, "alice"),
  ];

  expect(results.map((result) => result.cached)).toEqual([true, true, true, false]);
});

test("one owner's flood never evicts another owner's entry", async () => {
  const time = clock(1_700_000_000);
  const cache = new CredentialCache<Key>({ maxEntries: 10, now: time.now });
  const sts = issuer(1800, time.now);

  await cache.get("bob", sts.issue, "bob");
  for (let i = 0; i < 100; i += 1) {
    await cache.get(`mallory ${i}`, sts.issue, "mallory");
  }

  expect((await cache.get("bob", sts.issue, "bob")).cached).toBe(true);
});
