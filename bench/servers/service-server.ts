/**
 * The key service as SCF runs it: its deployed bundle (the `index.js` that `FunctionCode` zips, path in
 * KEY_SERVICE_BUNDLE_ENTRY), its handler built from the environment as the first invocation builds it, behind the
 * local Function URL server of `npm run serve`.
 *
 * Environment: PORT, KEY_SERVICE_BUNDLE_ENTRY, and the handler's variables (bench/cold-load.ts's HANDLER_ENV,
 * STS_ENDPOINT).
 */
import { createRequire } from "node:module";
import type { Handler } from "../../lambda/key-service/handler";
import { startKeyServiceServer } from "../../sandbox/key-service-server";

interface KeyServiceBundle {
  handlerFromEnvironment(env: NodeJS.ProcessEnv): Handler;
}

const bundle = createRequire(__filename)(process.env.KEY_SERVICE_BUNDLE_ENTRY ?? "") as KeyServiceBundle;

startKeyServiceServer(bundle.handlerFromEnvironment(process.env), "127.0.0.1", Number(process.env.PORT ?? 0)).then(
  (server) => console.log(`listening on ${server.url}`),
  (error: Error) => {
    console.error(`service-server: cannot listen: ${error.message}`);
    process.exit(1);
  },
);
process.on("SIGTERM", () => process.exit(0));
