/**
 * What an environment's stack synthesizes, read in process: the key-service function's variables, the bucket's CORS
 * rules and the outputs whose values synth already knows. The sandbox configures its local services from these, and
 * `npm run outputs` its upload limits, so both show exactly what a deploy would.
 */
import fs from "node:fs";
import path from "node:path";
import { App } from "cdktf";
import { EnvironmentConfig } from "../config/environment-config";
import { ENVIRONMENTS } from "../config/environments";
import type { CosCorsRule } from "../local/cos-server";
import type { KeyServiceVariables, UploadCheckVariables } from "../policy/function-variables";
import { DirectTransferStack } from "../stacks/direct-transfer-stack";

/** The parts of one stack the sandbox and the outputs file need. */
export interface SynthesizedStack {
  /** The environment's name. */
  readonly name: string;
  /** `tencentcloud_scf_function.environment` of the key service; unresolved references stay `${…}`. */
  readonly functionVariables: KeyServiceVariables;
  /** `tencentcloud_scf_function.name`. */
  readonly functionName: string;
  /** `tencentcloud_cos_bucket.cors_rules`, in the local COS's shape. */
  readonly corsRules: readonly CosCorsRule[];
  /** Outputs whose values are known at synth, such as `key_service_url_command`. */
  readonly knownOutputs: Readonly<Record<string, string>>;
  /** The post-upload check, where the environment has one. */
  readonly uploadCheck?: {
    /** `tencentcloud_scf_function.environment` of the check; unresolved references stay `${…}`. */
    readonly functionVariables: UploadCheckVariables;
    /** The bundled handler the stack deploys (`index.js`, exporting `handlerFromEnvironment`). */
    readonly bundle: string;
  };
}

/** Terraform JSON, as far as read here. */
interface TerraformJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, { readonly value?: unknown }>;
}

/** Resolves `--env`: one of `config/environments.ts`, or fails naming the ones there are. */
export function environmentNamed(name: string): EnvironmentConfig {
  const environment = (ENVIRONMENTS as Record<string, EnvironmentConfig>)[name];
  if (environment === undefined) {
    throw new Error(`unknown environment ${JSON.stringify(name)}; allowed: ${Object.keys(ENVIRONMENTS).join(", ")}`);
  }
  return environment;
}

/**
 * Builds the environment's stack in a fresh app (no `Testing`: the same construction `main.ts` does) and reads it.
 * `outdir` is where cdktf would write assets; nothing is synthesized to disk.
 */
export function synthesizeStack(environment: EnvironmentConfig, outdir: string): SynthesizedStack {
  // cdktf creates the folder itself, but not its parents.
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir });
  const stack = new DirectTransferStack(app, environment.name, { environment });
  const json = stack.toTerraform() as TerraformJson;
  // The key service's function, not the post-upload check's where the environment has one.
  const fn = json.resource?.tencentcloud_scf_function?.[stack.getLogicalId(stack.keyService.fn)];
  if (fn === undefined) {
    throw new Error("the stack has no key-service function");
  }
  const bucket = onlyResource(json, "tencentcloud_cos_bucket");
  const rules = Array.isArray(bucket.cors_rules) ? (bucket.cors_rules as Record<string, unknown>[]) : [];
  const knownOutputs: Record<string, string> = {};
  for (const [name, output] of Object.entries(json.output ?? {})) {
    if (typeof output.value === "string" && !output.value.includes("${")) {
      knownOutputs[name] = output.value;
    }
  }
  const check = stack.transfer.uploadCheck;
  const checkFn =
    check === undefined ? undefined : json.resource?.tencentcloud_scf_function?.[stack.getLogicalId(check.fn)];
  return {
    name: environment.name,
    ...(check === undefined || checkFn === undefined
      ? {}
      : {
          uploadCheck: {
            functionVariables: { ...(checkFn.environment as Record<string, string>) },
            bundle: path.join(check.code.bundleDir, "index.js"),
          },
        }),
    functionVariables: { ...(fn.environment as Record<string, string>) },
    functionName: String(fn.name),
    corsRules: rules.map((rule) => ({
      allowedOrigins: strings(rule.allowed_origins),
      allowedMethods: strings(rule.allowed_methods),
      allowedHeaders: strings(rule.allowed_headers),
      exposeHeaders: strings(rule.expose_headers),
      ...(typeof rule.max_age_seconds === "number" ? { maxAgeSeconds: rule.max_age_seconds } : {}),
    })),
    knownOutputs,
  };
}

function onlyResource(json: TerraformJson, type: string): Record<string, unknown> {
  const resources = Object.values(json.resource?.[type] ?? {});
  if (resources.length !== 1) {
    throw new Error(`expected one ${type} in the stack, found ${resources.length}`);
  }
  return resources[0];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
