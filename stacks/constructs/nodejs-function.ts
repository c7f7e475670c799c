import { existsSync } from "node:fs";
import { Construct } from "constructs";
import { Token } from "cdktf";
import { ClsTopic } from "../../.gen/providers/tencentcloud/cls-topic";
import { ScfFunction, ScfFunctionInstanceConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-function";
import { ScfReservedConcurrencyConfig } from "../../.gen/providers/tencentcloud/scf-reserved-concurrency-config";
import { ScfTrigger } from "../../.gen/providers/tencentcloud/scf-trigger";
import { DEFAULT_LOG_RETENTION_DAYS, isLogRetentionDays, LOG_RETENTION_RULE } from "../../policy/cls";
import {
  FUNCTION_RUNTIME_RULE,
  isFunctionRuntime,
  SCF_DESCRIPTION,
  SCF_DESCRIPTION_MAX_LENGTH,
  SCF_FUNCTION_NAME,
  SCF_FUNCTION_NAME_RULE,
  SCF_MEMORY_MB,
  SCF_TIMEOUT_SECONDS,
} from "../../policy/scf";
import { FunctionCode } from "./function-code";
import { Role } from "./role";

/** SCF's namespace for the functions and their triggers. */
export const SCF_NAMESPACE = "default";

/** The handler SCF calls in every bundle: `main_handler` exported by `index.js`. */
export const SCF_HANDLER = "index.main_handler";

/** Memory when the props set none, in MB: CreateFunction's own default. */
export const DEFAULT_MEMORY_SIZE_MB = 128;

/** The esbuild target of an SCF Node.js runtime: `Nodejs18.15` → `node18.15`. */
export function esbuildTarget(runtime: string): string {
  return runtime.replace(/^Nodejs/, "node");
}

/** Where a function's logs go: a topic of its own, created beside it, in a CLS logset. */
export interface FunctionLogsProps {
  /** ID of the CLS logset the function's topic is created in (the environment's logset). */
  readonly logsetId: string;
  /**
   * How long CLS keeps the logs, in days: 1 to 3600, or 3640 for ever (`LOG_RETENTION_RULE`, policy/cls.ts).
   * @default DEFAULT_LOG_RETENTION_DAYS (30)
   */
  readonly retentionDays?: number;
}

/** A COS trigger: the bucket's events under a prefix invoke the function. */
export interface CosTriggerProps {
  /** The bucket, `<name>-<appid>`. */
  readonly bucket: string;
  /** The bucket's region, such as `ap-guangzhou`. */
  readonly region: string;
  /** The event the trigger fires on, such as `cos:ObjectCreated:*`. */
  readonly event: string;
  /** The key prefix watched, such as `uploads/`; `""` watches the whole bucket. */
  readonly prefix: string;
}

/** Properties of a {@link NodejsFunction}. */
export interface NodejsFunctionProps {
  /** Function name (CreateFunction: `SCF_FUNCTION_NAME_RULE`, 2-60 characters, a letter first). */
  readonly functionName: string;
  /** What the function does, in the characters CreateFunction documents (`SCF_DESCRIPTION`), at most 1000. */
  readonly description: string;
  /** Absolute path of the handler's TypeScript entry point, bundled at synth when the file exists (a checkout). */
  readonly entry: string;
  /** Absolute path of the `index.js` bundled by `npm run build`, used when `entry` does not exist (the package). */
  readonly bundle: string;
  /** Packages the dependencies import but the handler never runs, left out of the bundle. @default none */
  readonly unusedModules?: readonly string[];
  /** SCF runtime, one of `FUNCTION_RUNTIMES` (documented by CreateFunction), such as `Nodejs18.15`. */
  readonly runtime: string;
  /** Memory in MB, a multiple of 128 from 128 to 3072. @default DEFAULT_MEMORY_SIZE_MB (128) */
  readonly memorySizeMb?: number;
  /** Timeout in seconds, from 1 to 900. @default 3 (CreateFunction's own default) */
  readonly timeoutSeconds?: number;
  /** The role the function runs as; SCF hands its temporary keys to the handler. */
  readonly role: Role;
  /** The function's environment variables; an `undefined` value leaves the variable out. @default none */
  readonly variables?: Readonly<Record<string, string | undefined>>;
  /** Send the function's logs to CLS. @default none: SCF's own log view only */
  readonly logs?: FunctionLogsProps;
  /**
   * Most instances running at once, reserved from the account's per-region quota as instances × memory.
   * @default none: no reservation, the function shares the account's unreserved quota
   */
  readonly reservedConcurrency?: number;
  /** A Function URL trigger: public HTTPS, no SCF-side auth (the handler authenticates callers). @default false */
  readonly functionUrl?: boolean;
  /** A COS trigger. @default none */
  readonly cosTrigger?: CosTriggerProps;
  /** Requests one instance serves at once (`instance_concurrency_config`). @default none: one request per instance */
  readonly instanceConcurrencyConfig?: ScfFunctionInstanceConcurrencyConfig;
  /** Tags of the function and its log topic. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * A Node.js handler as an SCF function: its code (bundled from source at synth, or the prebuilt bundle of the
 * installed package), sizing, role, variables, CLS log topic, reserved concurrency and triggers.
 *
 * Its children's ids (`code`, `log-topic`, `function`, `url`, `trigger`, `concurrency`) are Terraform addresses. A
 * construct wrapping one function gives it the id `Default`, which cdktf leaves out of logical ids, so the
 * resources keep the addresses they had as the wrapper's own children.
 */
export class NodejsFunction extends Construct {
  /** The function's name, known at synth. */
  readonly functionName: string;
  /** The bundled handler and its zip. */
  readonly code: FunctionCode;
  /** The function. */
  readonly fn: ScfFunction;
  /** The function's CLS log topic; only with `logs`. */
  readonly logTopic?: ClsTopic;
  /** The Function URL trigger; only with `functionUrl`. */
  readonly url?: ScfTrigger;
  /** The COS trigger; only with `cosTrigger`. */
  readonly cosTrigger?: ScfTrigger;

  constructor(scope: Construct, id: string, props: NodejsFunctionProps) {
    super(scope, id);
    validate(props);
    const memorySizeMb = props.memorySizeMb ?? DEFAULT_MEMORY_SIZE_MB;
    const tags = props.tags && { ...props.tags };
    this.functionName = props.functionName;

    // From source (this repository) the handler is bundled at synth; installed from the package, it is prebuilt.
    this.code = new FunctionCode(
      this,
      "code",
      existsSync(props.entry)
        ? { entry: props.entry, target: esbuildTarget(props.runtime), unusedModules: props.unusedModules }
        : { bundle: props.bundle },
    );

    if (props.logs !== undefined) {
      this.logTopic = new ClsTopic(this, "log-topic", {
        logsetId: props.logs.logsetId,
        topicName: props.functionName,
        period: props.logs.retentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
        tags,
      });
    }

    const variables =
      props.variables && Object.entries(props.variables).filter((e): e is [string, string] => e[1] !== undefined);
    this.fn = new ScfFunction(this, "function", {
      name: props.functionName,
      namespace: SCF_NAMESPACE,
      description: props.description,
      handler: SCF_HANDLER,
      runtime: props.runtime,
      memSize: memorySizeMb,
      timeout: props.timeoutSeconds ?? SCF_TIMEOUT_SECONDS.default,
      zipFile: this.code.asset.path,
      role: props.role.role.name,
      // STS is reached at its public endpoint (a function placed in a VPC would use sts.internal instead), COS at the
      // bucket's public host name (inside Tencent Cloud it resolves to the internal network), the webhook at the app.
      enablePublicNet: true,
      environment: variables && Object.fromEntries(variables),
      clsLogsetId: this.logTopic && props.logs?.logsetId,
      clsTopicId: this.logTopic?.id,
      instanceConcurrencyConfig: props.instanceConcurrencyConfig,
      tags,
    });

    // Separate trigger resources rather than the function's `triggers` block: the block deletes and recreates every
    // trigger on any change (a new URL for every app) and never notices drift.
    if (props.functionUrl === true) {
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
    }
    if (props.cosTrigger !== undefined) {
      // A COS trigger is named after the bucket's XML API host (CreateTrigger,
      // https://cloud.tencent.com/document/product/583/18589); its description is the provider's documented
      // `{"bucketUrl","event","filter":{"Prefix","Suffix"}}`. COS sends each event to one function per bucket, event
      // and overlapping filter (https://cloud.tencent.com/document/product/583/9707).
      const { bucket, region, event, prefix } = props.cosTrigger;
      const host = `${bucket}.cos.${region}.myqcloud.com`;
      this.cosTrigger = new ScfTrigger(this, "trigger", {
        functionName: this.fn.name,
        namespace: SCF_NAMESPACE,
        type: "cos",
        triggerName: host,
        enable: "OPEN",
        triggerDesc: JSON.stringify({ bucketUrl: host, event, filter: { Prefix: prefix, Suffix: "" } }),
      });
    }

    if (props.reservedConcurrency !== undefined) {
      new ScfReservedConcurrencyConfig(this, "concurrency", {
        functionName: this.fn.name,
        namespace: SCF_NAMESPACE,
        // SCF reserves memory, not instances: instances × memory per instance.
        reservedConcurrencyMem: props.reservedConcurrency * memorySizeMb,
      });
    }
  }
}

/** Fails with the field, the value received and what is allowed; skips unresolved tokens. */
function validate(props: NodejsFunctionProps): void {
  const fail = (field: string, received: unknown, allowed: string): never => {
    throw new Error(
      `function ${props.functionName}: ${field}: received ${JSON.stringify(received)}; allowed: ${allowed}`,
    );
  };
  if (!Token.isUnresolved(props.functionName) && !SCF_FUNCTION_NAME.test(props.functionName)) {
    fail("functionName", props.functionName, SCF_FUNCTION_NAME_RULE);
  }
  if (!SCF_DESCRIPTION.test(props.description) || props.description.length > SCF_DESCRIPTION_MAX_LENGTH) {
    fail(
      "description",
      props.description,
      `at most ${SCF_DESCRIPTION_MAX_LENGTH} letters, digits, spaces, commas and periods (CreateFunction)`,
    );
  }
  if (!isFunctionRuntime(props.runtime)) {
    fail("runtime", props.runtime, FUNCTION_RUNTIME_RULE);
  }
  const memory = props.memorySizeMb ?? DEFAULT_MEMORY_SIZE_MB;
  if (
    !Number.isInteger(memory) ||
    memory < SCF_MEMORY_MB.min ||
    memory > SCF_MEMORY_MB.max ||
    memory % SCF_MEMORY_MB.step !== 0
  ) {
    fail(
      "memorySizeMb",
      memory,
      `a multiple of ${SCF_MEMORY_MB.step} from ${SCF_MEMORY_MB.min} to ${SCF_MEMORY_MB.max}`,
    );
  }
  const timeout = props.timeoutSeconds ?? SCF_TIMEOUT_SECONDS.default;
  if (!Number.isInteger(timeout) || timeout < SCF_TIMEOUT_SECONDS.min || timeout > SCF_TIMEOUT_SECONDS.max) {
    fail("timeoutSeconds", timeout, `a whole number from ${SCF_TIMEOUT_SECONDS.min} to ${SCF_TIMEOUT_SECONDS.max}`);
  }
  if (
    props.reservedConcurrency !== undefined &&
    (!Number.isInteger(props.reservedConcurrency) || props.reservedConcurrency < 1)
  ) {
    fail("reservedConcurrency", props.reservedConcurrency, "a whole number of instances, at least 1");
  }
  const retention = props.logs?.retentionDays;
  if (retention !== undefined && !isLogRetentionDays(retention)) {
    fail("logs.retentionDays", retention, LOG_RETENTION_RULE);
  }
}
