#!/usr/bin/env node
// npm run get:offline: regenerates .gen/ with `cdktf get` from a provider schema file, without terraform or network.
// npm run get: the same, with the schema terraform reads from the provider it installs from the registry.
// Either way only the types scripts/provider-types.json lists get bindings: the schema is filtered to them and
// written, under the file name cdktf looks for, to a temporary folder that CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH
// names (cdktf then reads it instead of asking terraform).
//
//   node scripts/get-offline.mjs [--from-terraform] [cdktf get options, e.g. --force]
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cdktfEnv, filterSchema, missing, providerConstraint, providerTypes, ROOT, schemaFileName } from "./shared.mjs";

const FROM_TERRAFORM = "--from-terraform";
const args = process.argv.slice(2);
const tool = args.includes(FROM_TERRAFORM) ? "get" : "get:offline";
const cache = mkdtempSync(path.join(tmpdir(), "provider-schema-"));
const done = (code) => {
  rmSync(cache, { recursive: true, force: true });
  process.exit(code);
};

/** The provider schema as `terraform providers schema -json` prints it, from a throwaway configuration. */
function schemaFromTerraform() {
  const terraform = process.env.TERRAFORM_BINARY_NAME ?? "terraform";
  const config = {
    terraform: {
      required_providers: { tencentcloud: { source: "tencentcloudstack/tencentcloud", version: providerConstraint() } },
    },
  };
  writeFileSync(path.join(cache, "main.tf.json"), JSON.stringify(config));
  try {
    execFileSync(terraform, ["init", "-input=false", "-backend=false"], {
      cwd: cache,
      stdio: ["ignore", "ignore", "inherit"],
    });
    return execFileSync(terraform, ["providers", "schema", "-json"], {
      cwd: cache,
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
  } catch (error) {
    console.error(
      `${tool}: ${terraform} could not read the provider schema (${error.status ?? error.code}); .gen/ was left as it is`,
    );
    return done(1);
  }
}

let text;
let source;
if (args.includes(FROM_TERRAFORM)) {
  source = "terraform providers schema -json";
  text = schemaFromTerraform();
} else {
  const dir = path.resolve(ROOT, process.env.PROVIDER_SCHEMA_DIR ?? "../shared/provider-schema");
  source = path.join(dir, schemaFileName());
  if (!existsSync(source)) {
    rmSync(cache, { recursive: true, force: true });
    missing(tool, `provider schema not found (looked at ${source}); .gen/ was left as it is`);
  }
  text = readFileSync(source, "utf8");
}
try {
  writeFileSync(path.join(cache, schemaFileName()), JSON.stringify(filterSchema(JSON.parse(text), providerTypes())));
} catch (error) {
  console.error(`${tool}: ${error.message} (${source}); .gen/ was left as it is`);
  done(1);
}
const child = spawn("cdktf", ["get", ...args.filter((arg) => arg !== FROM_TERRAFORM)], {
  cwd: ROOT,
  stdio: "inherit",
  env: cdktfEnv({ ...process.env, CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH: cache }),
});
// Ctrl-C reaches cdktf from the terminal too; this process waits for it to end, then removes the temporary folder.
process.on("SIGINT", () => {});
child.on("error", (error) => {
  console.error(`${tool}: could not start cdktf: ${error.message}`);
  done(1);
});
child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
