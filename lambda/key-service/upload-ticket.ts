/**
 * Upload tickets (object mode): what lets a caller renew the key of an upload that outlives it. A ticket binds the
 * caller, the object key, the content type and the time of the first key with an HMAC-SHA256, so the service keeps
 * no state: a ticket it can verify is one it issued, to this caller, for this object.
 *
 * Layout, base64url without padding: version (1 byte) · first issue, Unix seconds (8 bytes, big-endian) · key length
 * (2 bytes) · key (UTF-8) · content type length (1 byte) · content type (ASCII; empty for none) · HMAC (32 bytes). The
 * HMAC covers all of that plus the caller's id, which the ticket does not carry (the caller's token says it). The
 * ticket is opaque to clients: they send it back as it is. It is as secret as the caller's token is not: it names
 * only what the caller already knows, and is worth nothing without that caller's token; it is still never logged.
 *
 * The HMAC key is derived with HKDF-SHA256 (RFC 5869, `node:crypto` `hkdfSync`, info {@link UPLOAD_TICKET_HKDF_INFO})
 * from the ticket secret, so it never equals the secret itself, which may also sign caller tokens (docs/object-mode.md,
 * "Renewal for long uploads").
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { ServiceConfig } from "./config";
import { ServiceError } from "../shared/service-error";
import { createSecretReader } from "../shared/ssm";

/** The ticket format this service writes and reads; a ticket of another version is refused. */
const UPLOAD_TICKET_VERSION = 1;

/** HKDF `info` of the ticket key: a ticket's HMAC can never be a token signature made with the same secret. */
export const UPLOAD_TICKET_HKDF_INFO = "upload-ticket";

/** Longest ticket read, in characters; real tickets are a few hundred. */
export const MAX_UPLOAD_TICKET_LENGTH = 2048;

/** Characters of a ticket: base64url without padding. */
export const UPLOAD_TICKET_CHARS = /^[A-Za-z0-9_-]+$/;

/** How far a ticket's first issue may lie ahead of this clock, in seconds: instances' clocks differ slightly. */
export const MAX_TICKET_CLOCK_SKEW_SECONDS = 60;

const MAC_BYTES = 32;
const HEADER_BYTES = 1 + 8 + 2;

/** What a ticket states, besides its caller. */
export interface UploadTicketClaims {
  /** The object the first key was issued for. */
  readonly key: string;
  /** The exact content type the first key was limited to; undefined for none. */
  readonly contentType?: string;
  /** When the first key was issued, Unix seconds. */
  readonly issuedAt: number;
}

/** The HMAC key for tickets, from a secret of at least 32 bytes. */
export function uploadTicketKey(secret: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, new Uint8Array(), UPLOAD_TICKET_HKDF_INFO, MAC_BYTES));
}

/** The ticket for `subject`'s upload of `claims.key`. The same inputs give the same ticket. */
export function signUploadTicket(key: Uint8Array, subject: string, claims: UploadTicketClaims): string {
  const objectKey = Buffer.from(claims.key, "utf8");
  const contentType = Buffer.from(claims.contentType ?? "", "utf8");
  if (objectKey.length > 0xffff || contentType.length > 0xff) {
    throw new Error("the object key or content type is too long for an upload ticket");
  }
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(UPLOAD_TICKET_VERSION, 0);
  header.writeBigUInt64BE(BigInt(claims.issuedAt), 1);
  header.writeUInt16BE(objectKey.length, 9);
  const payload = Buffer.concat([header, objectKey, Buffer.from([contentType.length]), contentType]);
  return Buffer.concat([payload, mac(key, subject, payload)]).toString("base64url");
}

/**
 * The claims of `ticket` if this service issued it to `subject` no more than `windowSeconds` before `now` (Unix
 * seconds); otherwise 403 `InvalidTicket`, which never says which check failed beyond "expired".
 */
export function openUploadTicket(
  key: Uint8Array,
  subject: string,
  ticket: string,
  now: number,
  windowSeconds: number,
): UploadTicketClaims {
  const bytes =
    ticket.length <= MAX_UPLOAD_TICKET_LENGTH && UPLOAD_TICKET_CHARS.test(ticket)
      ? Buffer.from(ticket, "base64url")
      : Buffer.alloc(0);
  // The decoder ignores stray trailing bits; only the one spelling the service writes is its ticket.
  if (bytes.length < HEADER_BYTES + 1 + MAC_BYTES || bytes.toString("base64url") !== ticket) {
    throw invalidTicket();
  }
  const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
  if (!timingSafeEqual(bytes.subarray(payload.length), mac(key, subject, payload))) {
    throw invalidTicket();
  }
  // From here on the bytes are the service's own, so the layout holds; the version is checked all the same.
  const keyLength = payload.readUInt16BE(9);
  const typeAt = HEADER_BYTES + keyLength;
  if (payload.readUInt8(0) !== UPLOAD_TICKET_VERSION || payload.length !== typeAt + 1 + payload.readUInt8(typeAt)) {
    throw invalidTicket();
  }
  const issuedAt = Number(payload.readBigUInt64BE(1));
  if (issuedAt > now + MAX_TICKET_CLOCK_SKEW_SECONDS) {
    throw invalidTicket();
  }
  if (now - issuedAt > windowSeconds) {
    throw new ServiceError(
      403,
      "InvalidTicket",
      `the upload ticket has expired: keys are renewed for ${windowSeconds} seconds after the first; ask for a new key without uploadTicket and upload again`,
    );
  }
  const contentType = payload.subarray(typeAt + 1).toString("utf8");
  return {
    key: payload.subarray(HEADER_BYTES, typeAt).toString("utf8"),
    issuedAt,
    ...(contentType === "" ? {} : { contentType }),
  };
}

function mac(key: Uint8Array, subject: string, payload: Buffer): Buffer {
  const caller = Buffer.from(subject, "utf8");
  const length = Buffer.alloc(2);
  length.writeUInt16BE(Math.min(caller.length, 0xffff));
  return createHmac("sha256", key).update(payload).update(length).update(caller).digest();
}

function invalidTicket(): ServiceError {
  return new ServiceError(
    403,
    "InvalidTicket",
    "uploadTicket is not one this service issued to this caller; ask for a new key without uploadTicket and upload again",
  );
}

/** Resolves to the HMAC key of tickets; throws {@link SsmFailure} when its secret cannot be read. */
export type ReadTicketKey = () => Promise<Uint8Array>;

/**
 * The ticket key of a configuration, derived once per secret value. A secret in Secrets Manager is read on first use
 * (for the caller-token secret, with a reader of its own: one more `GetSecretValue` per instance, in object mode only).
 * Undefined where no ticket can be issued (prefix mode with a key set).
 */
export function createTicketKeyReader(config: Pick<ServiceConfig, "auth" | "uploadTicket">): ReadTicketKey | undefined {
  const source = config.uploadTicket.secret;
  let readSecret: () => Promise<Uint8Array>;
  if (source === undefined) {
    return undefined;
  } else if (source.kind === "hs256") {
    readSecret = () => Promise.resolve(source.secret);
  } else if (source.kind === "ssm") {
    readSecret = createSecretReader(source.ssm);
  } else if (config.auth.key.kind === "hs256") {
    const secret = config.auth.key.secret;
    readSecret = () => Promise.resolve(secret);
  } else if (config.auth.key.kind === "ssm") {
    readSecret = createSecretReader(config.auth.key.ssm);
  } else {
    return undefined;
  }
  let derived: { readonly secret: Uint8Array; readonly key: Buffer } | undefined;
  return async () => {
    const secret = await readSecret();
    if (derived?.secret !== secret) {
      derived = { secret, key: uploadTicketKey(secret) };
    }
    return derived.key;
  };
}
