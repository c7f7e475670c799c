/**
 * One fresh process playing one SCF instance of the key service, loaded from its deployed bundle. Usage:
 * `node capacity-probe.js '<ProbeSpec as JSON>'` (compiled on the fly by tsx is not used: the probe is plain
 * JavaScript in {@link PROBE_SOURCE}, run with `node -e`, so nothing but the bundle is loaded). Prints a
 * {@link ProbeResult} as JSON.
 */

/** What the probe is asked to do. */
export interface ProbeSpec {
  /** The bundle's `index.js`. */
  readonly entry: string;
  readonly jwtSecret: string;
  /** Sequential requests of distinct callers (every one an STS call), then of one caller (every one a cache hit). */
  readonly sequential: number;
  /** Requests kept in flight at once for the per-instance throughput, each of a distinct caller. */
  readonly concurrency: readonly number[];
  /** How long each concurrency level runs, in ms. */
  readonly runMs: number;
}

/** What one probe process measured. */
export interface ProbeResult {
  /** `require` of the bundle, in ms. */
  readonly require_ms: number;
  /** The first invocation, which reads the configuration, builds the handler and opens the STS connection. */
  readonly first_request_ms: number;
  /** The STS call of the first invocation (a new connection), from its log line. */
  readonly first_sts_ms: number;
  /** Per sequential request: the handler's own `durationMs` and `stsMs` from its log line. */
  readonly miss: readonly { readonly durationMs: number; readonly stsMs: number }[];
  readonly hit: readonly number[];
  readonly levels: readonly {
    readonly concurrency: number;
    readonly rps: number;
    readonly cpu_ms_per_request: number;
    readonly p50_ms: number;
  }[];
  /** Largest resident set size of the process (`process.resourceUsage().maxRSS`), in MB. */
  readonly max_rss_mb: number;
  /** Largest `process.memoryUsage().heapUsed` sampled, in MB. */
  readonly max_heap_mb: number;
}

/** The probe itself, as JavaScript for `node -e`: it loads the bundle and nothing else of this repository. */
export const PROBE_SOURCE = String.raw`
const { createHmac } = require("node:crypto");
const spec = JSON.parse(process.argv[1]);
const b64 = (v) => Buffer.from(JSON.stringify(v)).toString("base64url");
const token = (sub) => {
  const now = Math.floor(Date.now() / 1000);
  const body = b64({ alg: "HS256", typ: "JWT" }) + "." + b64({ sub, iat: now, exp: now + 3600 });
  return body + "." + createHmac("sha256", spec.jwtSecret).update(body).digest("base64url");
};
const event = (sub) => ({
  body: "", headers: { authorization: "Bearer " + token(sub), host: "keys.example.com" }, httpMethod: "GET", path: "/",
  queryString: {}, headerParameters: {}, isBase64Encoded: false, pathParameters: {}, queryStringParameters: {},
  requestContext: { sourceIp: "127.0.0.1" },
});
const lines = [];
console.log = (line) => lines.push(line);
let maxHeap = 0;
const sample = setInterval(() => (maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed)), 20);
(async () => {
  const t0 = process.hrtime.bigint();
  const fn = require(spec.entry);
  const t1 = process.hrtime.bigint();
  const first = await fn.main_handler(event("probe-first"), { request_id: "first" });
  const t2 = process.hrtime.bigint();
  if (first.statusCode !== 200) throw new Error("first request: " + first.statusCode + " " + first.body);
  const firstSts = JSON.parse(lines[0]).stsMs;
  const miss = [];
  for (let i = 0; i < spec.sequential; i++) {
    lines.length = 0;
    const r = await fn.main_handler(event("probe-miss-" + i), { request_id: "m" + i });
    if (r.statusCode !== 200) throw new Error("miss: " + r.body);
    const log = JSON.parse(lines[0]);
    miss.push({ durationMs: log.durationMs, stsMs: log.stsMs });
  }
  const hit = [];
  for (let i = 0; i < spec.sequential; i++) {
    lines.length = 0;
    const r = await fn.main_handler(event("probe-hit"), { request_id: "h" + i });
    const log = JSON.parse(lines[0]);
    if (r.statusCode !== 200 || (i > 0 && log.cacheHit !== true)) throw new Error("hit: " + lines[0]);
    if (i > 0) hit.push(log.durationMs);
  }
  const levels = [];
  let n = 0;
  for (const concurrency of spec.concurrency) {
    const events = [];
    let done = 0;
    const latencies = [];
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const end = start + spec.runMs;
    const worker = async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const r = await fn.main_handler(event("probe-c" + concurrency + "-" + n++), { request_id: "c" });
        if (r.statusCode !== 200) throw new Error("concurrent: " + r.body);
        latencies.push(performance.now() - sent);
        done++;
        lines.length = 0;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    latencies.sort((a, b) => a - b);
    levels.push({
      concurrency,
      rps: Math.round(done / seconds),
      cpu_ms_per_request: Math.round(((cpu.user + cpu.system) / 1000 / done) * 1000) / 1000,
      p50_ms: Math.round(latencies[Math.floor(latencies.length / 2)] * 10) / 10,
    });
  }
  clearInterval(sample);
  process.stdout.write(JSON.stringify({
    require_ms: Number(t1 - t0) / 1e6,
    first_request_ms: Number(t2 - t1) / 1e6,
    first_sts_ms: firstSts,
    miss, hit, levels,
    max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024 * 10) / 10,
    max_heap_mb: Math.round(maxHeap / 1048576 * 10) / 10,
  }));
  process.exit(0);
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;
