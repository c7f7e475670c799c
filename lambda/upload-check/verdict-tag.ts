/**
 * The verdict tag: what the check writes on every object it judged (PUT Object tagging), so that a redelivered event
 * or the sweep never judges it again. The tag is `verdict=<accepted|quarantined>` beside `verdict-sig=v1:<hex>`, an
 * HMAC-SHA256 over the bucket, the key, the object's ETag and the verdict.
 *
 * Why signed: the keys grant no tagging action, but a PUT Object may carry `x-cos-tagging`, and no Tencent page
 * states whether COS requires PutObjectTagging for that header (docs/evidence.md, unverified). A client that set
 * `verdict=accepted` itself would otherwise skip the check. A tag whose signature does not verify counts as no
 * verdict: the object is judged, and the check's own tags replace the forged ones.
 *
 * The ETag, not the version id, is signed: GET Bucket lists each key's ETag (https://cloud.tencent.com/document/product/436/7734)
 * and no version, so the sweep verifies a tag from the listing and one GET Object tagging. A new upload to the key
 * is a new object without the old tags (tags belong to the object, https://cloud.tencent.com/document/product/436/42997),
 * so it is judged; a client could only replay a signature it read, and the keys cannot read tags.
 *
 * The key is derived from the webhook secret (or the verdict secret, where there is no webhook) with HKDF-SHA256,
 * as upload tickets derive theirs (lambda/key-service/upload-ticket.ts), with an `info` of its own: a verdict signature is never
 * a webhook signature or a ticket made with the same secret.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** HKDF `info` of the verdict key. */
const VERDICT_TAG_HKDF_INFO = "upload-check-verdict-tag";

/** The tag naming the verdict. */
export const VERDICT_TAG = "verdict";

/** The tag carrying the signature. */
const VERDICT_SIGNATURE_TAG = "verdict-sig";

/** The signature format this check writes and reads. */
const SIGNATURE_VERSION = "v1";

const MAC_BYTES = 32;

/** The verdicts a tag records: the ones that leave an object behind. */
const TAGGED_VERDICTS = ["accepted", "quarantined"] as const;

/** A verdict a tag records. */
export type TaggedVerdict = (typeof TAGGED_VERDICTS)[number];

/** One object tag, as PUT and GET Object tagging carry it. */
export interface ObjectTag {
  readonly key: string;
  readonly value: string;
}

/** What a verdict signature is bound to. */
export interface TaggedObject {
  /** `<name>-<appid>`. */
  readonly bucket: string;
  /** The object key, as stored. */
  readonly key: string;
  /** The object's ETag; quoted or not, as COS sends it in headers and listings. */
  readonly etag: string;
}

/** The HMAC key of verdict tags, from the webhook (or verdict) secret. */
export function verdictTagKey(secret: string | Uint8Array): Buffer {
  const material = typeof secret === "string" ? Buffer.from(secret, "utf8") : secret;
  return Buffer.from(hkdfSync("sha256", material, new Uint8Array(), VERDICT_TAG_HKDF_INFO, MAC_BYTES));
}

/** The tags recording `verdict` on `object`. */
export function verdictTags(key: Uint8Array, object: TaggedObject, verdict: TaggedVerdict): ObjectTag[] {
  return [
    { key: VERDICT_TAG, value: verdict },
    { key: VERDICT_SIGNATURE_TAG, value: `${SIGNATURE_VERSION}:${mac(key, object, verdict).toString("hex")}` },
  ];
}

/**
 * The verdict `tags` record on `object`, if its signature verifies with `key`; undefined for no verdict tag, an
 * unknown verdict, a malformed or forged signature, or one made for another object.
 */
export function verifiedVerdict(
  key: Uint8Array,
  object: TaggedObject,
  tags: readonly ObjectTag[],
): TaggedVerdict | undefined {
  const verdict = single(tags, VERDICT_TAG);
  const signature = single(tags, VERDICT_SIGNATURE_TAG);
  if (verdict === undefined || signature === undefined || !(TAGGED_VERDICTS as readonly string[]).includes(verdict)) {
    return undefined;
  }
  const match = /^v1:([0-9a-f]{64})$/.exec(signature);
  if (match === null) {
    return undefined;
  }
  const expected = mac(key, object, verdict as TaggedVerdict);
  return timingSafeEqual(Buffer.from(match[1], "hex"), expected) ? (verdict as TaggedVerdict) : undefined;
}

/** The value of the one tag named `name`; undefined when there is none, or more than one. */
function single(tags: readonly ObjectTag[], name: string): string | undefined {
  const found = tags.filter((tag) => tag.key === name);
  return found.length === 1 ? found[0].value : undefined;
}

function mac(key: Uint8Array, object: TaggedObject, verdict: TaggedVerdict): Buffer {
  // A JSON array: the fields cannot run into each other, whatever characters a key holds.
  const message = JSON.stringify([SIGNATURE_VERSION, object.bucket, object.key, bareEtag(object.etag), verdict]);
  return createHmac("sha256", key).update(message, "utf8").digest();
}

/** The ETag without the quotes COS puts around it. */
function bareEtag(etag: string): string {
  return etag.replace(/^"(.*)"$/, "$1");
}
