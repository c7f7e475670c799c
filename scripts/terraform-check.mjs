#!/usr/bin/env node
// Runs before `cdktf deploy/diff/destroy/get`: is terraform (or OpenTofu) on the PATH, and recent enough? If not,
// one line says what to install, instead of cdktf's `execvp(3) failed`. Then it runs the command after `--`.
//
//   node scripts/terraform-check.mjs [-- <command> <args…>]
//
// The minimums, and where they come from:
// - Terraform 1.10: the tencentcloud provider's README lists "Terraform 1.10+" from v1.83.8 on (it added ephemeral
//   resources, which need 1.10); `~> 1.83` installs the newest 1.83.x. cdktf-cli 0.21 itself only warns below
//   1.2.0 (`MIN_SUPPORTED_TERRAFORM_VERSION`, checked with `terraform version` in its terraform-check helper).
// - OpenTofu 1.11: the first OpenTofu with ephemeral resources (https://opentofu.org/docs/intro/whats-new).
// cdktf runs `$TERRAFORM_BINARY_NAME` (default `terraform`); where only `tofu` is found, the command gets
// TERRAFORM_BINARY_NAME=tofu.
import { spawn, execFileSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

const TOOLS = {
  terraform: { label: "Terraform", minimum: [1, 10, 0], url: "https://developer.hashicorp.com/terraform/install" },
  tofu: { label: "OpenTofu", minimum: [1, 11, 0], url: "https://opentofu.org/docs/intro/install/" },
};
const NEEDED =
  `Terraform >= ${TOOLS.terraform.minimum.slice(0, 2).join(".")} (${TOOLS.terraform.url}) or ` +
  `OpenTofu >= ${TOOLS.tofu.minimum.slice(0, 2).join(".")} (${TOOLS.tofu.url})`;

function fail(message) {
  console.error(`terraform-check: ${message}`);
  process.exit(1);
}

/** The executable `name` on the PATH, as the shell would find it, or undefined. */
function which(name) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) {
        return file;
      }
    } catch {
      // not here
    }
  }
  return undefined;
}

/** `[major, minor, patch]` and the product from `terraform version` / `tofu version`. */
function versionOf(file) {
  let text;
  try {
    text = execFileSync(file, ["version"], { encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    fail(`${file} version failed (${error.status ?? error.signal ?? error.code}); install ${NEEDED}`);
  }
  const match = /^(Terraform|OpenTofu) v(\d+)\.(\d+)\.(\d+)/m.exec(text);
  if (match === null) {
    fail(`could not read a version from "${file} version" (${JSON.stringify(text.split("\n")[0])}); install ${NEEDED}`);
  }
  return { tool: match[1] === "OpenTofu" ? "tofu" : "terraform", version: match.slice(2, 5).map(Number) };
}

function atLeast(version, minimum) {
  for (let i = 0; i < 3; i++) {
    if (version[i] !== minimum[i]) {
      return version[i] > minimum[i];
    }
  }
  return true;
}

const separator = process.argv.indexOf("--");
const command = separator === -1 ? [] : process.argv.slice(separator + 1);

const configured = process.env.TERRAFORM_BINARY_NAME;
const candidates = configured ? [configured] : ["terraform", "tofu"];
const found = candidates.map((name) => ({ name, file: path.isAbsolute(name) ? name : which(name) })).find((c) => c.file);
if (found === undefined) {
  fail(`${candidates.join(" or ")} not found on the PATH; install ${NEEDED}`);
}
const { tool, version } = versionOf(found.file);
const { label, minimum, url } = TOOLS[tool];
if (!atLeast(version, minimum)) {
  fail(`${label} ${version.join(".")} at ${found.file} is too old; this project needs ${label} >= ${minimum.slice(0, 2).join(".")} (${url})`);
}

if (command.length > 0) {
  const env = { ...process.env };
  if (!configured && found.name !== "terraform") {
    env.TERRAFORM_BINARY_NAME = found.name;
  }
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env });
  // Ctrl-C reaches the child from the terminal; a second copy would make terraform abort without releasing its lock.
  const relay = { SIGINT: () => {}, SIGTERM: () => child.kill("SIGTERM"), SIGHUP: () => child.kill("SIGHUP") };
  for (const [signal, handler] of Object.entries(relay)) {
    process.on(signal, handler);
  }
  child.on("error", (error) => fail(`could not start ${command[0]}: ${error.message}`));
  child.on("exit", (code, signal) => {
    if (signal !== null) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}
