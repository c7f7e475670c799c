import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Testing } from "cdktf";
import { FunctionCode } from "../../../stacks/constructs/function-code";

const entry = path.resolve(__dirname, "../../fixtures/handler.ts");

describe("FunctionCode", () => {
  test("bundles the entry into one index.js that runs without node_modules", () => {
    let assetSource = "";
    Testing.synthScope((scope) => {
      assetSource = new FunctionCode(scope, "code", { entry }).bundleDir;
    });
    // The asset copies a folder holding only the bundle.
    expect(readdirSync(assetSource)).toEqual(["index.js"]);
    const output = execFileSync(
      process.execPath,
      ["-e", `require(${JSON.stringify(path.join(assetSource, "index.js"))}).main_handler().then(console.log)`],
      { encoding: "utf8", cwd: "/", env: { PATH: process.env.PATH } },
    );
    expect(output.trim()).toBe("function");
  });

  test("hands Terraform a zip archive path inside the stack's assets", () => {
    Testing.synthScope((scope) => {
      const code = new FunctionCode(scope, "code", { entry });
      expect(code.asset.path).toMatch(/^assets\/[\w-]+\/[0-9A-F]+\/archive\.zip$/);
    });
  });

  test("fails for a missing entry", () => {
    expect(() =>
      Testing.synthScope((scope) => new FunctionCode(scope, "code", { entry: path.join(__dirname, "missing.ts") })),
    ).toThrow(/Could not resolve|missing\.ts/);
    expect(existsSync(path.join(__dirname, "missing.ts"))).toBe(false);
  });
});
