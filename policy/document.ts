/**
 * CAM policy documents (syntax version 2.0) as plain objects. Documents are built as objects and serialised once,
 * at the boundary: `JSON.stringify` for Terraform, `encodeURIComponent(JSON.stringify(…))` for STS.
 */

/**
 * Conditions this project uses on COS requests, with the operators and keys of COS's condition-key table
 * (https://www.tencentcloud.com/document/product/436/46205); which key applies to which action is registered in
 * `cloud-rules.ts`, and the builders refuse any other use. A condition without `_if_exist` is false when the request
 * lacks the key; with `_if_exist` it is true then.
 */
export interface CosCondition {
  /** Upper bound on `cos:content-length`, in bytes: on `PutObject`, the object. */
  readonly numeric_less_than_equal?: { readonly "cos:content-length": number };
  /** The same bound on `UploadPart`, one part, where CAM evaluates the key (see `cloud-rules.ts`). */
  readonly numeric_less_than_equal_if_exist?: { readonly "cos:content-length": number };
  /** Allowed `cos:content-type` patterns, such as `image/*`: the upload role's ceiling. */
  readonly string_like?: { readonly "cos:content-type": readonly string[] };
  /** The one exact `cos:content-type` of a session policy, a string, never a list or a pattern. */
  readonly string_equal?: { readonly "cos:content-type": string };
  /** `x-cos-acl` values an upload may send; a request without the header passes. */
  readonly string_equal_if_exist?: { readonly "cos:x-cos-acl": readonly string[] };
  /** HTTPS only. */
  readonly bool_equal?: { readonly "cos:secure-transport": "true" };
}

/** Object ACLs that keep an object private: `default` inherits the (private) bucket's ACL. */
export const PRIVATE_OBJECT_ACLS: readonly string[] = ["default", "private"];

/** The condition every statement carries unless HTTPS is explicitly not required. */
export const SECURE_TRANSPORT: CosCondition = { bool_equal: { "cos:secure-transport": "true" } };

/** The condition on every statement that can set an object's ACL. */
export const PRIVATE_ACL: CosCondition = { string_equal_if_exist: { "cos:x-cos-acl": PRIVATE_OBJECT_ACLS } };

/** Conditions joined into one: operators merge key by key, so two `string_equal` parts keep both their keys. */
export function joinConditions(...parts: readonly CosCondition[]): CosCondition {
  const joined: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [operator, byKey] of Object.entries(part) as [string, Record<string, unknown>][]) {
      joined[operator] = { ...joined[operator], ...byKey };
    }
  }
  return joined as CosCondition;
}

/** One statement. Every list is an array: the provider rejects the string shorthand. */
export interface PolicyStatement {
  readonly effect: "allow" | "deny";
  readonly action: readonly string[];
  readonly resource?: readonly string[];
  readonly principal?: { readonly qcs?: readonly string[]; readonly service?: readonly string[] };
  readonly condition?: CosCondition;
}

/** A whole document. */
export interface PolicyDocument {
  readonly version: "2.0";
  readonly statement: readonly PolicyStatement[];
}

/** Wraps statements into a version 2.0 document. */
export function policyDocument(statement: readonly PolicyStatement[]): PolicyDocument {
  return { version: "2.0", statement };
}

/** An `allow` statement without principal, as STS session policies and attached CAM policies need. */
export function allow(
  action: readonly string[],
  resource: readonly string[],
  condition?: CosCondition,
): PolicyStatement {
  return condition === undefined
    ? { effect: "allow", action, resource }
    : { effect: "allow", action, resource, condition };
}

/** A trust policy letting `principal` assume a role. */
export function trustPolicy(principal: NonNullable<PolicyStatement["principal"]>): PolicyDocument {
  return policyDocument([{ effect: "allow", action: ["name/sts:AssumeRole"], principal }]);
}

/** Serialises a document for STS `AssumeRole`: URL-encoded JSON, as the API requires. */
export function encodeSessionPolicy(document: PolicyDocument): string {
  if (document.statement.some((s) => s.principal !== undefined)) {
    throw new Error("a session policy must not contain a principal");
  }
  return encodeURIComponent(JSON.stringify(document));
}
