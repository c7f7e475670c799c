// Where the team's shared tools and provider schema live: `../shared` beside the project, which a standalone clone
// does not have. Used by schema-check.mjs and get-offline.mjs to say so in one line instead of a stack trace.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root: the folder above scripts/. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The provider constraint of cdktf.json, such as `~> 1.83`. */
export function providerConstraint() {
  const { terraformProviders } = JSON.parse(readFileSync(path.join(ROOT, "cdktf.json"), "utf8"));
  const entry = terraformProviders.find((p) => p.startsWith("tencentcloudstack/tencentcloud@"));
  return entry.slice(entry.indexOf("@") + 1);
}

/** The schema file name cdktf looks for: bare provider name, `@`, the URL-encoded constraint. */
export function schemaFileName() {
  return `tencentcloud@${encodeURIComponent(providerConstraint())}.json`;
}

/** Where the schema comes from, for messages. */
export function schemaOrigin() {
  return (
    `the schema is \`terraform providers schema -json\` of tencentcloudstack/tencentcloud ${providerConstraint()}, ` +
    `kept as ${schemaFileName()} in ../shared/provider-schema (or the folder PROVIDER_SCHEMA_DIR names); ` +
    "with terraform and network, `npm run get` needs no schema file"
  );
}

/** Prints `problem` and where the schema comes from, one line each, and exits 1. */
export function missing(tool, problem) {
  console.error(`${tool}: ${problem}`);
  console.error(`${tool}: ${schemaOrigin()}`);
  process.exit(1);
}

/** The provider's source address, as `terraform providers schema -json` keys it. */
export const PROVIDER_SOURCE = "registry.terraform.io/tencentcloudstack/tencentcloud";

/** The provider types .gen/ holds bindings for (scripts/provider-types.json): in use and planned, sorted. */
export function providerTypes() {
  const { inUse, planned } = JSON.parse(readFileSync(path.join(ROOT, "scripts", "provider-types.json"), "utf8"));
  return [...new Set([...inUse, ...Object.keys(planned)])].sort();
}

/**
 * `schema` (the parsed output of `terraform providers schema -json`) with only the provider and the resources and
 * data sources in `types` (`data.` marks a data source). Throws naming every type the schema lacks.
 */
export function filterSchema(schema, types) {
  const provider = schema.provider_schemas?.[PROVIDER_SOURCE];
  if (provider === undefined) {
    throw new Error(
      `the schema has no provider ${PROVIDER_SOURCE} (it has ${Object.keys(schema.provider_schemas ?? {}).join(", ") || "none"})`,
    );
  }
  const resources = {};
  const dataSources = {};
  const lacking = [];
  for (const type of types) {
    const [from, to, name] = type.startsWith("data.")
      ? [provider.data_source_schemas ?? {}, dataSources, type.slice("data.".length)]
      : [provider.resource_schemas ?? {}, resources, type];
    if (Object.hasOwn(from, name)) {
      to[name] = from[name];
    } else {
      lacking.push(type);
    }
  }
  if (lacking.length > 0) {
    throw new Error(`scripts/provider-types.json names ${lacking.join(", ")}, which the provider schema lacks`);
  }
  return {
    ...schema,
    provider_schemas: {
      [PROVIDER_SOURCE]: { ...provider, resource_schemas: resources, data_source_schemas: dataSources },
    },
  };
}

/**
 * `env` for a cdktf child: with CI=true where stdout is not a terminal and CI is unset. cdktf-cli 0.21 draws with
 * ink, which writes every spinner frame unless `is-ci` says it runs in CI (CI, CONTINUOUS_INTEGRATION, BUILD_NUMBER,
 * RUN_ID or a CI vendor's variable, and CI not "false"; `BE=` in node_modules/cdktf-cli/bundle/bin/cmds/handlers.js)
 * and never asks whether stdout is a terminal; with CI set, a log holds cdktf's lines and no `⠼ Synthesizing` frames.
 */
export function cdktfEnv(env) {
  return !process.stdout.isTTY && env.CI === undefined ? { ...env, CI: "true" } : env;
}
