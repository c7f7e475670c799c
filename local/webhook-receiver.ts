/**
 * A local stand-in for the app's backend that receives "upload completed" events: it checks each delivery's
 * `X-Direct-Transfer-Signature` exactly as docs/upload-check.md tells a receiver to (written here from that text, not
 * from the sender's code), records every delivery, answers repeats of a delivery id as already seen, and can be told
 * to fail.
 */
import crypto from "node:crypto";
import http from "node:http";
import { AddressInfo } from "node:net";

/** One POST the receiver got. */
export interface WebhookDelivery {
  /** `X-Direct-Transfer-Delivery`. */
  readonly id: string | undefined;
  /** The raw body. */
  readonly body: string;
  /** Whether the signature checked out (secret, timestamp within five minutes). */
  readonly signatureValid: boolean;
  /** The status answered. */
  readonly status: number;
  /** Whether an earlier delivery with this id had been accepted. */
  readonly repeat: boolean;
}

/** A way to fail the next deliveries. */
export type WebhookFault = { readonly kind: "status"; readonly status: number } | { readonly kind: "hang" };

/** A running receiver. */
export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>/hooks/uploads`. */
  readonly url: string;
  /** Every delivery, in order (live). */
  readonly deliveries: readonly WebhookDelivery[];
  /** Fails the next `times` deliveries; `undefined` answers normally again. */
  setFault(fault: WebhookFault | undefined, times?: number): void;
  /** Resolves once `count` deliveries have arrived. */
  received(count: number): Promise<readonly WebhookDelivery[]>;
  close(): Promise<void>;
}

/** How far a signature's timestamp may be from the receiver's clock. */
const TOLERANCE_SECONDS = 300;

/** Starts a receiver on 127.0.0.1 at a free port that accepts events signed with `secret`. */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const deliveries: WebhookDelivery[] = [];
  const accepted = new Set<string>();
  const waiters: { count: number; resolve: (value: readonly WebhookDelivery[]) => void }[] = [];
  let fault: { fault: WebhookFault; remaining: number } | undefined;

  const record = (delivery: WebhookDelivery): void => {
    deliveries.push(delivery);
    for (const waiter of waiters.filter((w) => deliveries.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(deliveries.slice());
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const id =
        typeof req.headers["x-direct-transfer-delivery"] === "string"
          ? req.headers["x-direct-transfer-delivery"]
          : undefined;
      const signatureValid = verify(secret, String(req.headers["x-direct-transfer-signature"] ?? ""), body);
      const current = fault;
      if (current !== undefined && current.remaining > 0) {
        current.remaining -= 1;
        fault = current.remaining > 0 ? current : undefined;
        if (current.fault.kind === "hang") {
          record({ id, body, signatureValid, status: 0, repeat: false });
          return; // never answers; the sender's timeout ends it
        }
        record({ id, body, signatureValid, status: current.fault.status, repeat: false });
        res.writeHead(current.fault.status, { "Content-Type": "application/json" }).end('{"error":"fault"}');
        return;
      }
      const status = signatureValid && req.method === "POST" ? 200 : 401;
      const repeat = id !== undefined && accepted.has(id);
      if (status === 200 && id !== undefined) {
        accepted.add(id);
      }
      record({ id, body, signatureValid, status, repeat });
      res
        .writeHead(status, { "Content-Type": "application/json" })
        .end(JSON.stringify({ received: status === 200, repeat }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/uploads`,
    deliveries,
    setFault(next, times = Number.POSITIVE_INFINITY) {
      fault = next === undefined ? undefined : { fault: next, remaining: times };
    },
    received: (count) =>
      deliveries.length >= count
        ? Promise.resolve(deliveries.slice())
        : new Promise((resolve) => waiters.push({ count, resolve })),
    async close() {
      if (!server.listening) {
        return;
      }
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** As docs/upload-check.md says: split `t=…,v1=…`, HMAC-SHA256 of `<t>.<body>`, constant-time compare, age. */
function verify(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(",").map((part) => part.split("=", 2)));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > TOLERANCE_SECONDS) {
    return false;
  }
  const expected = crypto.createHmac("sha256", secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(String(parts.v1 ?? ""), "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
