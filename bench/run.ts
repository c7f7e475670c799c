/**
 * `npm run bench`: measures this project on this machine and writes bench/results.json, plus a table on stdout and
 * in bench/README.md's results block.
 * Every comparison runs both sides in the same run, alternating, and reports the median. It prints figures and never
 * fails on speed; it exits non-zero only when a measurement could not be made. `--skip-tests` skips `npm test`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchBundle, BundleResult } from "./bundle";
import { benchCapacity, CapacityResult } from "./capacity";
import { capacityTables, inputsFrom } from "./capacity-model";
import { benchColdLoad, ColdLoadResult } from "./cold-load";
import { run } from "./lib/exec";
import { writeCapacity, writeResults } from "./lib/readme-results";
import { round } from "./lib/stats";
import { benchSynth, SynthResult } from "./synth";
import { benchThroughput, ThroughputResult } from "./throughput";

const ROOT = path.resolve(__dirname, "..");
const WORK = path.join(ROOT, "bench", "work");

const REPETITIONS = { synth: 7, coldLoad: 15, throughput: 5, capacity: 3 };
const LOAD = { amount: 5000, connections: 32 };

/** A goal: the figure, the bound, and which way is good. */
interface Goal {
  readonly name: string;
  readonly value: number | undefined;
  readonly bound: number;
  readonly better: "lower" | "higher";
}

interface Results {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  platform: string;
  load_average_at_start: number[];
  synth?: SynthResult | { error: string };
  bundle?: BundleResult | { error: string };
  cold_load?: ColdLoadResult | { error: string };
  throughput?: ThroughputResult | { error: string };
  capacity?: CapacityResult | { error: string };
  tests_s?: number | null;
  tests_exit_code?: number | null;
  goals?: Record<string, { value: number | null; goal: string; met: boolean | null }>;
}

async function section<T>(title: string, measure: () => Promise<T>): Promise<T | { error: string }> {
  process.stderr.write(`bench: ${title}…\n`);
  const started = Date.now();
  try {
    const result = await measure();
    process.stderr.write(`bench: ${title} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: ${title} FAILED: ${message}\n`);
    return { error: message };
  }
}

function ok<T extends object>(result: T | { error: string } | undefined): T | undefined {
  return result !== undefined && !("error" in result) ? result : undefined;
}

async function main(): Promise<void> {
  const skipTests = process.argv.includes("--skip-tests");
  mkdirSync(WORK, { recursive: true });
  const results: Results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    platform: `${os.platform()} ${os.release()}`,
    load_average_at_start: os.loadavg().map((l) => round(l, 2)),
  };

  results.synth = await section("synth", () => benchSynth(ROOT, WORK, REPETITIONS.synth));
  const synth = ok(results.synth);
  results.bundle = await section("bundle", async () => {
    if (synth === undefined) throw new Error("needs the synth output, and synth failed");
    return benchBundle(ROOT, WORK, synth.last_outdir);
  });
  const bundle = ok(results.bundle);
  results.cold_load = await section("cold load", async () => {
    if (bundle === undefined) throw new Error("needs both packages, and the bundle comparison failed");
    return benchColdLoad(bundle.dirs, bundle.entries, REPETITIONS.coldLoad);
  });
  results.throughput = await section("throughput", () =>
    benchThroughput(ROOT, WORK, { ...LOAD, repetitions: REPETITIONS.throughput }),
  );
  results.capacity = await section("capacity", () => benchCapacity(ROOT, WORK, REPETITIONS.capacity));
  if (skipTests) {
    results.tests_s = null;
  } else {
    process.stderr.write("bench: npm test…\n");
    const tests = await run("npm", ["test", "--silent"], { cwd: ROOT, timeoutMs: 600_000 });
    results.tests_s = round(tests.ms / 1000, 1);
    results.tests_exit_code = tests.code;
  }

  const goals: Goal[] = [
    { name: "synth.ratio", value: ok(results.synth)?.ratio, bound: 1.5, better: "lower" },
    { name: "bundle.ratio", value: ok(results.bundle)?.ratio, bound: 0.02, better: "lower" },
    { name: "cold_load.ratio", value: ok(results.cold_load)?.ratio, bound: 0.1, better: "lower" },
    {
      name: "throughput.service_vs_official",
      value: ok(results.throughput)?.service_vs_official,
      bound: 1.5,
      better: "higher",
    },
    {
      name: "throughput.service_vs_floor",
      value: ok(results.throughput)?.service_vs_floor,
      bound: 0.7,
      better: "higher",
    },
    { name: "capacity.added_miss_p50_ms", value: ok(results.capacity)?.added_miss_p50_ms, bound: 2, better: "lower" },
  ];
  results.goals = Object.fromEntries(
    goals.map((g) => [
      g.name,
      {
        value: g.value ?? null,
        goal: `${g.better === "lower" ? "<=" : ">="} ${g.bound}`,
        met:
          g.value === undefined || Number.isNaN(g.value)
            ? null
            : g.better === "lower"
              ? g.value <= g.bound
              : g.value >= g.bound,
      },
    ]),
  );

  // Paths in the file are relative to the repository, so results from different checkouts compare.
  const json = JSON.stringify(results, null, 2).split(`${ROOT}/`).join("");
  writeFileSync(path.join(ROOT, "bench", "results.json"), `${json}\n`);
  process.stdout.write(table(results));
  const readme = path.join(ROOT, "bench", "README.md");
  writeResults(readme, table(results));
  const capacity = ok(results.capacity);
  if (capacity !== undefined) {
    writeCapacity(readme, capacityTables(inputsFrom(capacity)));
  }
  const failed = [results.synth, results.bundle, results.cold_load, results.throughput, results.capacity].some(
    (r) => r !== undefined && "error" in r,
  );
  process.exitCode = failed || (results.tests_exit_code ?? 0) !== 0 ? 1 : 0;
}

function table(results: Results): string {
  const rows: [string, string, string][] = [];
  const fmt = (value: number | undefined, unit = ""): string => (value === undefined ? "n/a" : `${value}${unit}`);
  const synth = ok(results.synth);
  const bundle = ok(results.bundle);
  const cold = ok(results.cold_load);
  const tp = ok(results.throughput);
  const goal = (name: string): string => {
    const g = results.goals?.[name];
    return g === undefined ? "" : `goal ${g.goal}: ${g.met === null ? "n/a" : g.met ? "met" : "MISSED"}`;
  };
  rows.push([
    "synth.all_envs_s",
    fmt(synth?.all_envs_s, " s"),
    `${synth?.stacks.all_envs ?? "?"} stacks, \`${synth?.app_command ?? ""}\``,
  ]);
  rows.push(["synth.bare_s", fmt(synth?.bare_s, " s"), "one provider + one COS bucket"]);
  rows.push(["synth.ratio", fmt(synth?.ratio), goal("synth.ratio")]);
  rows.push([
    "bundle.zip_bytes",
    fmt(bundle?.zip_bytes),
    `deployed archive.zip: ${fmt(bundle?.deployed_archive_bytes)} B`,
  ]);
  rows.push([
    "bundle.naive_zip_bytes",
    fmt(bundle?.naive_zip_bytes),
    `tsc + ${bundle?.naive_packages.length ?? "?"} packages, ${fmt(bundle?.naive_files)} files`,
  ]);
  rows.push(["bundle.ratio", fmt(bundle?.ratio), goal("bundle.ratio")]);
  rows.push([
    "cold_load.bundle_ms",
    fmt(cold?.bundle_ms, " ms"),
    `require ${fmt(cold?.bundle_require_ms, " ms")} + handler init`,
  ]);
  rows.push([
    "cold_load.naive_ms",
    fmt(cold?.naive_ms, " ms"),
    `require ${fmt(cold?.naive_require_ms, " ms")} + handler init`,
  ]);
  rows.push([
    "cold_load.node_startup_ms",
    fmt(cold?.node_startup_ms, " ms"),
    "`node -e 0` wall time, not included above",
  ]);
  rows.push(["cold_load.ratio", fmt(cold?.ratio), goal("cold_load.ratio")]);
  for (const name of ["service", "official", "floor"] as const) {
    const rps = tp?.[`${name}_rps`];
    rows.push([
      `throughput.${name}_rps`,
      fmt(rps),
      tp === undefined
        ? ""
        : `p50 ${tp[`${name}_p50_ms`]} ms, p99 ${tp[`${name}_p99_ms`]} ms, server CPU ${tp[`${name}_server_cpu`]} cores, ${tp[`${name}_cpu_ms_per_request`]} ms CPU/request`,
    ]);
  }
  rows.push([
    "throughput.service_vs_official",
    fmt(tp?.service_vs_official),
    `${goal("throughput.service_vs_official")}; by CPU/request ${fmt(tp?.service_vs_official_by_cpu)}`,
  ]);
  rows.push([
    "throughput.service_vs_floor",
    fmt(tp?.service_vs_floor),
    `${goal("throughput.service_vs_floor")}; by CPU/request ${fmt(tp?.service_vs_floor_by_cpu)}`,
  ]);
  const cap = ok(results.capacity);
  rows.push([
    "capacity.added_miss_p50_ms",
    fmt(cap?.added_miss_p50_ms, " ms"),
    `${goal("capacity.added_miss_p50_ms")}; p99 ${fmt(cap?.added_miss_p99_ms, " ms")} over one STS round trip (emulated ${fmt(cap?.sts_round_trip_ms, " ms")})`,
  ]);
  rows.push([
    "capacity.added_hit_p50_ms",
    fmt(cap?.added_hit_p50_ms, " ms"),
    `cache hit, no STS call; p99 ${fmt(cap?.added_hit_p99_ms, " ms")}`,
  ]);
  rows.push([
    "capacity.cold_start_ms",
    fmt(cap?.cold_start_ms, " ms"),
    `require ${fmt(cap?.init_require_ms, " ms")} + first invocation ${fmt(cap?.init_first_request_ms, " ms")} besides its STS call`,
  ]);
  rows.push([
    "capacity.added_miss_mean_ms",
    fmt(cap?.added_miss_mean_ms, " ms"),
    `hit ${fmt(cap?.added_hit_mean_ms, " ms")}; the capacity model in bench/README.md uses these means`,
  ]);
  rows.push(["capacity.peak_rss_mb", fmt(cap?.peak_rss_mb, " MB"), `heap ${fmt(cap?.peak_heap_mb, " MB")}`]);
  rows.push([
    "capacity.rps_per_instance_c1",
    fmt(cap?.rps_per_instance_c1),
    `${fmt(cap?.rps_per_instance_chosen)} with ${fmt(cap?.chosen_concurrency)} in flight (p50 ${fmt(cap?.p50_ms_chosen, " ms")}); CPU/request ${fmt(cap?.cpu_ms_per_request_c1, " ms")} / ${fmt(cap?.cpu_ms_per_request_chosen, " ms")}`,
  ]);
  rows.push([
    "tests_s",
    results.tests_s === null ? "skipped" : fmt(results.tests_s, " s"),
    results.tests_exit_code ? `npm test exited with ${results.tests_exit_code}` : "",
  ]);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`.trimEnd());
  const errors = [results.synth, results.bundle, results.cold_load, results.throughput, results.capacity]
    .filter((r): r is { error: string } => r !== undefined && "error" in r)
    .map((r) => `error: ${r.error.split("\n")[0]}`);
  const header = `${results.date}  node ${results.node}  ${results.cpu} × ${results.cores}  load ${results.load_average_at_start.join(" ")}`;
  const notes = [...(tp?.notes ?? []), ...(ok(results.capacity)?.notes ?? [])].map((n) => `note: ${n}`);
  return `\n${header}\n${lines.join("\n")}\n${[...notes, `placement: ${tp?.placement ?? "n/a"}`, ...errors].join("\n")}\nwritten: bench/results.json\n`;
}

void main();
