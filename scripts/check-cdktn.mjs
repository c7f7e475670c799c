#!/usr/bin/env node
// npm run check:cdktn (not in npm test; needs the npm registry): would this project synthesize the same Terraform
// with CDK Terrain, cdktf's community successor? Copies the project to a temporary folder, switches it to
// cdktn/cdktn-cli 0.24 (imports, package.json), regenerates .gen/ from the same provider schema, synthesizes every
// environment with both, and prints every difference between the Terraform JSON of the two.
//
//   node scripts/check-cdktn.mjs [--keep]     (PROVIDER_SCHEMA_DIR as for get:offline)
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, missing, providerConstraint, schemaFileName } from "./shared.mjs";

const CDKTN_VERSION = "0.24.0";
// cdktn 0.24 asks for constructs >=10.6.0 <10.8.0 (its peerDependencies); cdktf 0.21 runs on 10.4.2.
const CONSTRUCTS_VERSION = "10.6.0";
// cdktn-cli 0.24 declares engines node >=22.19.0 and crashes on Node 20 at start (`util.markAsUncloneable is not a
// function`); where this node is older, the copy installs the npm package `node` of that line and runs cdktn with it.
const CDKTN_NODE = { minimum: [22, 19, 0], package: "22.23.3" };
const keep = process.argv.includes("--keep");
const schemaDir = path.resolve(ROOT, process.env.PROVIDER_SCHEMA_DIR ?? "../shared/provider-schema");
if (!existsSync(path.join(schemaDir, schemaFileName()))) {
  missing("check:cdktn", `provider schema not found (looked at ${path.join(schemaDir, schemaFileName())}); nothing was compared`);
}
const work = mkdtempSync(path.join(tmpdir(), "check-cdktn-"));
const quiet = { DISABLE_VERSION_CHECK: "1", CHECKPOINT_DISABLE: "1", CI: "1" };

function step(message) {
  console.log(`check:cdktn: ${message}`);
}

function run(command, args, cwd, env = {}) {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...quiet, ...env } });
  } catch (error) {
    console.error(`check:cdktn: FAILED: ${command} ${args.join(" ")} in ${cwd} exited with ${error.status ?? error.signal}:`);
    console.error(`${error.stdout ?? ""}${error.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n"));
    console.error(`check:cdktn: the copy is kept in ${work}`);
    process.exit(1);
  }
}

// 1. cdktf, as the project is: synthesize into the work folder.
const cdktfOut = path.join(work, "cdktf-out");
step(`cdktf ${JSON.parse(readFileSync(path.join(ROOT, "node_modules/cdktf/package.json"), "utf8")).version}: synth`);
run(path.join(ROOT, "node_modules/.bin/cdktf"), ["synth", "--output", cdktfOut], ROOT);

// 2. The copy, switched to cdktn.
const copy = path.join(work, "project");
const skip = new Set(["node_modules", "cdktf.out", "dist", "state", ".git", "bench", "coverage"]);
cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(path.basename(src)) || path.dirname(src) !== ROOT });
const pkg = JSON.parse(readFileSync(path.join(copy, "package.json"), "utf8"));
delete pkg.dependencies.cdktf;
delete pkg.devDependencies["cdktf-cli"];
pkg.dependencies.cdktn = CDKTN_VERSION;
pkg.dependencies.constructs = CONSTRUCTS_VERSION;
// Synth needs tsx, esbuild and the handler's dependencies; the test tools are left out of the install.
const synthTools = ["tsx", "esbuild", "@types/node", "typescript"];
pkg.devDependencies = Object.fromEntries(Object.entries(pkg.devDependencies).filter(([name]) => synthTools.includes(name)));
pkg.devDependencies["cdktn-cli"] = CDKTN_VERSION;
const [major, minor] = process.versions.node.split(".").map(Number);
const oldNode = major < CDKTN_NODE.minimum[0] || (major === CDKTN_NODE.minimum[0] && minor < CDKTN_NODE.minimum[1]);
if (oldNode) {
  pkg.devDependencies.node = CDKTN_NODE.package;
}
writeFileSync(path.join(copy, "package.json"), JSON.stringify(pkg, null, 2));

let rewritten = 0;
function rewriteImports(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") {
        rewriteImports(file);
      }
    } else if (/\.(ts|mjs|js)$/.test(entry.name)) {
      const text = readFileSync(file, "utf8");
      const next = text.replace(/(from |require\()(["'])cdktf(\/[^"']*)?\2/g, "$1$2cdktn$3$2");
      if (next !== text) {
        writeFileSync(file, next);
        rewritten++;
      }
    }
  }
}
rmSync(path.join(copy, ".gen"), { recursive: true, force: true });
rewriteImports(copy);
step(`copy in ${copy}: package.json on cdktn ${CDKTN_VERSION}, cdktn-cli ${CDKTN_VERSION}, constructs ${CONSTRUCTS_VERSION}; imports rewritten in ${rewritten} files; .gen/ removed`);

step("npm install (registry: cdktn, cdktn-cli and their dependencies)");
run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], copy);
const cdktn = path.join(copy, "node_modules/.bin/cdktn");
// node_modules/.bin first: cdktn, and the app it starts, run on the installed Node 22 where this one is older.
const bin = { PATH: `${path.join(copy, "node_modules/.bin")}${path.delimiter}${process.env.PATH}` };
const cdktnNode = run("node", ["--version"], copy, bin).trim();
step(`cdktn runs on node ${cdktnNode}${oldNode ? ` (installed into the copy: this node, ${process.version}, is older than cdktn-cli needs)` : ""}`);

// cdktn names its schema cache files differently from cdktf: the provider name, the constraint and the CLI that
// would fetch the schema (@cdktn/provider-schema cache.js: `<name>@<version>@<cli>-<major.minor>`, each
// URL-encoded), so a schema from an older terraform is never taken for a complete one. Ask cdktn for the key and lay
// the same schema file out under it.
// cdktn's logger writes to stdout too; the answer is the line starting with "key=".
const key = JSON.parse(
  run(
    "node",
    [
      "-e",
      `const { TerraformProviderConstraint } = require("@cdktn/commons");
       const { getFetchingCliVersion } = require("@cdktn/provider-schema/build/provider-schema");
       const t = new TerraformProviderConstraint(${JSON.stringify(`tencentcloudstack/tencentcloud@${providerConstraint()}`)});
       getFetchingCliVersion().then(
         (cli) => process.stdout.write(String.fromCharCode(10) + "key=" + JSON.stringify({ names: [t.name, t.fqn], version: t.version, cli: cli.name === "unknown" || !cli.version ? "unknown-cli" : cli.name + "-" + cli.version.split(".").slice(0, 2).join(".") })),
         () => process.stdout.write(String.fromCharCode(10) + "key=" + JSON.stringify({ names: [t.name, t.fqn], version: t.version, cli: "unknown-cli" })),
       );`,
    ],
    copy,
    bin,
  )
    .split("\n")
    .findLast((line) => line.startsWith("key="))
    .slice(4),
);
// 0.24's CLI looks the provider up by its bare name (`tencentcloud@…`), its library by the full one; lay out both.
const cacheNames = key.names.map((name) => [name, key.version, key.cli].map(encodeURIComponent).join("@") + ".json");
const cacheName = cacheNames[0];
const cacheDir = path.join(work, "schema-cache");
mkdirSync(cacheDir);
for (const name of cacheNames) {
  copyFileSync(path.join(schemaDir, schemaFileName()), path.join(cacheDir, name));
}
step(`cdktn get from the same provider schema, laid out as ${cacheName} (cdktf reads ${schemaFileName()})`);
run(cdktn, ["get"], copy, { ...bin, CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH: cacheDir });
rewriteImports(path.join(copy, ".gen"));

// The bindings themselves: which generated files differ in text (imports aside), before comparing what they emit.
function files(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  );
}
const cdktfGen = files(path.join(ROOT, ".gen")).sort();
const cdktnGen = new Set(files(path.join(copy, ".gen")));
const changedGen = cdktfGen.filter(
  (f) =>
    !cdktnGen.has(f) ||
    readFileSync(path.join(ROOT, ".gen", f), "utf8").replace(/cdktf/g, "cdktn") !== readFileSync(path.join(copy, ".gen", f), "utf8"),
);
step(
  `bindings: ${cdktnGen.size} files from cdktn, ${cdktfGen.length} from cdktf; ${changedGen.length} differ in text beyond the package name` +
    (changedGen.length ? ` (e.g. ${changedGen.slice(0, 3).join(", ")})` : ""),
);

const cdktnOut = path.join(work, "cdktn-out");
step("cdktn synth");
run(cdktn, ["synth", "--output", cdktnOut], copy, bin);

// 3. Compare, stack by stack, after replacing what must differ (the project folder, asset hashes).
function normalised(out, projectRoot, stack) {
  const text = readFileSync(path.join(out, "stacks", stack, "cdk.tf.json"), "utf8")
    .split(projectRoot)
    .join("<root>")
    .replace(/assets\/([^/"]+)\/[0-9A-F]{32,}/gi, "assets/$1/<hash>");
  return JSON.parse(text);
}

function differences(a, b, at = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) {
    return [];
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => differences(a[k], b[k], `${at}.${k}`));
  }
  return [`${at || "."}: cdktf ${JSON.stringify(a)} | cdktn ${JSON.stringify(b)}`];
}

const stacks = readdirSync(path.join(cdktfOut, "stacks")).sort();
let total = 0;
for (const stack of stacks) {
  const cdktnFile = path.join(cdktnOut, "stacks", stack, "cdk.tf.json");
  if (!existsSync(cdktnFile)) {
    console.log(`check:cdktn: ${stack}: cdktn synthesized no such stack`);
    total++;
    continue;
  }
  const diff = differences(normalised(cdktfOut, ROOT, stack), normalised(cdktnOut, copy, stack));
  const assets = (out) => readdirSync(path.join(out, "stacks", stack, "assets")).join(",");
  const sameAssetIds = assets(cdktfOut) === assets(cdktnOut);
  console.log(`check:cdktn: ${stack}: ${diff.length} differences in the Terraform JSON; asset folders ${sameAssetIds ? "identical" : "differ"}`);
  for (const line of diff) {
    console.log(`  ${line}`);
  }
  total += diff.length + (sameAssetIds ? 0 : 1);
}
const missingStacks = readdirSync(path.join(cdktnOut, "stacks")).filter((s) => !stacks.includes(s));
for (const stack of missingStacks) {
  console.log(`check:cdktn: ${stack}: only cdktn synthesized it`);
}
if (!keep) {
  rmSync(work, { recursive: true, force: true });
}
step(`${stacks.length} stacks compared, ${total + missingStacks.length} differences${keep ? `; kept in ${work}` : ""}`);
