import { App } from "cdktf";
import { ENVIRONMENTS } from "./config/environments";
import { DirectTransferStack } from "./stacks/direct-transfer-stack";

const app = new App();
for (const environment of Object.values(ENVIRONMENTS)) {
  new DirectTransferStack(app, environment.name, { environment });
}
app.synth();
