/**
 * The capacity and cost model of issue 17: keys per second, STS calls, GB-seconds and cost for the key service, from
 * what the bench's capacity part measured (`capacity.*` in results.json) and the constants below, each cited.
 * `npm run bench` writes {@link capacityTables} into bench/README.md's capacity block; the formulas are there too.
 */
import { ENVIRONMENTS } from "../config/environments";
import { resolveEnvironment } from "../config/resolve";
import type { CapacityResult } from "./capacity";

/**
 * STS `AssumeRole`: "A maximum of 600 requests can be initiated per second for this API"
 * (https://www.tencentcloud.com/document/product/1150/49456, last updated 2026-04-24; the same 600 in the API
 * Category list, https://www.tencentcloud.com/document/product/1150/49443, last updated 2025-10-30; read 2026-12-02).
 * For the whole account, not per function.
 */
const STS_ASSUME_ROLE_PER_SECOND = 600;

/**
 * SCF pay-as-you-go unit prices, before the free tier and the monthly basic package, as docs/upload-check.md quotes
 * them from the SCF Pricing page (https://intl.cloud.tencent.com/document/product/583/17299, last updated
 * 2021-07-13). The newest SCF billing page found, "Billing Overview" at the same path on www.tencentcloud.com (last
 * updated 2023-02-01, read 2026-12-02), refers to the "SCF Pricing" page for unit prices and states none, so these
 * are unverified against today's price list: every cost figure scales with them.
 */
const SCF_PRICES = { usdPerGbSecond: 0.0000167, usdPer10kInvocations: 0.002 } as const;

/** Assumed, not measured: the post-upload check's run (three COS requests and one webhook POST), docs/upload-check.md. */
const CHECK_RUN_MS = 200;
/** The check's memory (stacks/constructs/upload-check.ts). */
const CHECK_MEMORY_MB = 128;

/** The default function memory (`keyService.memorySizeMb`); GB-seconds scale with it. */
const MODEL_MEMORY_MB = 128;
const MODEL_INSTANCES: readonly number[] = [1, 5, 20, 100];
const MODEL_HIT_RATIOS: readonly number[] = [0, 0.5, 0.9];

/** What the model is computed from, and where each figure comes from. */
export interface CapacityInputs {
  /** Assumed: one STS round trip from SCF in the same region (capacity.sts_round_trip_ms, emulated by the bench). */
  readonly stsRoundTripMs: number;
  /** Measured, capacity.added_miss_mean_ms: what a cache miss adds over its STS call, one request in flight. */
  readonly addedMissMs: number;
  /** Measured, capacity.added_hit_mean_ms: a cache hit, all of it (no STS call). */
  readonly addedHitMs: number;
  /**
   * Measured: how much longer a miss takes with `concurrency` requests in flight than alone, by Little's law from
   * the probe's rates: concurrency × 1000 / capacity.rps_per_instance_chosen − 1000 / capacity.rps_per_instance_c1
   * (the emulated STS endpoint's own time is in both and cancels).
   */
  readonly inFlightDelayMs: number;
  /** Measured, capacity.cpu_ms_per_request_chosen: CPU per miss with `concurrency` requests in flight. */
  readonly cpuMsPerMissInFlight: number;
  /** capacity.chosen_concurrency: the instance concurrency the model prices. */
  readonly concurrency: number;
}

/** The inputs in a bench run's capacity figures. */
export function inputsFrom(capacity: CapacityResult): CapacityInputs {
  const c = capacity.chosen_concurrency;
  const delay = (c * 1000) / capacity.rps_per_instance_chosen - 1000 / capacity.rps_per_instance_c1;
  return {
    stsRoundTripMs: capacity.sts_round_trip_ms,
    addedMissMs: capacity.added_miss_mean_ms,
    addedHitMs: capacity.added_hit_mean_ms,
    inFlightDelayMs: Math.round(Math.max(0, delay) * 100) / 100,
    cpuMsPerMissInFlight: capacity.cpu_ms_per_request_chosen,
    concurrency: c,
  };
}

/** Mean time per key in ms at hit ratio `h`: a miss is one STS round trip plus what the service adds. */
export function msPerKey(inputs: CapacityInputs, h: number, inFlight: boolean): number {
  const miss = inputs.stsRoundTripMs + inputs.addedMissMs + (inFlight ? inputs.inFlightDelayMs : 0);
  return (1 - h) * miss + h * inputs.addedHitMs;
}

/**
 * Keys one instance answers per second. One request at a time: 1000 / msPerKey. With `concurrency` in flight: that
 * many times as many, unless its CPU (a full core, as on the bench machine) runs out first; a hit is taken to be all
 * CPU.
 */
export function keysPerSecondPerInstance(inputs: CapacityInputs, h: number, concurrency: number): number {
  if (concurrency === 1) {
    return 1000 / msPerKey(inputs, h, false);
  }
  const cpuMs = (1 - h) * inputs.cpuMsPerMissInFlight + h * inputs.addedHitMs;
  return Math.min((concurrency * 1000) / msPerKey(inputs, h, true), 1000 / cpuMs);
}

/**
 * GB-seconds per million keys at `memoryMb`. SCF bills memory × each invocation's run time in ms (Billing Mode,
 * https://www.tencentcloud.com/document/product/583/12284, last updated 2024-12-02); with request multi-concurrency
 * the time requests of one instance overlap is billed once (https://www.tencentcloud.com/zh/document/product/583/47183,
 * documented for Web functions), so an instance kept full bills 1 / its keys per second per key.
 */
export function gbSecondsPerMillionKeys(
  inputs: CapacityInputs,
  h: number,
  concurrency: number,
  memoryMb = MODEL_MEMORY_MB,
): number {
  const secondsPerKey =
    concurrency === 1 ? msPerKey(inputs, h, false) / 1000 : 1 / keysPerSecondPerInstance(inputs, h, concurrency);
  return 1e6 * (memoryMb / 1024) * secondsPerKey;
}

/** USD for `invocations` invocations that used `gbSeconds`. */
export function usd(gbSeconds: number, invocations: number): number {
  return gbSeconds * SCF_PRICES.usdPerGbSecond + (invocations / 10_000) * SCF_PRICES.usdPer10kInvocations;
}

/** USD per thousand uploads that each get one key (at hit ratio `h`) and one check run. */
export function usdPerThousandCheckedUploads(inputs: CapacityInputs, h: number, concurrency: number): number {
  const keys = usd(gbSecondsPerMillionKeys(inputs, h, concurrency) / 1000, 1000);
  const checks = usd(1000 * (CHECK_MEMORY_MB / 1024) * (CHECK_RUN_MS / 1000), 1000);
  return keys + checks;
}

/** One environment's STS ceiling: the most STS calls per second its instances and per-caller budget allow. */
export interface StsCeiling {
  readonly environment: string;
  readonly reservedConcurrency: number;
  readonly instanceConcurrency: number;
  /** Every request a miss, every instance busy. */
  readonly stsCallsPerSecond: number;
  readonly shareOfQuota: number;
  /** One caller, at its budget on every instance: reservedConcurrency × maxKeysPerCallerPerMinute / 60. */
  readonly perCallerPerSecond: number;
  /** Callers at their budget that reach the quota. */
  readonly callersToQuota: number;
}

/** {@link StsCeiling} of each environment record in config/environments.ts. */
export function stsCeilings(inputs: CapacityInputs): StsCeiling[] {
  return Object.values(ENVIRONMENTS).map((record) => {
    const env = resolveEnvironment(record);
    const { reservedConcurrency, instanceConcurrency, maxKeysPerCallerPerMinute } = env.keyService;
    // The bench measured one instance at 1 and at `inputs.concurrency` in flight; another setting is priced as the
    // nearer of the two, which is what the model can claim.
    const priced = instanceConcurrency === 1 ? 1 : inputs.concurrency;
    const stsCallsPerSecond = reservedConcurrency * keysPerSecondPerInstance(inputs, 0, priced);
    const perCallerPerSecond = (reservedConcurrency * maxKeysPerCallerPerMinute) / 60;
    return {
      environment: env.name,
      reservedConcurrency,
      instanceConcurrency,
      stsCallsPerSecond,
      shareOfQuota: stsCallsPerSecond / STS_ASSUME_ROLE_PER_SECOND,
      perCallerPerSecond,
      callersToQuota: Math.ceil(STS_ASSUME_ROLE_PER_SECOND / perCallerPerSecond),
    };
  });
}

/** Three significant digits, the most these inputs carry. */
export function sig(value: number): string {
  if (value === 0) {
    return "0";
  }
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The capacity block of bench/README.md: the inputs, then keys per second, STS ceilings and cost. */
export function capacityTables(inputs: CapacityInputs): string {
  const c = inputs.concurrency;
  const over = (calls: number): string => (calls > STS_ASSUME_ROLE_PER_SECOND ? " ✘" : "");
  const lines = [
    `Inputs: STS round trip ${inputs.stsRoundTripMs} ms (assumed); added per miss ${inputs.addedMissMs} ms ` +
      `(\`capacity.added_miss_mean_ms\`), ${inputs.inFlightDelayMs} ms more with ${c} in flight (from \`capacity.rps_per_instance_c1\` ` +
      `and \`capacity.rps_per_instance_chosen\`); a hit ${inputs.addedHitMs} ms (\`capacity.added_hit_mean_ms\`); CPU per miss with ${c} in flight ${inputs.cpuMsPerMissInFlight} ms ` +
      `(\`capacity.cpu_ms_per_request_chosen\`); ${MODEL_MEMORY_MB} MB; STS AssumeRole quota ${STS_ASSUME_ROLE_PER_SECOND}/s; ` +
      `${SCF_PRICES.usdPerGbSecond} USD per GB-second, ${SCF_PRICES.usdPer10kInvocations} USD per 10,000 invocations.`,
    "",
    `| instances | hit ratio | keys/s, 1 request per instance | STS calls/s | keys/s, ${c} per instance | STS calls/s |`,
    "|---|---|---|---|---|---|",
  ];
  for (const n of MODEL_INSTANCES) {
    for (const h of MODEL_HIT_RATIOS) {
      const one = n * keysPerSecondPerInstance(inputs, h, 1);
      const many = n * keysPerSecondPerInstance(inputs, h, c);
      lines.push(
        `| ${n} | ${h} | ${sig(one)} | ${sig(one * (1 - h))}${over(one * (1 - h))} | ${sig(many)} | ${sig(many * (1 - h))}${over(many * (1 - h))} |`,
      );
    }
  }
  lines.push(
    "",
    "| environment | reserved concurrency | instance concurrency | STS calls/s, every request a miss | of the quota | one caller's most STS calls/s | callers at their budget to reach the quota |",
    "|---|---|---|---|---|---|---|",
  );
  for (const e of stsCeilings(inputs)) {
    lines.push(
      `| ${e.environment} | ${e.reservedConcurrency} | ${e.instanceConcurrency} | ${sig(e.stsCallsPerSecond)}${over(e.stsCallsPerSecond)} | ${Math.round(e.shareOfQuota * 100)} % | ${sig(e.perCallerPerSecond)} | ${e.callersToQuota} |`,
    );
  }
  lines.push(
    "",
    `| hit ratio | GB-s per million keys, 1 per instance | ${c} per instance, kept full | USD per million keys, 1 / ${c} | USD per thousand checked uploads, 1 / ${c} |`,
    "|---|---|---|---|---|",
  );
  for (const h of MODEL_HIT_RATIOS) {
    const gbs = [gbSecondsPerMillionKeys(inputs, h, 1), gbSecondsPerMillionKeys(inputs, h, c)];
    const perKeys = gbs.map((g) => usd(g, 1e6));
    const perUploads = [usdPerThousandCheckedUploads(inputs, h, 1), usdPerThousandCheckedUploads(inputs, h, c)];
    lines.push(
      `| ${h} | ${sig(gbs[0])} | ${sig(gbs[1])} | ${sig(perKeys[0])} / ${sig(perKeys[1])} | ${sig(perUploads[0])} / ${sig(perUploads[1])} |`,
    );
  }
  return lines.join("\n");
}
