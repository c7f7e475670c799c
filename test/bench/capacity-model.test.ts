/**
 * The capacity and cost model (bench/capacity-model.ts): its formulas on inputs worked by hand, and bench/README.md's
 * capacity block being exactly what they give for the figures in bench/results.json.
 */
import fs from "node:fs";
import path from "node:path";
import type { CapacityResult } from "../../bench/capacity";
import {
  capacityTables,
  CapacityInputs,
  gbSecondsPerMillionKeys,
  inputsFrom,
  keysPerSecondPerInstance,
  msPerKey,
  sig,
  stsCeilings,
  usd,
  usdPerThousandCheckedUploads,
} from "../../bench/capacity-model";
import { capacityBlock, replaceCapacity } from "../../bench/lib/readme-results";

const INPUTS: CapacityInputs = {
  stsRoundTripMs: 20,
  addedMissMs: 0.5,
  addedHitMs: 0.1,
  inFlightDelayMs: 4.5,
  cpuMsPerMissInFlight: 2,
  concurrency: 10,
};

test("one request per instance: a key takes the STS round trip plus what the service adds, a hit only its own time", () => {
  expect(msPerKey(INPUTS, 0, false)).toBeCloseTo(20.5, 9);
  expect(msPerKey(INPUTS, 0.5, false)).toBeCloseTo(0.5 * 20.5 + 0.5 * 0.1, 9);
  expect(keysPerSecondPerInstance(INPUTS, 0, 1)).toBeCloseTo(1000 / 20.5, 9);
  expect(keysPerSecondPerInstance(INPUTS, 0.9, 1)).toBeCloseTo(1000 / (0.1 * 20.5 + 0.9 * 0.1), 9);
});

test("the delay with several in flight comes from the probe's rates by Little's law", () => {
  const capacity = {
    sts_round_trip_ms: 20,
    added_miss_mean_ms: 0.5,
    added_hit_mean_ms: 0.1,
    chosen_concurrency: 10,
    rps_per_instance_c1: 40,
    rps_per_instance_chosen: 400,
    cpu_ms_per_request_chosen: 2,
  };

  // 10 in flight at 400/s: 25 ms each; alone at 40/s: 25 ms: no delay. At 250/s: 40 ms, 15 ms more.
  expect(inputsFrom(capacity as CapacityResult).inFlightDelayMs).toBe(0);
  expect(inputsFrom({ ...capacity, rps_per_instance_chosen: 250 } as CapacityResult).inFlightDelayMs).toBe(15);
});

test("several per instance: the requests in flight or the CPU, whichever runs out first", () => {
  // 10 in flight of 25 ms each: 400 keys/s; CPU 2 ms per miss would allow 500.
  expect(keysPerSecondPerInstance(INPUTS, 0, 10)).toBeCloseTo(400, 9);
  // h = 0.9: in flight 10 / (0.1 × 25 + 0.9 × 0.1) ms = 3861/s; CPU 1000 / (0.1 × 2 + 0.9 × 0.1) = 3448/s.
  expect(keysPerSecondPerInstance(INPUTS, 0.9, 10)).toBeCloseTo(1000 / 0.29, 6);
});

test("GB-seconds: memory × time per key, and with several per instance the instance's time shared by its keys", () => {
  // 10^6 keys × 0.125 GB × 20.5 ms.
  expect(gbSecondsPerMillionKeys(INPUTS, 0, 1)).toBeCloseTo(2562.5, 6);
  // Kept full at 400 keys/s: 2.5 ms of the instance per key.
  expect(gbSecondsPerMillionKeys(INPUTS, 0, 10)).toBeCloseTo(312.5, 6);
  expect(gbSecondsPerMillionKeys(INPUTS, 0, 1, 256)).toBeCloseTo(5125, 6);
});

test("cost: GB-seconds at 0.0000167 USD, invocations at 0.002 USD per 10,000", () => {
  expect(usd(2562.5, 1e6)).toBeCloseTo(2562.5 * 0.0000167 + 0.2, 12);
  // 1000 keys (2.5625 GBs) and 1000 check runs of 200 ms at 128 MB (25 GBs), 2000 invocations.
  expect(usdPerThousandCheckedUploads(INPUTS, 0, 1)).toBeCloseTo((2.5625 + 25) * 0.0000167 + 0.0004, 12);
});

test("each environment's STS ceiling: reserved concurrency × one instance's misses per second, and one caller's budget", () => {
  const ceilings = Object.fromEntries(stsCeilings(INPUTS).map((c) => [c.environment, c]));

  // prod: 100 instances × 1000 / 20.5 ms; 100 × 10 keys per caller and minute.
  expect(ceilings.prod).toMatchObject({ reservedConcurrency: 100, instanceConcurrency: 1 });
  expect(ceilings.prod.stsCallsPerSecond).toBeCloseTo(100_000 / 20.5, 6);
  expect(ceilings.prod.shareOfQuota).toBeCloseTo(100_000 / 20.5 / 600, 6);
  expect(ceilings.prod.perCallerPerSecond).toBeCloseTo(1000 / 60, 9);
  expect(ceilings.prod.callersToQuota).toBe(36);
  expect(ceilings.dev.stsCallsPerSecond).toBeCloseTo(5000 / 20.5, 6);
});

test("figures keep three significant digits", () => {
  expect([sig(48.78), sig(0.24281), sig(4878.04), sig(0.000856)]).toEqual(["48.8", "0.243", "4,878", "0.000856"]);
});

test("the tables flag STS call rates above the 600/s quota", () => {
  const tables = capacityTables(INPUTS);

  // 100 instances, all misses, one request each: 4878 STS calls/s.
  expect(tables).toContain("| 100 | 0 | 4,878 | 4,878 ✘ |");
  expect(tables).toContain("| 1 | 0 | 48.8 | 48.8 |");
});

test("bench/README.md's capacity block is what the model gives for bench/results.json", () => {
  const root = path.resolve(__dirname, "../..");
  const results = JSON.parse(fs.readFileSync(path.join(root, "bench", "results.json"), "utf8")) as {
    capacity?: CapacityResult;
  };
  const readme = fs.readFileSync(path.join(root, "bench", "README.md"), "utf8");
  expect(results.capacity?.added_miss_mean_ms).toEqual(expect.any(Number));
  const expected = capacityTables(inputsFrom(results.capacity as CapacityResult));

  expect(capacityBlock(readme)).toBe(expected);
  // And writing it again changes nothing.
  expect(replaceCapacity(readme, expected)).toBe(readme);
});
