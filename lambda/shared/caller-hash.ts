/** How log lines of both functions name a caller without naming them. */
import { createHash } from "node:crypto";

/**
 * The caller id in log lines: the first 16 hex digits (64 bits) of SHA-256 of the caller's id (the token's `sub`,
 * or the folder name the check reads from an object's key). Unkeyed, so an operator can find one user's lines from
 * their id (`printf %s "$SUB" | sha256sum | cut -c1-16`) and the hash is the same in both functions, every
 * instance and every deployment, with no key to keep or rotate. It keeps the identifier itself (often an e-mail
 * address or an account number) out of the fields of a line; it does not hide a guessable id from someone who tries
 * candidates, and an object key under a `{sub}` prefix still names its caller.
 */
export function callerHash(callerId: string): string {
  return createHash("sha256").update(callerId, "utf8").digest("hex").slice(0, 16);
}
