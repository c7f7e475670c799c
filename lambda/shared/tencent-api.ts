/**
 * What the STS and Secrets Manager clients of `tencentcloud-sdk-nodejs` share: the function's current keys on every
 * call, keep-alive connections, and loopback endpoints for local emulators.
 */
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { Duplex } from "node:stream";
import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { CredentialSource, FunctionCredentials } from "./credentials";
import { ConfigError } from "./env";
import { ServiceError } from "./service-error";

/** How to reach one Tencent Cloud API. */
export interface ApiSettings {
  /** `https://<service>.…`, or `http://127.0.0.1:<port>` / `http://localhost:<port>` for a local emulator. */
  readonly endpoint: URL;
  /** Region of the client; the bucket's region. */
  readonly region: string;
  /** Upper bound on one call. */
  readonly timeoutMs: number;
  /** The keys each call is signed with. */
  readonly credentials: CredentialSource;
}

/** The options both SDK clients are built with (`new Client(options)`). */
export interface ClientOptions {
  /** A provider the SDK asks for keys before signing each request. */
  readonly credential: { getCredential(): Promise<FunctionCredentials> };
  readonly region: string;
  readonly profile: {
    readonly httpProfile: {
      readonly reqMethod: "POST";
      readonly protocol: string;
      readonly endpoint: string;
      readonly reqTimeout: number;
      readonly agent: http.Agent;
    };
  };
}

/**
 * Keeps connections to one loopback address alive while requests name the service's host. The SDK signs for the
 * service named by the endpoint's first DNS label, so `127.0.0.1:8080` would sign for a service "127".
 */
class LoopbackAgent extends http.Agent {
  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    super({ keepAlive: true });
  }

  override createConnection(): Duplex {
    return net.createConnection({ host: this.host, port: this.port });
  }
}

/** Client options for `settings`; `defaultHost` (such as `sts.tencentcloudapi.com`) names a local endpoint's service. */
export function clientOptions(settings: ApiSettings, defaultHost: string): ClientOptions {
  const { endpoint } = settings;
  const local = endpoint.protocol === "http:";
  return {
    credential: { getCredential: async () => settings.credentials() },
    region: settings.region,
    profile: {
      httpProfile: {
        reqMethod: "POST",
        protocol: local ? "http://" : "https://",
        endpoint: local ? `${defaultHost}:${endpoint.port}` : endpoint.host,
        // A backstop only: callers stop waiting at their deadline (withinDeadline below), so that a timeout can be
        // told from other failures; this closes a connection still waiting a second later.
        reqTimeout: settings.timeoutMs / 1000 + 1,
        agent: local
          ? new LoopbackAgent(endpoint.hostname, Number(endpoint.port))
          : new https.Agent({ keepAlive: true }),
      },
    },
  };
}

/**
 * Checks that the function's keys are there before a call, so that their absence reads as what it is (503
 * `ServiceMisconfigured`, the variables named in the log) rather than as a failed call.
 */
export function requireCredentials(settings: ApiSettings): void {
  try {
    settings.credentials();
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new MisconfiguredError(error.message);
    }
    throw error;
  }
}

/** The service cannot work as configured; `problem` names the variable and goes to the log only. */
export class MisconfiguredError extends ServiceError {
  constructor(readonly problem: string) {
    super(503, "ServiceMisconfigured", "the key service is not configured correctly; see its log");
  }
}

/** What {@link withinDeadline} rejects with when the call is still pending at the deadline. */
const DEADLINE_PASSED = Symbol("deadline passed");

/**
 * `call`, or a rejection that {@link callFault} reads as a timeout once `timeoutMs` have passed. The caller is
 * answered at the deadline; a call still running then is left to the SDK's own timeout (`reqTimeout` of
 * {@link clientOptions}, a second later), which closes its connection. No AbortSignal is passed to the SDK:
 * node-fetch adds and removes an abort listener on it for every call, which cost about a tenth of a key-service
 * request's CPU under the bench's load (docs/performance.md); a timer costs next to nothing.
 */
export async function withinDeadline<T>(call: Promise<T>, timeoutMs: number): Promise<T> {
  let deadline: NodeJS.Timeout | undefined;
  const passed = new Promise<never>((_resolve, reject) => {
    deadline = setTimeout(reject, timeoutMs, DEADLINE_PASSED);
    // A pending deadline does not keep the process alive.
    deadline.unref();
  });
  // A call that fails after the deadline has nobody waiting for it.
  call.catch(ignore);
  try {
    return await Promise.race([call, passed]);
  } finally {
    clearTimeout(deadline);
  }
}

function ignore(): void {}

/** Why a call failed, for the log. */
export interface CallFault {
  /** The deadline of {@link withinDeadline} passed. */
  readonly timedOut: boolean;
  /** The API's error code, `HTTP <status>`, `unreachable`, `unreadable answer` or, timed out, `timeout`. */
  readonly code: string;
  /** The API's request id, when it answered. */
  readonly requestId: string | undefined;
}

/**
 * Reads a failed call. The SDK wraps API errors (with a code), HTTP errors (with a status) and network errors (with
 * neither); anything else comes from reading an answer that is not the API's JSON.
 */
export function callFault(error: unknown): CallFault {
  if (error === DEADLINE_PASSED) {
    return { timedOut: true, code: "timeout", requestId: undefined };
  }
  const sdkError = error instanceof TencentCloudSDKHttpException ? error : undefined;
  const code =
    sdkError === undefined
      ? "unreadable answer"
      : (sdkError.code ?? (sdkError.httpCode === undefined ? "unreachable" : `HTTP ${sdkError.httpCode}`));
  return { timedOut: false, code, requestId: sdkError?.requestId || undefined };
}
