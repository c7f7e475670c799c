/**
 * `npm run outputs -- <env>`: after a deploy, writes `outputs/<env>.json`, the file an app reads its configuration
 * from: bucket, region, key prefix template, key-service URL, upload limits, key lifetime. The sandbox writes the same
 * shape ({@link AppOutputs}, built by {@link appOutputs} for both).
 *
 *   npm run outputs -- dev                                  # runs cdktf output dev --outputs-file …
 *   npm run outputs -- dev --outputs-file cdktf-outputs.json  # reads a file cdktf output wrote before
 *
 * Bucket, region and function name come from the deployed stack's outputs; prefix, limits and lifetime from the
 * function variables the stack synthesizes (the ones the deployed key service runs with). The Function URL is read
 * with SCF `ListTriggers` and the deployer's credentials (TENCENTCLOUD_SECRET_ID, _SECRET_KEY, _SESSION_TOKEN): the
 * `http` trigger's `TriggerDesc.NetConfig.ExtranetUrl`. When it cannot be read, `keyService.url` is null and the file
 * still carries the command that prints it. The file's shape and builder: sandbox/outputs-file.ts.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { Duplex } from "node:stream";
import { Client as ScfClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/scf/v20180416/scf_client";
import { SCF_NAMESPACE } from "../stacks/constructs/key-service";
import { KEY_SERVICE_DOMAIN_URL_OUTPUT } from "../stacks/direct-transfer-stack";
import { environmentNamed, synthesizeStack } from "../sandbox/synthesized-stack";
import { appOutputs, AppOutputs, multipartUploadOf, writeOutputs } from "../sandbox/outputs-file";

export type { AppOutputs };

/** A usage or input problem; the message is for the person at the terminal. */
class OutputsError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "OutputsError";
  }
}

/** The stack outputs this command reads. */
export interface DeployOutputs {
  readonly bucketName: string;
  readonly bucketRegion: string;
  readonly functionName: string;
  readonly urlCommand: string;
  /** `key_service_domain_url`, where the stack has a custom domain. */
  readonly domainUrl?: string;
}

/**
 * Reads what `cdktf output <env> --outputs-file <file>` wrote (`{"<stack>": {"<output>": value}}`), or plain
 * `terraform output -json` (`{"<output>": {"value": …}}`).
 */
export function readDeployOutputs(file: string, environment: string): DeployOutputs {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new OutputsError(`cannot read the outputs file ${file}: ${(error as Error).message}`);
  }
  const root = isRecord(json) ? json : {};
  const stack = isRecord(root[environment]) ? root[environment] : root;
  const value = (name: string): string => {
    const raw = stack[name];
    const unwrapped = isRecord(raw) && "value" in raw ? raw.value : raw;
    if (typeof unwrapped !== "string" || unwrapped === "") {
      throw new OutputsError(`${file} has no output ${name} for stack ${environment}; was the stack deployed?`);
    }
    return unwrapped;
  };
  const domain = stack[KEY_SERVICE_DOMAIN_URL_OUTPUT];
  const domainUrl = isRecord(domain) && "value" in domain ? domain.value : domain;
  return {
    bucketName: value("bucket_name"),
    bucketRegion: value("bucket_region"),
    functionName: value("key_service_function_name"),
    urlCommand: value("key_service_url_command"),
    ...(typeof domainUrl === "string" && domainUrl !== "" ? { domainUrl } : {}),
  };
}

/** Where and as whom to call SCF. */
export interface ScfAccess {
  readonly region: string;
  readonly credentials: { readonly secretId: string; readonly secretKey: string; readonly token?: string };
  /** `scf.tencentcloudapi.com` unless given: a host, or `http://127.0.0.1:<port>` for the local SCF endpoint. */
  readonly endpoint?: string;
}

/** The Function URL of `functionName`, or why it could not be read. */
export type FunctionUrlResult = { readonly url: string } | { readonly problem: string };

/**
 * Reads the Function URL with SCF `ListTriggers` (https://www.tencentcloud.com/document/api/583/36314): the `http`
 * trigger's `TriggerDesc` is the Function URL's configuration (https://cloud.tencent.com/document/product/583/100227),
 * and SCF fills in `NetConfig.ExtranetUrl` once the URL exists.
 */
export async function readFunctionUrl(
  access: ScfAccess,
  functionName: string,
  namespace = SCF_NAMESPACE,
): Promise<FunctionUrlResult> {
  const local = access.endpoint?.startsWith("http://") ? new URL(access.endpoint) : undefined;
  const client = new ScfClient({
    credential: access.credentials,
    region: access.region,
    profile: {
      httpProfile: {
        reqMethod: "POST",
        protocol: local ? "http://" : "https://",
        // The SDK signs for the service named by the host's first label, so a local endpoint keeps the real name.
        endpoint: local ? `scf.tencentcloudapi.com:${local.port}` : (access.endpoint ?? "scf.tencentcloudapi.com"),
        reqTimeout: 10,
        ...(local ? { agent: new LoopbackAgent(local.hostname, Number(local.port)) } : {}),
      },
    },
  });
  let triggers: readonly { Type?: string; TriggerDesc?: string }[];
  try {
    const response = await client.ListTriggers({ FunctionName: functionName, Namespace: namespace, Limit: 100 });
    triggers = response.Triggers ?? [];
  } catch (error) {
    const code = isRecord(error) && typeof error.code === "string" ? ` (${error.code})` : "";
    return { problem: `SCF ListTriggers failed${code}: ${(error as Error).message}` };
  }
  for (const trigger of triggers.filter((t) => t.Type === "http")) {
    try {
      const desc: unknown = JSON.parse(trigger.TriggerDesc ?? "");
      const netConfig = isRecord(desc) && isRecord(desc.NetConfig) ? desc.NetConfig : {};
      if (typeof netConfig.ExtranetUrl === "string" && netConfig.ExtranetUrl.startsWith("https://")) {
        return { url: netConfig.ExtranetUrl };
      }
    } catch {
      // A TriggerDesc that is not JSON says nothing about a URL; the next trigger may.
    }
  }
  return { problem: `function ${functionName} has no http trigger (Function URL) with a public address yet` };
}

/** Connects to a loopback address while requests name the SCF host (see {@link readFunctionUrl}). */
class LoopbackAgent extends http.Agent {
  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    super({ keepAlive: false });
  }

  override createConnection(): Duplex {
    return net.createConnection({ host: this.host, port: this.port });
  }
}

/** The repository root. */
const ROOT = path.resolve(__dirname, "..");

const USAGE = `usage: npm run outputs -- <env> [--outputs-file <cdktf outputs JSON>] [--out <file>]

Writes outputs/<env>.json for apps. Without --outputs-file it runs cdktf output <env> --outputs-file first (needs the
deployed stack's state). The Function URL is read with SCF ListTriggers using TENCENTCLOUD_SECRET_ID,
TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN); SCF_ENDPOINT overrides the API host.`;

/** The command: returns the file written and any warning. */
export async function runOutputs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ file: string; outputs: AppOutputs; warning?: string }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { "outputs-file": { type: "string" }, out: { type: "string" } },
    });
  } catch (error) {
    throw new OutputsError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (parsed.positionals.length !== 1) {
    throw new OutputsError(`exactly one environment is required\n${USAGE}`, 2);
  }
  const name = parsed.positionals[0];
  let environment;
  try {
    environment = environmentNamed(name);
  } catch (error) {
    throw new OutputsError((error as Error).message, 2);
  }
  const outputsFile = parsed.values["outputs-file"] ?? cdktfOutput(name);
  const deployed = readDeployOutputs(outputsFile, name);
  const synthesized = synthesizeStack(environment, path.join(ROOT, "cdktf.out"));
  const secretId = env.TENCENTCLOUD_SECRET_ID ?? env.TENCENTCLOUD_SECRETID;
  const secretKey = env.TENCENTCLOUD_SECRET_KEY ?? env.TENCENTCLOUD_SECRETKEY;
  const token = env.TENCENTCLOUD_SESSION_TOKEN ?? env.TENCENTCLOUD_SESSIONTOKEN;
  const found: FunctionUrlResult =
    secretId === undefined || secretKey === undefined
      ? { problem: "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set" }
      : await readFunctionUrl(
          {
            region: deployed.bucketRegion,
            credentials: token === undefined ? { secretId, secretKey } : { secretId, secretKey, token },
            ...(env.SCF_ENDPOINT === undefined ? {} : { endpoint: env.SCF_ENDPOINT }),
          },
          deployed.functionName,
        );
  const outputs = appOutputs({
    environment: name,
    functionVariables: synthesized.functionVariables,
    bucket: deployed.bucketName,
    region: deployed.bucketRegion,
    keyServiceUrl: "url" in found ? found.url : null,
    keyServiceUrlCommand: deployed.urlCommand,
    keyServiceDomainUrl: deployed.domainUrl,
    multipartUpload: multipartUploadOf(environment),
  });
  const file = path.resolve(parsed.values.out ?? path.join(ROOT, "outputs", `${name}.json`));
  writeOutputs(file, outputs);
  return {
    file,
    outputs,
    ...("problem" in found
      ? { warning: `the key-service URL was not read (${found.problem}); run: ${deployed.urlCommand}` }
      : {}),
  };
}

/** Runs `cdktf output <env> --outputs-file`, into a git-ignored file inside the project. */
function cdktfOutput(environment: string): string {
  const file = path.join(ROOT, "outputs", `.cdktf-${environment}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const run = spawnSync(path.join(ROOT, "node_modules/.bin/cdktf"), ["output", environment, "--outputs-file", file], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  });
  if (run.status !== 0) {
    throw new OutputsError(
      `cdktf output ${environment} failed (exit ${run.status ?? run.signal}); deploy first, or pass --outputs-file`,
    );
  }
  return file;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    const result = await runOutputs(process.argv.slice(2), process.env);
    if (result.warning !== undefined) {
      process.stderr.write(`warning: ${result.warning}\n`);
    }
    process.stdout.write(`wrote ${path.relative(process.cwd(), result.file) || result.file}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof OutputsError ? error.exitCode : 1;
  }
}

if (require.main === module) {
  void main();
}
