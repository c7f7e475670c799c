import path from "node:path";
import { runOk } from "./lib/exec";
import { alternate, median, ratio, round } from "./lib/stats";

/** Figures of the cold-load comparison, in milliseconds (medians). */
export interface ColdLoadResult {
  /** Bundle: `require` of the handler module plus building its handler (config, verifier, STS client). */
  readonly bundle_ms: number;
  /** The same for the naive package. */
  readonly naive_ms: number;
  readonly ratio: number;
  /** `require` alone. */
  readonly bundle_require_ms: number;
  readonly naive_require_ms: number;
  /** Wall time of a whole `node -e 0` process: Node's own start, not counted in the figures above. */
  readonly node_startup_ms: number;
  /** Wall time of the whole measuring process, spawn to exit. */
  readonly bundle_process_ms: number;
  readonly naive_process_ms: number;
  readonly repetitions: number;
}

// Runs inside a fresh `node`: times require() of the handler module, then building the handler the way the first
// invocation does, and prints both. argv[1] is the module.
const PROBE = `
const t0 = process.hrtime.bigint();
const m = require(process.argv[1]);
const t1 = process.hrtime.bigint();
if (typeof m.main_handler !== "function") throw new Error("no main_handler export");
if (typeof m.handlerFromEnvironment === "function") m.handlerFromEnvironment(process.env);
const t2 = process.hrtime.bigint();
process.stdout.write(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6, initMs: Number(t2 - t1) / 1e6 }));
`;

interface Probe {
  readonly requireMs: number;
  readonly initMs: number;
}

/** A configuration the handler accepts; nothing is contacted while building it. */
export const HANDLER_ENV: Readonly<Record<string, string>> = {
  COS_BUCKET: "bench-1250000000",
  COS_REGION: "ap-guangzhou",
  UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/bench-upload",
  AUTH_JWT_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  TENCENTCLOUD_SECRETID: "AKIDbenchcaller000000000000000000000",
  TENCENTCLOUD_SECRETKEY: "benchsecretkey00000000000000000000",
  TENCENTCLOUD_SESSIONTOKEN: "bench-session-token",
};

/**
 * Times a fresh `node` process loading the handler from the bundle and from the naive package, in alternation,
 * together with a bare `node -e 0` so Node's own start-up is known and excluded.
 */
export async function benchColdLoad(
  dirs: { readonly bundle: string; readonly naive: string },
  entries: { readonly bundle: string; readonly naive: string },
  repetitions: number,
): Promise<ColdLoadResult> {
  const env = { ...process.env, ...HANDLER_ENV, STS_ENDPOINT: "http://127.0.0.1:9" };
  const probes: Record<"bundle" | "naive", Probe[]> = { bundle: [], naive: [] };
  const samples = await alternate(repetitions, ["bundle", "naive", "baseline"] as const, async (side) => {
    if (side === "baseline") {
      return (await runOk(process.execPath, ["-e", "0"], { env })).ms;
    }
    const dir = dirs[side];
    // Run from the package's own folder so nothing outside it (such as the repo's node_modules) can be resolved.
    const result = await runOk(process.execPath, ["-e", PROBE, path.join(dir, entries[side])], { cwd: dir, env });
    probes[side].push(JSON.parse(result.stdout) as Probe);
    return result.ms;
  });
  const total = (side: "bundle" | "naive"): number => median(probes[side].map((p) => p.requireMs + p.initMs));
  const requireOnly = (side: "bundle" | "naive"): number => median(probes[side].map((p) => p.requireMs));
  return {
    bundle_ms: round(total("bundle"), 2),
    naive_ms: round(total("naive"), 2),
    ratio: ratio(total("bundle"), total("naive"), 3),
    bundle_require_ms: round(requireOnly("bundle"), 2),
    naive_require_ms: round(requireOnly("naive"), 2),
    node_startup_ms: round(median(samples.baseline), 2),
    bundle_process_ms: round(median(samples.bundle), 2),
    naive_process_ms: round(median(samples.naive), 2),
    repetitions,
  };
}
