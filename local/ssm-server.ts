/**
 * A local Secrets Manager (SSM) endpoint: it checks each request's TC3-HMAC-SHA256 signature and session token the
 * way the cloud does, answers `GetSecretValue` (2019-09-23, https://cloud.tencent.com/document/api/1140/40522) in
 * SSM's shape, records every call, and can be told to fail.
 *
 * Where it knowingly differs from the cloud: it serves only `GetSecretValue`, holds secrets in memory, and knows no
 * KMS, secret states or CAM policies (any request signed with {@link SsmServer.keys} may read any secret).
 */
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { AddressInfo } from "node:net";
import { apiError, apiParams, CallerKeys, requestHeader, tc3AuthFailure } from "./tc3-signature";

/** A way to fail. Faults apply to calls whose signature checks out. */
export type SsmFault =
  /** An SSM error answer, HTTP 200 with `Response.Error`: e.g. `InternalError`, `RequestLimitExceeded`. */
  | { readonly kind: "error"; readonly code: string }
  /** A bare HTTP status, such as 500. */
  | { readonly kind: "status"; readonly status: number }
  /** A normal answer, after `ms` milliseconds. */
  | { readonly kind: "delay"; readonly ms: number };

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
  let keys: CallerKeys = options.keys ?? {
    secretId: `AKID${randomBytes(16).toString("hex")}`,
    secretKey: randomBytes(20).toString("hex"),
    token: randomBytes(32).toString("hex"),
  };
  const secrets = new Map<string, Map<string, string>>();
  for (const [name, versions] of Object.entries(options.secrets ?? {})) {
    secrets.set(name, new Map(Object.entries(versions)));
  }
  let fault: { fault: SsmFault; remaining: number } | undefined;
  const calls: SsmCall[] = [];
  const timers = new Set<NodeJS.Timeout>();

  function answer(res: http.ServerResponse, status: number, body: string): void {
    if (!res.destroyed) {
      res.writeHead(status, { "Content-Type": "application/json" }).end(body);
    }
  }

  function secretValue(params: Readonly<Record<string, unknown>>, requestId: string): { rejected?: string; body: string } {
    const { SecretName: name, VersionId: versionId } = params;
    if (typeof name !== "string" || typeof versionId !== "string" || name === "" || versionId === "") {
      return { rejected: "MissingParameter", body: apiError("MissingParameter", "SecretName and VersionId are required", requestId) };
    }
    const value = secrets.get(name)?.get(versionId);
    if (value === undefined) {
      return { rejected: "ResourceNotFound", body: apiError("ResourceNotFound", `no version ${versionId} of secret ${name}`, requestId) };
    }
    return { body: JSON.stringify({ Response: { SecretName: name, VersionId: versionId, SecretBinary: "", SecretString: value, RequestId: requestId } }) };
  }

  function handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const requestId = randomUUID();
    const action = requestHeader(req, "x-tc-action") ?? "";
    const params = apiParams(body);
    const secretId = /Credential=([^/]+)\//.exec(requestHeader(req, "authorization") ?? "")?.[1];
    const refused =
      tc3AuthFailure(req, body, keys, "ssm") ??
      (action !== "GetSecretValue" || requestHeader(req, "x-tc-version") !== "2019-09-23" ? "InvalidAction" : undefined) ??
      (requestHeader(req, "x-tc-region") === undefined ? "MissingParameter" : undefined);
    if (refused !== undefined) {
      calls.push({ action, params, secretId, rejected: refused, requestId });
      return answer(res, 200, apiError(refused, "the request was refused by the local SSM endpoint", requestId));
    }
    const current = fault;
    if (current !== undefined && current.remaining > 0) {
      current.remaining -= 1;
      fault = current.remaining > 0 ? current : undefined;
      switch (current.fault.kind) {
        case "error":
          calls.push({ action, params, secretId, rejected: current.fault.code, requestId });
          return answer(res, 200, apiError(current.fault.code, current.fault.code, requestId));
        case "status":
          calls.push({ action, params, secretId, rejected: `HTTP ${current.fault.status}`, requestId });
          return answer(res, current.fault.status, "");
        case "delay": {
          const timer = setTimeout(() => {
            timers.delete(timer);
            const result = secretValue(params, requestId);
            calls.push({ action, params, secretId, rejected: result.rejected, requestId });
            answer(res, 200, result.body);
          }, current.fault.ms);
          timers.add(timer);
          return;
        }
      }
    }
    const result = secretValue(params, requestId);
    calls.push({ action, params, secretId, rejected: result.rejected, requestId });
    answer(res, 200, result.body);
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
    setFault(next, times = Number.POSITIVE_INFINITY) {
      fault = next === undefined ? undefined : { fault: next, remaining: times };
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
