import { existsSync } from "node:fs";
import path from "node:path";
import { Construct } from "constructs";
import { ClsLogset } from "../../.gen/providers/tencentcloud/cls-logset";
import { ClsTopic } from "../../.gen/providers/tencentcloud/cls-topic";
import { ScfFunction, ScfFunctionInstanceConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-function";
import { ScfReservedConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-reserved-concurrency-config";
import { ScfTrigger } from "../../.gen/providers/tencentcloud/scf-trigger";
import { FUNCTION_RUNTIME_RULE, FunctionRuntime, isFunctionRuntime } from "../../policy/scf";
import { FunctionCode } from "./function-code";
import { Role } from "./role";

/** The handler's entry point; SCF calls `index.main_handler` in the bundle. */
export const KEY_SERVICE_ENTRY = path.resolve(__dirname, "../../lambda/index.ts");

/**
 * The handler bundled by `npm run build` (`dist/key-service/index.js`), for the installed package, which ships
 * neither `lambda/` nor esbuild. Built for {@link KEY_SERVICE_BUNDLE_RUNTIME}, so it also runs on later runtimes.
 */
export const KEY_SERVICE_BUNDLE = path.resolve(__dirname, "../../key-service/index.js");

/** The runtime the prebuilt bundle targets: the default runtime, so source and package deploy the same zip. */
export const KEY_SERVICE_BUNDLE_RUNTIME: FunctionRuntime = "Nodejs18.15";

/**
 * The function's description, in the characters CreateFunction documents (letters, digits, spaces, commas,
 * periods: `SCF_DESCRIPTION` in policy/scf.ts).
 */
export const KEY_SERVICE_DESCRIPTION = "Issues short lived COS keys, each scoped to one caller folder or one object";

/** The esbuild target of an SCF Node.js runtime: `Nodejs18.15` → `node18.15`. */
export function esbuildTarget(runtime: string): string {
  return runtime.replace(/^Nodejs/, "node");
}

/**
 * What the STS client's dependencies import but the handler never runs: node-fetch's URL fallback (Node has its
 * own), and the SDK's multipart form and proxy support. Three quarters of the bundle, and of its cold start.
 */
export const KEY_SERVICE_UNUSED_MODULES: readonly string[] = ["whatwg-url", "form-data", "https-proxy-agent"];

/** SCF's namespace for the function and its trigger. */
export const SCF_NAMESPACE = "default";

/** Largest `MaxConcurrency` of SCF's `InstanceConcurrencyConfig`: "取值范围 [1,100]" (SCF API 2018-04-16 data structure). */
export const MAX_INSTANCE_CONCURRENCY = 100;

/**
 * The `instance_concurrency_config` block for `requests` requests per instance: none for 1 (SCF's default), else
 * static concurrency (`DynamicEnabled` "FALSE": "'FALSE'时是静态并发", the API's `InstanceConcurrencyConfig`) of at
 * most `requests`. Tencent documents request multi-concurrency (static 2-100) for Web functions
 * (https://cloud.tencent.com/document/product/583/123888, https://www.tencentcloud.com/document/product/583/47183);
 * for an event function such as this one it is unverified, and fails either at create time or by SCF keeping one
 * request per instance (each case costs no more than today).
 */
export function instanceConcurrencyConfig(requests: number): ScfFunctionInstanceConcurrencyConfig | undefined {
  return requests > 1 ? { dynamicEnabled: "FALSE", maxConcurrency: requests } : undefined;
}

/** Properties of a {@link KeyService}. */
export interface KeyServiceProps {
  /** Function name (2-60 characters, letters first). */
  readonly functionName: string;
  /** The role the function runs as; SCF hands its temporary keys to the handler. */
  readonly role: Role;
  /** The handler's configuration: the environment variables of lambda/config.ts. */
  readonly environment: Readonly<Record<string, string>>;
  /** SCF runtime, one of `FUNCTION_RUNTIMES` (documented by CreateFunction), such as `Nodejs18.15`. */
  readonly runtime: string;
  /** Memory in MB, a multiple of 128. */
  readonly memorySizeMb: number;
  /** Timeout in seconds. */
  readonly timeoutSeconds: number;
  /** Most instances running at once. */
  readonly reservedConcurrency: number;
  /**
   * Requests one instance serves at once; above 1, SCF's static request multi-concurrency (see
   * {@link instanceConcurrencyConfig}). @default 1 (SCF's default: one request per instance)
   */
  readonly instanceConcurrency?: number;
  /** Send logs to a CLS logset and topic created here. */
  readonly clsLogging: boolean;
  /** Tags of the function and its log resources. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The temporary-key service: the bundled handler as an SCF function, its Function URL (public HTTPS, no SCF-side
 * auth: the handler verifies the caller's JWT), a reserved-concurrency ceiling and, optionally, CLS logging.
 */
export class KeyService extends Construct {
  /** The function's name, known at synth. */
  readonly functionName: string;
  /** The bundled handler and its zip. */
  readonly code: FunctionCode;
  /** The function. */
  readonly fn: ScfFunction;
  /** The Function URL trigger. */
  readonly url: ScfTrigger;

  constructor(scope: Construct, id: string, props: KeyServiceProps) {
    super(scope, id);
    if (!isFunctionRuntime(props.runtime)) {
      throw new Error(`key service: runtime: received ${JSON.stringify(props.runtime)}; allowed: ${FUNCTION_RUNTIME_RULE}`);
    }
    const concurrency = props.instanceConcurrency ?? 1;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_INSTANCE_CONCURRENCY) {
      throw new Error(`key service: instanceConcurrency: received ${JSON.stringify(concurrency)}; allowed: an integer from 1 to ${MAX_INSTANCE_CONCURRENCY}`);
    }
    this.functionName = props.functionName;
    // From source (this repository) the handler is bundled at synth; installed from the package, it is prebuilt.
    this.code = new FunctionCode(
      this,
      "code",
      existsSync(KEY_SERVICE_ENTRY)
        ? { entry: KEY_SERVICE_ENTRY, target: esbuildTarget(props.runtime), unusedModules: KEY_SERVICE_UNUSED_MODULES }
        : { bundle: KEY_SERVICE_BUNDLE },
    );
    const logs = props.clsLogging ? this.logTarget(props) : undefined;

    this.fn = new ScfFunction(this, "function", {
      name: props.functionName,
      namespace: SCF_NAMESPACE,
      description: KEY_SERVICE_DESCRIPTION,
      handler: "index.main_handler",
      runtime: props.runtime,
      memSize: props.memorySizeMb,
      timeout: props.timeoutSeconds,
      zipFile: this.code.asset.path,
      role: props.role.role.name,
      // STS is reached at its public endpoint; a function placed in a VPC would use sts.internal instead.
      enablePublicNet: true,
      environment: { ...props.environment },
      clsLogsetId: logs?.logset.id,
      clsTopicId: logs?.topic.id,
      instanceConcurrencyConfig: instanceConcurrencyConfig(concurrency),
      tags: props.tags && { ...props.tags },
    });

    // A separate trigger resource rather than the function's `triggers` block: the block deletes and recreates
    // every trigger on any change (a new URL for every app) and never notices drift.
    this.url = new ScfTrigger(this, "url", {
      functionName: this.fn.name,
      namespace: SCF_NAMESPACE,
      type: "http",
      enable: "OPEN",
      triggerDesc: JSON.stringify({
        AuthType: "NONE",
        NetConfig: { EnableIntranet: false, EnableExtranet: true },
      }),
    });

    new ScfReservedConcurrencyConfig(this, "concurrency", {
      functionName: this.fn.name,
      namespace: SCF_NAMESPACE,
      // SCF reserves memory, not instances: instances × memory per instance.
      reservedConcurrencyMem: props.reservedConcurrency * props.memorySizeMb,
    });
  }

  private logTarget(props: KeyServiceProps): { logset: ClsLogset; topic: ClsTopic } {
    const logset = new ClsLogset(this, "logset", {
      logsetName: props.functionName,
      tags: props.tags && { ...props.tags },
    });
    const topic = new ClsTopic(this, "log-topic", {
      logsetId: logset.id,
      topicName: props.functionName,
      period: 30,
      tags: props.tags && { ...props.tags },
    });
    return { logset, topic };
  }
}
