import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { buildSync } from "esbuild";
import { Construct } from "constructs";
import { AssetType, TerraformAsset } from "cdktf";

/** Properties of a {@link FunctionCode}. */
export interface FunctionCodeProps {
  /** Absolute path of the handler's TypeScript entry point. */
  readonly entry: string;
  /** Node.js version the bundle must run on, as an esbuild target. @default "node18" */
  readonly target?: string;
}

const bundles = new Map<string, string>();

/**
 * Bundles a handler with esbuild into one minified `index.js` and wraps it in a zip archive asset, whose path
 * goes to `tencentcloud_scf_function.zip_file`. The bundle carries only the code the handler imports, so the
 * function deploys and cold-starts without a `node_modules` folder.
 */
export class FunctionCode extends Construct {
  /** The folder holding the bundled `index.js`, before archiving. */
  readonly bundleDir: string;
  /** The zip archive, relative to the stack's output folder. */
  readonly asset: TerraformAsset;

  constructor(scope: Construct, id: string, props: FunctionCodeProps) {
    super(scope, id);
    this.bundleDir = bundle(props.entry, props.target ?? "node18");
    this.asset = new TerraformAsset(this, "archive", {
      path: this.bundleDir,
      type: AssetType.ARCHIVE,
    });
  }
}

/** Bundles once per process and entry: every environment deploys the same code. */
function bundle(entry: string, target: string): string {
  const key = `${entry}|${target}`;
  const cached = bundles.get(key);
  if (cached !== undefined) {
    return cached;
  }
  const dir = path.join(tmpdir(), `direct-transfer-bundle-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`);
  mkdirSync(dir, { recursive: true });
  buildSync({
    entryPoints: [entry],
    outfile: path.join(dir, "index.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target,
    minify: true,
    legalComments: "eof",
    logLevel: "silent",
  });
  bundles.set(key, dir);
  return dir;
}
