import { ChildProcess, spawn, SpawnOptions } from "node:child_process";
import { accessSync, closeSync, constants, openSync, readFileSync } from "node:fs";

/** Outcome of a finished child process. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit, in milliseconds. */
  readonly ms: number;
}

/** Options of {@link run}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the child after this many milliseconds. @default 600000 */
  readonly timeoutMs?: number;
  /** Run under `taskset -c <cpus>` when taskset exists. @default unpinned */
  readonly cpus?: string;
}

/** Runs a command to completion and times it from spawn to exit. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const [cmd, argv] = pinned(command, args, options.cpus);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 600_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
  });
}

/** Like {@link run}, but rejects unless the command exits with 0. */
export async function runOk(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const tail = (result.stderr || result.stdout).trim().split("\n").slice(-15).join("\n");
    throw new Error(`${command} ${args.join(" ")} exited with ${String(result.code)}:\n${tail}`);
  }
  return result;
}

/** A long-running child process. */
export interface Service {
  readonly child: ChildProcess;
  /** Its process group: the child leads one, so npm, sh and node under it are counted and stopped together. */
  readonly pgid: number;
  /** The end of what it printed, for error messages. */
  output(): string;
  /** Stops the child and its process group. */
  stop(): Promise<void>;
}

/**
 * Starts a long-running command in its own process group, its stdout and stderr going to `logFile` (a file, not a
 * pipe, so reading a chatty server's log costs the bench's own process nothing), and waits until the log has a line
 * matching `ready`. Resolves with the service and the match.
 */
export function start(
  command: string,
  args: readonly string[],
  ready: RegExp,
  logFile: string,
  options: RunOptions = {},
): Promise<{ service: Service; match: RegExpMatchArray }> {
  const [cmd, argv] = pinned(command, args, options.cpus);
  const fd = openSync(logFile, "w");
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", fd, fd],
    detached: true,
  };
  const child = spawn(cmd, argv, spawnOptions);
  closeSync(fd);
  const output = (): string => {
    try {
      return readFileSync(logFile, "utf8").slice(-20_000);
    } catch {
      return "";
    }
  };
  const service: Service = { child, pgid: child.pid ?? -1, output, stop: () => stopGroup(child) };
  return new Promise((resolve, reject) => {
    let settled = false;
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    const finish = (error: Error | undefined, match?: RegExpMatchArray): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      if (error === undefined && match !== undefined) {
        resolve({ service, match });
        return;
      }
      void service.stop();
      const tail = output().trim().split("\n").slice(-20).join("\n");
      reject(new Error(`${command} ${args.join(" ")}: ${error?.message ?? "failed"}\n${tail}`));
    };
    const poll = setInterval(() => {
      const match = output().match(ready);
      if (match) finish(undefined, match);
      else if (Date.now() > deadline) finish(new Error(`timed out waiting for ${ready.source}`));
    }, 50);
    child.on("error", (error) => finish(error));
    child.on("exit", (code) => finish(new Error(`exited with ${String(code)} before it was ready`)));
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve();
  }
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signalGroup(pid, "SIGKILL");
      resolve();
    }, 3000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // The child leads its own group (detached), so this reaches npm, sh and node under it, and nothing else.
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

let tasksetPresent: boolean | undefined;

/** Whether `taskset` can pin processes to CPUs on this machine. */
export function hasTaskset(): boolean {
  if (tasksetPresent === undefined) {
    tasksetPresent = commandExists("taskset");
  }
  return tasksetPresent;
}

/** Whether `name` is on the PATH. */
export function commandExists(name: string): boolean {
  const dirs = (process.env.PATH ?? "").split(":").filter(Boolean);
  return dirs.some((dir) => {
    try {
      accessSync(`${dir}/${name}`, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function pinned(command: string, args: readonly string[], cpus: string | undefined): [string, string[]] {
  if (cpus !== undefined && hasTaskset()) {
    return ["taskset", ["-c", cpus, command, ...args]];
  }
  return [command, [...args]];
}
