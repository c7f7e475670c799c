/**
 * Object keys the service chooses in object mode: `<caller prefix><yyyy>/<mm>/<dd>/<id>.<ext>`, the date in UTC and
 * the id 128 random bits as url-safe base64 (22 characters of `A-Z a-z 0-9 - _`), so that keys cannot be guessed,
 * never collide in practice, and sort by upload day.
 */
import { randomBytes } from "node:crypto";

/** Extensions an object-mode upload may name. */
export const OBJECT_KEY_EXT = /^[a-z0-9]{1,10}$/;

/** Random bytes in each id: 128 bits. */
export const OBJECT_ID_BYTES = 16;

/**
 * A new object key under `prefix` (which ends in `/`) for a file with extension `ext`, dated `now` in UTC.
 * @param random the source of the id's bytes; replaceable in tests
 */
export function newObjectKey(
  prefix: string,
  ext: string,
  now: Date = new Date(),
  random: (bytes: number) => Buffer = randomBytes,
): string {
  if (!OBJECT_KEY_EXT.test(ext)) {
    throw new Error(`ext must match ${OBJECT_KEY_EXT}; received ${JSON.stringify(ext)}`);
  }
  const date = now.toISOString().slice(0, 10).replace(/-/g, "/");
  return `${prefix}${date}/${random(OBJECT_ID_BYTES).toString("base64url")}.${ext}`;
}
