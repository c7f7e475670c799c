import path from "node:path";
import { Construct } from "constructs";
import { ClsLogset } from "../../.gen/providers/tencentcloud/cls-logset";
import { ClsTopic } from "../../.gen/providers/tencentcloud/cls-topic";
import { ScfFunction, ScfFunctionInstanceConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-function";
import { ScfTrigger } from "../../.gen/providers/tencentcloud/scf-trigger";
import { KeyServiceVariables } from "../../policy/function-variables";
import { FUNCTION_RUNTIME_RULE, FunctionRuntime, isFunctionRuntime } from "../../policy/scf";
import { FunctionCode } from "./function-code";
import { NodejsFunction } from "./nodejs-function";
import { Role } from "./role";

/** The handler's entry point; SCF calls `index.main_handler` in the bundle. */
export const KEY_SERVICE_ENTRY = path.resolve(__dirname, "../../lambda/key-service/index.ts");

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

/**
 * What the STS client's dependencies import but the handler never runs: node-fetch's URL fallback (Node has its
 * own), and the SDK's multipart form and proxy support. Three quarters of the bundle, and of its cold start.
 */
export const KEY_SERVICE_UNUSED_MODULES: readonly string[] = ["whatwg-url", "form-data", "https-proxy-agent"];

export { esbuildTarget, SCF_NAMESPACE } from "./nodejs-function";

/** Largest `MaxConcurrency` of SCF's `InstanceConcurrencyConfig`: "取值范围 [1,100]" (SCF API 2018-04-16 data structure). */
const MAX_INSTANCE_CONCURRENCY = 100;

/**
 * The `instance_concurrency_config` block for `requests` requests per instance: none for 1 (SCF's default), else
 * static concurrency (`DynamicEnabled` "FALSE": "'FALSE'时是静态并发", the API's `InstanceConcurrencyConfig`) of at
 * most `requests`. Tencent documents request multi-concurrency (static 2-100) for Web functions
 * (https://cloud.tencent.com/document/product/583/123888, https://www.tencentcloud.com/document/product/583/47183);
 * for an event function such as this one it is unverified, and fails either at create time or by SCF keeping one
 * request per instance (each case costs no more than today).
 */
function instanceConcurrencyConfig(requests: number): ScfFunctionInstanceConcurrencyConfig | undefined {
  return requests > 1 ? { dynamicEnabled: "FALSE", maxConcurrency: requests } : undefined;
}

/** Properties of a {@link KeyService}. */
export interface KeyServiceProps {
  /** Function name (2-60 characters, letters first). */
  readonly functionName: string;
  /** The role the function runs as; SCF hands its temporary keys to the handler. */
  readonly role: Role;
  /** The handler's configuration, as `keyServiceVariables` (policy/function-variables.ts) writes it. */
  readonly environment: KeyServiceVariables;
  /** SCF runtime, one of `FUNCTION_RUNTIMES` (documented by CreateFunction), such as `Nodejs18.15`. */
  readonly runtime: string;
  /** Memory in MB, a multiple of 128. */
  readonly memorySizeMb: number;
  /** Timeout in seconds. */
  readonly timeoutSeconds: number;
  /** Most instances running at once. */
  readonly reservedConcurrency: number;
  /** Send logs to a topic of their own in the environment's CLS logset. */
  readonly clsLogging: boolean;
  /**
   * Requests one instance serves at once; above 1, SCF's static request multi-concurrency (see
   * {@link instanceConcurrencyConfig}). @default 1 (SCF's default: one request per instance)
   */
  readonly instanceConcurrency?: number;
  /**
   * How long CLS keeps the key service's logs, in days: 1 to 3600, or 3640 for ever (policy/cls.ts); with
   * `clsLogging` only. @default DEFAULT_LOG_RETENTION_DAYS (30)
   */
  readonly logRetentionDays?: number;
  /**
   * Create the environment's CLS logset here even when the key service itself does not log, for the environment's
   * other functions: the logset has been the key service's child since it was the only function that logged, and
   * keeps that Terraform address. @default false (the logset exists when `clsLogging` does)
   */
  readonly sharedLogset?: boolean;
  /** Tags of the function and its log resources. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The temporary-key service: the bundled handler as an SCF function, its Function URL (public HTTPS, no SCF-side
 * auth: the handler verifies the caller's JWT), a reserved-concurrency ceiling and, optionally, CLS logging in the
 * environment's logset, which is created here.
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
  /** The environment's CLS logset; only with `clsLogging` or `sharedLogset`. */
  readonly logset?: ClsLogset;
  /** The key service's CLS log topic; only with `clsLogging`. */
  readonly logTopic?: ClsTopic;

  constructor(scope: Construct, id: string, props: KeyServiceProps) {
    super(scope, id);
    if (!isFunctionRuntime(props.runtime)) {
      throw new Error(
        `key service: runtime: received ${JSON.stringify(props.runtime)}; allowed: ${FUNCTION_RUNTIME_RULE}`,
      );
    }
    const concurrency = props.instanceConcurrency ?? 1;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_INSTANCE_CONCURRENCY) {
      throw new Error(
        `key service: instanceConcurrency: received ${JSON.stringify(concurrency)}; allowed: an integer from 1 to ${MAX_INSTANCE_CONCURRENCY}`,
      );
    }
    if (props.logRetentionDays !== undefined && !props.clsLogging) {
      throw new Error(
        `key service: logRetentionDays: received ${JSON.stringify(props.logRetentionDays)}; allowed: unset without clsLogging`,
      );
    }
    this.functionName = props.functionName;
    if (props.clsLogging || props.sharedLogset === true) {
      // Named after the key service, as it has been since the key service was the only function that logged, so that
      // existing deployments see no change to it.
      this.logset = new ClsLogset(this, "logset", {
        logsetName: props.functionName,
        tags: props.tags && { ...props.tags },
      });
    }

    // Id `Default`: the function's resources keep the addresses they had as this construct's own children.
    const fn = new NodejsFunction(this, "Default", {
      functionName: props.functionName,
      description: KEY_SERVICE_DESCRIPTION,
      entry: KEY_SERVICE_ENTRY,
      bundle: KEY_SERVICE_BUNDLE,
      unusedModules: KEY_SERVICE_UNUSED_MODULES,
      runtime: props.runtime,
      memorySizeMb: props.memorySizeMb,
      timeoutSeconds: props.timeoutSeconds,
      role: props.role,
      variables: props.environment,
      logs:
        props.clsLogging && this.logset !== undefined
          ? { logsetId: this.logset.id, retentionDays: props.logRetentionDays }
          : undefined,
      reservedConcurrency: props.reservedConcurrency,
      functionUrl: true,
      instanceConcurrencyConfig: instanceConcurrencyConfig(concurrency),
      tags: props.tags,
    });
    this.code = fn.code;
    this.fn = fn.fn;
    this.url = fn.url as ScfTrigger;
    this.logTopic = fn.logTopic;
  }
}
