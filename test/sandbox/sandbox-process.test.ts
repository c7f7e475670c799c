/** `npm run sandbox` as a process: what it prints, what it serves, the outputs file it writes, and Ctrl-C. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ENVIRONMENTS } from "../../config/environments";
import { runOutputs } from "../../scripts/outputs";
import { RunningProcess, startUntil } from "../helpers/child-process";
import { onFreePort } from "../helpers/free-port";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** Starts the sandbox and waits for "sandbox ready"; rejects with exit code, signal and output if it dies first. */
async function startCli(args: readonly string[]): Promise<RunningProcess> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  return (await startUntil(TSX, ["scripts/sandbox.ts", ...args], { cwd: ROOT, env }, /sandbox ready/)).process;
}

function line(output: string, label: string): string {
  const found = new RegExp(`^\\s+${label}\\s+(\\S+)`, "m").exec(output)?.[1];
  if (found === undefined) {
    throw new Error(`no "${label}" line in:\n${output}`);
  }
  return found;
}

describe("npm run sandbox", () => {
  let started: RunningProcess | undefined;

  beforeAll(async () => {
    started = await startCli(["--port", "0", "--user", "carol"]);
  });

  afterAll(async () => {
    await started?.stop();
  });

  test("prints the page, a token that the key service accepts, and the outputs file", async () => {
    const output = started!.output();
    const pageUrl = line(output, "page");
    const keyService = line(output, "key service");
    const token = /token \(HS256[^\n]*\n\s+(\S+)/.exec(output)?.[1] ?? "";

    expect(ENVIRONMENTS.dev.corsOrigins).toContain(new URL(pageUrl).origin);
    const page = await fetch(pageUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Direct transfer sandbox");
    const key = await fetch(`${keyService}?scope=upload&contentType=image/png`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(key.status).toBe(200);
    expect(await key.json()).toMatchObject({ bucket: "direct-transfer-dev-1250000000", allowPrefix: "uploads/carol/" });
    expect(line(output, "outputs file")).toBe(".sandbox/outputs/dev.json");
  });

  test("writes an outputs file of the same shape as npm run outputs", async () => {
    const sandboxOutputs: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, ".sandbox/outputs/dev.json"), "utf8"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outputs-shape-"));
    const deployed = path.join(dir, "deployed.json");
    fs.writeFileSync(
      deployed,
      JSON.stringify({
        dev: {
          bucket_name: "direct-transfer-dev-1250000000",
          bucket_region: "ap-guangzhou",
          key_service_function_name: "direct-transfer-dev-key-service",
          key_service_url_command: "tccli scf ListTriggers …",
        },
      }),
    );
    try {
      const { outputs } = await runOutputs(
        ["dev", "--outputs-file", deployed, "--out", path.join(dir, "dev.json")],
        {},
      );

      expectSameShape(sandboxOutputs, outputs);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("stops everything on one SIGINT and exits 0", async () => {
    const keyService = line(started!.output(), "key service");

    started!.child.kill("SIGINT");
    const { code, signal } = await started!.exited;

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(started!.output()).toContain("sandbox stopped");
    await expect(fetch(keyService)).rejects.toThrow();
  });
});

test("fails for an unknown environment, naming the known ones", async () => {
  await expect(startCli(["--env", "qa"])).rejects.toThrow(
    /exited with code 2 before printing[\s\S]*unknown environment "qa"; allowed: dev, staging, prod/,
  );
});

describe("npm run sandbox -- --env prod (an environment that lists no localhost origin)", () => {
  let started: RunningProcess | undefined;
  let origin = "";

  beforeAll(async () => {
    started = await onFreePort(
      (port) => {
        origin = `http://localhost:${port}`;
        return startCli(["--env", "prod", "--port", "0", "--page-origin", origin]);
      },
      (error) => error instanceof Error && error.message.includes("are all in use"),
    );
  });

  afterAll(async () => {
    await started?.stop();
  });

  test("adds the page's localhost origin to this run's CORS only, and says so", async () => {
    const output = started!.output();
    const keyService = line(output, "key service");
    const token = /token \(HS256[^\n]*\n\s+(\S+)/.exec(output)?.[1] ?? "";

    expect(new URL(line(output, "page")).origin).toBe(origin);
    expect(output).toContain(
      `environment prod lists no localhost origin: ${origin} is added to this run's CORS only, not to the environment`,
    );
    expect(ENVIRONMENTS.prod.corsOrigins).toEqual(["https://app.example.com"]);
    expect(output).toContain(
      "signed with this run's sandbox secret, standing in for the Secrets Manager secret direct-transfer-prod-jwt-secret",
    );
    const key = await fetch(`${keyService}?scope=upload&contentType=image/png`, {
      headers: { Authorization: `Bearer ${token}`, Origin: origin },
    });
    expect(key.status).toBe(200);
    expect(key.headers.get("access-control-allow-origin")).toBe(origin);
    expect(await key.json()).toMatchObject({
      bucket: "direct-transfer-prod-1250000000",
      region: "ap-shanghai",
      allowPrefix: "uploads/alice/",
    });
  });

  test("keeps prod's limits and types, and prints the upload line that reads them from the outputs file", async () => {
    const output = started!.output();
    const token = /token \(HS256[^\n]*\n\s+(\S+)/.exec(output)?.[1] ?? "";

    const refused = await fetch(`${line(output, "key service")}?scope=upload&contentType=text/html`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "ContentTypeNotAllowed" } });
    expect(output).toMatch(/limits\s+objects up to 104857600 bytes, image\/\*, video\/mp4/);
    expect(output).toContain("npm run upload -- --outputs .sandbox/outputs/prod.json --token <token> <file>");
  });
});

/** Every key path with its type (`null` for a value not set). */
function shape(value: unknown, at = ""): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { [at]: value === null ? "null" : Array.isArray(value) ? "array" : typeof value };
  }
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, child]) => shape(child, at === "" ? key : `${at}.${key}`)),
  );
}

/** The same key paths, with the same types where both are set. */
function expectSameShape(actual: unknown, expected: unknown): void {
  const [a, b] = [shape(actual), shape(expected)];
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const key of Object.keys(a)) {
    if (a[key] !== "null" && b[key] !== "null") {
      expect({ [key]: a[key] }).toEqual({ [key]: b[key] });
    }
  }
}
