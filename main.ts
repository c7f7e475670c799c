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
  const valid: { name: string; environment: EnvironmentConfig }[] = [];
  const errors: ConfigError[] = [];
  for (const record of records) {
    try {
      // Resolved here as well as in the stack, so that a bad record never leaves a half-built stack in the app.
      valid.push({ name: resolveEnvironment(record).name, environment: record as EnvironmentConfig });
    } catch (error) {
      if (!(error instanceof ConfigError)) {
        throw error;
      }
      errors.push(error);
    }
  }
  // The cdktf CLI sets this variable. It prints whatever a failing app writes twice (live, then in its summary), so
  // under the CLI the errors travel as error annotations instead, which it prints once before exiting with 1.
  const runByCdktfCli = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS !== undefined;
  if (errors.length > 0 && !runByCdktfCli) {
    console.error(errors.map((error) => error.message).join("\n"));
    process.exitCode = 1;
    return;
  }
  const app = new App();
  errors.forEach((error, index) => {
    const stack = new TerraformStack(app, error.environment.replace(/[^A-Za-z0-9-]/g, "") || `invalid-${index + 1}`);
    stack.node.setContext(DISABLE_STACK_TRACE_IN_METADATA, true);
    Annotations.of(stack).addError(error.message);
  });
  // Valid environments are synthesized even beside an invalid one, so the CLI does not delete their output folders.
  for (const { name, environment } of valid) {
    new DirectTransferStack(app, name, { environment });
  }
  app.synth();
}

if (require.main === module) {
  main(Object.values(ENVIRONMENTS));
}
