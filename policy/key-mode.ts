/**
 * How keys are scoped, a fact shared by the environment schema (`keyMode`) and the function (`KEY_MODE`): to the
 * caller's folder, or to one object the service chooses per upload.
 */

/** Every key mode: `prefix`, the default, then `object`. */
export const KEY_MODES = ["prefix", "object"] as const;

/** `prefix`: a key writes anywhere in the caller's folder. `object`: a key writes one new object chosen by the service. */
export type KeyMode = (typeof KEY_MODES)[number];

/**
 * STS calls one caller may cause per instance and minute when none is configured. In prefix mode keys are cached
 * and reused, so 10 is plenty. In object mode nothing can be cached (each upload has its own object, so its own
 * key: one STS call), and 120 lets an app upload a photo album, two files a second for a minute, without a 429,
 * while one caller still stays far below STS's account-wide limit (about 600 calls per second).
 */
export const DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE: Readonly<Record<KeyMode, number>> = { prefix: 10, object: 120 };

/** Whether `value` names a key mode. */
export function isKeyMode(value: string): value is KeyMode {
  return (KEY_MODES as readonly string[]).includes(value);
}

/**
 * Object mode: how long after an upload's first key its upload ticket renews the key for the same object, in seconds,
 * when none is configured (the schema's `keyService.renewalWindowSeconds`, the function's `RENEWAL_WINDOW_SECONDS`).
 * A day: a 2 GB upload over a 5 Mbit/s line takes about an hour, and a phone's upload may pause for hours.
 */
export const DEFAULT_RENEWAL_WINDOW_SECONDS = 86_400;

/** The longest renewal window: a week, beyond the life of any upload worth resuming. */
export const MAX_RENEWAL_WINDOW_SECONDS = 604_800;
