import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Testing } from "cdktf";
import { unzipSync } from "fflate";
import { FunctionCode, FunctionCodeProps } from "../../../stacks/constructs/function-code";
import { howItEnded, runToEnd } from "../../helpers/child-process";

const entry = path.resolve(__dirname, "../../fixtures/handler.ts");

function build(props: FunctionCodeProps): FunctionCode {
  let code: FunctionCode | undefined;
  Testing.synthScope((scope) => {
    code = new FunctionCode(scope, "code", props);
  });
  return code as FunctionCode;
}

/** Unpacks the archive into a fresh folder outside the project, so nothing can be found in node_modules. */
function unpack(code: FunctionCode): string {
  const archive = unzipSync(readFileSync(path.join(code.bundleDir, "archive.zip")));
  expect(Object.keys(archive)).toEqual(["index.js"]);
  const dir = mkdtempSync(path.join(tmpdir(), "function-code-"));
  writeFileSync(path.join(dir, "index.js"), archive["index.js"]);
  return dir;
}

function run(dir: string): string {
  const script = `require(${JSON.stringify(path.join(dir, "index.js"))}).main_handler().then(console.log)`;
  return execFileSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    cwd: dir,
    env: { PATH: process.env.PATH },
  }).trim();
}

/**
 * Builds `entry` in a fresh process (as each `cdktf synth` is), with `tmp` as the temporary folder the bundles are
 * kept in, and returns the bundled `index.js` and when it was written.
 */
async function buildInProcess(entryFile: string, tmp: string): Promise<{ code: string; writtenMs: number }> {
  const script = `
    const { Testing } = require("cdktf");
    const { FunctionCode } = require(${JSON.stringify(path.resolve(__dirname, "../../../stacks/constructs/function-code"))});
    const fs = require("node:fs");
    const path = require("node:path");
    Testing.synthScope((scope) => {
      const code = new FunctionCode(scope, "code", { entry: ${JSON.stringify(entryFile)} });
      const file = path.join(code.bundleDir, "index.js");
      console.log(JSON.stringify({ code: fs.readFileSync(file, "utf8"), writtenMs: fs.statSync(file).mtimeMs }));
    });`;
  const run = await runToEnd(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: path.resolve(__dirname, "../../.."),
    env: { PATH: process.env.PATH, TMPDIR: tmp },
  });
  if (run.code !== 0) {
    throw new Error(`the build ${howItEnded(run.code, run.signal)}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as { code: string; writtenMs: number };
}

describe("FunctionCode", () => {
  test("reuses a bundle a previous process built, until a file it was built from changes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "function-code-cache-"));
    const entryFile = path.join(dir, "entry.ts");
    writeFileSync(entryFile, 'import { answer } from "./dep";\nexport const main_handler = async () => answer;\n');
    writeFileSync(path.join(dir, "dep.ts"), 'export const answer = "first answer";\n');

    const first = await buildInProcess(entryFile, dir);
    const again = await buildInProcess(entryFile, dir);
    writeFileSync(path.join(dir, "dep.ts"), 'export const answer = "second answer";\n');
    const changed = await buildInProcess(entryFile, dir);

    expect(first.code).toContain("first answer");
    expect(again).toEqual(first);
    expect(changed.code).toContain("second answer");
    expect(changed.code).not.toContain("first answer");
  });

  test("zips one bundled index.js that runs without node_modules", () => {
    expect(run(unpack(build({ entry })))).toBe("function");
  });

  test("hands Terraform the zip's path inside the stack's assets", () => {
    expect(build({ entry }).asset.path).toMatch(/^assets\/[\w-]+\/[0-9A-F]+\/archive\.zip$/);
  });

  test("builds the same archive every time, so the asset hash only changes with the code", () => {
    const first = readFileSync(path.join(build({ entry }).bundleDir, "archive.zip"));
    const again = readFileSync(path.join(build({ entry, target: "node18" }).bundleDir, "archive.zip"));
    expect(again.equals(first)).toBe(true);
  });

  test("replaces unused modules with an empty one", () => {
    const full = readFileSync(path.join(build({ entry }).bundleDir, "index.js"), "utf8");
    const stubbed = readFileSync(path.join(build({ entry, unusedModules: ["jose"] }).bundleDir, "index.js"), "utf8");
    expect(full).toContain("ERR_JOSE_GENERIC");
    expect(stubbed).not.toContain("ERR_JOSE_GENERIC");
    expect(stubbed.length).toBeLessThan(full.length / 4);
  });

  test("zips a prebuilt bundle as it is, into the same archive as bundling its source", () => {
    const bundled = build({ entry });
    const prebuilt = path.join(mkdtempSync(path.join(tmpdir(), "prebuilt-")), "index.js");
    writeFileSync(prebuilt, readFileSync(path.join(bundled.bundleDir, "index.js")));
    const zipped = build({ bundle: prebuilt });
    expect(run(unpack(zipped))).toBe("function");
    expect(
      readFileSync(path.join(zipped.bundleDir, "archive.zip")).equals(
        readFileSync(path.join(bundled.bundleDir, "archive.zip")),
      ),
    ).toBe(true);
  });

  test("fails unless given exactly one of entry and bundle", () => {
    expect(() => build({})).toThrow("entry, bundle: received {}; allowed: exactly one of them");
    expect(() => build({ entry, bundle: "/x/index.js" })).toThrow(
      /^entry, bundle: received \{"entry":".*","bundle":"\/x\/index.js"\}; allowed: exactly one of them$/,
    );
  });

  test("fails for a missing entry", () => {
    expect(() => build({ entry: path.join(__dirname, "missing.ts") })).toThrow(/Could not resolve/);
  });
});
