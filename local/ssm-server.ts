/**
 * A local Secrets Manager (SSM) endpoint: it checks each request's TC3-HMAC-SHA256 signature and session token the
 * way the cloud does, answers `GetSecretValue` (2019-09-23, https://cloud.tencent.com/document/api/1140/40522) in
 * SSM's shape, records every call, and can be told to fail.
 *
 * Where it knowingly differs from the cloud: it serves only `GetSecretValue`, holds secrets in memory, and knows no
 * KMS, secret states or CAM policies (any request signed with {@link SsmServer.keys} may read any secret).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { answerJson, ApiFault, faultAnswer, FaultSchedule, freshCallerKeys, serveApi } from "./api-endpoint";
import { apiError, apiParams, CallerKeys, requestHeader, tc3AuthFailure } from "./tc3-signature";

/** A way to fail (see {@link ApiFault}). */
export type SsmFault = ApiFault;

/** One request the endpoint received. */
export interface SsmCall {
  /** `X-TC-Action`. */
  readonly action: string;
  /** The JSON body. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The `SecretId` of the signature, when readable. */
  readonly secretId?: string;
  /** The error code answered, or undefined for a secret handed out. */
  readonly rejected?: string;
  readonly requestId: string;
}

/** Options for {@link startSsmServer}. */
export interface SsmServerOptions {
  /** @default freshly generated keys with a session token */
  readonly keys?: CallerKeys;
  /** Secrets held from the start: name → version id → text value. */
  readonly secrets?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A running endpoint. */
export interface SsmServer {
  /** `http://127.0.0.1:<port>`, usable as `SSM_ENDPOINT`. */
  readonly url: string;
  readonly port: number;
  /** The keys requests must be signed with; {@link setKeys} changes them. */
  readonly keys: CallerKeys;
  /** Every request received, in order (live). */
  readonly calls: readonly SsmCall[];
  /** Stores `value` as version `versionId` of secret `name`, replacing what was there (`UpdateSecret`). */
  setSecret(name: string, versionId: string, value: string): void;
  /** Accepts requests signed with `keys` from now on, as after a rotation of the caller's role keys. */
  setKeys(keys: CallerKeys): void;
  /** Fails the next `times` sound calls with `fault`; `undefined` answers normally again. */
  setFault(fault: SsmFault | undefined, times?: number): void;
  /** Stops the endpoint, dropping open connections and pending slow answers. Closing twice is harmless. */
  close(): Promise<void>;
}

/** Starts an endpoint on 127.0.0.1 at a free port. */
export async function startSsmServer(options: SsmServerOptions = {}): Promise<SsmServer> {
  let keys: CallerKeys = options.keys ?? freshCallerKeys();
  const secrets = new Map<string, Map<string, string>>();
  for (const [name, versions] of Object.entries(options.secrets ?? {})) {
    secrets.set(name, new Map(Object.entries(versions)));
  }
  const faults = new FaultSchedule();
  const calls: SsmCall[] = [];

  function secretValue(
    params: Readonly<Record<string, unknown>>,
    requestId: string,
  ): { rejected?: string; body: string } {
    const { SecretName: name, VersionId: versionId } = params;
    if (typeof name !== "string" || typeof versionId !== "string" || name === "" || versionId === "") {
      return {
        rejected: "MissingParameter",
        body: apiError("MissingParameter", "SecretName and VersionId are required", requestId),
      };
    }
    const value = secrets.get(name)?.get(versionId);
    if (value === undefined) {
      return {
        rejected: "ResourceNotFound",
        body: apiError("ResourceNotFound", `no version ${versionId} of secret ${name}`, requestId),
      };
    }
    return {
      body: JSON.stringify({
        Response: {
          SecretName: name,
          VersionId: versionId,
          SecretBinary: "",
          SecretString: value,
          RequestId: requestId,
        },
      }),
    };
  }

  function handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const requestId = randomUUID();
    const action = requestHeader(req, "x-tc-action") ?? "";
    const params = apiParams(body);
    const secretId = /Credential=([^/]+)\//.exec(requestHeader(req, "authorization") ?? "")?.[1];
    const refused =
      tc3AuthFailure(req, body, keys, "ssm") ??
      (action !== "GetSecretValue" || requestHeader(req, "x-tc-version") !== "2019-09-23"
        ? "InvalidAction"
        : undefined) ??
      (requestHeader(req, "x-tc-region") === undefined ? "MissingParameter" : undefined);
    if (refused !== undefined) {
      calls.push({ action, params, secretId, rejected: refused, requestId });
      return answerJson(res, 200, apiError(refused, "the request was refused by the local SSM endpoint", requestId));
    }
    const answerNow = (): void => {
      const result = secretValue(params, requestId);
      calls.push({ action, params, secretId, rejected: result.rejected, requestId });
      answerJson(res, 200, result.body);
    };
    const fault = faults.take();
    if (fault === undefined) {
      answerNow();
    } else if (fault.kind === "delay") {
      server.later(fault.ms, answerNow);
    } else {
      const failed = faultAnswer(fault, requestId);
      calls.push({ action, params, secretId, rejected: failed.rejected, requestId });
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
    calls,
    setSecret(name, versionId, value) {
      const versions = secrets.get(name) ?? new Map<string, string>();
      versions.set(versionId, value);
      secrets.set(name, versions);
    },
    setKeys(next) {
      keys = next;
    },
    setFault: (next, times) => faults.set(next, times),
    close: () => server.close(),
  };
}
