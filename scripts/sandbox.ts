/**
 * `npm run sandbox [-- --env dev --user alice --port 8787 --host 127.0.0.1 --page-origin http://localhost:5173]`:
 * the whole direct-transfer flow on this machine, without a cloud account (see sandbox/sandbox.ts). Ctrl-C stops it.
 * Everything it writes stays in `.sandbox/` inside the project (git-ignored).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { environmentNamed } from "../sandbox/synthesized-stack";
import type { AppOutputs } from "../sandbox/outputs-file";
import { PROJECT_ROOT, startSandbox } from "../sandbox/sandbox";

const USAGE = `usage: npm run sandbox -- [--env dev] [--user alice] [--port 8787] [--host 127.0.0.1] [--page-origin <listed origin>]
         [--check]

  --env          environment of config/environments.ts whose synthesized configuration is served (default dev)
  --user         the caller the printed token is for, its "sub" (default alice)
  --port         port of the key service (default 8787; 0 for any free port)
  --host         address to listen on (default 127.0.0.1). Android emulators reach 127.0.0.1 as 10.0.2.2 and iOS
                 simulators as localhost, so neither needs it; a phone on your network does (e.g. --host 0.0.0.0)
  --page-origin  the demo page's origin, one the environment lists in corsOrigins (default: the first free one); for an
                 environment that lists no http://localhost origin (staging, prod), a localhost origin that this run
                 alone adds to its CORS rules (default http://localhost:5173, else :3000)
  --check        run the post-upload check after every upload, quarantining under quarantine/ what is not what it
                 was declared as (always on for an environment that sets uploadCheck)`;

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: {
        env: { type: "string", default: "dev" },
        user: { type: "string", default: "alice" },
        port: { type: "string", default: "8787" },
        host: { type: "string", default: "127.0.0.1" },
        "page-origin": { type: "string" },
        check: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port must be a port number; received ${JSON.stringify(values.port)}`, 2);
  }
  let environment;
  try {
    environment = environmentNamed(values.env ?? "dev");
  } catch (error) {
    fail((error as Error).message, 2);
  }
  if (values.check === true && environment.uploadCheck === undefined) {
    environment = { ...environment, uploadCheck: { quarantinePrefix: "quarantine/" } };
  }
  const host = values.host ?? "127.0.0.1";
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    process.stderr.write(
      `warning: --host ${host} makes the key service, the page and the local COS reachable from other machines on the network; ` +
        "anyone who can reach them can upload with the printed token. Stop the sandbox when done.\n",
    );
  }
  // The stack's function bundle goes to the temporary folder; keep it, like everything else, inside the project.
  const tmp = path.join(PROJECT_ROOT, ".sandbox", "tmp");
  fs.mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;

  const sandbox = await startSandbox({
    environment,
    user: values.user ?? "alice",
    port,
    host,
    ...(values["page-origin"] === undefined ? {} : { pageOrigin: values["page-origin"] }),
  }).catch((error: Error) => fail(error.message, 1));
  const relative = (file: string): string => path.relative(process.cwd(), file) || file;
  process.stdout.write(
    [
      `sandbox for environment ${environment.name}, user ${values.user ?? "alice"}`,
      `  page          ${sandbox.pageUrl}`,
      ...(sandbox.addedPageOrigin === undefined
        ? []
        : [
            `                (environment ${environment.name} lists no localhost origin: ${sandbox.addedPageOrigin} is added to this run's CORS only, not to the environment)`,
          ]),
      `  limits        ${limitsLine(sandbox.outputs.uploadLimits)}; key mode ${sandbox.outputs.keyMode}`,
      `  key service   ${sandbox.keyServiceUrl}`,
      `  local COS     ${sandbox.cos.url} (HTTPS ${sandbox.cos.https?.url ?? "off"}, CA certificate ${relative(sandbox.certificateFile)})`,
      `  outputs file  ${relative(sandbox.outputsFile)}`,
      `  upload check  ${sandbox.uploadCheck === undefined ? "off (--check runs it)" : `on: each upload is checked; verdicts are the JSON lines below${sandbox.uploadCheck.webhook === undefined ? "" : `; webhook deliveries go to ${sandbox.uploadCheck.webhook.url}`}`}`,
      ...sandbox.exposed.map((line) => `  exposed       ${line}`),
      `  token (HS256, signed with this run's sandbox secret${environment.keyService?.authJwtSecretName === undefined ? "" : `, standing in for the Secrets Manager secret ${environment.keyService.authJwtSecretName}`}):`,
      `  ${sandbox.token}`,
      "",
      `  npm run upload -- --outputs ${relative(sandbox.outputsFile)} --token <token> <file>`,
      "sandbox ready; Ctrl-C stops it",
      "",
    ].join("\n"),
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    void sandbox.close().then(() => {
      process.stdout.write("sandbox stopped\n");
      process.exit(0);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function limitsLine(limits: AppOutputs["uploadLimits"]): string {
  const size = limits.maxObjectBytes === null ? "any size" : `objects up to ${limits.maxObjectBytes} bytes`;
  const parts = limits.multipartUpload
    ? `multipart above ${limits.multipartThresholdBytes} bytes`
    : "one request per upload";
  return `${size}, ${limits.allowedContentTypes.join(", ") || "any type"}, ${parts}`;
}

function fail(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

void main();
