/**
 * A local SCF API endpoint (2018-04-16): it checks each request's TC3-HMAC-SHA256 signature and session token as SCF
 * does (see `tc3-signature.ts`) and answers `ListTriggers` for the functions it is given, in SCF's shape
 * (https://www.tencentcloud.com/document/api/583/36314). `npm run outputs` reads the key service's Function URL through
 * it in tests. It models no other action, no paging beyond `Offset`/`Limit`, and no CAM authorisation.
 */
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { answerJson, serveApi } from "./api-endpoint";
import { apiError, apiParams, CallerKeys, tc3AuthFailure } from "./tc3-signature";

/** A trigger as `ListTriggers` answers it (the fields this project reads, plus the usual ones). */
export interface ScfTrigger {
  readonly TriggerName: string;
  /** `http` for a Function URL, `timer`, `cos`, … */
  readonly Type: string;
  /** JSON text; for a Function URL `{"AuthType","NetConfig":{"EnableExtranet","ExtranetUrl",…}}`. */
  readonly TriggerDesc: string;
  readonly Enable?: number;
  readonly Qualifier?: string;
}

/** A function the endpoint knows. */
export interface ScfFunctionRecord {
  readonly namespace: string;
  readonly name: string;
  readonly triggers: readonly ScfTrigger[];
}

/** Options for {@link startScfServer}. */
export interface ScfServerOptions {
  /** The functions whose triggers can be listed. */
  readonly functions: readonly ScfFunctionRecord[];
  /** @default freshly generated permanent keys (a deployer's, without a session token) */
  readonly keys?: CallerKeys;
}

/** One request the endpoint received. */
export interface ScfCall {
  readonly action: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The error code answered, if any. */
  readonly error?: string;
}

/** A running endpoint. */
export interface ScfServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** The keys requests must be signed with. */
  readonly keys: CallerKeys;
  /** Every request, in order (live). */
  readonly calls: readonly ScfCall[];
  close(): Promise<void>;
}

/** Starts the endpoint on 127.0.0.1 at a free port. */
export async function startScfServer(options: ScfServerOptions): Promise<ScfServer> {
  const keys: CallerKeys = options.keys ?? {
    secretId: `AKID${randomBytes(16).toString("hex")}`,
    secretKey: randomBytes(20).toString("hex"),
  };
  const calls: ScfCall[] = [];

  function answer(req: http.IncomingMessage, body: Buffer): string {
    const requestId = randomUUID();
    const action = String(req.headers["x-tc-action"] ?? "");
    const params = apiParams(body);
    const fail = (code: string, message: string): string => {
      calls.push({ action, params, error: code });
      return apiError(code, message, requestId);
    };
    const authError = tc3AuthFailure(req, body, keys, "scf");
    if (authError !== undefined) {
      return fail(authError, "the request was refused by the local SCF endpoint");
    }
    if (action !== "ListTriggers" || req.headers["x-tc-version"] !== "2018-04-16") {
      return fail("InvalidAction", `the local SCF endpoint does not serve ${action}`);
    }
    const namespace = typeof params.Namespace === "string" ? params.Namespace : "default";
    const fn = options.functions.find((f) => f.name === params.FunctionName && f.namespace === namespace);
    if (fn === undefined) {
      return fail(
        "ResourceNotFound.Function",
        `function ${String(params.FunctionName)} does not exist in namespace ${namespace}`,
      );
    }
    const offset = Number.isInteger(params.Offset) ? Number(params.Offset) : 0;
    const limit = Number.isInteger(params.Limit) ? Number(params.Limit) : 20;
    calls.push({ action, params });
    return JSON.stringify({
      Response: {
        TotalCount: fn.triggers.length,
        Triggers: fn.triggers.slice(offset, offset + limit),
        RequestId: requestId,
      },
    });
  }

  const server = await serveApi((req, body, res) => answerJson(res, 200, answer(req, body)));
  return { url: server.url, port: server.port, keys, calls, close: () => server.close() };
}
