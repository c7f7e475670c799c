import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** A clone of the project's scripts and cdktf.json in a folder with no ../shared beside it. */
function standaloneClone(): string {
  const clone = path.join(mkdtempSync(path.join(tmpdir(), "standalone-")), "clone");
  mkdirSync(path.join(clone, "scripts"), { recursive: true });
  copyFileSync(path.join(root, "cdktf.json"), path.join(clone, "cdktf.json"));
  for (const script of ["shared.mjs", "schema-check.mjs", "get-offline.mjs"]) {
    copyFileSync(path.join(root, "scripts", script), path.join(clone, "scripts", script));
  }
  return clone;
}

function run(clone: string, script: string) {
  const env = { PATH: process.env.PATH ?? "" };
  const result = spawnSync(process.execPath, [path.join(clone, "scripts", script)], {
    cwd: clone,
    encoding: "utf8",
    env,
    timeout: 60_000,
  });
  if (result.error) {
    throw result.error;
  }
  return result;
}

const origin =
  ": the schema is `terraform providers schema -json` of tencentcloudstack/tencentcloud ~> 1.83, kept as " +
  "tencentcloud@~%3E%201.83.json in ../shared/provider-schema (or the folder PROVIDER_SCHEMA_DIR names); " +
  "with terraform and network, `npm run get` needs no schema file";

describe("without ../shared", () => {
  test("schema-check says what is missing and where the schema comes from, one line each", () => {
    const clone = standaloneClone();
    const result = run(clone, "schema-check.mjs");
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      `schema-check: ../shared/tools/tf-schema-check.mjs not found (looked at ${path.resolve(clone, "../shared/tools/tf-schema-check.mjs")}); nothing was checked`,
      `schema-check${origin}`,
      "",
    ]);
  });

  test("get:offline says what is missing and where the schema comes from, one line each", () => {
    const clone = standaloneClone();
    const result = run(clone, "get-offline.mjs");
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      `get:offline: provider schema not found (looked at ${path.resolve(clone, "../shared/provider-schema/tencentcloud@~%3E%201.83.json")}); .gen/ was left as it is`,
      `get:offline${origin}`,
      "",
    ]);
  });
});
