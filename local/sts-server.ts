/**
 * A local STS endpoint for tests: it checks each request's TC3-HMAC-SHA256 signature and session token the way STS
 * does, answers `AssumeRole` (2018-08-13) in STS's shape, records every call and every key it issued, and can be
 * told to fail. The local COS endpoint enforces policies through {@link StsServer.lookup}.
 */
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { AddressInfo } from "node:net";
import { PolicyDocument } from "../policy";
import { IssuedKey, IssuedKeys } from "./issued-keys";
import { tc3Failure } from "./tc3";

/** The keys the endpoint accepts requests signed with: the key service's own ("the function's role keys"). */
export interface CallerKeys {
  readonly secretId: string;
  readonly secretKey: string;
  /** Expected in `X-TC-Token`; omit to accept permanent keys (no token). */
  readonly token?: string;
}

/** A way to fail. Faults apply to calls whose signature checks out. */
export type StsFault =
  /** An STS error answer, HTTP 200 with `Response.Error`: e.g. `InternalError`, `RequestLimitExceeded`. */
  | { readonly kind: "error"; readonly code: string; readonly message?: string }
  /** A bare HTTP status, such as 500. */
  | { readonly kind: "status"; readonly status: number }
  /** HTTP 200 with a body that is not JSON. */
  | { readonly kind: "garbage" }
  /** A normal answer, after `ms` milliseconds. */
  | { readonly kind: "delay"; readonly ms: number };

/** One request the endpoint received. */
export interface StsCall {
  /** `X-TC-Action`. */
  readonly action: string;
  /** The JSON body. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The `Policy` parameter, URL-decoded and parsed, when present and readable. */
  readonly policy?: PolicyDocument;
  /** The STS error code answered for a bad signature, token or parameter; undefined when the request was sound. */
  readonly rejected?: string;
  /** The request id answered. */
  readonly requestId: string;
}

/** Options for {@link startStsServer}. */
export interface StsServerOptions {
  /** @default freshly generated keys with a session token */
  readonly keys?: CallerKeys;
  /** Lifetime of issued keys, in seconds; negative issues keys that have already expired. @default the call's DurationSeconds */
  readonly keyLifetimeSeconds?: number;
}

/** A running endpoint. */
export interface StsServer extends IssuedKeys {
  /** `http://127.0.0.1:<port>`, usable as `STS_ENDPOINT`. */
  readonly url: string;
  readonly port: number;
  /** The keys requests must be signed with. */
  readonly keys: CallerKeys;
  /** Every request received, in order (live). */
  readonly calls: readonly StsCall[];
  /** Every key issued, in order (live). */
  readonly issued: readonly IssuedKey[];
  /** The key with this `tmpSecretId`, if this endpoint issued it. */
  lookup(tmpSecretId: string): IssuedKey | undefined;
  /** Fails the next `times` sound calls with `fault`; `undefined` answers normally again. */
  setFault(fault: StsFault | undefined, times?: number): void;
  /** Changes the lifetime of keys issued from now on; `undefined` restores DurationSeconds. */
  setKeyLifetime(seconds: number | undefined): void;
  /** Stops the endpoint, dropping open connections and pending slow answers. Closing twice is harmless. */
  close(): Promise<void>;
}

const ROLE_SESSION_NAME = /^[\w+=,.@-]{2,128}$/;
const ROLE_ARN = /^qcs::cam::uin\/\d+:roleName\/[\w+=,.@-]{1,128}$/;

/** Starts an endpoint on 127.0.0.1 at a free port. */
export async function startStsServer(options: StsServerOptions = {}): Promise<StsServer> {
  const keys: CallerKeys = options.keys ?? {
    secretId: `AKID${randomBytes(16).toString("hex")}`,
    secretKey: randomBytes(20).toString("hex"),
    token: randomBytes(32).toString("hex"),
  };
  let keyLifetimeSeconds = options.keyLifetimeSeconds;
  let fault: { fault: StsFault; remaining: number } | undefined;
  const calls: StsCall[] = [];
  const issued: IssuedKey[] = [];
  const byId = new Map<string, IssuedKey>();
  const timers = new Set<NodeJS.Timeout>();

  function answer(res: http.ServerResponse, status: number, body: string): void {
    if (!res.destroyed) {
      res.writeHead(status, { "Content-Type": "application/json" }).end(body);
    }
  }

  function issue(params: Readonly<Record<string, unknown>>, policy: PolicyDocument, requestId: string): string {
    const now = Math.floor(Date.now() / 1000);
    const expiredTime = now + (keyLifetimeSeconds ?? Number(params.DurationSeconds ?? 7200));
    const key: IssuedKey = {
      tmpSecretId: `AKID${randomBytes(20).toString("base64url")}`,
      tmpSecretKey: randomBytes(24).toString("base64url"),
      sessionToken: randomBytes(48).toString("base64url"),
      expiredTime,
      policy,
    };
    issued.push(key);
    byId.set(key.tmpSecretId, key);
    return JSON.stringify({
      Response: {
        Credentials: { Token: key.sessionToken, TmpSecretId: key.tmpSecretId, TmpSecretKey: key.tmpSecretKey },
        ExpiredTime: expiredTime,
        Expiration: new Date(expiredTime * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
        RequestId: requestId,
      },
    });
  }

  function handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const requestId = randomUUID();
    const action = header(req, "x-tc-action") ?? "";
    const params = parseParams(body);
    const policy = decodePolicy(params.Policy);
    const rejected = tc3Failure(req, body, keys, "sts") ?? parameterFailure(req, action, params, policy);
    calls.push({ action, params, policy, rejected, requestId });
    if (rejected !== undefined) {
      return answer(res, 200, stsError(rejected, "the request was refused by the local STS endpoint", requestId));
    }
    const current = fault;
    if (current !== undefined && current.remaining > 0) {
      current.remaining -= 1;
      fault = current.remaining > 0 ? current : undefined;
      switch (current.fault.kind) {
        case "error":
          return answer(res, 200, stsError(current.fault.code, current.fault.message ?? current.fault.code, requestId));
        case "status":
          return answer(res, current.fault.status, "");
        case "garbage":
          return answer(res, 200, "<html>not json");
        case "delay": {
          const timer = setTimeout(() => {
            timers.delete(timer);
            answer(res, 200, issue(params, policy ?? { version: "2.0", statement: [] }, requestId));
          }, current.fault.ms);
          timers.add(timer);
          return;
        }
      }
    }
    answer(res, 200, issue(params, policy ?? { version: "2.0", statement: [] }, requestId));
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    keys,
    calls,
    issued,
    lookup: (tmpSecretId) => byId.get(tmpSecretId),
    setFault(next, times = Number.POSITIVE_INFINITY) {
      fault = next === undefined ? undefined : { fault: next, remaining: times };
    },
    setKeyLifetime(seconds) {
      keyLifetimeSeconds = seconds;
    },
    async close() {
      if (!server.listening) {
        return;
      }
      timers.forEach(clearTimeout);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** The STS error code for a call this endpoint cannot serve, or undefined for a sound `AssumeRole`. */
function parameterFailure(
  req: http.IncomingMessage,
  action: string,
  params: Readonly<Record<string, unknown>>,
  policy: PolicyDocument | undefined,
): string | undefined {
  if (action !== "AssumeRole" || header(req, "x-tc-version") !== "2018-08-13") {
    return "InvalidAction";
  }
  const duration = params.DurationSeconds;
  const sound =
    typeof params.RoleArn === "string" &&
    ROLE_ARN.test(params.RoleArn) &&
    typeof params.RoleSessionName === "string" &&
    ROLE_SESSION_NAME.test(params.RoleSessionName) &&
    (duration === undefined || (Number.isInteger(duration) && Number(duration) >= 900 && Number(duration) <= 43200)) &&
    (params.Policy === undefined || policy !== undefined) &&
    header(req, "x-tc-region") !== undefined;
  return sound ? undefined : "InvalidParameter";
}

function parseParams(body: Buffer): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function decodePolicy(policy: unknown): PolicyDocument | undefined {
  if (typeof policy !== "string") {
    return undefined;
  }
  try {
    const document: unknown = JSON.parse(decodeURIComponent(policy));
    return typeof document === "object" && document !== null && "statement" in document ? (document as PolicyDocument) : undefined;
  } catch {
    return undefined;
  }
}

function stsError(code: string, message: string, requestId: string): string {
  return JSON.stringify({ Response: { Error: { Code: code, Message: message }, RequestId: requestId } });
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}
