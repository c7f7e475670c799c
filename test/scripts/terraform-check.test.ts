import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const script = path.resolve(__dirname, "../../scripts/terraform-check.mjs");

/** A folder for PATH holding fake executables that print `version` output like the real ones. */
function fakePath(tools: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "terraform-check-"));
  for (const [name, firstLine] of Object.entries(tools)) {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\necho "${firstLine}"\necho "on linux_amd64"\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}

/** Runs the check with only `dir` on the PATH (and no TERRAFORM_BINARY_NAME unless given). */
function check(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env: { PATH: dir, ...env }, timeout: 60_000 });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

const printBinaryName = ["--", process.execPath, "-e", "console.log(process.env.TERRAFORM_BINARY_NAME ?? 'unset')"];

describe("terraform-check", () => {
  test("fails in one line naming both tools, their versions and where to get them when neither is on the PATH", () => {
    const result = check(fakePath({}));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "terraform-check: terraform or tofu not found on the PATH; install Terraform >= 1.10 " +
        "(https://developer.hashicorp.com/terraform/install) or OpenTofu >= 1.11 (https://opentofu.org/docs/intro/install/)\n",
    );
  });

  test("fails for a terraform older than 1.10, naming the version found and the one needed", () => {
    const dir = fakePath({ terraform: "Terraform v1.5.7" });
    const result = check(dir, printBinaryName);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `terraform-check: Terraform 1.5.7 at ${path.join(dir, "terraform")} is too old; this project needs Terraform >= 1.10 ` +
        "(https://developer.hashicorp.com/terraform/install)\n",
    );
  });

  test("passes a recent terraform and runs the command unchanged", () => {
    const result = check(fakePath({ terraform: "Terraform v1.10.0" }), printBinaryName);
    expect(result).toMatchObject({ status: 0, stdout: "unset\n", stderr: "" });
  });

  test("passes without a command, saying nothing", () => {
    expect(check(fakePath({ terraform: "Terraform v1.14.2" }))).toMatchObject({ status: 0, stdout: "", stderr: "" });
  });

  test("uses tofu where terraform is missing, and tells cdktf so", () => {
    const result = check(fakePath({ tofu: "OpenTofu v1.11.0" }), printBinaryName);
    expect(result).toMatchObject({ status: 0, stdout: "tofu\n", stderr: "" });
  });

  test("fails for an OpenTofu older than 1.11", () => {
    const dir = fakePath({ tofu: "OpenTofu v1.10.6" });
    expect(check(dir).stderr).toBe(
      `terraform-check: OpenTofu 1.10.6 at ${path.join(dir, "tofu")} is too old; this project needs OpenTofu >= 1.11 ` +
        "(https://opentofu.org/docs/intro/install/)\n",
    );
  });

  test("checks the binary TERRAFORM_BINARY_NAME names, and only that one", () => {
    const dir = fakePath({ terraform: "Terraform v1.12.0", "tofu-1.6": "OpenTofu v1.6.2" });
    const result = check(dir, [], { TERRAFORM_BINARY_NAME: "tofu-1.6" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("OpenTofu 1.6.2");
  });

  test("fails for output it cannot read a version from", () => {
    const result = check(fakePath({ terraform: "something else" }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^terraform-check: could not read a version from ".*terraform version" \("something else"\); install Terraform >= 1\.10/);
  });

  test("passes the command's exit code through", () => {
    const result = check(fakePath({ terraform: "Terraform v1.10.5" }), ["--", process.execPath, "-e", "process.exit(3)"]);
    expect(result.status).toBe(3);
  });
});
