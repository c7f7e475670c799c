/**
 * Range GET and PUT Object - Copy for the local COS, as the post-upload check uses them. Pure functions; the
 * endpoint turns a `LocalCosFailure` into its XML error.
 *
 * - Range (https://cloud.tencent.com/document/product/436/7753): one `bytes=<first>-<last>`, `bytes=<first>-` or
 *   `bytes=-<suffix>` range → 206 with `Content-Range: bytes <first>-<last>/<size>`; a range starting at or past the
 *   end (every range of an empty object) → 416 InvalidRange; anything else is ignored (200, whole object), as HTTP
 *   allows.
 * - Copy (https://cloud.tencent.com/document/product/436/10881): `x-cos-copy-source:
 *   <bucket>.cos.<region>.myqcloud.com/<URL-encoded key>` of the served bucket, `x-cos-copy-source-If-Match`
 *   compared with the source's ETag (412 PreconditionFailed), metadata copied (`x-cos-metadata-directive` other
 *   than `Copy` is not modelled). `?versionId=` is refused: the local COS keeps no versions.
 */

/** An error the endpoint answers as COS XML. */
export interface LocalCosFailure {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** A byte range of an object of `size` bytes, inclusive. */
export interface ByteRange {
  readonly first: number;
  readonly last: number;
}

/** The range a `Range` header asks for: a range, a failure (unsatisfiable), or undefined for the whole object. */
export function byteRange(header: string | undefined, size: number): ByteRange | LocalCosFailure | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (match === null || (match[1] === "" && match[2] === "")) {
    return undefined;
  }
  const unsatisfiable = { status: 416, code: "InvalidRange", message: "The requested range is not satisfiable." };
  if (match[1] === "") {
    const suffix = Number(match[2]);
    return size === 0 || suffix === 0 ? unsatisfiable : { first: Math.max(0, size - suffix), last: size - 1 };
  }
  const first = Number(match[1]);
  const last = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (first >= size) {
    return unsatisfiable;
  }
  return last < first ? undefined : { first, last };
}

/** The source key a `x-cos-copy-source` header names in the served bucket, or why it names none. */
export function copySourceKey(header: string, bucket: string, region: string): string | LocalCosFailure {
  const host = `${bucket}.cos.${region}.myqcloud.com/`;
  const value = header.replace(/^\/+/, "");
  if (!value.startsWith(host)) {
    return { status: 400, code: "InvalidArgument", message: "x-cos-copy-source must name an object of this bucket." };
  }
  const [path, query = ""] = value.slice(host.length).split("?");
  if (new URLSearchParams(query).has("versionId")) {
    return { status: 501, code: "NotImplemented", message: "The local COS endpoint keeps no versions." };
  }
  try {
    const key = decodeURIComponent(path);
    return key === "" ? { status: 400, code: "InvalidArgument", message: "x-cos-copy-source names no object." } : key;
  } catch {
    return { status: 400, code: "InvalidArgument", message: "x-cos-copy-source is not URL-encoded." };
  }
}

/** Whether a copy may proceed given the source's ETag and `x-cos-copy-source-If-Match`. */
export function copyPreconditionFailure(ifMatch: string | undefined, etag: string): LocalCosFailure | undefined {
  const unquote = (value: string): string => value.trim().replace(/^"|"$/g, "");
  return ifMatch === undefined || unquote(ifMatch) === unquote(etag)
    ? undefined
    : { status: 412, code: "PreconditionFailed", message: "The source object's ETag does not match x-cos-copy-source-If-Match." };
}

/** Whether a value is a {@link LocalCosFailure}. */
export function isFailure(value: unknown): value is LocalCosFailure {
  return typeof value === "object" && value !== null && "code" in value && "status" in value;
}
