/**
 * One bounded load run with autocannon's programmatic API, in its own process so the bench can pin it to a CPU.
 * Usage: `load.ts '<LoadSpec as JSON>'`; prints a {@link LoadResult} as JSON on stdout.
 */
import { createRequire } from "node:module";
import { hs256Token } from "./lib/jwt";

/** What to send. */
export interface LoadSpec {
  readonly url: string;
  readonly amount: number;
  readonly connections: number;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Sign a distinct HS256 JWT for every request (`sub` = prefix + counter) and send it as a Bearer token. */
  readonly jwt?: { readonly secret: string; readonly subPrefix: string };
}

/** What one run measured. */
export interface LoadResult {
  /** From starting autocannon to the last response. */
  readonly elapsedMs: number;
  readonly completed: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Completed 2xx responses per second of wall time. */
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Distinct tokens handed out (0 without `jwt`). */
  readonly tokensUsed: number;
  /** CPU time of this load-generating process during the run, in seconds. */
  readonly cpuSeconds: number;
}

/** The part of autocannon 8's API used here (it ships no types). */
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  sampleInt: number;
  requests: AutocannonRequest[];
}
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  latency: { p50: number; p99: number; totalCount: number };
}
interface AutocannonInstance {
  on(event: "response", listener: () => void): void;
}
type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const autocannon = createRequire(__filename)("autocannon") as Autocannon;

/** Pre-signs `count` HS256 tokens so signing stays out of the timed run. */
function tokens(secret: string, subPrefix: string, count: number): string[] {
  const now = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => hs256Token(secret, `${subPrefix}${i}`, now));
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? "") as LoadSpec;
  // autocannon may have a request per connection in flight when the amount is reached: keep a margin.
  const pool = spec.jwt ? tokens(spec.jwt.secret, spec.jwt.subPrefix, spec.amount + spec.connections * 4) : [];
  let next = 0;
  const request: AutocannonRequest = {
    method: spec.method,
    path: spec.path,
    headers: { ...spec.headers },
    body: spec.body,
  };
  if (spec.jwt) {
    request.setupRequest = (req) => {
      const token = pool[next % pool.length];
      next += 1;
      return { ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } };
    };
  }
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  let lastResponse = started;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        amount: spec.amount,
        timeout: 30,
        sampleInt: 100,
        requests: [request],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    // autocannon notices that `amount` is reached only at its next sampling tick: time the last response instead.
    instance.on("response", () => {
      lastResponse = process.hrtime.bigint();
    });
  });
  const elapsedMs = Number(lastResponse - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const out: LoadResult = {
    elapsedMs,
    completed: result.latency.totalCount,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    rps: result["2xx"] / (elapsedMs / 1000),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    tokensUsed: spec.jwt ? Math.min(next, pool.length) : 0,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  if (spec.jwt && next > pool.length) {
    throw new Error(`token pool of ${pool.length} exhausted after ${next} requests: tokens were reused`);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
