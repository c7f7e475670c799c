/**
 * Object tagging and GET Bucket for the local COS, as the post-upload check and its sweep use them. Pure functions;
 * the endpoint turns a `LocalCosFailure` into its XML error.
 *
 * - Tagging (PUT/GET/DELETE Object tagging, https://cloud.tencent.com/document/product/436/42997, /42998, /42999):
 *   `?tagging` on an object; PUT replaces every tag ("如果已存在对象标签，调用此接口会覆盖掉已有的标签"), GET answers the
 *   set (an empty `TagSet` for none), DELETE removes them (204). At most 10 tags; keys of 1-127 and values of up to 255
 *   characters of letters, digits, spaces and `+ - = . _ : / @` (object tagging overview,
 *   https://www.tencentcloud.com/document/product/436/35665); anything else is refused 400 `InvalidTag` (S3's code:
 *   COS documents none). `versionId` is refused: the local COS keeps no versions.
 * - `x-cos-tagging` on PUT Object and Initiate Multipart Upload (`Key1=Value1&Key2=Value2`, URL-encoded) is stored
 *   without asking for PutObjectTagging: no Tencent page states whether COS asks for it (docs/evidence.md), and
 *   this is the reading that lets a key set tags, the one the check's signed verdict tags must survive. A copy keeps
 *   its source's tags, as S3's default directive does (unverified for COS; the check replaces them on its copies).
 * - GET Bucket (https://cloud.tencent.com/document/product/436/7734): `prefix`, `marker` (keys after it), `max-keys`
 *   (default and most 1000), in UTF-8 byte order, `NextMarker` on a truncated page. `delimiter` and `encoding-type`
 *   are not modelled (501).
 */
import { group, text } from "./cos-xml";
import type { LocalCosFailure } from "./cos-object-ops";

/** Tags of one object, by key. */
export type StoredTags = Readonly<Record<string, string>>;

/** Most tags on one object. */
const MAX_OBJECT_TAGS = 10;

const TAG_CHARACTERS = /^[\p{L}\p{N} +\-=._:/@]*$/u;

/** The CAM action of an object `?tagging` request, or undefined for any other request. */
export function objectTaggingAction(request: {
  readonly method: string;
  readonly key: string;
  readonly query: URLSearchParams;
}): string | undefined {
  if (request.key === "" || !request.query.has("tagging")) {
    return undefined;
  }
  return { PUT: "name/cos:PutObjectTagging", GET: "name/cos:GetObjectTagging", DELETE: "name/cos:DeleteObjectTagging" }[
    request.method
  ];
}

/** GET Bucket's action, for a bucket `GET /` with no subresource. */
export const GET_BUCKET_ACTION = "name/cos:GetBucket";

/** The tags a PUT Object tagging body sets, or why they are refused. */
export function tagsFromBody(body: string): StoredTags | LocalCosFailure {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<Tagging>[\s\S]*<\/Tagging>\s*$/.test(body)) {
    return { status: 400, code: "MalformedXML", message: "The XML you provided was not well-formed." };
  }
  const pairs = [...body.matchAll(/<Tag>\s*<Key>([^<]*)<\/Key>\s*<Value>([^<]*)<\/Value>\s*<\/Tag>/g)].map(
    ([, key, value]) => [unescape(key), unescape(value)] as const,
  );
  return validTags(pairs);
}

/** The tags an `x-cos-tagging` header sets, or why they are refused. */
export function tagsFromHeader(header: string | undefined): StoredTags | LocalCosFailure | undefined {
  if (header === undefined) {
    return undefined;
  }
  return validTags([...new URLSearchParams(header)]);
}

/** The body of GET Object tagging. */
export function taggingXml(tags: StoredTags | undefined): string {
  const items = Object.entries(tags ?? {}).map(([key, value]) =>
    group("Tag", [text("Key", key), text("Value", value)]),
  );
  return group("Tagging", [group("TagSet", items)]);
}

/** A stored object as a listing names it. */
export interface ListableObject {
  readonly etag: string;
  readonly size: number;
  readonly lastModified: Date;
}

/** The body of GET Bucket for `query` over `objects`, or why the request is refused. */
export function listObjectsXml(
  bucket: string,
  ownerUin: string,
  objects: ReadonlyMap<string, ListableObject>,
  query: URLSearchParams,
): string | LocalCosFailure {
  if (query.has("delimiter") || query.has("encoding-type")) {
    return {
      status: 501,
      code: "NotImplemented",
      message: "The local COS endpoint lists without delimiter or encoding-type only.",
    };
  }
  const prefix = query.get("prefix") ?? "";
  const marker = query.get("marker") ?? "";
  const maxKeys = query.has("max-keys") ? Number(query.get("max-keys")) : 1000;
  if (!Number.isInteger(maxKeys) || maxKeys < 1 || maxKeys > 1000) {
    return { status: 400, code: "InvalidArgument", message: "max-keys must be an integer from 1 to 1000." };
  }
  const keys = [...objects.keys()]
    .filter((key) => key.startsWith(prefix) && byteOrder(key, marker) > 0)
    .sort(byteOrder);
  const page = keys.slice(0, maxKeys);
  const truncated = keys.length > page.length;
  const owner = `qcs::cam::uin/${ownerUin}:uin/${ownerUin}`;
  const contents = page.map((key) => {
    const object = objects.get(key) as ListableObject;
    return group("Contents", [
      text("Key", key),
      text("LastModified", object.lastModified.toISOString()),
      text("ETag", object.etag),
      text("Size", object.size),
      group("Owner", [text("ID", owner), text("DisplayName", owner)]),
      text("StorageClass", "STANDARD"),
    ]);
  });
  return group("ListBucketResult", [
    text("Name", bucket),
    text("Prefix", prefix),
    text("Marker", marker),
    text("MaxKeys", maxKeys),
    text("IsTruncated", truncated),
    ...(truncated ? [text("NextMarker", page[page.length - 1])] : []),
    ...contents,
  ]);
}

function validTags(pairs: readonly (readonly [string, string])[]): StoredTags | LocalCosFailure {
  const invalid = (message: string): LocalCosFailure => ({ status: 400, code: "InvalidTag", message });
  if (pairs.length > MAX_OBJECT_TAGS) {
    return invalid(`An object may carry at most ${MAX_OBJECT_TAGS} tags.`);
  }
  const tags: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (
      key.length < 1 ||
      [...key].length > 127 ||
      [...value].length > 255 ||
      !TAG_CHARACTERS.test(key) ||
      !TAG_CHARACTERS.test(value)
    ) {
      return invalid("A tag key or value has a length or characters COS does not accept.");
    }
    if (key in tags) {
      return invalid("Tag keys must be unique.");
    }
    tags[key] = value;
  }
  return tags;
}

/** UTF-8 byte order, as COS lists keys. */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

function unescape(value: string): string {
  return value.replace(
    /&(lt|gt|amp|apos|quot);/g,
    (_, entity: string) => ({ lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' })[entity] ?? "",
  );
}
