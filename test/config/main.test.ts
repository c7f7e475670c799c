import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ENVIRONMENTS } from "../../config/environments";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const CDKTF = path.join(ROOT, "node_modules/.bin/cdktf");
const SCRIPT = path.join(__dirname, "synth-records.ts");

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end, however long a loaded machine takes: no timer, the process's own exit decides. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** What the process did, for a failure message that shows it all. */
function describeRun(run: Run): string {
  return `exit code ${run.code}, signal ${run.signal}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Asserts, showing the whole run when it does not hold. */
function expectRun(run: Run, holds: boolean, what: string): void {
  if (!holds) {
    throw new Error(`expected ${what}; the process ended with ${describeRun(run)}`);
  }
}

/** The environment of the shell, without what the cdktf CLI sets for the app it runs. */
function shellEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISABLE_VERSION_CHECK: "1",
    CHECKPOINT_DISABLE: "1",
    FORCE_COLOR: "0",
  };
  delete env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  delete env.CDKTF_OUTDIR;
  return { ...env, ...extra };
}

const broken = { ...ENVIRONMENTS.prod, protect: true, keyDurationSeconds: 60 };
const problems = [
  'protect: unknown field; did you mean "protected"?',
  "keyDurationSeconds: received 60; allowed: an integer from 900 to 7200",
];

let outdir: string | undefined;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), "config-main-"));
});
afterEach(() => {
  if (outdir !== undefined) {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

describe("main", () => {
  test("fails with exit code 1 for an invalid record, printing each problem once and no stack trace", async () => {
    const result = await run(
      TSX,
      [SCRIPT, JSON.stringify([ENVIRONMENTS.dev, broken])],
      shellEnv({ CDKTF_OUTDIR: outdir }),
    );
    expectRun(result, result.code === 1, "exit code 1");
    for (const problem of [...problems, 'invalid configuration for environment "prod":']) {
      expectRun(
        result,
        occurrences(result.stderr + result.stdout, problem) === 1,
        `${JSON.stringify(problem)} exactly once`,
      );
    }
    expectRun(result, !/^\s+at /m.test(result.stderr), "no stack trace");
    expectRun(result, !fs.existsSync(path.join(outdir!, "manifest.json")), "nothing synthesized");
  }, 120_000);

  test("synthesizes valid records", async () => {
    const result = await run(TSX, [SCRIPT, JSON.stringify([ENVIRONMENTS.dev])], shellEnv({ CDKTF_OUTDIR: outdir }));
    expectRun(result, result.code === 0, "exit code 0");
    expect(fs.existsSync(path.join(outdir!, "stacks/dev/cdk.tf.json"))).toBe(true);
  }, 120_000);

  test("under cdktf synth, fails with exit code 1, printing each problem once and no stack trace", async () => {
    const app = `${JSON.stringify(TSX)} ${JSON.stringify(SCRIPT)} '${JSON.stringify([ENVIRONMENTS.dev, broken])}'`;
    const result = await run(CDKTF, ["synth", "--app", app, "--output", outdir!], shellEnv({ CI: "1" }));
    expectRun(result, result.code === 1, "exit code 1");
    const output = result.stdout + result.stderr;
    for (const problem of [...problems, 'invalid configuration for environment "prod":']) {
      expectRun(result, occurrences(output, problem) === 1, `${JSON.stringify(problem)} exactly once`);
    }
    expectRun(result, !/^\s+at /m.test(output) && !output.includes("main.ts:"), "no stack trace");
    // The valid environment is synthesized still, so the CLI keeps its output folder instead of deleting an orphan.
    expectRun(result, fs.existsSync(path.join(outdir!, "stacks/dev/cdk.tf.json")), "the dev stack synthesized");
  }, 120_000);
});
