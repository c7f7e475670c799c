import { mkdirSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { HANDLER_ENV } from "./cold-load";
import type { LoadResult, LoadSpec } from "./load";
import { groupCpuSeconds } from "./lib/cpu";
import { hasTaskset, runOk, Service, start } from "./lib/exec";
import { hs256Token } from "./lib/jwt";
import { median, ratio, round } from "./lib/stats";
import { compileServer, deployedKeyServiceEntry } from "./lib/servers";
import { benchCertificate } from "./lib/tls";
import type { StsStats } from "./sts-endpoint";

/** The three servers compared. */
export type ServerName = "service" | "official" | "floor";
const SERVERS: readonly ServerName[] = ["service", "official", "floor"];

/** One load run against one server. */
export interface ThroughputRun {
  readonly server: ServerName;
  readonly rps: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Credentials the STS endpoint issued during the run, per completed request: 1 means no caching, no failures. */
  readonly sts_calls_per_request: number;
  /** New connections the STS endpoint accepted during the run. */
  readonly sts_connections: number;
  /** CPU cores busy on average during the run: the server's process group, the STS endpoint, the load generator. */
  readonly server_cpu: number;
  readonly sts_cpu: number;
  readonly load_cpu: number;
  /** Server CPU time per answered request: what a request costs, whatever else competes for the machine. */
  readonly server_cpu_ms_per_request: number;
}

/** Figures of the throughput comparison (medians over the repetitions). */
export interface ThroughputResult {
  readonly service_rps: number;
  readonly official_rps: number;
  readonly floor_rps: number;
  readonly service_p50_ms: number;
  readonly service_p99_ms: number;
  readonly official_p50_ms: number;
  readonly official_p99_ms: number;
  readonly floor_p50_ms: number;
  readonly floor_p99_ms: number;
  readonly service_vs_official: number;
  readonly service_vs_floor: number;
  /** The same ratios from server CPU per request (other's ms / service's ms): what one core each would sustain. */
  readonly service_vs_official_by_cpu: number;
  readonly service_vs_floor_by_cpu: number;
  readonly service_server_cpu: number;
  readonly official_server_cpu: number;
  readonly floor_server_cpu: number;
  readonly service_cpu_ms_per_request: number;
  readonly official_cpu_ms_per_request: number;
  readonly floor_cpu_ms_per_request: number;
  readonly requests_per_run: number;
  readonly connections: number;
  readonly repetitions: number;
  readonly placement: string;
  readonly notes: string[];
  readonly runs: ThroughputRun[];
}

/** Options of {@link benchThroughput}. */
export interface ThroughputOptions {
  readonly amount: number;
  readonly connections: number;
  readonly repetitions: number;
}

const SECRET_ID = "AKIDbenchcaller000000000000000000000";
const SECRET_KEY = "benchsecretkey00000000000000000000";
// With two cores: every server on CPU 0 alone, the STS endpoint and the load generator sharing CPU 1. Each server
// then has one core, as a single Node.js process can use, and the same neighbours.
const SERVER_CPU = "0";
const CLIENT_CPU = "1";

/**
 * Runs the same bounded load against the key service (its deployed bundle behind `npm run serve`'s local Function URL
 * server), the documented qcloud-cos-sts server and a bare forwarding server, each compiled to plain JavaScript and
 * run under node, all calling one local STS endpoint in its own process, in alternation.
 */
export async function benchThroughput(
  root: string,
  work: string,
  options: ThroughputOptions,
): Promise<ThroughputResult> {
  const logs = path.join(work, "logs");
  mkdirSync(logs, { recursive: true });
  const tls = await benchCertificate(path.join(work, "tls"));
  const baseEnv = withoutProxies(process.env);
  // Every timed process runs as plain JavaScript under node, as deployed (none through tsx): the three servers, the
  // STS endpoint and the load generator. The key service runs from its deployed bundle.
  const loader = compileServer(root, work, "load.ts");
  const started: Service[] = [];
  try {
    const sts = await start(
      process.execPath,
      [compileServer(root, work, "sts-endpoint.ts")],
      /sts-endpoint http=(\d+) https=(\d+) stats=(\d+)/,
      path.join(logs, "sts.log"),
      {
        cwd: root,
        cpus: CLIENT_CPU,
        env: {
          ...baseEnv,
          STS_SECRET_ID: SECRET_ID,
          STS_SECRET_KEY: SECRET_KEY,
          STS_SESSION_TOKEN: HANDLER_ENV.TENCENTCLOUD_SESSIONTOKEN,
          TLS_CERT: tls.cert,
          TLS_KEY: tls.key,
        },
      },
    );
    started.push(sts.service);
    const [, httpPort, httpsPort, statsPort] = sts.match;
    const stsUrl = `http://127.0.0.1:${httpPort}`;
    const statsUrl = `http://127.0.0.1:${statsPort}`;
    const common = {
      ...baseEnv,
      ...HANDLER_ENV,
      TENCENTCLOUD_SECRETID: SECRET_ID,
      TENCENTCLOUD_SECRETKEY: SECRET_KEY,
    };
    const ready = /listening on http:\/\/127\.0\.0\.1:(\d+)/;
    const launch = async (name: ServerName, env: NodeJS.ProcessEnv): Promise<{ service: Service; port: number }> => {
      const port = await freePort();
      const { service, match } = await start(
        process.execPath,
        [compileServer(root, work, `servers/${name}-server.ts`)],
        ready,
        path.join(logs, `${name}.log`),
        {
          cwd: root,
          cpus: SERVER_CPU,
          env: { ...env, PORT: String(port) },
        },
      );
      started.push(service);
      return { service, port: Number(match[1]) };
    };
    const servers: Record<ServerName, { service: Service; port: number }> = {
      service: await launch("service", {
        ...common,
        STS_ENDPOINT: stsUrl,
        KEY_SERVICE_BUNDLE_ENTRY: deployedKeyServiceEntry(),
      }),
      official: await launch("official", {
        ...common,
        STS_HOST: `127.0.0.1:${httpsPort}`,
        NODE_EXTRA_CA_CERTS: tls.cert,
      }),
      floor: await launch("floor", { ...common, STS_ENDPOINT: stsUrl }),
    };
    const spec = (name: ServerName, amount: number, tag: string): LoadSpec => ({
      url: `http://127.0.0.1:${servers[name].port}`,
      amount,
      connections: options.connections,
      method: "GET",
      path: name === "official" ? "/sts" : "/",
      headers: {},
      // Distinct callers on every request of every run, so the key service's per-caller cache never answers.
      jwt: name === "service" ? { secret: HANDLER_ENV.AUTH_JWT_SECRET, subPrefix: `bench-${tag}-` } : undefined,
    });

    for (const name of SERVERS) {
      await smokeTest(name, servers[name].port, statsUrl);
    }
    // Warm-up, not recorded: JIT, connection pools, TLS sessions.
    for (const name of SERVERS) {
      await load(root, loader, spec(name, Math.min(1000, options.amount), `warm-${name}`));
    }

    const runs: ThroughputRun[] = [];
    for (let rep = 0; rep < options.repetitions; rep++) {
      for (let i = 0; i < SERVERS.length; i++) {
        const name = SERVERS[(i + rep) % SERVERS.length];
        const before = await stsStats(statsUrl);
        const cpu0 = { server: groupCpuSeconds(servers[name].service.pgid), sts: groupCpuSeconds(sts.service.pgid) };
        const result = await load(root, loader, spec(name, options.amount, `r${rep}-${name}`));
        const cpu1 = { server: groupCpuSeconds(servers[name].service.pgid), sts: groupCpuSeconds(sts.service.pgid) };
        const after = await stsStats(statsUrl);
        const seconds = result.elapsedMs / 1000;
        const issued = after.tc3 + after.hmacSha1 - before.tc3 - before.hmacSha1;
        const rejected = sum(after.rejected) - sum(before.rejected);
        if (rejected > 0) {
          throw new Error(
            `the STS endpoint refused ${rejected} requests from ${name}: ${JSON.stringify(after.rejected)}`,
          );
        }
        runs.push({
          server: name,
          rps: round(result.rps, 1),
          p50_ms: result.p50Ms,
          p99_ms: result.p99Ms,
          ok: result.ok,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          sts_calls_per_request: round(issued / Math.max(1, result.completed), 3),
          sts_connections: connections(after) - connections(before),
          server_cpu: round((cpu1.server - cpu0.server) / seconds, 2),
          sts_cpu: round((cpu1.sts - cpu0.sts) / seconds, 2),
          load_cpu: round(result.cpuSeconds / seconds, 2),
          server_cpu_ms_per_request: round(((cpu1.server - cpu0.server) * 1000) / Math.max(1, result.ok), 3),
        });
      }
    }
    const pick = (
      name: ServerName,
      field: "rps" | "p50_ms" | "p99_ms" | "server_cpu" | "server_cpu_ms_per_request",
    ): number => median(runs.filter((r) => r.server === name).map((r) => r[field]));
    const rps = { service: pick("service", "rps"), official: pick("official", "rps"), floor: pick("floor", "rps") };
    const notes = [
      "The official sample (qcloud-cos-sts demo) does no caller authentication; the key service verifies a JWT on every request.",
      "Every request of every run carries a distinct JWT sub, so the key service's per-caller cache never answers; sts_calls_per_request shows STS was called once per request.",
      "server_cpu is the cores a server kept busy (1 = its whole CPU); below 1 it was not the bottleneck, and cpu_ms_per_request says what it would sustain alone (1000 / cpu_ms_per_request requests per second).",
      "qcloud-cos-sts only speaks HTTPS with HmacSHA1: the official server reaches the same STS endpoint over TLS (keep-alive); the others use HTTP with TC3-HMAC-SHA256.",
    ];
    for (const name of SERVERS) {
      const busy = pick(name, "server_cpu");
      if (busy < 0.9) {
        notes.push(
          `${name} kept its core only ${busy} busy: the STS endpoint and load generator (sharing the other core) or other work on the machine limited it, so ${name}_rps understates what ${name} alone sustains; compare *_by_cpu.`,
        );
      }
    }
    const bad = runs.filter((r) => r.non2xx > 0 || r.errors > 0);
    if (bad.length > 0) {
      notes.push(
        `non-2xx or errors in ${bad.length} run(s): ${bad.map((r) => `${r.server} non2xx=${r.non2xx} errors=${r.errors}`).join("; ")}`,
      );
    }
    return {
      service_rps: round(rps.service, 1),
      official_rps: round(rps.official, 1),
      floor_rps: round(rps.floor, 1),
      service_p50_ms: pick("service", "p50_ms"),
      service_p99_ms: pick("service", "p99_ms"),
      official_p50_ms: pick("official", "p50_ms"),
      official_p99_ms: pick("official", "p99_ms"),
      floor_p50_ms: pick("floor", "p50_ms"),
      floor_p99_ms: pick("floor", "p99_ms"),
      service_vs_official: ratio(rps.service, rps.official, 3),
      service_vs_floor: ratio(rps.service, rps.floor, 3),
      service_vs_official_by_cpu: ratio(
        pick("official", "server_cpu_ms_per_request"),
        pick("service", "server_cpu_ms_per_request"),
        3,
      ),
      service_vs_floor_by_cpu: ratio(
        pick("floor", "server_cpu_ms_per_request"),
        pick("service", "server_cpu_ms_per_request"),
        3,
      ),
      service_server_cpu: pick("service", "server_cpu"),
      official_server_cpu: pick("official", "server_cpu"),
      floor_server_cpu: pick("floor", "server_cpu"),
      service_cpu_ms_per_request: pick("service", "server_cpu_ms_per_request"),
      official_cpu_ms_per_request: pick("official", "server_cpu_ms_per_request"),
      floor_cpu_ms_per_request: pick("floor", "server_cpu_ms_per_request"),
      requests_per_run: options.amount,
      connections: options.connections,
      repetitions: options.repetitions,
      placement: hasTaskset()
        ? `taskset: server on CPU ${SERVER_CPU}; STS endpoint and autocannon on CPU ${CLIENT_CPU}`
        : "unpinned (taskset not found)",
      notes,
      runs,
    };
  } finally {
    await Promise.all(started.map((service) => service.stop()));
  }
}

/** One load run by `loader` (bench/load.ts, compiled). */
async function load(root: string, loader: string, spec: LoadSpec): Promise<LoadResult> {
  const result = await runOk(process.execPath, [loader, JSON.stringify(spec)], {
    cwd: root,
    cpus: CLIENT_CPU,
    timeoutMs: 300_000,
  });
  return JSON.parse(result.stdout) as LoadResult;
}

/** One request to `name`, checking that it answers with credentials and that they came from the STS endpoint. */
async function smokeTest(name: ServerName, port: number, statsUrl: string): Promise<void> {
  const before = await stsStats(statsUrl);
  const headers: Record<string, string> =
    name === "service" ? { authorization: `Bearer ${hs256Token(HANDLER_ENV.AUTH_JWT_SECRET, "bench-smoke")}` } : {};
  const { status, body } = await get(`http://127.0.0.1:${port}${name === "official" ? "/sts" : "/"}`, headers);
  const after = await stsStats(statsUrl);
  const issued = after.tc3 + after.hmacSha1 - before.tc3 - before.hmacSha1;
  if (status !== 200 || !/"tmpSecretId"|"TmpSecretId"/.test(body) || issued !== 1) {
    throw new Error(
      `${name} did not answer with a fresh key (status ${status}, STS issued ${issued}): ${body.slice(0, 300)}`,
    );
  }
}

async function stsStats(statsUrl: string): Promise<StsStats> {
  return JSON.parse((await get(statsUrl, {})).body) as StsStats;
}

function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      })
      .on("error", reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Everything talks to 127.0.0.1 only: no proxy may intercept (axios in qcloud-cos-sts honours these). */
function withoutProxies(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (!/^(https?|all|no)_proxy$/i.test(key)) out[key] = value;
  }
  return { ...out, NO_PROXY: "127.0.0.1,localhost", no_proxy: "127.0.0.1,localhost" };
}

function connections(stats: StsStats): number {
  return stats.connections.http + stats.connections.https;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
