/**
 * Child processes for tests that run a real command (`npm run serve`, `npm run upload`, the sandbox): started, waited
 * for until they print what they print when ready, and stopped. Nothing here waits for a fixed time: a busy machine
 * only makes things slower, and a process that dies says how (exit code or signal) and what it printed.
 */
import { ChildProcess, spawn, SpawnOptions } from "node:child_process";

/** A started process and everything it has printed so far. */
export interface RunningProcess {
  readonly child: ChildProcess;
  /** stdout and stderr, interleaved as they arrived. */
  output(): string;
  /** Resolves once the process has exited, with how. */
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  /** Sends SIGTERM (unless it already exited) and resolves once it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/** How a process ended, as one phrase: "exited with code 1", "was killed by SIGTERM". */
export function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
}

/**
 * Starts `command` and resolves once its output matches `ready`, with the match. Rejects if the process cannot be
 * started or ends first, naming its exit code or signal and quoting its output.
 */
export function startUntil(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
  ready: RegExp,
): Promise<{ readonly process: RunningProcess; readonly match: RegExpExecArray }> {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("close", (code, signal) => resolve({ code, signal })),
  );
  const running: RunningProcess = {
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
      }
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const match = ready.exec(output);
      if (match !== null) {
        resolve({ process: running, match });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("error", (error) => reject(new Error(`${command} could not be started: ${error.message}`)));
    child.once("exit", (code, signal) =>
      reject(
        new Error(
          `${command} ${args.join(" ")} ${howItEnded(code, signal)} before printing ${ready}; its output:\n${output}`,
        ),
      ),
    );
  });
}

/** Runs `command` to its end and resolves with its exit code, signal and output; never rejects for a non-zero exit. */
export function runToEnd(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<{
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", (error) => reject(new Error(`${command} could not be started: ${error.message}`)));
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
