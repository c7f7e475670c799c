/**
 * The capacity figures of issue 17, from fresh processes each playing one SCF instance of the key service as
 * deployed (its esbuild bundle), calling the local STS endpoint through a proxy that adds a round trip
 * ({@link STS_ROUND_TRIP_MS}): what the service adds over one STS round trip (its own log line's `durationMs` minus
 * `stsMs`; for a cache hit, all of `durationMs`), the cold start (require, then the first invocation), peak memory,
 * and requests one instance answers per second with 1 and with {@link CHOSEN_CONCURRENCY} requests in flight.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PROBE_SOURCE, ProbeResult, ProbeSpec } from "./capacity-probe";
import { HANDLER_ENV } from "./cold-load";
import { startDelayProxy } from "./lib/delay-proxy";
import { runOk, Service, start } from "./lib/exec";
import { compileServer, deployedKeyServiceEntry } from "./lib/servers";
import { median, round } from "./lib/stats";
import { benchCertificate } from "./lib/tls";

/** The STS round trip the proxy adds, in ms: an assumption (a same-region API call), not a measurement of STS. */
const STS_ROUND_TRIP_MS = 20;
/** Requests in flight per instance for the multi-concurrency figure. */
const CHOSEN_CONCURRENCY = 10;

/** Figures of the capacity part. */
export interface CapacityResult {
  readonly sts_round_trip_ms: number;
  /** Added over one STS round trip, per request, in ms (pooled over the probes). */
  readonly added_miss_p50_ms: number;
  readonly added_miss_p99_ms: number;
  readonly added_hit_p50_ms: number;
  readonly added_hit_p99_ms: number;
  /** Means of the same: what GB-seconds are billed by (bench/capacity-model.ts). */
  readonly added_miss_mean_ms: number;
  readonly added_hit_mean_ms: number;
  /** `require` of the bundle (medians over the probes). */
  readonly init_require_ms: number;
  /** The first invocation less its STS call: configuration, handler, JIT and the rest of the cold path. */
  readonly init_first_request_ms: number;
  /** require + first invocation, STS call included. */
  readonly cold_start_ms: number;
  readonly peak_rss_mb: number;
  readonly peak_heap_mb: number;
  /** Requests per second one instance answers with one request in flight, and with {@link CHOSEN_CONCURRENCY}. */
  readonly rps_per_instance_c1: number;
  readonly rps_per_instance_chosen: number;
  readonly chosen_concurrency: number;
  readonly cpu_ms_per_request_c1: number;
  readonly cpu_ms_per_request_chosen: number;
  readonly p50_ms_chosen: number;
  readonly probes: number;
  readonly notes: string[];
}

const SERVER_CPU = "0";
const CLIENT_CPU = "1";

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/** Runs `probes` fresh instances, one after the other. */
export async function benchCapacity(root: string, work: string, probes: number): Promise<CapacityResult> {
  const logs = path.join(work, "logs");
  mkdirSync(logs, { recursive: true });
  const entry = deployedKeyServiceEntry();
  const tls = await benchCertificate(path.join(work, "tls"));
  const started: Service[] = [];
  try {
    const sts = await start(
      process.execPath,
      [compileServer(root, work, "sts-endpoint.ts")],
      /sts-endpoint http=(\d+) https=(\d+) stats=(\d+)/,
      path.join(logs, "capacity-sts.log"),
      {
        cwd: root,
        cpus: CLIENT_CPU,
        env: {
          ...process.env,
          STS_SECRET_ID: HANDLER_ENV.TENCENTCLOUD_SECRETID,
          STS_SECRET_KEY: HANDLER_ENV.TENCENTCLOUD_SECRETKEY,
          STS_SESSION_TOKEN: HANDLER_ENV.TENCENTCLOUD_SESSIONTOKEN,
          // The HTTPS listener is the official sample's; unused here, but the endpoint starts it.
          TLS_CERT: tls.cert,
          TLS_KEY: tls.key,
        },
      },
    );
    started.push(sts.service);
    const proxy = await startDelayProxy(Number(sts.match[1]), STS_ROUND_TRIP_MS);
    const results: ProbeResult[] = [];
    try {
      for (let i = 0; i < probes; i++) {
        const spec: ProbeSpec = {
          entry,
          jwtSecret: HANDLER_ENV.AUTH_JWT_SECRET,
          sequential: 200,
          concurrency: [1, CHOSEN_CONCURRENCY],
          runMs: 3000,
        };
        const { stdout } = await runOk(process.execPath, ["-e", PROBE_SOURCE, JSON.stringify(spec)], {
          cwd: path.dirname(entry),
          cpus: SERVER_CPU,
          env: { PATH: process.env.PATH, ...HANDLER_ENV, STS_ENDPOINT: `http://127.0.0.1:${proxy.port}` },
          timeoutMs: 120_000,
        });
        results.push(JSON.parse(stdout) as ProbeResult);
      }
    } finally {
      await proxy.close();
    }
    const added = results.flatMap((r) => r.miss.map((m) => m.durationMs - m.stsMs));
    const hits = results.flatMap((r) => r.hit);
    const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
    const level = (c: number, field: "rps" | "cpu_ms_per_request" | "p50_ms"): number =>
      median(results.map((r) => r.levels.find((l) => l.concurrency === c)?.[field] ?? Number.NaN));
    return {
      sts_round_trip_ms: STS_ROUND_TRIP_MS,
      added_miss_p50_ms: round(percentile(added, 50), 2),
      added_miss_p99_ms: round(percentile(added, 99), 2),
      added_hit_p50_ms: round(percentile(hits, 50), 2),
      added_hit_p99_ms: round(percentile(hits, 99), 2),
      added_miss_mean_ms: round(mean(added), 3),
      added_hit_mean_ms: round(mean(hits), 3),
      init_require_ms: round(median(results.map((r) => r.require_ms)), 1),
      init_first_request_ms: round(median(results.map((r) => r.first_request_ms - r.first_sts_ms)), 1),
      cold_start_ms: round(median(results.map((r) => r.require_ms + r.first_request_ms)), 1),
      peak_rss_mb: Math.max(...results.map((r) => r.max_rss_mb)),
      peak_heap_mb: Math.max(...results.map((r) => r.max_heap_mb)),
      rps_per_instance_c1: level(1, "rps"),
      rps_per_instance_chosen: level(CHOSEN_CONCURRENCY, "rps"),
      chosen_concurrency: CHOSEN_CONCURRENCY,
      cpu_ms_per_request_c1: level(1, "cpu_ms_per_request"),
      cpu_ms_per_request_chosen: level(CHOSEN_CONCURRENCY, "cpu_ms_per_request"),
      p50_ms_chosen: level(CHOSEN_CONCURRENCY, "p50_ms"),
      probes,
      notes: [
        `The STS round trip is emulated: a proxy holds each answer of the local STS endpoint ${STS_ROUND_TRIP_MS} ms; the real one is the stsMs field of the function's log lines.`,
        "added_* come from the handler's own log line (durationMs - stsMs; a cache hit makes no STS call); the Function URL's own hop is SCF's and not included.",
        "A probe is one fresh node process loading the deployed bundle, pinned to one core as a bench server is; an SCF instance of 128 MB gets a share of a core Tencent does not state, so rps_per_instance_* are upper bounds.",
      ],
    };
  } finally {
    await Promise.all(started.map((service) => service.stop()));
  }
}
