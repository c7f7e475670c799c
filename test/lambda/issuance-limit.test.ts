import { ISSUANCE_WINDOW_MS, IssuanceLimiter, MAX_TRACKED_CALLERS } from "../../lambda/key-service/issuance-limit";

function clock(start: number): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

test("allows a caller its calls per window, then refuses with 429 and the seconds until one is free", () => {
  const time = clock(1_700_000_000_000);
  const limiter = new IssuanceLimiter(3, time.now);

  limiter.take("alice");
  time.advance(10_000);
  limiter.take("alice");
  limiter.take("alice");

  expect(() => limiter.take("alice")).toThrow(
    expect.objectContaining({ status: 429, code: "TooManyRequests", headers: { "Retry-After": "50" } }),
  );
  expect(() => limiter.take("bob")).not.toThrow();
});

test("slides: each call frees up a minute after it was made", () => {
  const time = clock(1_700_000_000_000);
  const limiter = new IssuanceLimiter(2, time.now);

  limiter.take("alice");
  time.advance(30_000);
  limiter.take("alice");
  time.advance(ISSUANCE_WINDOW_MS - 30_000 - 1);
  expect(() => limiter.take("alice")).toThrow(expect.objectContaining({ headers: { "Retry-After": "1" } }));
  time.advance(1);
  expect(() => limiter.take("alice")).not.toThrow();
  expect(() => limiter.take("alice")).toThrow(expect.objectContaining({ headers: { "Retry-After": "30" } }));
});

test("refusals do not count as calls", () => {
  const time = clock(1_700_000_000_000);
  const limiter = new IssuanceLimiter(1, time.now);

  limiter.take("alice");
  for (let i = 0; i < 100; i += 1) {
    expect(() => limiter.take("alice")).toThrow();
  }
  time.advance(ISSUANCE_WINDOW_MS);

  expect(() => limiter.take("alice")).not.toThrow();
});

test("remembers a bounded number of callers, forgetting the least recently active", () => {
  const time = clock(1_700_000_000_000);
  const limiter = new IssuanceLimiter(1, time.now);

  limiter.take("first");
  for (let i = 0; i < MAX_TRACKED_CALLERS; i += 1) {
    limiter.take(`caller-${i}`);
  }

  expect(() => limiter.take("first")).not.toThrow();
  expect(() => limiter.take(`caller-${MAX_TRACKED_CALLERS - 1}`)).toThrow();
});
