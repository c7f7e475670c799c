/**
 * A local STS endpoint for tests: it checks each request's TC3-HMAC-SHA256 signature and session token the way STS
 * does, answers `AssumeRole` (2018-08-13) in STS's shape, records every call and every key it issued, and can be
 * told to fail. The local COS endpoint enforces policies through {@link StsServer.lookup}.
 */
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { PolicyDocument } from "../policy";
import { answerJson, ApiFault, faultAnswer, FaultSchedule, freshCallerKeys, serveApi } from "./api-endpoint";
import { IssuedKey, IssuedKeys } from "./issued-keys";
import { apiError, apiParams, CallerKeys, requestHeader as header, tc3AuthFailure } from "./tc3-signature";

export type { CallerKeys } from "./tc3-signature";

/** A way to fail (see {@link ApiFault}). */
export type StsFault = ApiFault;

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
  /** The `SecretId` the request was signed with, when readable. */
  readonly secretId?: string;
}

/** Options for {@link startStsServer}. */
export interface StsServerOptions {
  /** @default freshly generated keys with a session token */
  readonly keys?: CallerKeys;
  /** Lifetime of issued keys, in seconds; negative issues keys that have already expired. @default the call's DurationSeconds */
  readonly keyLifetimeSeconds?: number;
  /**
   * Whether to keep every call and issued key in {@link StsServer.calls} and {@link StsServer.issued}; false for a
   * long load (the bench), where {@link onCall} counts instead and `lookup` finds nothing.
   * @default true
   */
  readonly record?: boolean;
  /** Called with every request received, before it is answered. @default none */
  readonly onCall?: (call: StsCall) => void;
}

/** A running endpoint. */
export interface StsServer extends IssuedKeys {
  /** `http://127.0.0.1:<port>`, usable as `STS_ENDPOINT`. */
  readonly url: string;
  readonly port: number;
  /** The keys requests must be signed with; {@link setKeys} changes them. */
  readonly keys: CallerKeys;
  /** Accepts requests signed with `keys` from now on, as after SCF rotated the function role's keys. */
  setKeys(keys: CallerKeys): void;
  /** Every request received, in order (live). */
  readonly calls: readonly StsCall[];
  /** Every key issued, in order (live). */
  readonly issued: readonly IssuedKey[];
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** Resolves when a connection open now or accepted later next closes (by either side). */
  nextConnectionClose(): Promise<void>;
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
  let keys: CallerKeys = options.keys ?? freshCallerKeys();
  let keyLifetimeSeconds = options.keyLifetimeSeconds;
  const faults = new FaultSchedule();
  const calls: StsCall[] = [];
  const issued: IssuedKey[] = [];
  const byId = new Map<string, IssuedKey>();
  const record = options.record ?? true;

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
    if (record) {
      issued.push(key);
      byId.set(key.tmpSecretId, key);
    }
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
    const params = apiParams(body);
    const policy = decodePolicy(params.Policy);
    const rejected = tc3AuthFailure(req, body, keys, "sts") ?? parameterFailure(req, action, params, policy);
    const secretId = /Credential=([^/]+)\//.exec(header(req, "authorization") ?? "")?.[1];
    const call: StsCall = { action, params, policy, rejected, requestId, secretId };
    if (record) {
      calls.push(call);
    }
    options.onCall?.(call);
    if (rejected !== undefined) {
      return answerJson(res, 200, apiError(rejected, "the request was refused by the local STS endpoint", requestId));
    }
    const fault = faults.take();
    const issueNow = (): void =>
      answerJson(res, 200, issue(params, policy ?? { version: "2.0", statement: [] }, requestId));
    if (fault === undefined) {
      issueNow();
    } else if (fault.kind === "delay") {
      server.later(fault.ms, issueNow);
    } else {
      const failed = faultAnswer(fault, requestId);
      answerJson(res, failed.status, failed.body);
    }
  }

  const server = await serveApi(handle);
  return {
    url: server.url,
    port: server.port,
    get keys() {
      return keys;
    },
    setKeys(next) {
      keys = next;
    },
    calls,
    issued,
    get connections() {
      return server.connections;
    },
    nextConnectionClose: () => server.nextConnectionClose(),
    lookup: (tmpSecretId) => byId.get(tmpSecretId),
    setFault: (next, times) => faults.set(next, times),
    setKeyLifetime(seconds) {
      keyLifetimeSeconds = seconds;
    },
    close: () => server.close(),
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

function decodePolicy(policy: unknown): PolicyDocument | undefined {
  if (typeof policy !== "string") {
    return undefined;
  }
  try {
    const document: unknown = JSON.parse(decodeURIComponent(policy));
    return typeof document === "object" && document !== null && "statement" in document
      ? (document as PolicyDocument)
      : undefined;
  } catch {
    return undefined;
  }
}
