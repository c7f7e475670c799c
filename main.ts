import { App } from "cdktf";
import { ENVIRONMENTS } from "./config/environments";
import { ConfigError } from "./config/resolve";
import { DirectTransferStack } from "./stacks/direct-transfer-stack";

const app = new App();
try {
  for (const environment of Object.values(ENVIRONMENTS)) {
    new DirectTransferStack(app, environment.name, { environment });
  }
} catch (error) {
  if (!(error instanceof ConfigError)) {
    throw error;
  }
  // A configuration mistake, not a bug: the message says what to fix, a stack trace would only bury it.
  console.error(error.message);
  process.exit(1);
}
app.synth();
