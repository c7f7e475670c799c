/**
 * Range GET, PUT Object - Copy and GET Object acl for the local COS, as the post-upload check uses them. Pure
 * functions; the endpoint turns a `LocalCosFailure` into its XML error.
 *
 * - Range (https://cloud.tencent.com/document/product/436/7753): one `bytes=<first>-<last>`, `bytes=<first>-` or
 *   `bytes=-<suffix>` range → 206 with `Content-Range: bytes <first>-<last>/<size>`; a range starting at or past the
 *   end (every range of an empty object) → 416 InvalidRange; anything else is ignored (200, whole object), as HTTP
 *   allows.
 * - Copy (https://cloud.tencent.com/document/product/436/10881): `x-cos-copy-source:
 *   <bucket>.cos.<region>.myqcloud.com/<URL-encoded key>` of the served bucket, `x-cos-copy-source-If-Match`
 *   compared with the source's ETag (412 PreconditionFailed), metadata copied (`x-cos-metadata-directive` other
 *   than `Copy` is not modelled). `?versionId=` is refused: the local COS keeps no versions. The copy's ACL is the
 *   copy request's own `x-cos-acl`/`x-cos-grant-*` (none: `default`), never the source's: "unless the ACL is
 *   explicitly specified in this request, the destination object inherits (default) the destination bucket's ACL".
 * - GET Object acl: see {@link objectAclXml}.
 */
import { text } from "./cos-xml";

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
    : {
        status: 412,
        code: "PreconditionFailed",
        message: "The source object's ETag does not match x-cos-copy-source-If-Match.",
      };
}

/** Whether a value is a {@link LocalCosFailure}. */
export function isFailure(value: unknown): value is LocalCosFailure {
  return typeof value === "object" && value !== null && "code" in value && "status" in value;
}

/** The CAM action of GET Object acl (https://cloud.tencent.com/document/product/436/7744, 授权说明). */
export const GET_OBJECT_ACL_ACTION = "name/cos:GetObjectACL";

/** `GET /<key>?acl` is GetObjectACL; undefined for any other request. */
export function objectAclAction(request: {
  readonly method: string;
  readonly key: string;
  readonly query: URLSearchParams;
}): string | undefined {
  return request.method === "GET" && request.key !== "" && request.query.has("acl") ? GET_OBJECT_ACL_ACTION : undefined;
}

/** The ACL part of a stored object: `x-cos-acl` and the `x-cos-grant-*` headers it was uploaded with. */
export interface ObjectAclSource {
  readonly acl?: string;
  readonly grants?: Readonly<Record<string, string>>;
}

const GROUP_ALL_USERS = "http://cam.qcloud.com/groups/global/AllUsers";
const GROUP_AUTHENTICATED_USERS = "http://cam.qcloud.com/groups/global/AuthenticatedUsers";
const GRANT_PERMISSIONS: Readonly<Record<string, string>> = {
  "x-cos-grant-read": "READ",
  "x-cos-grant-read-acp": "READ_ACP",
  "x-cos-grant-write-acp": "WRITE_ACP",
  "x-cos-grant-full-control": "FULL_CONTROL",
};

/**
 * The body of GET Object acl for an object, in COS's shape (https://cloud.tencent.com/document/product/436/7744):
 * `<AccessControlPolicy><Owner><ID>qcs::cam::uin/<owner>:uin/<owner></ID>…</Owner><AccessControlList><Grant>
 * <Grantee xsi:type="CanonicalUser"><ID>…</ID><DisplayName>…</DisplayName></Grantee>|<Grantee xsi:type="Group">
 * <URI>…</URI></Grantee><Permission>READ|…</Permission></Grant>…`. The owner always holds FULL_CONTROL; a canned
 * `public-read` adds AllUsers READ, `authenticated-read` AuthenticatedUsers READ; each `x-cos-grant-*` entry
 * (`id="<uin>"` or `id="qcs::cam::uin/<uin>:uin/<sub>"`, comma-separated, as PUT Object documents them,
 * https://cloud.tencent.com/document/product/436/7749) one grant, a bare uin written as the root account's full id.
 * Known difference: a `default` ACL does not show what the bucket's ACL would add, and `uri="…"` grantees are
 * shown as given.
 */
export function objectAclXml(object: ObjectAclSource | undefined, ownerUin: string): string | LocalCosFailure {
  if (object === undefined) {
    return { status: 404, code: "NoSuchKey", message: "The specified key does not exist." };
  }
  const owner = `qcs::cam::uin/${ownerUin}:uin/${ownerUin}`;
  const grants: string[] = [grant(user(owner), "FULL_CONTROL")];
  if (object.acl === "public-read") {
    grants.push(grant(group(GROUP_ALL_USERS), "READ"));
  } else if (object.acl === "authenticated-read") {
    grants.push(grant(group(GROUP_AUTHENTICATED_USERS), "READ"));
  }
  for (const [header, value] of Object.entries(object.grants ?? {})) {
    for (const match of value.matchAll(/(id|uri)\s*=\s*"([^"]*)"/g)) {
      const grantee =
        match[1] === "uri"
          ? group(match[2])
          : user(/^\d+$/.test(match[2]) ? `qcs::cam::uin/${match[2]}:uin/${match[2]}` : match[2]);
      grants.push(grant(grantee, GRANT_PERMISSIONS[header] ?? "READ"));
    }
  }
  return `<AccessControlPolicy><Owner>${text("ID", owner)}${text("DisplayName", owner)}</Owner><AccessControlList>${grants.join("")}</AccessControlList></AccessControlPolicy>`;
}

function user(id: string): string {
  return `<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">${text("ID", id)}${text("DisplayName", id)}</Grantee>`;
}

function group(uri: string): string {
  return `<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group">${text("URI", uri)}</Grantee>`;
}

function grant(grantee: string, permission: string): string {
  return `<Grant>${grantee}${text("Permission", permission)}</Grant>`;
}
