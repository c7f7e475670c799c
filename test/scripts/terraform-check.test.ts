import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import { AddressInfo } from "node:net";
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
  const result = spawnSync(process.execPath, [script, ...args], {
    encoding: "utf8",
    env: { PATH: dir, ...env },
    timeout: 60_000,
  });
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
    expect(result.stderr).toMatch(
      /^terraform-check: could not read a version from ".*terraform version" \("something else"\); install Terraform >= 1\.10/,
    );
  });

  test("passes the command's exit code through", () => {
    const result = check(fakePath({ terraform: "Terraform v1.10.5" }), [
      "--",
      process.execPath,
      "-e",
      "process.exit(3)",
    ]);
    expect(result.status).toBe(3);
  });
});

/** A home folder with nothing in it, so that no real tccli profile is read. */
function emptyHome(): string {
  return mkdtempSync(path.join(tmpdir(), "home-"));
}

/** Runs the check without blocking this process (a test's local registry must answer meanwhile). */
function checkAsync(
  dir: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { PATH: dir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A port on 127.0.0.1 nothing listens on. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const printed = ["--", process.execPath, "-e", "console.log('ran')"];
const keys = { TENCENTCLOUD_SECRET_ID: "AKIDexample", TENCENTCLOUD_SECRET_KEY: "example-key" };

describe("terraform-check --preflight", () => {
  let registry: http.Server;
  let registryUrl: string;
  let unreachable: string;

  beforeAll(async () => {
    registry = http.createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"providers.v1":"/v1/providers/"}'),
    );
    await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
    registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/.well-known/terraform.json`;
    unreachable = `http://127.0.0.1:${await closedPort()}/.well-known/terraform.json`;
  });

  afterAll(async () => {
    await new Promise((resolve) => registry?.close(resolve));
  });

  const base = () => ({
    HOME: emptyHome(),
    TERRAFORM_REGISTRY_URL: registryUrl,
    TF_CLI_CONFIG_FILE: "/nonexistent/terraformrc",
  });

  test("fails before the command without credentials, naming every source it looked at and how to set one", async () => {
    const env = base();
    const result = await checkAsync(
      fakePath({ terraform: "Terraform v1.11.4" }),
      ["--preflight", "deploy", ...printed],
      env,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "terraform-check: no Tencent Cloud credentials for deploy: none is set: no TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, " +
        `no profile ${path.join(env.HOME, ".tccli", "default.credential")}, no TENCENTCLOUD_CAM_ROLE_NAME.\n`,
    );
    expect(result.stderr).toContain("`tccli configure`");
    expect(result.stderr).toContain('"bucket … not exists"');
  });

  test("fails for a secret id without its key, naming the one missing", async () => {
    const result = await checkAsync(fakePath({ terraform: "Terraform v1.11.4" }), ["--preflight", "diff", ...printed], {
      ...base(),
      TENCENTCLOUD_SECRET_ID: "AKIDexample",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^terraform-check: no Tencent Cloud credentials for diff: TENCENTCLOUD_SECRET_ID set without TENCENTCLOUD_SECRET_KEY/,
    );
  });

  test("passes with keys in the environment and a registry that answers, and runs the command", async () => {
    const result = await checkAsync(
      fakePath({ terraform: "Terraform v1.11.4" }),
      ["--preflight", "deploy", ...printed],
      { ...base(), ...keys },
    );
    expect(result).toEqual({ status: 0, stdout: "ran\n", stderr: "" });
  });

  test("passes with the tccli profile that TENCENTCLOUD_PROFILE and TENCENTCLOUD_SHARED_CREDENTIALS_DIR name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tccli-"));
    writeFileSync(
      path.join(dir, "ci.credential"),
      JSON.stringify({ secretId: "AKIDexample", secretKey: "example-key" }),
    );
    const result = await checkAsync(
      fakePath({ terraform: "Terraform v1.11.4" }),
      ["--preflight", "destroy", ...printed],
      {
        ...base(),
        TENCENTCLOUD_SHARED_CREDENTIALS_DIR: dir,
        TENCENTCLOUD_PROFILE: "ci",
      },
    );
    expect(result).toEqual({ status: 0, stdout: "ran\n", stderr: "" });
  });

  test("fails for a profile without a secret key, naming the file", async () => {
    const env = base();
    mkdirSync(path.join(env.HOME, ".tccli"));
    const file = path.join(env.HOME, ".tccli", "default.credential");
    writeFileSync(file, JSON.stringify({ secretId: "AKIDexample", secretKey: " " }));
    const result = await checkAsync(
      fakePath({ terraform: "Terraform v1.11.4" }),
      ["--preflight", "deploy", ...printed],
      env,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^terraform-check: no Tencent Cloud credentials for deploy: the profile ${file} has no secretKey\\.\\n`,
      ),
    );
  });

  test("fails naming the registry when it cannot be reached, with how to configure a filesystem mirror", async () => {
    const result = await checkAsync(
      fakePath({ terraform: "Terraform v1.11.4" }),
      ["--preflight", "deploy", ...printed],
      {
        ...base(),
        ...keys,
        TERRAFORM_REGISTRY_URL: unreachable,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      new RegExp(
        `^terraform-check: the provider registry cannot be reached \\(${unreachable.replace(/[.?]/g, "\\$&")}: ECONNREFUSED`,
      ),
    );
    expect(result.stderr).toContain(
      "init installs registry.terraform.io/tencentcloudstack/tencentcloud ~> 1.83 from the registry",
    );
    expect(result.stderr).toContain("provider_installation {\n    filesystem_mirror {");
    expect(result.stderr).toContain("/nonexistent/terraformrc");
  });

  test("names OpenTofu's registry address of the provider when tofu runs", async () => {
    const result = await checkAsync(fakePath({ tofu: "OpenTofu v1.11.0" }), ["--preflight", "deploy", ...printed], {
      ...base(),
      ...keys,
      TERRAFORM_REGISTRY_URL: unreachable,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('include = ["registry.opentofu.org/tencentcloudstack/tencentcloud"]');
  });

  test("does not probe the registry where the CLI configuration sets provider_installation", async () => {
    const config = path.join(mkdtempSync(path.join(tmpdir(), "terraformrc-")), "terraformrc");
    writeFileSync(
      config,
      'provider_installation {\n  filesystem_mirror {\n    path = "/opt/terraform/providers"\n  }\n}\n',
    );
    const result = await checkAsync(
      fakePath({ terraform: "Terraform v1.11.4" }),
      ["--preflight", "deploy", ...printed],
      {
        ...base(),
        ...keys,
        TERRAFORM_REGISTRY_URL: unreachable,
        TF_CLI_CONFIG_FILE: config,
      },
    );
    expect(result).toEqual({ status: 0, stdout: "ran\n", stderr: "" });
  });

  test("checks nothing for outputs reading an outputs file, nor for --help", async () => {
    const empty = fakePath({});
    for (const args of [
      ["--preflight", "outputs", ...printed, "--", "dev", "--outputs-file", "x.json"],
      ["--preflight", "deploy", ...printed, "--", "--help"],
    ]) {
      const result = await checkAsync(empty, args, base());
      expect(result).toEqual({ status: 0, stdout: "ran\n", stderr: "" });
    }
  });

  test("fails for a preflight it does not know", () => {
    expect(check(fakePath({ terraform: "Terraform v1.11.4" }), ["--preflight", "apply"]).stderr).toBe(
      "terraform-check: --preflight takes deploy, diff, destroy, outputs, not apply\n",
    );
  });
});

describe("terraform-check and spinners", () => {
  const printCi = ["--", process.execPath, "-e", "console.log(process.env.CI ?? 'unset')"];

  test("tells cdktf it runs in CI when stdout is not a terminal, so that ink draws no spinner frames", () => {
    expect(check(fakePath({}), ["--no-terraform", ...printCi])).toMatchObject({ status: 0, stdout: "true\n" });
  });

  test("leaves a CI value that is set as it is", () => {
    expect(check(fakePath({}), ["--no-terraform", ...printCi], { CI: "false" })).toMatchObject({
      status: 0,
      stdout: "false\n",
    });
  });
});
