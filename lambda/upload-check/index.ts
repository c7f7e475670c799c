/**
 * SCF entry point of the post-upload check: `index.main_handler`, invoked asynchronously by the COS trigger
 * (`cos:ObjectCreated:*` under the prefix root) and by its timer, which runs the sweep (sweep.ts).
 *
 * `file-type` is ESM-only since version 17; esbuild bundles it into this CommonJS bundle, so the deployed function
 * needs no ESM support. Only its `core` entry is used (detection from bytes; no file system).
 */
import { fileTypeFromBuffer, supportedMimeTypes } from "file-type/core";
import { callerHash } from "../shared/caller-hash";
import { FunctionCredentials, functionCredentials } from "../shared/credentials";
import { ConfigError } from "../shared/env";
import { createSecretReader } from "../shared/ssm";
import { checkEvent, CheckDependencies, CheckResult, WebhookBudget } from "./check";
import { CheckConfig, parseCheckConfig, WebhookSecretSource } from "./config";
import { CosCredentials, createCosClient } from "./cos-client";
import { installDeflateRaw } from "./deflate-raw";
import { isRecord } from "../shared/json";
import { isTimerEvent, sweep, SweepResult } from "./sweep";
import { verdictTagKey } from "./verdict-tag";
import { DEFAULT_RETRY_POLICY, RetryPolicy } from "./webhook";

// The deployed runtime, Nodejs18.15, lacks the raw deflate file-type needs inside ZIP files (deflate-raw.ts).
installDeflateRaw();

/** The part of SCF's `context` the check uses. */
export interface ScfContext {
  readonly request_id?: string;
  /** The function's timeout, in ms. */
  readonly time_limit_in_ms?: number;
}

/**
 * An invocation: a COS event's check, or (a timer event) a sweep run. It rejects only when the event should be
 * delivered again (SCF retries async invocations).
 */
export type CheckHandler = (event: unknown, context?: ScfContext) => Promise<CheckResult | SweepResult>;

/** Options for tests and local runs. */
export interface CheckHandlerOptions {
  /** @default DEFAULT_RETRY_POLICY */
  readonly retry?: RetryPolicy;
  /** @default Date.now */
  readonly clock?: () => number;
}

/** How many first bytes are read: file-type's documented sample size (`sampleSize`, default 4100). */
const SAMPLE_BYTES = 4100;

/** Time kept back from the function's timeout for the last log lines. */
const DEADLINE_MARGIN_MS = 1000;
/** Assumed timeout when SCF does not say. */
const DEFAULT_TIME_LIMIT_MS = 30_000;

let handler: CheckHandler | undefined;

/** Checks the objects of one COS event, or sweeps. The configuration is read on an instance's first invocation. */
export function main_handler(event: unknown, context?: ScfContext): Promise<CheckResult | SweepResult> {
  handler ??= handlerFromEnvironment(process.env);
  return handler(event, context);
}

/**
 * The handler for an environment. A configuration problem fails every invocation with a log line naming the
 * variable, and touches no object.
 */
export function handlerFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  options: CheckHandlerOptions = {},
): CheckHandler {
  let config: CheckConfig;
  try {
    config = parseCheckConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) {
      throw error;
    }
    return async (_event, context) => {
      console.log(
        JSON.stringify({
          requestId: context?.request_id,
          verdict: "misconfigured",
          outcome: "misconfigured",
          errorCode: "CheckMisconfigured",
          problem: error.message,
        }),
      );
      throw new Error("the upload check is not configured correctly; see its log");
    };
  }
  const clock = options.clock ?? Date.now;
  const webhookSecret = config.webhook === undefined ? undefined : secretReader(config.webhook.secret, env, clock);
  // One reader where both come from the webhook secret: one Secrets Manager read per instance, as before.
  const verdictKey = derivedKey(
    config.webhook?.secret === config.verdictSecret && webhookSecret !== undefined
      ? webhookSecret
      : secretReader(config.verdictSecret, env, clock),
  );
  // One budget per instance: it lives as long as the instance does.
  const webhookBudget =
    config.webhook === undefined ? undefined : new WebhookBudget(config.webhook.maxPerMinute, clock);
  return async (event, context) => {
    const started = clock();
    const requestId = context?.request_id ?? `local-${started}`;
    const limit =
      typeof context?.time_limit_in_ms === "number" && context.time_limit_in_ms > 0
        ? context.time_limit_in_ms
        : DEFAULT_TIME_LIMIT_MS;
    const deps: CheckDependencies = {
      config,
      // Read at every invocation: SCF renews the role's keys while an instance lives.
      cos: createCosClient({ ...config.location, endpoint: config.cosEndpoint, credentials: credentials(env), clock }),
      detect: async (bytes) => (await fileTypeFromBuffer(bytes))?.mime,
      detectable: (type) => (supportedMimeTypes as ReadonlySet<string>).has(type),
      sampleBytes: SAMPLE_BYTES,
      retry: options.retry ?? DEFAULT_RETRY_POLICY,
      webhookSecret,
      verdictKey,
      log: (line) => console.log(JSON.stringify(logLine(line, clock() - started))),
      deadline: started + limit - DEADLINE_MARGIN_MS,
      clock,
      webhookBudget,
    };
    let result: CheckResult | SweepResult;
    if (isTimerEvent(event)) {
      const swept = await sweep(requestId, deps);
      // One summary line; each checked object has its own verdict line already.
      const { verdicts: _verdicts, end, ...counts } = swept;
      deps.log({ requestId, sweep: end, ...counts });
      result = swept;
    } else {
      if (!(isRecord(event) && Array.isArray(event.Records))) {
        // Neither shape: were SCF's timer event to look otherwise than documented, this line is where it shows.
        deps.log({ requestId, problem: "neither a COS trigger event (Records) nor a timer event (Type: timer)" });
      }
      result = await checkEvent(event, requestId, deps);
    }
    if (result.failed > 0) {
      throw new Error(`${result.failed} object(s) could not be checked; see the log`);
    }
    if (result.unannounced > 0) {
      // The verdicts stand; SCF's redelivery checks again (changing nothing) and retries the announcement.
      throw new Error(
        `${result.unannounced} accepted object(s) could not be announced (webhook secret unavailable); see the log`,
      );
    }
    if (result.untagged > 0) {
      // The verdicts stand; the redelivery judges them again (changing nothing) and tags them.
      throw new Error(`${result.untagged} accepted object(s) could not be tagged with their verdict; see the log`);
    }
    if (result.deferred > 0) {
      // Over the instance's webhook budget: SCF retries a failed asynchronous invocation a minute later (twice by
      // default, https://cloud.tencent.com/document/product/583/41138), when the budget has room again.
      throw new Error(
        `${result.deferred} accepted object(s) wait for their announcement (over MAX_WEBHOOKS_PER_MINUTE); see the log`,
      );
    }
    return result;
  };
}

/**
 * A secret (the webhook's, or the verdict tags'): given, or read from Secrets Manager with the key service's reader
 * (once per instance, with the function's keys of the moment; a failed read is tried again by an invocation at
 * least a second later).
 */
function secretReader(
  source: WebhookSecretSource,
  env: Readonly<Record<string, string | undefined>>,
  clock: () => number,
): () => Promise<string | Uint8Array> {
  if (source.kind === "value") {
    return () => Promise.resolve(source.value);
  }
  return createSecretReader({ ...source.ssm, credentials: () => credentials(env) }, clock);
}

/** The verdict tags' key, derived again only when the secret's value changes. */
function derivedKey(readSecret: () => Promise<string | Uint8Array>): () => Promise<Uint8Array> {
  let derived: { readonly secret: string | Uint8Array; readonly key: Buffer } | undefined;
  return async () => {
    const secret = await readSecret();
    if (derived?.secret !== secret) {
      derived = { secret, key: verdictTagKey(secret) };
    }
    return derived.key;
  };
}

/** The role's keys of the moment; throws {@link ConfigError}, which the Secrets Manager reader reports as such. */
function credentials(env: Readonly<Record<string, string | undefined>>): CosCredentials & FunctionCredentials {
  return functionCredentials(env)();
}

/**
 * A check log line as written: the line with the fields every line of both functions has. `outcome` is the verdict
 * (or `webhook-delivered`, `webhook-failed`, `webhook-deferred`), `errorCode` COS's code (or `failed`) when a record
 * could not be checked, `durationMs` the time since the invocation began, and the caller as {@link callerHash} in
 * place of its id.
 */
function logLine(line: object, durationMs: number): Record<string, unknown> {
  const { callerId, ...rest } = line as Record<string, unknown>;
  const verdict = typeof rest.verdict === "string" ? rest.verdict : undefined;
  const webhook = typeof rest.webhook === "string" ? rest.webhook : undefined;
  const tag = typeof rest.tag === "string" ? rest.tag : undefined;
  const sweepEnd = typeof rest.sweep === "string" ? rest.sweep : undefined;
  const failed = verdict === "failed" || tag === "failed";
  return {
    ...rest,
    ...(typeof callerId === "string" ? { caller: callerHash(callerId) } : {}),
    outcome:
      verdict ??
      (webhook !== undefined
        ? `webhook-${webhook}`
        : tag !== undefined
          ? `tag-${tag}`
          : sweepEnd !== undefined
            ? `sweep-${sweepEnd}`
            : "event"),
    ...(failed ? { errorCode: typeof rest.code === "string" ? rest.code : "failed" } : {}),
    durationMs,
  };
}
