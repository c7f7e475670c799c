/**
 * What the check decides about one object, as pure functions: the caller it belongs to, whether it keeps to the
 * environment's limits and to the type it declared, and where a rejected object goes.
 */
import { createHash } from "node:crypto";
import { contentTypeAllowed, SUBJECT_PLACEHOLDER, subjectProblem, UploadLimits } from "../../policy";

/**
 * Why an object is rejected; `shared-with-another-account`: its ACL grants someone but the bucket owner access;
 * `non-canonical-key`: its key is one {@link keyProblem} refuses.
 */
export type RejectReason =
  "oversize" | "type-not-allowed" | "type-mismatch" | "shared-with-another-account" | "non-canonical-key";

/** The decision on one object's content. */
export type Decision = { readonly accepted: true } | { readonly accepted: false; readonly reason: RejectReason };

/** What the check knows about an object's content. */
export interface ObjectFacts {
  /** Bytes, as COS reports them. */
  readonly size: number;
  /** The stored `Content-Type`, normalised (see {@link mediaType}); `""` when there is none. */
  readonly declaredType: string;
  /** What the first bytes are, or undefined when their signature is not one the detector knows. */
  readonly detectedType?: string;
  /** Whether the detector knows a signature for the declared type, so that finding none is itself a mismatch. */
  readonly declaredTypeDetectable: boolean;
}

/**
 * The decision, first rule that applies:
 * 1. `oversize`: larger than `maxUploadBytes`;
 * 2. `type-not-allowed`: the declared type is not among `allowedContentTypes` (or there is none while types are
 *    limited);
 * 3. `type-mismatch`: the first bytes are of another type than declared, or carry no signature although the
 *    declared type has one (HTML sent as `image/png`);
 * otherwise accepted. Content without any known signature declared as a type without one (`text/plain`,
 * `application/json`) is accepted: there is nothing to compare.
 */
export function decide(facts: ObjectFacts, limits: UploadLimits): Decision {
  if (limits.maxUploadBytes !== undefined && facts.size > limits.maxUploadBytes) {
    return { accepted: false, reason: "oversize" };
  }
  const allowed = limits.allowedContentTypes;
  if (allowed !== undefined && allowed.length > 0 && !contentTypeAllowed(facts.declaredType, allowed)) {
    return { accepted: false, reason: "type-not-allowed" };
  }
  const mismatch =
    facts.detectedType !== undefined ? facts.detectedType !== facts.declaredType : facts.declaredTypeDetectable;
  return mismatch ? { accepted: false, reason: "type-mismatch" } : { accepted: true };
}

/** A `Content-Type` value as a bare lower-case media type: `Image/PNG; x=y` → `image/png`. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * The caller whose folder `key` lies in, by the key prefix template (`uploads/{sub}/` → `alice` for
 * `uploads/alice/a.png`, and for the folder object `uploads/alice/` itself), or undefined when the key is in no
 * caller's folder (directly under the root, or a segment the key service would never issue).
 */
export function callerIdOf(template: string, key: string): string | undefined {
  const root = template.slice(0, template.indexOf(SUBJECT_PLACEHOLDER));
  if (!key.startsWith(root)) {
    return undefined;
  }
  const rest = key.slice(root.length);
  const end = rest.indexOf("/");
  // `uploads/alice/` itself is alice's: her key (`uploads/alice/*`) may write it, content and grants included.
  if (end <= 0) {
    return undefined;
  }
  const subject = rest.slice(0, end);
  return subjectProblem(subject) === undefined ? subject : undefined;
}

/** Longest object key COS stores, in bytes of UTF-8 (https://cloud.tencent.com/document/product/436/13324). */
const MAX_OBJECT_KEY_BYTES = 850;

/**
 * Where a rejected object goes: the same key below the quarantine prefix, so a repeated move lands on one key. A key
 * with no room left for the prefix (COS refuses keys over {@link MAX_OBJECT_KEY_BYTES} bytes, and the copy would
 * fail on every delivery, leaving the object in place) keeps as much of itself as fits, then `~` and 16 hex digits
 * of its SHA-256: still one key per object, and distinct for keys that share their first bytes.
 */
export function quarantineKey(quarantinePrefix: string, key: string): string {
  const whole = `${quarantinePrefix}${key}`;
  if (Buffer.byteLength(whole, "utf8") <= MAX_OBJECT_KEY_BYTES) {
    return whole;
  }
  const hash = createHash("sha256").update(key, "utf8").digest("hex").slice(0, 16);
  const room = MAX_OBJECT_KEY_BYTES - Buffer.byteLength(quarantinePrefix, "utf8") - hash.length - 1;
  let kept = "";
  let bytes = 0;
  for (const character of key) {
    bytes += Buffer.byteLength(character, "utf8");
    if (bytes > room) {
      break;
    }
    kept += character;
  }
  return `${quarantinePrefix}${kept}~${hash}`;
}

/** Control characters (C0, DEL, C1): no file name an app means to send holds one. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why `key` is not canonical, or undefined when it is. A caller's prefix key (`uploads/alice/*`) lets the caller
 * write any key below its folder, and CAM resource matching cannot leave out keys such as `uploads/alice/../x.png`;
 * a consumer that resolves such a key as a path (or COS itself, if it resolved dot segments, which no Tencent page
 * states either way) would reach another caller's object. So the check quarantines every key with a `.` or `..`
 * segment, an empty segment (`//`), a backslash or a control character, and the same in the key percent-decoded
 * once (`..%2F`, `%5C`), since a consumer may decode it.
 */
export function keyProblem(key: string): string | undefined {
  const forms = [key];
  try {
    const decoded = decodeURIComponent(key);
    if (decoded !== key) {
      forms.push(decoded);
    }
  } catch {
    // A lone `%` (`100%.png`): nothing decodes, the key is as written.
  }
  for (const form of forms) {
    const segments = form.split("/");
    // The last segment may be empty: `uploads/alice/` is a folder object.
    if (segments.slice(0, -1).includes("") || segments.includes(".") || segments.includes("..")) {
      return form === key ? "has an empty, . or .. segment" : "has an empty, . or .. segment once percent-decoded";
    }
    if (form.includes("\\")) {
      return form === key ? "has a backslash" : "has a backslash once percent-decoded";
    }
    if (CONTROL_CHARACTER.test(form)) {
      return form === key ? "has a control character" : "has a control character once percent-decoded";
    }
  }
  return undefined;
}

/**
 * Where an object with a non-canonical key goes: a canonical key in the caller's quarantine folder, named by a
 * hash of the key (`quarantine/uploads/alice/~<32 hex>`), so the copy never depends on how such a key is resolved
 * and a repeated move lands on the same key. The log line names both keys.
 */
export function nonCanonicalQuarantineKey(quarantinePrefix: string, callerFolder: string, key: string): string {
  return `${quarantinePrefix}${callerFolder}~${createHash("sha256").update(key, "utf8").digest("hex").slice(0, 32)}`;
}
