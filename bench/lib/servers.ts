/** The programs the bench serves, as they would run deployed: plain JavaScript under `node`, not through tsx. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { FunctionCode } from "../../stacks/constructs/function-code";
import {
  esbuildTarget,
  KEY_SERVICE_BUNDLE_RUNTIME,
  KEY_SERVICE_ENTRY,
  KEY_SERVICE_UNUSED_MODULES,
} from "../../stacks/constructs/key-service";

/** The key service's `index.js` as deployed: the bundle `FunctionCode` builds and zips for SCF. */
export function deployedKeyServiceEntry(): string {
  const code = new FunctionCode(new TerraformStack(Testing.app(), "bench"), "code", {
    entry: KEY_SERVICE_ENTRY,
    target: esbuildTarget(KEY_SERVICE_BUNDLE_RUNTIME),
    unusedModules: KEY_SERVICE_UNUSED_MODULES,
  });
  return path.join(code.bundleDir, "index.js");
}

/**
 * Compiles `bench/<file>` (TypeScript) into `<work>/servers/`, inside this repository so that its packages resolve
 * from `node_modules` as they would beside a deployed server; returns the JavaScript file for `node`.
 */
export function compileServer(root: string, work: string, file: string): string {
  const { buildSync } = require("esbuild") as typeof import("esbuild");
  const outDir = path.join(work, "servers");
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${path.basename(file, ".ts")}.js`);
  buildSync({
    entryPoints: [path.join(root, "bench", file)],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node.split(".")[0]}`,
    logLevel: "warning",
  });
  return outfile;
}
