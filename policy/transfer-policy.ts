import {
  COS_DOWNLOAD_ACTIONS,
  COS_MULTIPART_CONTINUE_ACTIONS,
  COS_MULTIPART_INITIATE_ACTIONS,
  COS_SIMPLE_UPLOAD_ACTIONS,
  COS_UPLOAD_PART_ACTIONS,
} from "./cos-actions";
import { assertDocumented } from "./cloud-rules";
import { isContentType } from "./content-type";
import {
  allow,
  CosCondition,
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

/** COS refuses single-request uploads above 5 GiB, so no size ceiling can be higher. */
export const MAX_SIMPLE_UPLOAD_BYTES = 5 * 1024 ** 3;

/** Limits applied to uploads through conditions. */
export interface UploadLimits {
  /**
   * Largest object an upload may create, in bytes. A condition can bound only one request
   * (`numeric_less_than_equal` on `cos:content-length`): `PutObject` carries the whole object, so there the bound is
   * exact; with multipart upload each `UploadPart` carries the same bound with `_if_exist` (no page names the key
   * for it), which at most limits each part, not the object
   * assembled from up to 10 000 of them. The whole object's size is then the post-upload check's to enforce (verdict
   * `oversize`), which is why the environment schema refuses a limit with multipart upload and no check.
   * @default no limit
   */
  readonly maxUploadBytes?: number;
  /**
   * Whether keys may upload in parts (`InitiateMultipartUpload` … `CompleteMultipartUpload`), as the SDKs do by
   * default above 1 or 2 MB. `false` grants `PutObject` only: clients must upload in one request.
   * @default true
   */
  readonly multipartUpload?: boolean;
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
   * policy then names exactly that object (no `*` in any resource) and grants the upload scope only.
   * @default prefix mode: everything under `prefix`
   */
  readonly objectKey?: string;
}

/**
 * The policy for transfers under one prefix of one bucket.
 *
 * The stack attaches it to the upload role with the prefix root (`uploads/`) as the ceiling of any key; the key
 * service hands it to STS with the caller's own prefix (`uploads/<sub>/`). Both go through this function, and every
 * condition it writes is one `cloud-rules.ts` documents for the statement's actions (it throws otherwise). Every
 * statement requires HTTPS; every statement that can set an object ACL keeps the object private; the content type
 * and the ACL are fixed where the object's metadata is (`PutObject`, `InitiateMultipartUpload`); the size bound is on
 * every request that carries object bytes (`PutObject`, `UploadPart`). No form upload (`PostObject`) is granted.
 *
 * In object mode (`objectKey`) every statement names that one object, so the key can write nothing else. No
 * condition asks for `x-cos-forbid-overwrite`: no page documents it as a condition key, and on a versioned bucket
 * the header does nothing (docs/object-mode.md). `ListMultipartUploads` is granted on the object's own resource:
 * the SDKs list uploads with `prefix=<key>` before every multipart upload and fail when refused; Tencent's own
 * `getKeyAndCredentials` sample grants it on the one object, and with the exact resource only a listing for exactly
 * that key matches (unverified by any page: docs/evidence.md).
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
      throw new Error(
        `objectKey must name one object under ${JSON.stringify(props.prefix)}; received ${JSON.stringify(objectKey)}`,
      );
    }
  }
  const transport = props.requireSecureTransport === false ? {} : SECURE_TRANSPORT;
  const resource = [
    objectKey === undefined
      ? cosObjectResource(props.location, props.prefix)
      : cosExactObjectResource(props.location, objectKey),
  ];
  const statements: PolicyStatement[] = [];
  if (props.scopes.includes("upload")) {
    statements.push(...uploadStatements(resource, props, transport));
  }
  if (props.scopes.includes("download")) {
    statements.push(allow(COS_DOWNLOAD_ACTIONS, resource, nonEmpty(transport)));
  }
  return assertDocumented(policyDocument(statements));
}

function uploadStatements(
  resource: readonly string[],
  limits: UploadLimits,
  transport: CosCondition,
): PolicyStatement[] {
  const patterns = limits.allowedContentTypes?.length ? limits.allowedContentTypes : undefined;
  const typeCondition: CosCondition =
    limits.contentType !== undefined
      ? { string_equal: { "cos:content-type": limits.contentType } }
      : patterns !== undefined
        ? { string_like: { "cos:content-type": patterns } }
        : {};
  const sizeCondition: CosCondition =
    limits.maxUploadBytes === undefined
      ? {}
      : { numeric_less_than_equal: { "cos:content-length": limits.maxUploadBytes } };
  const statements = [
    allow(COS_SIMPLE_UPLOAD_ACTIONS, resource, joinConditions(transport, PRIVATE_ACL, sizeCondition, typeCondition)),
  ];
  if (limits.multipartUpload === false) {
    return statements;
  }
  statements.push(
    allow(COS_MULTIPART_INITIATE_ACTIONS, resource, joinConditions(transport, PRIVATE_ACL, typeCondition)),
  );
  if (limits.maxUploadBytes === undefined) {
    statements.push(allow(COS_MULTIPART_CONTINUE_ACTIONS, resource, nonEmpty(transport)));
  } else {
    const partSize: CosCondition = {
      numeric_less_than_equal_if_exist: { "cos:content-length": limits.maxUploadBytes },
    };
    statements.push(allow(COS_UPLOAD_PART_ACTIONS, resource, joinConditions(transport, partSize)));
    const rest = COS_MULTIPART_CONTINUE_ACTIONS.filter((action) => !COS_UPLOAD_PART_ACTIONS.includes(action));
    statements.push(allow(rest, resource, nonEmpty(transport)));
  }
  return statements;
}

function nonEmpty(condition: CosCondition): CosCondition | undefined {
  return Object.keys(condition).length === 0 ? undefined : condition;
}
