#!/usr/bin/env node
// Runs before cdktf: is terraform (or OpenTofu) on the PATH, and recent enough? With --preflight, are there
// credentials, and can the provider registry be reached? Each failure is one short message saying what is missing
// and what to do, instead of cdktf's `execvp(3) failed` or the COS backend's "bucket … not exists". Then it runs the
// command after `--`.
//
//   node scripts/terraform-check.mjs [--preflight <deploy|diff|destroy|outputs>] [--no-terraform] [-- <command> <args…>]
//
// The minimums, and where they come from:
// - Terraform 1.10: the tencentcloud provider's README lists "Terraform 1.10+" from v1.83.8 on (it added ephemeral
//   resources, which need 1.10); `~> 1.83` installs the newest 1.83.x. cdktf-cli 0.21 itself only warns below
//   1.2.0 (`MIN_SUPPORTED_TERRAFORM_VERSION`, checked with `terraform version` in its terraform-check helper).
// - OpenTofu 1.11: the first OpenTofu with ephemeral resources (https://opentofu.org/docs/intro/whats-new).
// cdktf runs `$TERRAFORM_BINARY_NAME` (default `terraform`); where only `tofu` is found, the command gets
// TERRAFORM_BINARY_NAME=tofu.
//
// Where stdout is not a terminal and CI is unset, the command gets CI=true, so that cdktf writes no spinner frames
// to a log (see cdktfEnv in shared.mjs).
import { spawn, execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { homedir } from "node:os";
import path from "node:path";
import { cdktfEnv, providerConstraint } from "./shared.mjs";

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

/**
 * Where the tencentcloud provider (v1.83.25, `providerConfigure` in tencentcloud/provider.go) and Terraform's COS
 * backend (internal/backend/remote-state/cos/backend.go) would find credentials, or why they would find none:
 * `{ source }` or `{ missing }`, each one phrase. Both read, in this order: TENCENTCLOUD_SECRET_ID / _SECRET_KEY
 * (with TENCENTCLOUD_SECURITY_TOKEN for temporary keys); only when all three are unset, the tccli profile
 * `<TENCENTCLOUD_SHARED_CREDENTIALS_DIR or ~/.tccli>/<TENCENTCLOUD_PROFILE or default>.credential` (JSON with
 * secretId, secretKey, token); a CVM role named by TENCENTCLOUD_CAM_ROLE_NAME. The provider alone also takes an
 * OIDC or SAML role (TENCENTCLOUD_ASSUME_ROLE_ARN, _SESSION_NAME with _WEB_IDENTITY_TOKEN, or _SAML_ASSERTION and
 * _PRINCIPAL_ARN); the COS backend does not, so that source comes with a note.
 */
function credentialSource(env, home = homedir()) {
  const set = (name) => (env[name] ?? "") !== "";
  const keys = ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SECURITY_TOKEN"];
  const present = keys.filter(set);
  if (present.length > 0) {
    const unset = keys.slice(0, 2).filter((name) => !set(name));
    return unset.length === 0
      ? { source: "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY" }
      : { missing: `${present.join(" and ")} set without ${unset.join(" and ")} (the provider then reads no profile)` };
  }
  const dir = set("TENCENTCLOUD_SHARED_CREDENTIALS_DIR")
    ? env.TENCENTCLOUD_SHARED_CREDENTIALS_DIR.replace(/^~(?=$|\/)/, home)
    : path.join(home, ".tccli");
  const profile = set("TENCENTCLOUD_PROFILE") ? env.TENCENTCLOUD_PROFILE : "default";
  const file = path.join(dir, `${profile}.credential`);
  if (existsSync(file)) {
    let config;
    try {
      config = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      return { missing: `the profile ${file} is not readable JSON (${error.message}); the provider then ignores it` };
    }
    const blank = ["secretId", "secretKey"].filter(
      (key) => typeof config?.[key] !== "string" || config[key].trim() === "",
    );
    return blank.length === 0
      ? { source: `the tccli profile ${file}` }
      : { missing: `the profile ${file} has no ${blank.join(" and no ")}` };
  }
  if (set("TENCENTCLOUD_CAM_ROLE_NAME")) {
    return { source: `the CVM role ${env.TENCENTCLOUD_CAM_ROLE_NAME} (TENCENTCLOUD_CAM_ROLE_NAME)` };
  }
  if (set("TENCENTCLOUD_ASSUME_ROLE_ARN") && set("TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME")) {
    if (
      set("TENCENTCLOUD_ASSUME_ROLE_WEB_IDENTITY_TOKEN") ||
      (set("TENCENTCLOUD_ASSUME_ROLE_SAML_ASSERTION") && set("TENCENTCLOUD_ASSUME_ROLE_PRINCIPAL_ARN"))
    ) {
      return {
        source: "the role TENCENTCLOUD_ASSUME_ROLE_ARN names (OIDC or SAML)",
        note: "Terraform's COS state backend does not read OIDC or SAML: a stack with a COS backend also needs keys or a profile",
      };
    }
  }
  return {
    missing: `none is set: no TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, no profile ${file}, no TENCENTCLOUD_CAM_ROLE_NAME`,
  };
}

/** What to do without credentials, one paragraph. */
const CREDENTIALS_HOWTO =
  "Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SECURITY_TOKEN with temporary keys), or run " +
  "`tccli configure` (TENCENTCLOUD_PROFILE and TENCENTCLOUD_SHARED_CREDENTIALS_DIR pick another profile), or, on a CVM " +
  'with a CAM role, set TENCENTCLOUD_CAM_ROLE_NAME. Without credentials the provider stops with "Please set your ' +
  '`secret_id` and `secret_key`" and the COS state backend, asking anonymously, with "bucket … not exists".';

/**
 * The registry `init` installs the provider from (the source `tencentcloudstack/tencentcloud` names a provider of
 * the tool's default registry), and the CLI configuration files the tool reads: Terraform `~/.terraformrc`
 * (https://developer.hashicorp.com/terraform/cli/config/config-file), OpenTofu `~/.tofurc`, then `~/.terraformrc`
 * (https://opentofu.org/docs/cli/config/config-file/); TF_CLI_CONFIG_FILE replaces them. TERRAFORM_REGISTRY_URL
 * replaces the address probed (tests).
 */
function installation(tool, env) {
  const host = tool === "tofu" ? "registry.opentofu.org" : "registry.terraform.io";
  const rc = tool === "tofu" ? [".tofurc", ".terraformrc"] : [".terraformrc"];
  return {
    url: env.TERRAFORM_REGISTRY_URL ?? `https://${host}/.well-known/terraform.json`,
    provider: `${host}/tencentcloudstack/tencentcloud`,
    configFiles: env.TF_CLI_CONFIG_FILE ? [env.TF_CLI_CONFIG_FILE] : rc.map((name) => path.join(homedir(), name)),
  };
}

/** Resolves undefined when `url` answers at all (any HTTP status), else the error, within `ms`. */
function unreachable(url, ms) {
  return new Promise((resolve) => {
    const request = (url.startsWith("http:") ? http : https).get(url, { timeout: ms }, (res) => {
      res.resume();
      resolve(undefined);
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${ms / 1000} s`)));
    request.on("error", (error) => resolve(error.code ? `${error.code}: ${error.message}` : error.message));
  });
}

/** What to do where the registry cannot be reached, one paragraph and an example. */
function mirrorHowto({ provider, configFiles }) {
  return [
    `init installs ${provider} ${providerConstraint()} from the registry. Without internet (CI), fill a`,
    "mirror on a machine that has it (`terraform providers mirror /opt/terraform/providers` in",
    "cdktf.out/stacks/<env>, after `npm run synth`), copy it over, and tell Terraform in its CLI configuration",
    `(${configFiles[0]}; TF_CLI_CONFIG_FILE names another):`,
    "",
    "  provider_installation {",
    "    filesystem_mirror {",
    '      path    = "/opt/terraform/providers"',
    `      include = ["${provider}"]`,
    "    }",
    "    direct {",
    `      exclude = ["${provider}"]`,
    "    }",
    "  }",
    "",
    "(https://developer.hashicorp.com/terraform/cli/config/config-file#provider-installation)",
  ].join("\n");
}

const PREFLIGHTS = ["deploy", "diff", "destroy", "outputs"];

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const options = separator === -1 ? args : args.slice(0, separator);
const command = separator === -1 ? [] : args.slice(separator + 1);
const preflight = options.includes("--preflight") ? options[options.indexOf("--preflight") + 1] : undefined;
if (preflight !== undefined && !PREFLIGHTS.includes(preflight)) {
  fail(`--preflight takes ${PREFLIGHTS.join(", ")}, not ${preflight}`);
}
// Asking for help, or (outputs) reading an outputs file written before, starts neither terraform nor a provider.
const offline =
  command.includes("--help") ||
  command.includes("-h") ||
  (preflight === "outputs" && command.includes("--outputs-file"));

const env = { ...process.env };
let tool = "terraform";
if (!options.includes("--no-terraform") && !offline) {
  const configured = process.env.TERRAFORM_BINARY_NAME;
  const candidates = configured ? [configured] : ["terraform", "tofu"];
  const found = candidates
    .map((name) => ({ name, file: path.isAbsolute(name) ? name : which(name) }))
    .find((c) => c.file);
  if (found === undefined) {
    fail(`${candidates.join(" or ")} not found on the PATH; install ${NEEDED}`);
  }
  const checked = versionOf(found.file);
  tool = checked.tool;
  const { version } = checked;
  const { label, minimum, url } = TOOLS[tool];
  if (!atLeast(version, minimum)) {
    fail(
      `${label} ${version.join(".")} at ${found.file} is too old; this project needs ${label} >= ${minimum.slice(0, 2).join(".")} (${url})`,
    );
  }
  if (!configured && found.name !== "terraform") {
    env.TERRAFORM_BINARY_NAME = found.name;
  }
}

if (preflight !== undefined && !offline) {
  const credentials = credentialSource(process.env);
  if (credentials.missing !== undefined) {
    fail(`no Tencent Cloud credentials for ${preflight}: ${credentials.missing}.\n${CREDENTIALS_HOWTO}`);
  }
  if (credentials.note !== undefined) {
    console.error(`terraform-check: credentials from ${credentials.source}; note: ${credentials.note}`);
  }
  if (preflight === "outputs" && !credentials.source.startsWith("TENCENTCLOUD_SECRET_ID")) {
    console.error(
      "terraform-check: note: the Function URL lookup of npm run outputs reads TENCENTCLOUD_SECRET_ID / _SECRET_KEY only",
    );
  }
  const registry = installation(tool, process.env);
  const mirrored = registry.configFiles.some(
    (file) => existsSync(file) && /^\s*provider_installation\s*\{/m.test(readFileSync(file, "utf8")),
  );
  const proxied = ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"].some((name) => process.env[name]);
  // With a mirror configured, init needs no registry; behind a proxy this probe (which does not use it) proves nothing.
  if (preflight !== "outputs" && !mirrored && !proxied) {
    const problem = await unreachable(registry.url, 10_000);
    if (problem !== undefined) {
      fail(`the provider registry cannot be reached (${registry.url}: ${problem}).\n${mirrorHowto(registry)}`);
    }
  }
}

if (command.length > 0) {
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env: cdktfEnv(env) });
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
