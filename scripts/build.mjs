#!/usr/bin/env node
// npm run build: the package's contents in dist/. JavaScript and declarations of stacks/ (with the config, policy
// and provider bindings they import) from tsconfig.build.json, and the key service's handler and the post-upload
// check bundled once, so an installed package deploys them without esbuild or their sources (see KEY_SERVICE_BUNDLE,
// UPLOAD_CHECK_BUNDLE).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const require = createRequire(import.meta.url);

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], {
  cwd: root,
  stdio: "inherit",
});
// tsc copies no .js sources; esbuild's alias needs this one beside function-code.js.
copyFileSync(
  path.join(root, "stacks/constructs/empty-module.js"),
  path.join(dist, "stacks/constructs/empty-module.js"),
);

const { bundleFunctionCode } = require(path.join(dist, "stacks/constructs/function-code.js"));
const { KEY_SERVICE_BUNDLE, KEY_SERVICE_BUNDLE_RUNTIME, KEY_SERVICE_UNUSED_MODULES, esbuildTarget } = require(
  path.join(dist, "stacks/constructs/key-service.js"),
);
const { UPLOAD_CHECK_BUNDLE, UPLOAD_CHECK_ENTRY, UPLOAD_CHECK_RUNTIME } = require(
  path.join(dist, "stacks/constructs/upload-check.js"),
);
const bundles = [
  [KEY_SERVICE_BUNDLE, path.join(root, "lambda/key-service/index.ts"), KEY_SERVICE_BUNDLE_RUNTIME],
  [UPLOAD_CHECK_BUNDLE, UPLOAD_CHECK_ENTRY.replace(dist, root), UPLOAD_CHECK_RUNTIME],
];
for (const [file, entry, runtime] of bundles) {
  const code = bundleFunctionCode(entry, esbuildTarget(runtime), KEY_SERVICE_UNUSED_MODULES);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  console.log(`build: ${path.relative(root, entry)} bundled into ${path.relative(root, file)} (${code.length} bytes)`);
}
console.log("build: dist/ written");
