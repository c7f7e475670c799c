import { eventKeyCandidates, WebhookBudget } from "../../lambda/upload-check/check";

describe("WebhookBudget", () => {
  test("allows perMinute announcements in any 60 s and frees each one a minute after it", () => {
    let now = 1_000_000;
    const budget = new WebhookBudget(3, () => now);

    const first = [budget.take(), budget.take()];
    now += 30_000;
    const second = [budget.take(), budget.take()];
    now += 29_999;
    const stillFull = budget.take();
    now += 1;
    const freed = [budget.take(), budget.take(), budget.take()];

    expect(first).toEqual([true, true]);
    expect(second).toEqual([true, false]);
    expect(stillFull).toBe(false);
    // The two from the first instant are a minute old: two places, not three.
    expect(freed).toEqual([true, true, false]);
  });
});

describe("eventKeyCandidates", () => {
  test.each([
    ["uploads/alice/photo.png", ["uploads/alice/photo.png"]],
    ["uploads/alice/100%.png", ["uploads/alice/100%.png"]],
    ["uploads/alice/a+b.png", ["uploads/alice/a+b.png", "uploads/alice/a b.png"]],
    [
      "uploads/alice/%E7%85%A7%E7%89%87%201.png",
      ["uploads/alice/%E7%85%A7%E7%89%87%201.png", "uploads/alice/照片 1.png"],
    ],
    ["uploads/alice/a%2Bb+c.png", ["uploads/alice/a%2Bb+c.png", "uploads/alice/a+b+c.png", "uploads/alice/a+b c.png"]],
  ])("tries %p as given first, then decoded once", (eventKey, candidates) => {
    expect(eventKeyCandidates(eventKey)).toEqual(candidates);
  });
});
