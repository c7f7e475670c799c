/**
 * What the STS and Secrets Manager clients of `tencentcloud-sdk-nodejs` share: the function's current keys on every
 * call, keep-alive connections, and loopback endpoints for local emulators.
 */
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { Duplex } from "node:stream";
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
        // A backstop only: the caller decides when to stop waiting (Secrets Manager's abort signal, STS's deadline), so
        // that a timeout can be told from other failures; this closes a connection still waiting a second later.
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
