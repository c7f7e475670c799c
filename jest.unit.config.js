/**
 * `npm run test:unit`: the suites that run in this process only. A suite starts processes (a CLI, `tsx`, a browser)
 * when it, or a module under test/ it imports, imports `child_process` or `playwright-core`; those suites run in
 * `npm test` alone. Nothing is listed by hand: a new suite lands in the lane its imports put it in.
 */
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");
const base = require("./jest.config.js");

const TEST_DIR = path.join(__dirname, "test");
const STARTS_PROCESSES =
  /\bfrom\s+["'](?:node:)?child_process["']|\brequire\(\s*["'](?:node:)?child_process["']\s*\)|["']playwright-core["']/;
const RELATIVE_IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;

/** The module file a relative import names, or undefined outside test/ or when there is none. */
function resolve(from, specifier) {
  const target = path.resolve(path.dirname(from), specifier);
  if (!target.startsWith(TEST_DIR + path.sep)) {
    return undefined;
  }
  return [target, `${target}.ts`, `${target}.js`, path.join(target, "index.ts")].find(
    (file) => existsSync(file) && file.match(/\.[jt]s$/),
  );
}

/** Whether `file` or a module under test/ it imports (at any depth) imports child_process or playwright-core. */
function startsProcesses(file, seen = new Set()) {
  if (seen.has(file)) {
    return false;
  }
  seen.add(file);
  const text = readFileSync(file, "utf8");
  if (STARTS_PROCESSES.test(text)) {
    return true;
  }
  return [...text.matchAll(RELATIVE_IMPORT)].some(([, specifier]) => {
    const target = resolve(file, specifier);
    return target !== undefined && startsProcesses(target, seen);
  });
}

/** Every `*.test.ts` under `dir`. */
function suites(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? suites(file) : entry.name.endsWith(".test.ts") ? [file] : [];
  });
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    ...suites(TEST_DIR)
      .filter((file) => startsProcesses(file))
      .map((file) => `^${escape(file)}$`),
  ],
};
