/**
 * `npm run check:cdktn`: how far this project is from CDK Terrain (`cdktn`), the maintained successor of the archived
 * CDKTF, measured rather than guessed.
 *
 * In a temporary copy of the project it switches `cdktf`/`cdktf-cli` to `cdktn`/`cdktn-cli` 0.24 (imports renamed,
 * nothing else), regenerates the provider bindings with `cdktn get` from the same provider schema, synthesizes every
 * environment with `cdktn synth`, and compares each stack's Terraform JSON with what `cdktf synth` writes for the same
 * code. It prints what it changed, what differed, and exits 0 only when the Terraform (resources, data, providers,
 * backend, outputs, variables) is identical.
 *
 *   npm run check:cdktn [-- --keep]     # --keep leaves the temporary copy for inspection
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The release this check moves to. */
const CDKTN_VERSION = "0.24.0";
/** `cdktn` 0.24 requires constructs >=10.6.0 <10.8.0 (its peer dependency). */
const CONSTRUCTS_VERSION = "10.6.0";
/**
 * `cdktn-cli` 0.24 requires Node.js >= 22.19 (its `engines`) and crashes on 20 (`util.markAsUncloneable is not a
 * function`), so the copy runs it on Node.js 22 taken from the npm registry's `node-<platform>-<arch>` package.
 */
const NODE_FOR_CDKTN = "22.23.5";

const root = path.resolve(__dirname, "..");
const schemaDir = path.resolve(root, process.env.PROVIDER_SCHEMA_DIR ?? "../shared/provider-schema");
const keep = process.argv.includes("--keep");
const quietCli = { ...process.env, DISABLE_VERSION_CHECK: "1", CHECKPOINT_DISABLE: "1" };

/** Runs a command; on failure, throws with its exit code or signal and the end of its output. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = quietCli): string {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.error !== undefined || result.status !== 0) {
    const how =
      result.error?.message ?? (result.signal === null ? `exit code ${result.status}` : `signal ${result.signal}`);
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) failed: ${how}\n${output.trim().split("\n").slice(-30).join("\n")}`,
    );
  }
  return output;
}

/** Copies the files git tracks, without the generated bindings (the point is to regenerate them). */
function copyProject(to: string): void {
  const files = run("git", ["ls-files", "-z"], root)
    .split("\0")
    .filter((file) => file !== "" && !file.startsWith(".gen/"));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(to, file));
  }
}

/** The mechanical part of the move: package names and imports. Returns how many files and lines changed. */
function switchToCdktn(dir: string): { files: number; lines: number } {
  const manifestPath = path.join(dir, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  for (const deps of [manifest.dependencies, manifest.devDependencies, manifest.peerDependencies]) {
    if (deps === undefined) continue;
    if ("cdktf" in deps) {
      delete deps.cdktf;
      deps.cdktn = CDKTN_VERSION;
    }
    if ("cdktf-cli" in deps) {
      delete deps["cdktf-cli"];
      deps["cdktn-cli"] = CDKTN_VERSION;
    }
    if ("constructs" in deps) deps.constructs = CONSTRUCTS_VERSION;
  }
  for (const [name, script] of Object.entries<string>(manifest.scripts ?? {})) {
    manifest.scripts[name] = script.replace(/\bcdktf (get|synth|deploy|diff|destroy|output)\b/g, "cdktn $1");
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  let files = 1;
  let lines = 0;
  for (const file of sourceFiles(dir)) {
    const before = readFileSync(file, "utf8");
    const after = before
      .replace(/from "cdktf(\/[^"]*)?"/g, 'from "cdktn$1"')
      .replace(/import "cdktf(\/[^"]*)"/g, 'import "cdktn$1"');
    if (after !== before) {
      files += 1;
      lines += after.split("\n").filter((line, i) => line !== before.split("\n")[i]).length;
      writeFileSync(file, after);
    }
  }
  return { files, lines };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.parentPath.includes("node_modules"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Generated files of two binding trees that differ other than by the package name (and the recorded version). */
function bindingDifferences(cdktfGen: string, cdktnGen: string): { files: number; differing: string[] } {
  const list = (dir: string) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  const renamed = (text: string) =>
    text
      .replace(/\bcdktn\b/g, "cdktf")
      .replace(/\bCDKTN\b/g, "CDKTF")
      .replace(/"cdktf": "[0-9.]+"/, '"cdktf": "<version>"');
  const files = new Set([...list(cdktfGen), ...list(cdktnGen)]);
  const differing = [...files].filter((file) => {
    const read = (dir: string) =>
      existsSync(path.join(dir, file)) ? renamed(readFileSync(path.join(dir, file), "utf8")) : undefined;
    return read(cdktfGen) !== read(cdktnGen);
  });
  return { files: files.size, differing };
}

/**
 * The schema, filtered to scripts/provider-types.json. cdktn keys its schema cache by provider, constraint *and* the Terraform CLI that read the schema:
 * `tencentcloud@~%3E%201.83@terraform-1.11.json` (`@unknown-cli` when none is on the PATH), where cdktf used
 * `tencentcloud@~%3E%201.83.json`. The same schema file is offered under every name cdktn may look for.
 */
function cdktnSchemaCache(from: string, to: string): string {
  mkdirSync(to, { recursive: true });
  const clis = ["unknown-cli"];
  for (const cli of ["terraform", "tofu"]) {
    const result = spawnSync(cli, ["version", "-json"], { encoding: "utf8" });
    const version = result.status === 0 ? /"terraform_version":\s*"(\d+)\.(\d+)/.exec(result.stdout) : null;
    if (version !== null) clis.push(`${cli}-${version[1]}.${version[2]}`);
  }
  for (const file of readdirSync(from).filter((name) => name.endsWith(".json"))) {
    // Filtered as npm run get:offline filters it, so that cdktn generates the same bindings as the committed .gen/.
    const filtered = path.join(to, file);
    run(process.execPath, [path.join(root, "scripts", "filter-schema.mjs"), path.join(from, file), filtered], root);
    for (const cli of clis) {
      cpSync(filtered, path.join(to, `${file.slice(0, -".json".length)}@${encodeURIComponent(cli)}.json`));
    }
  }
  return to;
}

/** Every stack's `cdk.tf.json` under an output folder, by stack name. */
function stacksIn(outDir: string): Map<string, Record<string, unknown>> {
  const stacks = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(path.join(outDir, "stacks"))) {
    stacks.set(name, JSON.parse(readFileSync(path.join(outDir, "stacks", name, "cdk.tf.json"), "utf8")));
  }
  return stacks;
}

/** Paths at which two JSON values differ, with both values (shortened). */
function differences(a: unknown, b: unknown, at = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const bothObjects =
    typeof a === "object" && a !== null && typeof b === "object" && b !== null && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) {
    const show = (value: unknown) => (value === undefined ? "(absent)" : JSON.stringify(value).slice(0, 160));
    return [`${at || "/"}: cdktf ${show(a)} | cdktn ${show(b)}`];
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  return [...keys].flatMap((key) =>
    differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`),
  );
}

/**
 * Asset folders are named by content hash; the archive is the same bytes, so compare the names without the hash.
 * Absolute paths (the local backend's state file) name the project's folder, which for the copy is `copy`.
 */
function comparable(json: Record<string, unknown>, copy?: string): Record<string, unknown> {
  const text = JSON.stringify(json).replace(/assets\/([^/"]+)\/[0-9A-F]{32,}/gi, "assets/$1/<hash>");
  return JSON.parse(copy === undefined ? text : text.split(copy).join(root));
}

function main(): number {
  if (!existsSync(schemaDir)) {
    console.error(
      `check:cdktn: no provider schema at ${schemaDir}; set PROVIDER_SCHEMA_DIR to a folder holding tencentcloud@<constraint>.json (see docs/deploying.md, "Provider bindings")`,
    );
    return 2;
  }
  const work = mkdtempSync(path.join(tmpdir(), "cdktn-check-"));
  try {
    console.log(`check:cdktn: copy of the project in ${work}`);
    copyProject(work);
    const changed = switchToCdktn(work);
    console.log(
      `  switched to cdktn ${CDKTN_VERSION}: ${changed.files} files, ${changed.lines} import lines (package.json included)`,
    );

    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], work);
    const nodeDir = path.join(work, ".node");
    const nodePackage = `node-${process.platform}-${process.arch}`;
    run(
      "npm",
      ["install", "--prefix", nodeDir, "--no-save", "--no-audit", "--no-fund", `${nodePackage}@${NODE_FOR_CDKTN}`],
      work,
    );
    const onNode22 = {
      ...quietCli,
      PATH: `${path.join(nodeDir, "node_modules", nodePackage, "bin")}${path.delimiter}${process.env.PATH}`,
    };
    const version = run("npx", ["cdktn", "--version"], work, onNode22).trim().split("\n")[0];
    const nodeVersion = run("node", ["--version"], work, onNode22).trim();
    console.log(
      `  installed; cdktn --version: ${version}, run on Node.js ${nodeVersion} (cdktf runs on ${process.version})`,
    );

    const schemaEnv = {
      ...onNode22,
      CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH: cdktnSchemaCache(schemaDir, path.join(work, ".schema")),
    };
    run("npx", ["cdktn", "get"], work, schemaEnv);
    const bindings = bindingDifferences(path.join(root, ".gen"), path.join(work, ".gen"));
    console.log(
      `  cdktn get: ${bindings.files} generated files; beside the cdktf → cdktn rename, ${bindings.differing.length} differ from the committed .gen/` +
        bindings.differing.map((file) => `\n    ${file}`).join(""),
    );
    run("npx", ["tsc", "--noEmit"], work);
    console.log("  tsc --noEmit: clean against cdktn's types and bindings");

    const cdktnOut = path.join(work, "cdktn.out");
    run("npx", ["cdktn", "synth", "--output", cdktnOut], work, onNode22);
    const cdktfOut = path.join(work, "cdktf.out");
    run("npx", ["cdktf", "synth", "--output", cdktfOut], root);

    const before = stacksIn(cdktfOut);
    const after = stacksIn(cdktnOut);
    let terraformDifferences = 0;
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      const diffs = differences(comparable(before.get(name) ?? {}), comparable(after.get(name) ?? {}, work));
      const metadata = diffs.filter((diff) => diff.startsWith("///"));
      const terraform = diffs.filter((diff) => !diff.startsWith("///"));
      terraformDifferences += terraform.length;
      console.log(
        `  stack ${name}: ${terraform.length} Terraform differences, ${metadata.length} in the "//" metadata block`,
      );
      for (const diff of [...terraform, ...metadata]) console.log(`    ${diff}`);
    }
    console.log(
      terraformDifferences === 0
        ? "check:cdktn: same Terraform from cdktn as from cdktf; the move is the renames above"
        : `check:cdktn: ${terraformDifferences} Terraform differences; see above`,
    );
    return terraformDifferences === 0 ? 0 : 1;
  } finally {
    if (keep) {
      console.log(`  kept ${work}`);
    } else {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`check:cdktn: it did not work, because ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
