#!/usr/bin/env node
// npm run schema-check: the synthesized stacks in cdktf.out against the provider schema, with the team's checker.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { missing, ROOT, schemaFileName } from "./shared.mjs";

const checker = path.resolve(ROOT, "../shared/tools/tf-schema-check.mjs");
const schema = path.resolve(
  process.env.PROVIDER_SCHEMA_DIR ?? path.join(ROOT, "../shared/provider-schema"),
  schemaFileName(),
);
const outdir = path.join(ROOT, "cdktf.out");

if (!existsSync(checker)) {
  missing("schema-check", `../shared/tools/tf-schema-check.mjs not found (looked at ${checker}); nothing was checked`);
}
if (!existsSync(schema)) {
  missing("schema-check", `provider schema not found (looked at ${schema}); nothing was checked`);
}
if (!existsSync(outdir)) {
  console.error("schema-check: cdktf.out not found; run `npm run synth` first");
  process.exit(1);
}
const result = spawnSync(process.execPath, [checker, "--schema", schema, outdir], { stdio: "inherit" });
process.exit(result.status ?? 1);
