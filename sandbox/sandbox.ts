/**
 * The whole direct-transfer flow on one machine: a local STS, a local COS (HTTP and HTTPS) applying the bucket's
 * synthesized CORS rules, the key service configured from the environment's synthesized function variables (with
 * local endpoints and a sandbox secret), and the demo page on an origin the environment lists.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { SignJWT } from "jose";
import { EnvironmentConfig } from "../config/environment-config";
import { parseConfig } from "../lambda/key-service/config";
import { createHandler } from "../lambda/key-service/handler";
import { BucketLocation, DEFAULT_KEY_PREFIX_TEMPLATE, isLoopbackOrigin, prefixRoot } from "../policy";
import {
  KeyServiceVariable,
  KeyServiceVariables,
  UploadCheckVariable,
  UploadCheckVariables,
} from "../policy/function-variables";
import { CosServer, startCosServer } from "../local/cos-server";
import { CheckInvoker, checkRoleKey, cosTrigger, roleEnvironment, TriggerStandIn } from "../local/cos-trigger";
import { IssuedKey } from "../local/issued-keys";
import { startWebhookReceiver, WebhookReceiver } from "../local/webhook-receiver";
import { createCosTestCertificate } from "../local/cos-tls";
import { startStsServer, StsServer } from "../local/sts-server";
import { appOutputs, AppOutputs, multipartUploadOf, writeOutputs } from "./outputs-file";
import { LocalHttpServer, startKeyServiceServer } from "./key-service-server";
import type { PageConfig } from "./page-config";
import { bundlePage, startPageServer, VerdictLookup } from "./page-server";
import { SynthesizedStack, synthesizeStack } from "./synthesized-stack";

/** The repository root. */
export const PROJECT_ROOT = path.resolve(__dirname, "..");

/** How to start the sandbox. */
export interface SandboxOptions {
  /** The environment whose synthesized configuration is served (a record of config/environments.ts, or a variant). */
  readonly environment: EnvironmentConfig;
  /** The caller the printed token is for (its `sub`). */
  readonly user: string;
  /** The key service's port; 0 for a free one. @default 8787 */
  readonly port?: number;
  /** Where the key service, the page and COS listen. Anything but loopback exposes them to the network. @default "127.0.0.1" */
  readonly host?: string;
  /**
   * The page's origin: one the environment lists or, for an environment that lists no http://localhost origin
   * (staging, prod), a localhost origin added to this run's CORS only.
   * @default the first listed http://localhost origin whose port is free, else the first free of http://localhost:5173, :3000
   */
  readonly pageOrigin?: string;
  /** Bundle, outputs file, certificate. @default <project>/.sandbox */
  readonly workDir?: string;
}

/** A running sandbox. */
export interface Sandbox {
  /** The demo page, on an origin the environment lists (or {@link addedPageOrigin}). */
  readonly pageUrl: string;
  /**
   * The page's origin when the environment lists no http://localhost origin: added to this run's CORS rules (the
   * key service's and the local bucket's) only, never to the environment's record or its synthesized stack.
   */
  readonly addedPageOrigin?: string;
  readonly keyServiceUrl: string;
  /** A token for the user, valid for 12 hours (less if the environment limits token age). */
  readonly token: string;
  /** Where the outputs file was written, and what it holds. */
  readonly outputsFile: string;
  readonly outputs: AppOutputs;
  /** The local COS: `url` (HTTP), `https.url`, stored objects. */
  readonly cos: CosServer;
  readonly sts: StsServer;
  /** The CA of the local COS's HTTPS certificate (PEM), to trust on a device or simulator. */
  readonly certificateFile: string;
  /** The synthesized stack it was configured from. */
  readonly stack: SynthesizedStack;
  /** The key service's variables as the sandbox runs it (secret included). */
  readonly functionVariables: Readonly<Record<string, string>>;
  /** The bundled page's folder and its configuration, to serve it elsewhere too. */
  readonly pageDir: string;
  readonly pageConfig: PageConfig;
  /** Listening addresses beyond loopback, when `host` asked for them. */
  readonly exposed: readonly string[];
  /**
   * The post-upload check, where the environment has one: the trigger that runs the deployed bundle after every
   * upload (its verdicts are its JSON log lines, on stdout), and the local receiver standing in for the webhook.
   */
  readonly uploadCheck?: { readonly trigger: TriggerStandIn; readonly webhook?: WebhookReceiver };
  /** A token for another caller. */
  tokenFor(sub: string): Promise<string>;
  /** Stops every server; calling it twice is harmless. */
  close(): Promise<void>;
}

/** Variables whose value the sandbox supplies itself. */
const REPLACED_VARIABLES: readonly string[] = [
  "AUTH_JWT_SECRET",
  "AUTH_JWT_SECRET_NAME",
  "AUTH_JWKS_URL",
  "SSM_ENDPOINT",
] satisfies KeyServiceVariable[];

/** The check's variables the sandbox replaces with its local receiver's, or drops without one. */
const REPLACED_CHECK_VARIABLES = [
  "WEBHOOK_SECRET_NAME",
  "WEBHOOK_SECRET",
  "VERDICT_SECRET_NAME",
  "VERDICT_SECRET",
] satisfies UploadCheckVariable[];

const TOKEN_LIFETIME_SECONDS = 12 * 3600;

/** Starts everything; on a failure part-way, stops what had started and rethrows. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const host = options.host ?? "127.0.0.1";
  const workDir = options.workDir ?? path.join(PROJECT_ROOT, ".sandbox");
  const synthesized = synthesizeStack(options.environment, path.join(workDir, "cdktf.out"));
  const stops: (() => Promise<void>)[] = [];
  let closed = false;
  const close = async (): Promise<void> => {
    if (!closed) {
      closed = true;
      await Promise.all(stops.reverse().map((stop) => stop().catch(() => undefined)));
    }
  };
  try {
    const { origins: pageOrigins, added: addedPageOrigin } = await pageOriginCandidates(
      synthesized,
      options.pageOrigin,
    );
    const stack = addedPageOrigin === undefined ? synthesized : withAddedOrigin(synthesized, addedPageOrigin);
    const sts = await startStsServer();
    stops.push(() => sts.close());
    const region = required(stack, "COS_REGION");
    // 10.0.2.2 is this machine as an Android emulator sees it (see docs/sandbox.md, "Android emulator").
    const tls = await createCosTestCertificate(region, ["10.0.2.2"]);
    const certificateFile = path.join(workDir, "cos-certificate.pem");
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(certificateFile, tls.ca);
    const bucket = required(stack, "COS_BUCKET");
    const location = { bucket, region, appId: bucket.slice(bucket.lastIndexOf("-") + 1) };
    // The post-upload check, where the environment has one: its role key beside the ones STS issues, and the trigger.
    const check =
      stack.uploadCheck === undefined ? undefined : checkStandIns(stack.uploadCheck.functionVariables, location);
    const cos = await startCosServer({
      issuedKeys: { lookup: (id) => (id === check?.roleKey.tmpSecretId ? check.roleKey : sts.lookup(id)) },
      ...location,
      cors: stack.corsRules,
      https: tls,
      onObjectCreated: check?.trigger.onObjectCreated,
    });
    stops.push(() => cos.close());
    let webhook: WebhookReceiver | undefined;
    if (check !== undefined && stack.uploadCheck !== undefined) {
      const webhookSecret = randomBytes(32).toString("hex");
      if (stack.uploadCheck.functionVariables.WEBHOOK_URL !== undefined) {
        webhook = await startWebhookReceiver(webhookSecret);
        stops.push(() => webhook!.close());
      }
      check.trigger.handler = loadCheck(stack.uploadCheck.bundle)(
        checkVariables(stack.uploadCheck.functionVariables, { cos, roleKey: check.roleKey, webhook, webhookSecret }),
      );
    }

    const secret = randomBytes(48).toString("base64url");
    const functionVariables = sandboxVariables(stack, { secret, sts, cos });
    const keyService = await startKeyServiceServer(
      createHandler(parseConfig(functionVariables)),
      host,
      options.port ?? 8787,
    );
    stops.push(() => keyService.close());
    const keyServiceUrl = `${loopbackUrl(keyService, host)}/`;

    const mint = (sub: string): Promise<string> => token(secret, sub, functionVariables);
    const outputs = appOutputs({
      environment: stack.name,
      functionVariables,
      keyServiceUrl,
      keyServiceUrlCommand: stack.knownOutputs.key_service_url_command ?? "",
      cos: { domain: `127.0.0.1:${cos.port}`, protocol: "http:" },
      multipartUpload: multipartUploadOf(options.environment),
    });
    const outputsFile = path.join(workDir, "outputs", `${stack.name}.json`);
    writeOutputs(outputsFile, outputs);

    const pageDir = path.join(workDir, "page");
    await bundlePage(pageDir);
    const userToken = await mint(options.user);
    const pageConfig: PageConfig = { keyServiceUrl, token: userToken, outputs, uploadCheck: check !== undefined };
    const verdicts = check === undefined ? undefined : verdictLookup(check.trigger);
    const { page, pageOrigin } = await startPageOnFreeOrigin(pageDir, pageConfig, host, pageOrigins, verdicts);
    stops.push(() => page.close());

    const exposed: string[] = [];
    if (!isLoopback(host)) {
      exposed.push(`key service ${keyService.url}/`, `page ${page.url}/`);
      for (const [label, port] of [
        ["COS (HTTP)", cos.port],
        ["COS (HTTPS)", cos.https?.port ?? 0],
      ] as const) {
        const forwarder = await forward(host, port);
        stops.push(() => forwarder.close());
        exposed.push(`${label} ${host}:${forwarder.port}`);
      }
    }

    return {
      pageUrl: `${pageOrigin}/`,
      ...(addedPageOrigin === undefined ? {} : { addedPageOrigin }),
      keyServiceUrl,
      token: userToken,
      outputsFile,
      outputs,
      cos,
      sts,
      certificateFile,
      stack,
      functionVariables,
      pageDir,
      pageConfig,
      exposed,
      ...(check === undefined ? {} : { uploadCheck: { trigger: check.trigger, webhook } }),
      tokenFor: mint,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The check's role key and the COS trigger for the prefix root the check watches. */
function checkStandIns(
  variables: UploadCheckVariables,
  location: BucketLocation,
): { roleKey: IssuedKey; trigger: TriggerStandIn } {
  const template = variables.ALLOW_PREFIX ?? DEFAULT_KEY_PREFIX_TEMPLATE;
  return {
    // As long as the sandbox's tokens: SCF would rotate it, the sandbox keeps one.
    roleKey: checkRoleKey(location, template, variables.QUARANTINE_PREFIX, TOKEN_LIFETIME_SECONDS),
    trigger: cosTrigger(prefixRoot(template), location),
  };
}

/** The check's handler factory, from the bundle the stack deploys (esbuild made `file-type` CommonJS there). */
function loadCheck(bundle: string): (env: Readonly<Record<string, string>>) => CheckInvoker<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (
    require(bundle) as { handlerFromEnvironment: (env: Readonly<Record<string, string>>) => CheckInvoker<unknown> }
  ).handlerFromEnvironment;
}

/** The check's synthesized variables with the local COS, its role key and, for a webhook, the local receiver. */
function checkVariables(
  synthesized: UploadCheckVariables,
  local: {
    readonly cos: CosServer;
    readonly roleKey: IssuedKey;
    readonly webhook?: WebhookReceiver;
    readonly webhookSecret: string;
  },
): Record<string, string> {
  const variables: Record<string, string> = {
    ...synthesized,
    COS_ENDPOINT: local.cos.url,
    ...roleEnvironment(local.roleKey),
  };
  for (const name of REPLACED_CHECK_VARIABLES) {
    delete variables[name];
  }
  if (local.webhook !== undefined) {
    Object.assign(variables, { WEBHOOK_URL: local.webhook.url, WEBHOOK_SECRET: local.webhookSecret });
  } else {
    // Without a webhook the verdict tags' key comes from a secret of its own; the sandbox's is made per run.
    variables.VERDICT_SECRET = local.webhookSecret;
  }
  const unresolved = Object.entries(variables).find(([, value]) => value.includes("${"));
  if (unresolved !== undefined) {
    throw new Error(
      `the sandbox cannot supply the check's variable ${unresolved[0]} (${unresolved[1]}); add it to sandbox/sandbox.ts`,
    );
  }
  return variables;
}

/**
 * The synthesized variables with the sandbox's endpoints and secret. A variable the stack leaves to Terraform
 * (`${…}`) that the sandbox does not supply is an error naming it, rather than a service configured wrongly.
 */
export function sandboxVariables(
  stack: SynthesizedStack,
  local: { readonly secret: string; readonly sts: StsServer; readonly cos: CosServer },
): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(stack.functionVariables)) {
    if (!REPLACED_VARIABLES.includes(name)) {
      variables[name] = value;
    }
  }
  Object.assign(variables, {
    AUTH_JWT_SECRET: local.secret,
    STS_ENDPOINT: local.sts.url,
    TENCENTCLOUD_SECRETID: local.sts.keys.secretId,
    TENCENTCLOUD_SECRETKEY: local.sts.keys.secretKey,
    ...(local.sts.keys.token === undefined ? {} : { TENCENTCLOUD_SESSIONTOKEN: local.sts.keys.token }),
    // The page and emulators talk to the local COS over plain HTTP; sandbox keys drop the HTTPS-only condition.
    ALLOW_INSECURE_TRANSPORT: "true",
    ...("COS_ENDPOINT" in variables ? { COS_ENDPOINT: local.cos.url } : {}),
  });
  const unresolved = Object.entries(variables).find(([, value]) => value.includes("${"));
  if (unresolved !== undefined) {
    throw new Error(
      `the sandbox cannot supply the function variable ${unresolved[0]} (${unresolved[1]}); add it to sandbox/sandbox.ts`,
    );
  }
  return variables;
}

/** The origins the key service allows (the stack sets the same list on the bucket's CORS rule). */
function listedOrigins(stack: SynthesizedStack): string[] {
  return (stack.functionVariables.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
}

/** Serves the page on the first of `origins` whose port is free. */
async function startPageOnFreeOrigin(
  dir: string,
  config: PageConfig,
  host: string,
  origins: readonly string[],
  verdicts?: VerdictLookup,
): Promise<{ readonly page: LocalHttpServer; readonly pageOrigin: string }> {
  for (const pageOrigin of origins) {
    try {
      return { page: await startPageServer(dir, config, host, Number(new URL(pageOrigin).port), verdicts), pageOrigin };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") {
        throw error;
      }
    }
  }
  throw new Error(
    `the ports of ${origins.join(", ")} are all in use; the demo page must be served on an origin the environment lists`,
  );
}

/** Where the page goes when the environment lists no localhost origin (the ports of Vite's and CRA's dev servers). */
const ADDED_ORIGIN_CANDIDATES = ["http://localhost:5173", "http://localhost:3000"];

/**
 * The page is served on an origin the environment lists, so the browser checks the configuration a deploy would
 * have, not one widened for the sandbox. An environment that lists no localhost origin (staging, prod) gets one
 * added to this run's CORS only: the requested one, or the first of {@link ADDED_ORIGIN_CANDIDATES} whose port is free.
 */
async function pageOriginCandidates(
  stack: SynthesizedStack,
  requested: string | undefined,
): Promise<{ readonly origins: readonly string[]; readonly added?: string }> {
  const local = listedOrigins(stack).filter(isLoopbackOrigin);
  if (local.length === 0) {
    if (requested !== undefined && !isLoopbackOrigin(requested)) {
      throw new Error(
        `--page-origin received ${requested}; allowed: an http://localhost:<port> origin (environment ${stack.name} lists none, so the sandbox adds it to this run's CORS)`,
      );
    }
    const added = requested ?? (await firstFreeOrigin(ADDED_ORIGIN_CANDIDATES));
    return { origins: [added], added };
  }
  if (requested !== undefined) {
    if (!local.includes(requested)) {
      throw new Error(
        `--page-origin received ${requested}; allowed: an http://localhost origin environment ${stack.name} lists (${local.join(", ")})`,
      );
    }
    return { origins: [requested] };
  }
  return { origins: local };
}

/** The first origin whose port is free on loopback now. */
async function firstFreeOrigin(origins: readonly string[]): Promise<string> {
  for (const origin of origins) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(Number(new URL(origin).port), "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) {
      return origin;
    }
  }
  throw new Error(`the ports of ${origins.join(", ")} are all in use; pass --page-origin http://localhost:<free port>`);
}

/** The stack as this run serves it: `origin` added to the key service's origins and to every bucket CORS rule. */
function withAddedOrigin(stack: SynthesizedStack, origin: string): SynthesizedStack {
  return {
    ...stack,
    functionVariables: { ...stack.functionVariables, ALLOWED_ORIGINS: [...listedOrigins(stack), origin].join(",") },
    corsRules: stack.corsRules.map((rule) => ({ ...rule, allowedOrigins: [...rule.allowedOrigins, origin] })),
  };
}

/** The check's verdict on `key`, once every invocation started so far has ended. */
function verdictLookup(trigger: TriggerStandIn): VerdictLookup {
  return async (key) => {
    const invocations = await Promise.all(trigger.invocations);
    const lines = invocations.flatMap((invocation) => {
      const result = invocation.result as
        { verdicts?: readonly { key: string; verdict: string; reason?: string; quarantineKey?: string }[] } | undefined;
      return result?.verdicts ?? [];
    });
    const line = lines.filter((entry) => entry.key === key).pop();
    return line === undefined
      ? {}
      : {
          verdict: line.verdict,
          ...(line.reason === undefined ? {} : { reason: line.reason }),
          ...(line.quarantineKey === undefined ? {} : { quarantineKey: line.quarantineKey }),
        };
  };
}

async function token(secret: string, sub: string, variables: KeyServiceVariables): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ sub })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(now)
    .setExpirationTime(now + TOKEN_LIFETIME_SECONDS);
  if (variables.AUTH_ISSUER !== undefined) {
    jwt.setIssuer(variables.AUTH_ISSUER);
  }
  if (variables.AUTH_AUDIENCE !== undefined) {
    jwt.setAudience(variables.AUTH_AUDIENCE);
  }
  return jwt.sign(new TextEncoder().encode(secret));
}

function required(stack: SynthesizedStack, name: KeyServiceVariable): string {
  const value = stack.functionVariables[name];
  if (value === undefined) {
    throw new Error(`the stack's key-service function has no ${name} variable`);
  }
  return value;
}

function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "localhost" || host === "::1";
}

function loopbackUrl(server: LocalHttpServer, host: string): string {
  return isLoopback(host) ? server.url : `http://127.0.0.1:${server.port}`;
}

/** A TCP forwarder from `host:<free port>` to a loopback-only local server. */
async function forward(host: string, targetPort: number): Promise<{ readonly port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const target = net.connect(targetPort, "127.0.0.1");
    for (const socket of [client, target]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(target).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
