import {
  COS_DOWNLOAD_ACTIONS,
  COS_MULTIPART_CONTINUE_ACTIONS,
  COS_MULTIPART_INITIATE_ACTIONS,
  COS_SIMPLE_UPLOAD_ACTIONS,
} from "./cos-actions";
import { isContentType } from "./content-type";
import {
  allow,
  CosCondition,
  FORBID_OVERWRITE,
  joinConditions,
  policyDocument,
  PolicyDocument,
  PolicyStatement,
  PRIVATE_ACL,
  SECURE_TRANSPORT,
} from "./document";
import { BucketLocation, cosExactObjectResource, cosObjectResource } from "./resources";

/** What a temporary key is for. */
export type TransferScope = "upload" | "download";

/** Every scope, in a stable order. */
export const TRANSFER_SCOPES: readonly TransferScope[] = ["upload", "download"];

/** Limits applied to uploads through conditions. */
/** COS refuses single-request uploads above 5 GiB, so no size ceiling can be higher. */
export const MAX_SIMPLE_UPLOAD_BYTES = 5 * 1024 ** 3;

export interface UploadLimits {
  /**
   * Largest object a single request may upload, in bytes (`cos:content-length`).
   *
   * A size limit turns multipart upload off: `cos:content-length` bounds each request, not an object assembled
   * from up to 10 000 parts, so granting multipart would make the limit a per-part ceiling that anyone can
   * multiply. Clients must upload in one request, i.e. set their multipart threshold above this limit.
   * @default no limit, and multipart upload allowed
   */
  readonly maxUploadBytes?: number;
  /**
   * The one exact content type of a session policy: `string_equal {"cos:content-type": "<type>"}`. COS compares
   * the header as a plain string, so `image/png, text/html` or `image/png;x` never match it.
   * @default no exact type
   */
  readonly contentType?: string;
  /**
   * The upload role's ceiling: configured patterns such as `image/*` (`string_like`). Never combined with
   * `contentType`; session policies use `contentType`.
   * @default any content type
   */
  readonly allowedContentTypes?: readonly string[];
}

/** Everything that decides one transfer policy. */
export interface TransferPolicyProps extends UploadLimits {
  /** The bucket the key is for. */
  readonly location: BucketLocation;
  /** Key prefix the policy is confined to; it ends in `/`. */
  readonly prefix: string;
  /** The scopes granted. */
  readonly scopes: readonly TransferScope[];
  /**
   * Whether every statement carries `bool_equal {"cos:secure-transport": "true"}`. `false` only for
   * `ALLOW_INSECURE_TRANSPORT` in `npm run serve` and the sandbox; the stack never passes it.
   * @default true
   */
  readonly requireSecureTransport?: boolean;
  /**
   * Object mode: the one object a session policy is for, a key under `prefix` chosen by the key service. The
   * policy then names exactly that object (no `*` in any resource), grants the upload scope only, no `PostObject`,
   * and requires `x-cos-forbid-overwrite: true` on `PutObject` and `InitiateMultipartUpload`.
   * @default prefix mode: everything under `prefix`
   */
  readonly objectKey?: string;
  /**
   * The upload role's ceiling in object mode: everything under `prefix`, but only as object-mode keys may use it,
   * no `PostObject` and `x-cos-forbid-overwrite: true` required on `PutObject` and `InitiateMultipartUpload`, so
   * that a session of the role without a session policy cannot replace objects either.
   * @default false: prefix mode, overwrites and (without a content-type condition) form uploads allowed
   */
  readonly createOnly?: boolean;
}

/**
 * The policy for transfers under one prefix of one bucket.
 *
 * The stack attaches it to the upload role with the prefix root (`uploads/`) as the ceiling of any key; the key
 * service hands it to STS with the caller's own prefix (`uploads/<sub>/`). Both go through this function. Every
 * statement requires HTTPS; every statement that can set an object ACL keeps the object private; `PostObject` is
 * granted only where no content-type condition applies (a form upload's `Content-Type` header is always
 * `multipart/form-data`, so such a condition could never match it).
 *
 * In object mode (`objectKey`) every statement names that one object, and every statement that can create it
 * requires `x-cos-forbid-overwrite: true`, so the key can only create a new object, never replace one. `PostObject`
 * is never granted there: a form upload carries the key and `x-cos-forbid-overwrite` as form fields, not headers
 * (https://www.tencentcloud.com/document/api/436/14690), and COS documents no condition key read from form fields,
 * so the required condition could either never match or not apply. `ListMultipartUploads` is granted on the
 * object's own resource: the SDKs list uploads with `prefix=<key>` before every multipart upload and fail when
 * refused, COS authorises that listing against the listed prefix (Tencent's own `getKeyAndCredentials` sample grants
 * it on the one object), and with the exact resource only a listing for exactly that key matches.
 */
export function transferPolicy(props: TransferPolicyProps): PolicyDocument {
  if (props.scopes.length === 0) {
    throw new Error("a transfer policy needs at least one scope");
  }
  if (!props.prefix.endsWith("/") || props.prefix.includes("*")) {
    throw new Error(`prefix must end in "/" and contain no "*"; received ${JSON.stringify(props.prefix)}`);
  }
  if (props.contentType !== undefined && props.allowedContentTypes?.length) {
    throw new Error("contentType (a session policy) and allowedContentTypes (the role's ceiling) are exclusive");
  }
  if (props.contentType !== undefined && !isContentType(props.contentType)) {
    throw new Error(
      `contentType must be one exact media type such as "image/png"; received ${JSON.stringify(props.contentType)}`,
    );
  }
  const { objectKey } = props;
  if (objectKey !== undefined) {
    if (props.scopes.length !== 1 || props.scopes[0] !== "upload") {
      throw new Error(`an object-mode policy grants the upload scope only; received ${JSON.stringify(props.scopes)}`);
    }
    if (!objectKey.startsWith(props.prefix) || objectKey.length === props.prefix.length || objectKey.endsWith("/")) {
      throw new Error(`objectKey must name one object under ${JSON.stringify(props.prefix)}; received ${JSON.stringify(objectKey)}`);
    }
  }
  const transport = props.requireSecureTransport === false ? {} : SECURE_TRANSPORT;
  const resource = [
    objectKey === undefined ? cosObjectResource(props.location, props.prefix) : cosExactObjectResource(props.location, objectKey),
  ];
  const statements: PolicyStatement[] = [];
  if (props.scopes.includes("upload")) {
    statements.push(...uploadStatements(resource, props, transport, objectKey !== undefined || props.createOnly === true));
  }
  if (props.scopes.includes("download")) {
    statements.push(allow(COS_DOWNLOAD_ACTIONS, resource, nonEmpty(transport)));
  }
  return policyDocument(statements);
}

function uploadStatements(
  resource: readonly string[],
  limits: UploadLimits,
  transport: CosCondition,
  objectMode: boolean,
): PolicyStatement[] {
  const patterns = limits.allowedContentTypes?.length ? limits.allowedContentTypes : undefined;
  const typeCondition: CosCondition =
    limits.contentType !== undefined
      ? { string_equal: { "cos:content-type": limits.contentType } }
      : patterns !== undefined
      ? { string_like: { "cos:content-type": patterns } }
      : {};
  const typed = Object.keys(typeCondition).length > 0;
  const sizeCondition: CosCondition =
    limits.maxUploadBytes === undefined
      ? {}
      : { numeric_less_than_equal: { "cos:content-length": limits.maxUploadBytes } };
  const simpleActions =
    typed || objectMode ? COS_SIMPLE_UPLOAD_ACTIONS.filter((a) => a !== "name/cos:PostObject") : COS_SIMPLE_UPLOAD_ACTIONS;
  const overwrite = objectMode ? FORBID_OVERWRITE : {};
  const statements = [
    allow(simpleActions, resource, joinConditions(transport, PRIVATE_ACL, sizeCondition, typeCondition, overwrite)),
  ];
  if (limits.maxUploadBytes === undefined) {
    // The content type, the ACL and the overwrite check are fixed when a multipart upload starts, so only the
    // initiation carries them.
    statements.push(
      allow(COS_MULTIPART_INITIATE_ACTIONS, resource, joinConditions(transport, PRIVATE_ACL, typeCondition, overwrite)),
    );
    statements.push(allow(COS_MULTIPART_CONTINUE_ACTIONS, resource, nonEmpty(transport)));
  }
  return statements;
}

function nonEmpty(condition: CosCondition): CosCondition | undefined {
  return Object.keys(condition).length === 0 ? undefined : condition;
}
