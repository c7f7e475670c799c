/**
 * What the local stand-ins of Tencent Cloud API 3.0 services (STS, SSM, SCF) share: caller keys, faults to inject,
 * a loopback HTTP server with one JSON answer per request, and a close that drops slow answers still pending.
 * Each stand-in keeps only what is its own: the actions it answers and their shapes.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import { AddressInfo, Socket } from "node:net";
import { apiError, CallerKeys } from "./tc3-signature";

/** A way to fail. Faults apply to calls whose signature checks out. */
export type ApiFault =
  /** An error answer, HTTP 200 with `Response.Error`: e.g. `InternalError`, `RequestLimitExceeded`. */
  | { readonly kind: "error"; readonly code: string; readonly message?: string }
  /** A bare HTTP status, such as 500. */
  | { readonly kind: "status"; readonly status: number }
  /** HTTP 200 with a body that is not JSON. */
  | { readonly kind: "garbage" }
  /** A normal answer, after `ms` milliseconds. */
  | { readonly kind: "delay"; readonly ms: number };

/** Keys as a role's temporary keys look: an id, a key and a session token, all fresh. */
export function freshCallerKeys(): CallerKeys {
  return {
    secretId: `AKID${randomBytes(16).toString("hex")}`,
    secretKey: randomBytes(20).toString("hex"),
    token: randomBytes(32).toString("hex"),
  };
}

/** The faults still to apply: the next `times` sound calls fail with one fault. */
export class FaultSchedule {
  private pending: { readonly fault: ApiFault; remaining: number } | undefined;

  /** Fails the next `times` sound calls with `fault`; `undefined` answers normally again. */
  set(fault: ApiFault | undefined, times = Number.POSITIVE_INFINITY): void {
    this.pending = fault === undefined ? undefined : { fault, remaining: times };
  }

  /** The fault for this call, if any is left, counting it. */
  take(): ApiFault | undefined {
    const current = this.pending;
    if (current === undefined || current.remaining <= 0) {
      return undefined;
    }
    current.remaining -= 1;
    if (current.remaining <= 0) {
      this.pending = undefined;
    }
    return current.fault;
  }
}

/** The answer of a fault that answers at once: status, body, and the code to record as the call's refusal. */
export function faultAnswer(
  fault: Exclude<ApiFault, { readonly kind: "delay" }>,
  requestId: string,
): { readonly status: number; readonly body: string; readonly rejected: string } {
  switch (fault.kind) {
    case "error":
      return { status: 200, body: apiError(fault.code, fault.message ?? fault.code, requestId), rejected: fault.code };
    case "status":
      return { status: fault.status, body: "", rejected: `HTTP ${fault.status}` };
    case "garbage":
      return { status: 200, body: "<html>not json", rejected: "garbage" };
  }
}

/** A running stand-in's server. */
export interface ApiServer {
  /** `http://127.0.0.1:<port>`, usable as the SDK's endpoint. */
  readonly url: string;
  readonly port: number;
  /** TCP connections accepted so far: few for many requests means the clients keep them alive. */
  readonly connections: number;
  /** Resolves when a connection open now or accepted later next closes (by either side). */
  nextConnectionClose(): Promise<void>;
  /** Runs `answer` after `ms` milliseconds, unless the server closes first. */
  later(ms: number, answer: () => void): void;
  /** Stops the server, dropping open connections and pending slow answers. Closing twice is harmless. */
  close(): Promise<void>;
}

/** Writes one JSON answer, unless the client has gone. */
export function answerJson(res: http.ServerResponse, status: number, body: string): void {
  if (!res.destroyed) {
    res.writeHead(status, { "Content-Type": "application/json" }).end(body);
  }
}

/** Serves `handle` on 127.0.0.1 at a free port, with each request's whole body. */
export async function serveApi(
  handle: (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => void,
): Promise<ApiServer> {
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, Buffer.concat(chunks), res));
  });
  let connections = 0;
  const closeWaiters: (() => void)[] = [];
  server.on("connection", (socket: Socket) => {
    connections += 1;
    socket.on("close", () => closeWaiters.splice(0).forEach((resolve) => resolve()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get connections() {
      return connections;
    },
    nextConnectionClose: () => new Promise((resolve) => closeWaiters.push(resolve)),
    later(ms, answer) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, ms);
      timers.add(timer);
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
