import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { Construct } from "constructs";
import { AssetType, TerraformAsset } from "cdktf";

/** Properties of a {@link FunctionCode}. */
export interface FunctionCodeProps {
  /** Absolute path of the handler's TypeScript entry point, bundled with esbuild. Give this or `bundle`. */
  readonly entry?: string;
  /**
   * Absolute path of an `index.js` bundled earlier (by {@link bundleFunctionCode}), zipped as it is: no esbuild and
   * no sources needed, as in an installed package. Give this or `entry`; `target` and `unusedModules` then do nothing.
   */
  readonly bundle?: string;
  /** Node.js version the bundle must run on, as an esbuild target. @default "node18" */
  readonly target?: string;
  /**
   * Packages the dependencies import but the handler never runs; each is replaced by an empty module, which keeps
   * them out of the bundle and off the cold start. @default none
   */
  readonly unusedModules?: readonly string[];
}

/** A bundled handler, zipped. */
interface Bundle {
  /** The folder holding `index.js` and `archive.zip`. */
  readonly dir: string;
  readonly archive: string;
}

const EMPTY_MODULE = path.join(__dirname, "empty-module.js");
// Fixed entry dates make the archive, and so the asset hash, depend on the code alone.
const ZIP_MTIME = new Date("2020-01-01T00:00:00Z");
const bundles = new Map<string, Bundle>();

/**
 * Bundles a handler with esbuild into one minified `index.js` and zips it, once per process; the zip becomes a file
 * asset whose path goes to `tencentcloud_scf_function.zip_file`. The package carries only the code the handler
 * imports, so it deploys small and cold-starts without a `node_modules` folder.
 */
export class FunctionCode extends Construct {
  /** The folder holding the bundled `index.js`. */
  readonly bundleDir: string;
  /** The zip archive, relative to the stack's output folder. */
  readonly asset: TerraformAsset;

  constructor(scope: Construct, id: string, props: FunctionCodeProps) {
    super(scope, id);
    if ((props.entry === undefined) === (props.bundle === undefined)) {
      throw new Error(
        `entry, bundle: received ${JSON.stringify({ entry: props.entry, bundle: props.bundle })}; allowed: exactly one of them`,
      );
    }
    const built =
      props.entry !== undefined
        ? bundle(props.entry, props.target ?? "node18", props.unusedModules ?? [])
        : archive(`prebuilt:${props.bundle}`, readFileSync(props.bundle as string));
    this.bundleDir = built.dir;
    this.asset = new TerraformAsset(this, "archive", { path: built.archive, type: AssetType.FILE });
  }
}

/** esbuild's options for one handler: one minified CommonJS file for Node.js. */
function buildOptions(
  entry: string,
  target: string,
  unusedModules: readonly string[],
): import("esbuild").BuildOptions & { write: false } {
  return {
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "node",
    format: "cjs",
    target,
    minify: true,
    legalComments: "eof",
    alias: Object.fromEntries(unusedModules.map((name) => [name, EMPTY_MODULE])),
    logLevel: "silent",
  };
}

/**
 * Bundles `entry` with esbuild into one minified CommonJS file, the code {@link FunctionCode} deploys; `npm run build`
 * uses it to ship the key service prebuilt. esbuild is loaded only here, so an installed package that zips a
 * prebuilt bundle needs neither esbuild nor the handler's sources.
 */
export function bundleFunctionCode(entry: string, target: string, unusedModules: readonly string[]): Uint8Array {
  return buildWithInputs(entry, target, unusedModules).code;
}

/** The bundle and every file esbuild read for it (absolute paths). */
function buildWithInputs(
  entry: string,
  target: string,
  unusedModules: readonly string[],
): { code: Uint8Array; inputs: string[] } {
  const { buildSync } = require("esbuild") as typeof import("esbuild");
  const workingDir = path.dirname(entry);
  const result = buildSync({
    ...buildOptions(entry, target, unusedModules),
    metafile: true,
    absWorkingDir: workingDir,
  });
  const inputs = Object.keys(result.metafile?.inputs ?? {}).map((input) => path.resolve(workingDir, input));
  return { code: result.outputFiles![0].contents, inputs };
}

/**
 * What a bundle on disk was built from: esbuild's version, the options, the archive format, and the SHA-256 of every
 * file esbuild read. A later synth reuses the bundle only if all of them are still the same.
 */
interface BuildRecord {
  readonly esbuild: string;
  readonly options: string;
  readonly archive: string;
  readonly files: Readonly<Record<string, string>>;
}

/** How archives are written; part of every {@link BuildRecord}, so a change here rebuilds them. */
const ARCHIVE_FORMAT = `zip, deflate 6, mtime ${ZIP_MTIME.toISOString()}`;

/**
 * Every environment deploys the same code, so it is built once per process. Zipping here, in process, rather than with
 * an archive asset saves cdktf a child process per stack (a third of a whole synth; see bench/README.md). Across
 * processes (the next `synth`, `diff`, `deploy`) the bundle on disk is reused while {@link BuildRecord} still holds:
 * esbuild only runs again when a file it read, its version or the options changed.
 */
function bundle(entry: string, target: string, unusedModules: readonly string[]): Bundle {
  const key = JSON.stringify([entry, target, unusedModules]);
  const built = bundles.get(key);
  if (built !== undefined) {
    return built;
  }
  const dir = bundleDir(key);
  const expected = {
    esbuild: esbuildVersion(),
    options: JSON.stringify(buildOptions(entry, target, unusedModules)),
    archive: ARCHIVE_FORMAT,
  };
  if (stillValid(dir, expected)) {
    const reused = { dir, archive: path.join(dir, "archive.zip") };
    bundles.set(key, reused);
    return reused;
  }
  const { code, inputs } = buildWithInputs(entry, target, unusedModules);
  const fresh = archive(key, code);
  const hashes = inputs.map((file) => [file, fileHash(file)] as const);
  // A file esbuild read but that cannot be read now is changing under us: record nothing, so the next synth rebuilds.
  if (hashes.length > 0 && hashes.every((entry): entry is readonly [string, string] => entry[1] !== undefined)) {
    const record: BuildRecord = { ...expected, files: Object.fromEntries(hashes) };
    writeAtomically(path.join(dir, "inputs.json"), Buffer.from(JSON.stringify(record)));
  }
  return fresh;
}

/** Whether the bundle in `dir` was built with `expected` from files that have not changed since. */
function stillValid(dir: string, expected: Omit<BuildRecord, "files">): boolean {
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(path.join(dir, "inputs.json"), "utf8")) as BuildRecord;
  } catch {
    return false;
  }
  const same =
    record.esbuild === expected.esbuild && record.options === expected.options && record.archive === expected.archive;
  return (
    same &&
    Object.keys(record.files ?? {}).length > 0 &&
    existsSync(path.join(dir, "index.js")) &&
    existsSync(path.join(dir, "archive.zip")) &&
    Object.entries(record.files).every(([file, hash]) => fileHash(file) === hash)
  );
}

function fileHash(file: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return undefined;
  }
}

function esbuildVersion(): string {
  return (require("esbuild") as typeof import("esbuild")).version;
}

function bundleDir(key: string): string {
  return path.join(tmpdir(), `direct-transfer-bundle-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`);
}

/** Writes `code` as `index.js` and zips it, into a folder named after `key`; once per process and key. */
function archive(key: string, code: Uint8Array): Bundle {
  const cached = bundles.get(key);
  if (cached !== undefined) {
    return cached;
  }
  const dir = bundleDir(key);
  mkdirSync(dir, { recursive: true });
  writeAtomically(path.join(dir, "index.js"), code);
  const zip = path.join(dir, "archive.zip");
  // Level 6: for these minified bundles level 9 saves a few bytes (58 849 → 58 847 for the check) and costs twice
  // the time, a tenth of a whole synth.
  writeAtomically(zip, zipSync({ "index.js": [code, { mtime: ZIP_MTIME }] }, { level: 6 }));
  const built = { dir, archive: zip };
  bundles.set(key, built);
  return built;
}

/** Other processes (parallel test workers, a second synth) may read the same file while this one writes it. */
function writeAtomically(file: string, data: Uint8Array): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
