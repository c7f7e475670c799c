/**
 * The provider-schema check (`../shared/tools/tf-schema-check.mjs`) for synthesized stacks. A clone without
 * `../shared` cannot run it; the tests then say so by name in the output instead of skipping silently.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const shared = path.resolve(__dirname, "../../../shared");
const checker = path.join(shared, "tools/tf-schema-check.mjs");
const schemaDir = path.join(shared, "provider-schema");

/** The checker's report on a synthesized output folder (`Testing.fullSynth`). */
export function schemaReport(outdir: string): string {
  const schema = readdirSync(schemaDir).find((f) => f.startsWith("tencentcloud@") && f.endsWith(".json"));
  return execFileSync(process.execPath, [checker, "--schema", path.join(schemaDir, String(schema)), outdir], {
    encoding: "utf8",
  });
}

/** What a clean report ends with. */
export const NO_SCHEMA_PROBLEMS = /tf-schema-check: 1 files, \d+ resources, 0 errors, 0 warnings/;

/**
 * `describe("against the provider schema", body)` where the checker exists; otherwise one passing test named for
 * what was skipped and why (with --verbose it is listed, and the warning shows in every run).
 */
export function describeAgainstProviderSchema(body: () => void): void {
  if (existsSync(checker)) {
    describe("against the provider schema", body);
    return;
  }
  const skipped = `schema check skipped: ../shared/tools/tf-schema-check.mjs not found (looked at ${checker})`;
  console.warn(skipped);
  test(skipped, () => {
    expect(existsSync(checker)).toBe(false);
  });
}
