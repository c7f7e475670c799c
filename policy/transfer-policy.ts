import {
  COS_DOWNLOAD_ACTIONS,
  COS_MULTIPART_CONTINUE_ACTIONS,
  COS_MULTIPART_INITIATE_ACTIONS,
  COS_SIMPLE_UPLOAD_ACTIONS,
} from "./cos-actions";
import { allow, CosCondition, policyDocument, PolicyDocument, PolicyStatement } from "./document";
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
   * Allowed content types (`cos:content-type`, `string_like`, so `image/*` works).
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
  /** Session policies: the one exact type of this key, `string_equal`; never combined with `allowedContentTypes`. */
  readonly contentType?: string;
  /**
   * `bool_equal {"cos:secure-transport": "true"}` on every statement. (Interim: only when `true`; the policy
   * work package makes it the default.)
   */
  readonly requireSecureTransport?: boolean;
}

/**
 * The policy for transfers under one prefix of one bucket.
 *
 * The stack attaches it to the upload role with the prefix root (`uploads/`) as the ceiling of any key; the key
 * service hands it to STS with the caller's own prefix (`uploads/<sub>/`). Both go through this function.
 */
export function transferPolicy(props: TransferPolicyProps): PolicyDocument {
  if (props.scopes.length === 0) {
    throw new Error("a transfer policy needs at least one scope");
  }
  if (!props.prefix.endsWith("/") || props.prefix.includes("*")) {
    throw new Error(`prefix must end in "/" and contain no "*"; received ${JSON.stringify(props.prefix)}`);
  }
  const resource = [cosObjectResource(props.location, props.prefix)];
  const statements: PolicyStatement[] = [];
  if (props.scopes.includes("upload")) {
    statements.push(...uploadStatements(resource, props));
  }
  if (props.scopes.includes("download")) {
    statements.push(allow(COS_DOWNLOAD_ACTIONS, resource));
  }
  if (props.requireSecureTransport === true) {
    const secure: CosCondition = { bool_equal: { "cos:secure-transport": "true" } };
    return policyDocument(statements.map((s) => ({ ...s, condition: { ...s.condition, ...secure } })));
  }
  return policyDocument(statements);
}

function uploadStatements(resource: readonly string[], limits: UploadLimits & { readonly contentType?: string }): PolicyStatement[] {
  const types = limits.allowedContentTypes?.length ? limits.allowedContentTypes : undefined;
  const typeCondition: CosCondition | undefined =
    limits.contentType !== undefined
      ? { string_equal: { "cos:content-type": limits.contentType } }
      : types && { string_like: { "cos:content-type": types } };
  const simpleCondition: CosCondition | undefined =
    limits.maxUploadBytes === undefined && typeCondition === undefined
      ? undefined
      : {
          ...(limits.maxUploadBytes === undefined
            ? {}
            : { numeric_less_than_equal: { "cos:content-length": limits.maxUploadBytes } }),
          ...typeCondition,
        };
  const statements = [allow(COS_SIMPLE_UPLOAD_ACTIONS, resource, simpleCondition)];
  if (limits.maxUploadBytes === undefined) {
    // The content type is fixed when a multipart upload starts, so only the initiation carries that condition.
    statements.push(allow(COS_MULTIPART_INITIATE_ACTIONS, resource, typeCondition));
    statements.push(allow(COS_MULTIPART_CONTINUE_ACTIONS, resource));
  }
  return statements;
}
