#!/usr/bin/env node
// npm run get:offline: regenerates .gen/ with `cdktf get` from a provider schema file, without terraform or network.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { missing, ROOT, schemaFileName } from "./shared.mjs";

const dir = path.resolve(ROOT, process.env.PROVIDER_SCHEMA_DIR ?? "../shared/provider-schema");
const schema = path.join(dir, schemaFileName());
if (!existsSync(schema)) {
  missing("get:offline", `provider schema not found (looked at ${schema}); .gen/ was left as it is`);
}
const child = spawn("cdktf", ["get", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH: dir },
});
child.on("error", (error) => {
  console.error(`get:offline: could not start cdktf: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
