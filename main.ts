import { Annotations, App, DISABLE_STACK_TRACE_IN_METADATA, TerraformStack } from "cdktf";
import type { EnvironmentConfig } from "./config/environment-config";
import { ENVIRONMENTS } from "./config/environments";
import { ConfigError, resolveEnvironment } from "./config/resolve";
import { DirectTransferStack } from "./stacks/direct-transfer-stack";

/**
 * The app: one DirectTransferStack per environment record. An invalid record is reported once, naming each field,
 * and the run fails with exit code 1 and no stack trace: a configuration mistake is not a bug.
 */
export function main(records: readonly unknown[]): void {
  const app = new App();
  const errors: { record: unknown; error: ConfigError }[] = [];
  for (const record of records) {
    try {
      resolveEnvironment(record);
    } catch (error) {
      if (!(error instanceof ConfigError)) {
        throw error;
      }
      errors.push({ record, error });
    }
  }
  // The cdktf CLI sets this variable. It echoes whatever a failing app prints twice (live, then in its summary), so
  // under the CLI the errors travel as error annotations, which it prints once, exiting 1.
  const runByCdktfCli = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS !== undefined;
  if (errors.length > 0 && !runByCdktfCli) {
    console.error(errors.map(({ error }) => error.message).join("\n"));
    process.exitCode = 1;
    return;
  }
  const failed = new Set(errors.map(({ record }) => record));
  errors.forEach(({ error }, index) => {
    const stack = new TerraformStack(app, error.environment.replace(/[^A-Za-z0-9-]/g, "") || `invalid-${index + 1}`);
    stack.node.setContext(DISABLE_STACK_TRACE_IN_METADATA, true);
    Annotations.of(stack).addError(error.message);
  });
  // Valid environments are still synthesized, so that the CLI does not delete their output folders as orphans.
  for (const record of records) {
    if (!failed.has(record)) {
      // Just resolved without error, so the record is an EnvironmentConfig.
      const environment = record as EnvironmentConfig;
      new DirectTransferStack(app, resolveEnvironment(environment).name, { environment });
    }
  }
  app.synth();
}

if (require.main === module) {
  main(Object.values(ENVIRONMENTS));
}
