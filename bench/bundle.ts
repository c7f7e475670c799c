import { builtinModules } from "node:module";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runOk } from "./lib/exec";
import { ratio } from "./lib/stats";
import { ZIP_TOOL, zipDir } from "./lib/zip";

/** Figures of the package-size comparison. */
export interface BundleResult {
  /** The deployed package's content (cdktf's archive.zip, unpacked), zipped by {@link zipDir}. */
  readonly zip_bytes: number;
  /** tsc output of lambda/ plus the production packages it requires, zipped by {@link zipDir}. */
  readonly naive_zip_bytes: number;
  readonly ratio: number;
  /** cdktf's own archive.zip as synth wrote it, for reference. */
  readonly deployed_archive_bytes: number;
  readonly deployed_archive: string;
  readonly unzipped_bytes: number;
  readonly naive_unzipped_bytes: number;
  readonly naive_files: number;
  /** Packages copied into the naive package's node_modules. */
  readonly naive_packages: string[];
  readonly zip_tool: string;
  /** Folders holding each side's unzipped package, for the cold-load comparison. */
  readonly dirs: { readonly bundle: string; readonly naive: string };
  /** Each side's handler module, relative to its folder. */
  readonly entries: { readonly bundle: string; readonly naive: string };
}

/**
 * Compares the zipped size of the deployed key-service package (taken from a synth output folder) with a naive
 * package: lambda/ compiled by tsc, plus every production package its output requires, copied from node_modules.
 */
export async function benchBundle(root: string, work: string, synthOutdir: string): Promise<BundleResult> {
  const archive = findArchive(path.join(synthOutdir, "stacks"));
  const bundleDir = path.join(work, "bundle", "pkg");
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(bundleDir, { recursive: true });
  await runOk("unzip", ["-q", archive, "-d", bundleDir]);
  const zipBytes = await zipDir(bundleDir, path.join(work, "bundle", "package.zip"));

  const naiveDir = await buildNaive(root, path.join(work, "naive"));
  const naiveZipBytes = await zipDir(naiveDir.pkg, path.join(work, "naive", "package.zip"));
  const naiveSize = treeSize(naiveDir.pkg);
  return {
    zip_bytes: zipBytes,
    naive_zip_bytes: naiveZipBytes,
    ratio: ratio(zipBytes, naiveZipBytes, 4),
    deployed_archive_bytes: statSync(archive).size,
    deployed_archive: path.relative(root, archive),
    unzipped_bytes: treeSize(bundleDir).bytes,
    naive_unzipped_bytes: naiveSize.bytes,
    naive_files: naiveSize.files,
    naive_packages: naiveDir.packages,
    zip_tool: ZIP_TOOL,
    dirs: { bundle: bundleDir, naive: naiveDir.pkg },
    entries: { bundle: "index.js", naive: path.join("lambda", "key-service", "index.js") },
  };
}

/** The key service's archive in a synth output: every stack deploys the same one, so the first found. */
function findArchive(stacksDir: string): string {
  for (const stack of readdirSync(stacksDir).sort()) {
    const assets = path.join(stacksDir, stack, "assets");
    if (!existsSync(assets)) continue;
    for (const asset of readdirSync(assets).filter((name) => name.startsWith("key-service"))) {
      for (const hash of readdirSync(path.join(assets, asset))) {
        const zip = path.join(assets, asset, hash, "archive.zip");
        if (existsSync(zip)) return zip;
      }
    }
  }
  throw new Error(`no key-service archive.zip under ${stacksDir}`);
}

async function buildNaive(root: string, dir: string): Promise<{ pkg: string; packages: string[] }> {
  const pkg = path.join(dir, "pkg");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rel = path.relative(dir, root);
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: path.join(rel, "tsconfig.json"),
      compilerOptions: {
        noEmit: false,
        outDir: "pkg",
        rootDir: rel,
        types: ["node"],
        sourceMap: false,
        declaration: false,
      },
      files: [path.join(rel, "lambda", "key-service", "index.ts")],
      include: [],
    }),
  );
  await runOk(
    process.execPath,
    [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(dir, "tsconfig.json")],
    { cwd: root },
  );
  const packages = packageClosure(root, requiredPackages(pkg));
  for (const name of packages) {
    cpSync(path.join(root, "node_modules", name), path.join(pkg, "node_modules", name), {
      recursive: true,
      dereference: true,
    });
  }
  return { pkg, packages };
}

const BUILTINS = new Set(builtinModules);

/** Bare package names that the compiled JavaScript under `dir` requires. */
function requiredPackages(dir: string): string[] {
  const names = new Set<string>();
  for (const file of walk(dir).filter((f) => f.endsWith(".js"))) {
    for (const match of readFileSync(file, "utf8").matchAll(/require\("([^"./][^"]*)"\)/g)) {
      const spec = match[1];
      const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
      if (!spec.startsWith("node:") && !BUILTINS.has(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * The top-level node_modules packages needed by `roots` and, transitively, by their dependencies, resolved the
 * way Node resolves them (nearest node_modules first). Packages nested inside another come along with it.
 */
function packageClosure(root: string, roots: readonly string[]): string[] {
  const top = path.join(root, "node_modules");
  const needed = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string, fromDir: string): void => {
    const dir = resolvePackage(name, fromDir, root);
    if (dir === undefined) {
      throw new Error(`cannot find package ${name} from ${fromDir}`);
    }
    if (seen.has(dir)) return;
    seen.add(dir);
    if (path.dirname(dir) === top || path.dirname(path.dirname(dir)) === top) {
      needed.add(path.relative(top, dir));
    }
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      if (resolvePackage(dep, dir, root) !== undefined || manifest.dependencies?.[dep] !== undefined) {
        visit(dep, dir);
      }
    }
  };
  for (const name of roots) visit(name, root);
  return [...needed].sort();
}

function resolvePackage(name: string, fromDir: string, root: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return undefined;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function treeSize(dir: string): { bytes: number; files: number } {
  const files = walk(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}
