import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const script = path.resolve(__dirname, "../../scripts/unused-exports.mjs");

/** A project laid out like this one: `policy/` with the given files, a test, and a tsconfig. */
function project(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "unused-exports-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, module: "commonjs", target: "ES2022", noEmit: true, types: [] },
      include: ["**/*.ts"],
    }),
  );
  return dir;
}

function check(dir: string) {
  const run = spawnSync(process.execPath, [script, "--root", dir], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test("fails naming each exported value no other file uses, and passes those a test or another module uses", () => {
  const dir = project({
    "policy/limits.ts": [
      "export const USED_BY_MODULE = 1;",
      "export const USED_BY_TEST = 2;",
      "export const UNUSED = 3;",
      "export function unusedHelper(): number { return UNUSED; }",
      "export interface Shape { readonly size: number }",
    ].join("\n"),
    "policy/reader.ts": 'import { USED_BY_MODULE } from "./limits";\nexport const doubled = USED_BY_MODULE * 2;\n',
    "test/limits.test.ts":
      'import { USED_BY_TEST } from "../policy/limits";\nimport { doubled } from "../policy/reader";\nexport const all = [USED_BY_TEST, doubled];\n',
  });

  const { status, output } = check(dir);

  expect(status).toBe(1);
  expect(output).toContain("2 export(s) no other file uses");
  expect(output).toContain("policy/limits.ts:3 UNUSED");
  expect(output).toContain("policy/limits.ts:4 unusedHelper");
  expect(output).not.toMatch(/USED_BY_MODULE|USED_BY_TEST|doubled|Shape/);
});

test("passes a project whose every exported value is used, and the SCF entry point called by name", () => {
  const dir = project({
    "lambda/index.ts": "export async function main_handler(): Promise<number> { return 1; }\n",
    "policy/a.ts": "export const A = 1;\n",
    "test/a.test.ts": 'import { A } from "../policy/a";\nexport const used = A;\n',
  });

  expect(check(dir)).toEqual({ status: 0, output: "check:exports: every export is used\n" });
});

test("counts a name the plain JavaScript scripts require from dist/ as used, and only that name", () => {
  const dir = project({
    "stacks/bundle.ts": 'export const BUNDLE_PATH = "dist/index.js";\nexport const OTHER = 2;\n',
    "scripts/build.mjs": 'const { BUNDLE_PATH } = require("../dist/stacks/bundle.js");\nconsole.log(BUNDLE_PATH);\n',
  });

  const { status, output } = check(dir);

  expect(status).toBe(1);
  expect(output).toContain("stacks/bundle.ts:2 OTHER");
  expect(output).not.toContain("BUNDLE_PATH");
});
