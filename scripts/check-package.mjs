#!/usr/bin/env node
// npm run check:package (run by .ci/run, not by npm test): is the package usable by another cdktf project?
// Packs the project (prepack builds dist/), checks the tarball ships no tests, bench, CI or sources, installs it
// into a fresh project from npm's cache only (`--offline`: after `npm ci` every dependency is cached), then, with
// plain `node` and no tsx, synthesizes a stack of its own that contains a DirectTransfer, and a DirectTransferStack,
// and type-checks a TypeScript consumer against the shipped declarations.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const work = mkdtempSync(path.join(tmpdir(), "check-package-"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function step(message) {
  console.log(`check-package: ${message}`);
}

function fail(message) {
  console.error(`check-package: FAILED: ${message}\ncheck-package: the temporary project is kept in ${work}`);
  process.exit(1);
}

function run(command, args, cwd, env = {}) {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
  } catch (error) {
    fail(
      `${command} ${args.join(" ")} exited with ${error.status ?? error.signal}:\n${error.stdout ?? ""}${error.stderr ?? ""}`,
    );
  }
}

// 1. Pack.
step("npm pack (builds dist/ first)");
const [packed] = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", work], root).replace(/^[^[]*/s, ""));
const tarball = path.join(work, packed.filename);
const shipped = packed.files.map((f) => f.path);
const unexpected = shipped.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
if (unexpected.length > 0) {
  fail(`the tarball ships files outside dist/: ${unexpected.join(", ")}`);
}
for (const needed of [
  "dist/stacks/index.js",
  "dist/stacks/index.d.ts",
  "dist/key-service/index.js",
  "dist/.gen/providers/tencentcloud/provider/index.js",
]) {
  if (!shipped.includes(needed)) {
    fail(`the tarball lacks ${needed}`);
  }
}
step(
  `${packed.filename}: ${shipped.length} files, ${(packed.size / 1024).toFixed(0)} KiB, all in dist/ (no test/, bench/, .ci/, lambda/)`,
);

// 2. Install into a fresh project, offline.
const consumer = path.join(work, "consumer");
mkdirSync(consumer);
writeFileSync(
  path.join(consumer, "cdktf.json"),
  JSON.stringify({ language: "typescript", app: "node main.js" }, null, 2),
);
// `npm install <tarball>` would ask the registry for each dependency's metadata, which `npm ci` does not cache. A
// lockfile made of this project's production entries (same versions, same integrity hashes) lets `npm ci --offline`
// take every dependency's tarball from the cache, as it is after the project's own `npm ci`.
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
const dependency = { "cos-direct-transfer": `file:${packed.filename}` };
writeFileSync(
  path.join(consumer, "package.json"),
  JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies: dependency }, null, 2),
);
const production = Object.entries(lock.packages).filter(
  ([location, entry]) => location !== "" && entry.dev !== true && !entry.link,
);
writeFileSync(
  path.join(consumer, "package-lock.json"),
  JSON.stringify(
    {
      name: "consumer",
      version: "1.0.0",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "consumer", version: "1.0.0", dependencies: dependency },
        "node_modules/cos-direct-transfer": {
          version: packed.version,
          resolved: `file:${packed.filename}`,
          integrity: packed.integrity,
          license: lock.packages[""].license,
          dependencies: lock.packages[""].dependencies,
          engines: lock.packages[""].engines,
        },
        ...Object.fromEntries(production),
      },
    },
    null,
    2,
  ),
);
copyFileSync(tarball, path.join(consumer, packed.filename));
step("npm ci --offline into a fresh project: the tarball, and its dependencies from the cache");
run(npm, ["ci", "--offline", "--no-audit", "--no-fund"], consumer);

// 3. Synthesize with plain node: the construct in a stack of the consumer's own, and the per-environment stack.
const environment = {
  name: "pkg",
  region: "ap-guangzhou",
  appId: "1250000000",
  ownerUin: "100000000001",
  bucketBaseName: "direct-transfer-pkg",
  stateBackend: { type: "local" },
  protected: false,
  uploadCheck: { quarantinePrefix: "quarantine/" },
};
writeFileSync(
  path.join(consumer, "main.js"),
  `const path = require("node:path");
const { App, LocalBackend, TerraformOutput, TerraformStack } = require("cdktf");
const { DirectTransfer, DirectTransferStack, TencentcloudProvider } = require("cos-direct-transfer");
const { CosBucket } = require("cos-direct-transfer/providers/tencentcloud/cos-bucket");

const environment = ${JSON.stringify(environment)};

class Platform extends TerraformStack {
  constructor(scope, id) {
    super(scope, id);
    new TencentcloudProvider(this, "tencentcloud", { region: environment.region });
    new LocalBackend(this, { path: path.join(__dirname, "state", "platform.tfstate") });
    const uploads = new DirectTransfer(this, "uploads", { environment });
    if (!(uploads.uploadBucket.bucket instanceof CosBucket)) throw new Error("two copies of the bindings");
    new TerraformOutput(this, "uploads_bucket", { value: uploads.uploadBucket.bucket.bucket });
  }
}

const app = new App({ outdir: path.join(__dirname, "cdktf.out") });
new Platform(app, "platform");
new DirectTransferStack(app, "pkg", { environment });
app.synth();
`,
);
step("node main.js (no tsx)");
run(process.execPath, ["main.js"], consumer);

const stackJson = (id) =>
  JSON.parse(readFileSync(path.join(consumer, "cdktf.out", "stacks", id, "cdk.tf.json"), "utf8"));
const platform = stackJson("platform");
for (const type of [
  "tencentcloud_cos_bucket",
  "tencentcloud_cam_role",
  "tencentcloud_cam_policy",
  "tencentcloud_scf_function",
  "tencentcloud_scf_trigger",
]) {
  if (platform.resource?.[type] === undefined) {
    fail(`the consumer's stack has no ${type}`);
  }
}
// Both functions deploy the bundles npm run build made: the package ships neither lambda/ nor esbuild.
const functions = Object.values(platform.resource.tencentcloud_scf_function);
for (const [suffix, bundle] of [
  ["-key-service", "key-service"],
  ["-upload-check", "upload-check"],
]) {
  const fn = functions.find((f) => String(f.name).endsWith(suffix));
  if (fn === undefined) {
    fail(`the consumer's stack has no function named *${suffix}`);
  }
  const zip = path.join(consumer, "cdktf.out", "stacks", "platform", fn.zip_file);
  if (!existsSync(zip)) {
    fail(`the function's zip ${fn.zip_file} was not written`);
  }
  const handler = Buffer.from(unzipSync(readFileSync(zip))["index.js"] ?? []).toString("utf8");
  const prebuilt = readFileSync(path.join(root, "dist", bundle, "index.js"), "utf8");
  if (!handler.includes("main_handler") || handler !== prebuilt) {
    fail(`the ${fn.name} zip does not hold the prebuilt ${bundle} bundle`);
  }
}
const statePath = stackJson("pkg").terraform.backend.local.path;
if (statePath !== path.join(consumer, "state", "pkg.tfstate")) {
  fail(`DirectTransferStack keeps local state at ${statePath}, not in the consumer's state/ folder`);
}
step(
  `synthesized: ${Object.keys(platform.resource).length} resource types in the consumer's stack, key service and upload check zipped from the prebuilt bundles, state at <consumer>/state/pkg.tfstate`,
);

// 4. The declarations: a TypeScript consumer type-checks against the installed package.
writeFileSync(
  path.join(consumer, "typed.ts"),
  `import { TerraformStack, Testing } from "cdktf";
import { DirectTransfer, EnvironmentConfig, ResolvedEnvironment } from "cos-direct-transfer";
import { ScfFunction } from "cos-direct-transfer/providers/tencentcloud/scf-function";

const environment: EnvironmentConfig = ${JSON.stringify(environment)};
const stack = new TerraformStack(Testing.app(), "typed");
const transfer = new DirectTransfer(stack, "uploads", { environment });
const resolved: ResolvedEnvironment = transfer.environment;
const fn: ScfFunction = transfer.keyService.fn;
export const names: string[] = [resolved.bucket, fn.name];
`,
);
step("tsc --noEmit on a TypeScript consumer (module node16: exports and types as published)");
run(
  process.execPath,
  [
    require.resolve("typescript/bin/tsc"),
    "--noEmit",
    "--strict",
    "--skipLibCheck",
    "--module",
    "node16",
    "--moduleResolution",
    "node16",
    "--types",
    "node",
    "--typeRoots",
    path.join(root, "node_modules/@types"),
    "typed.ts",
  ],
  consumer,
);

rmSync(work, { recursive: true, force: true });
step("OK");
