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
  policyDocument,
  PolicyDocument,
  PolicyStatement,
  PRIVATE_ACL,
  SECURE_TRANSPORT,
} from "./document";
import { BucketLocation, cosObjectResource } from "./resources";

/** What a temporary key is for. */
export type TransferScope = "upload" | "download";

/** Every scope, in a stable order. */
export const TRANSFER_SCOPES: readonly TransferScope[] = ["upload", "download"];

/** Limits applied to uploads through conditions. */
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
}

/**
 * The policy for transfers under one prefix of one bucket.
 *
 * The stack attaches it to the upload role with the prefix root (`uploads/`) as the ceiling of any key; the key
 * service hands it to STS with the caller's own prefix (`uploads/<sub>/`). Both go through this function. Every
 * statement requires HTTPS; every statement that can set an object ACL keeps the object private; `PostObject` is
 * granted only where no content-type condition applies (a form upload's `Content-Type` header is always
 * `multipart/form-data`, so such a condition could never match it).
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
  const transport = props.requireSecureTransport === false ? {} : SECURE_TRANSPORT;
  const resource = [cosObjectResource(props.location, props.prefix)];
  const statements: PolicyStatement[] = [];
  if (props.scopes.includes("upload")) {
    statements.push(...uploadStatements(resource, props, transport));
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
  const simpleActions = typed
    ? COS_SIMPLE_UPLOAD_ACTIONS.filter((a) => a !== "name/cos:PostObject")
    : COS_SIMPLE_UPLOAD_ACTIONS;
  const statements = [
    allow(simpleActions, resource, { ...transport, ...PRIVATE_ACL, ...sizeCondition, ...typeCondition }),
  ];
  if (limits.maxUploadBytes === undefined) {
    // The content type and the ACL are fixed when a multipart upload starts, so only the initiation carries them.
    statements.push(
      allow(COS_MULTIPART_INITIATE_ACTIONS, resource, { ...transport, ...PRIVATE_ACL, ...typeCondition }),
    );
    statements.push(allow(COS_MULTIPART_CONTINUE_ACTIONS, resource, nonEmpty(transport)));
  }
  return statements;
}

function nonEmpty(condition: CosCondition): CosCondition | undefined {
  return Object.keys(condition).length === 0 ? undefined : condition;
}
