import path from "node:path";
import { App, Testing } from "cdktf";
import "cdktf/lib/testing/adapters/jest";
import { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { DirectTransferStack } from "../../stacks/direct-transfer-stack";

Testing.setupJest();

/** Synthesized Terraform JSON of one stack. */
export interface TerraformJson {
  readonly terraform?: { readonly backend?: Record<string, Record<string, unknown>> };
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
  readonly output: Record<string, { readonly value: unknown }>;
  readonly variable?: Record<string, Record<string, unknown>>;
}

/** A copy of the dev environment with `overrides` applied, for tests that change one field. */
export function devWith(overrides: Partial<EnvironmentConfig>): EnvironmentConfig {
  return { ...ENVIRONMENTS.dev, ...overrides };
}

/** Builds a fresh app with one stack for `environment`. */
export function buildStack(environment: EnvironmentConfig): DirectTransferStack {
  const app: App = Testing.app();
  return new DirectTransferStack(app, environment.name, { environment });
}

/** Synthesizes one stack for `environment` and parses the result. */
export function synthJson(environment: EnvironmentConfig): TerraformJson {
  return JSON.parse(Testing.synth(buildStack(environment))) as TerraformJson;
}

/** Every resource of `type`, as a list of argument objects. */
export function resourcesOf(json: TerraformJson, type: string): Record<string, unknown>[] {
  return Object.values(json.resource[type] ?? {});
}

/**
 * Replaces what changes between machines and builds (asset hashes, absolute paths) with stable placeholders, so a
 * snapshot only changes when the infrastructure does.
 */
export function normalise(synthesized: string): string {
  return synthesized
    .replace(/assets\/([^/"]+)\/[0-9A-F]{32,}/gi, "assets/$1/<hash>")
    .split(PROJECT_ROOT)
    .join("<root>");
}

/** The project's root, where the stacks resolve paths that must outlive a build (such as `state/`). */
export const PROJECT_ROOT = path.resolve(__dirname, "../..");
