/**
 * The "upload completed" event POSTed to the app's backend for every accepted object: its body, its signature
 * (Stripe-style: `X-Direct-Transfer-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`), its
 * delivery id, and the bounded retries.
 */
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";

/** The signature header. */
const SIGNATURE_HEADER = "X-Direct-Transfer-Signature";
/** The delivery id header; the same object version always gets the same id, so the receiver can drop repeats. */
const DELIVERY_HEADER = "X-Direct-Transfer-Delivery";
/** The event's `type`. */
export const UPLOAD_COMPLETED = "upload.completed";

/** The JSON body. */
export interface UploadCompletedEvent {
  readonly type: typeof UPLOAD_COMPLETED;
  /** The delivery id, also in {@link DELIVERY_HEADER}. */
  readonly id: string;
  readonly bucket: string;
  readonly region: string;
  readonly key: string;
  readonly size: number;
  readonly contentType: string;
  readonly callerId: string;
  /** Quoted, as COS reports it. */
  readonly etag: string;
  /** The version, when the bucket keeps versions. */
  readonly versionId?: string;
  /** When COS created the object, Unix seconds. */
  readonly eventTime: number;
}

/**
 * The delivery id: a hash of bucket, key and the object's version (its version id, or its ETag where the bucket
 * keeps none). A redelivered COS event, or a retry, carries the same id; a new upload to the same key a new one.
 */
export function deliveryId(bucket: string, key: string, version: string): string {
  return crypto.createHash("sha256").update(`${bucket}\n${key}\n${version}`, "utf8").digest("hex").slice(0, 32);
}

/** The signature header's value for `body` at `timestamp` (Unix seconds). */
export function signatureHeader(secret: string | Uint8Array, timestamp: number, body: string): string {
  const mac = crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/**
 * Whether `header` is a valid signature of `body` made with `secret` within `toleranceSeconds` of `now`: what a
 * receiver runs (docs/upload-check.md shows the same steps). Constant-time comparison.
 */
export function verifySignature(
  secret: string | Uint8Array,
  header: string,
  body: string,
  now: number,
  toleranceSeconds = 300,
): boolean {
  const fields = new Map(
    header.split(",").map((part) => [part.slice(0, part.indexOf("=")), part.slice(part.indexOf("=") + 1)]),
  );
  const timestamp = Number(fields.get("t"));
  const given = Buffer.from(fields.get("v1") ?? "", "hex");
  const expected = Buffer.from(signatureHeader(secret, timestamp, body).split("v1=")[1], "hex");
  return (
    Number.isInteger(timestamp) &&
    Math.abs(now - timestamp) <= toleranceSeconds &&
    given.length === expected.length &&
    crypto.timingSafeEqual(given, expected)
  );
}

/** How deliveries are retried. */
export interface RetryPolicy {
  /** Most attempts in all. */
  readonly maxAttempts: number;
  /** Wait before the second attempt; doubles each time, with up to 50 % random added. */
  readonly baseDelayMs: number;
  /** One attempt's time limit. */
  readonly attemptTimeoutMs: number;
}

/** Four attempts over about 3.5 s at most besides the attempts themselves: well inside the function's timeout. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, attemptTimeoutMs: 3000 };

/** How a delivery ended. */
export interface DeliveryOutcome {
  readonly delivered: boolean;
  readonly attempts: number;
  /** The last HTTP status, or what went wrong on the way. */
  readonly last: string;
}

/** What {@link deliver} needs besides the event. */
export interface DeliveryProps {
  readonly url: URL;
  /** The HMAC key: `WEBHOOK_SECRET` as text, or the Secrets Manager secret's bytes. */
  readonly secret: string | Uint8Array;
  readonly policy: RetryPolicy;
  /** No attempt starts, and no wait runs, past this time (ms since the epoch): the function's own deadline. */
  readonly deadline: number;
  /** @default Date.now */
  readonly clock?: () => number;
}

/**
 * POSTs the event until the receiver answers 2xx or a status that retrying cannot change (anything but 408, 429
 * and 5xx; redirects are not followed), the attempts run out or the deadline nears. Connection failures and
 * timeouts are retried. Never throws: the outcome is for the log.
 */
export async function deliver(event: UploadCompletedEvent, props: DeliveryProps): Promise<DeliveryOutcome> {
  const clock = props.clock ?? Date.now;
  const body = JSON.stringify(event);
  let last = "not attempted";
  for (let attempt = 1; attempt <= props.policy.maxAttempts; attempt += 1) {
    const timeoutMs = Math.min(props.policy.attemptTimeoutMs, props.deadline - clock());
    if (timeoutMs <= 0) {
      return { delivered: false, attempts: attempt - 1, last: `${last}; deadline reached` };
    }
    const headers = {
      "Content-Type": "application/json",
      "User-Agent": "direct-transfer-upload-check",
      [SIGNATURE_HEADER]: signatureHeader(props.secret, Math.floor(clock() / 1000), body),
      [DELIVERY_HEADER]: event.id,
    };
    const status = await post(props.url, headers, body, timeoutMs).catch((error: unknown) =>
      String(error instanceof Error ? error.message : error),
    );
    if (typeof status === "number" && status >= 200 && status < 300) {
      return { delivered: true, attempts: attempt, last: String(status) };
    }
    last = typeof status === "number" ? `HTTP ${status}` : status;
    const retryable = typeof status !== "number" || status === 408 || status === 429 || status >= 500;
    if (!retryable) {
      return { delivered: false, attempts: attempt, last };
    }
    if (attempt < props.policy.maxAttempts) {
      const delay = props.policy.baseDelayMs * 2 ** (attempt - 1) * (1 + Math.random() / 2);
      if (clock() + delay >= props.deadline) {
        return { delivered: false, attempts: attempt, last: `${last}; deadline reached` };
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return { delivered: false, attempts: props.policy.maxAttempts, last };
}

function post(url: URL, headers: Readonly<Record<string, string>>, body: string, timeoutMs: number): Promise<number> {
  const transport = url.protocol === "http:" ? http : https;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (res) => {
        // The answer's body means nothing to the check; read it so the socket is freed.
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
