/**
 * The key service on http://127.0.0.1:<PORT> (default 8787), for local development: each HTTP request becomes the
 * Function URL event SCF would deliver, handled by the same handler. With real keys in the shell
 * (TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY) it issues real temporary keys.
 *
 *   COS_BUCKET=… COS_REGION=… UPLOAD_ROLE_ARN=… AUTH_JWT_SECRET=… npm run serve
 *
 * Keys require HTTPS to COS; against a local COS over plain HTTP, add ALLOW_INSECURE_TRANSPORT=true. The function's
 * keys are read from the environment for every STS call, as in SCF. Only requests addressed to 127.0.0.1:<PORT> or
 * localhost:<PORT> are answered (421 otherwise), so a DNS-rebinding page cannot use the service from a browser.
 */
import { ConfigError, parseConfig, ServiceConfig } from "../lambda/key-service/config";
import { createHandler } from "../lambda/key-service/handler";
import { startKeyServiceServer } from "../sandbox/key-service-server";

function configOrExit(): ServiceConfig {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

// Parsed once: the handler keeps the STS connection and the key cache across requests.
const handler = createHandler(configOrExit());

startKeyServiceServer(handler, "127.0.0.1", Number(process.env.PORT ?? 8787)).then(
  (server) => console.log(`listening on ${server.url}`),
  (error: Error) => {
    console.error(`npm run serve: cannot listen: ${error.message}`);
    process.exit(1);
  },
);
