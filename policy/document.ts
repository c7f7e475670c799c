/**
 * CAM policy documents (syntax version 2.0) as plain objects. Documents are built as objects and serialised once,
 * at the boundary: `JSON.stringify` for Terraform, `encodeURIComponent(JSON.stringify(…))` for STS.
 */

/** Conditions this project uses on COS requests. */
export interface CosCondition {
  /** Upper bound on `cos:content-length`, in bytes. */
  readonly numeric_less_than_equal?: { readonly "cos:content-length": number };
  /** Allowed `cos:content-type` patterns, such as `image/*`. */
  readonly string_like?: { readonly "cos:content-type": readonly string[] };
  /** The one exact `cos:content-type` of a session policy. */
  readonly string_equal?: { readonly "cos:content-type": string };
  /** Requests over HTTPS only. */
  readonly bool_equal?: { readonly "cos:secure-transport": "true" };
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
export function allow(action: readonly string[], resource: readonly string[], condition?: CosCondition): PolicyStatement {
  return condition === undefined ? { effect: "allow", action, resource } : { effect: "allow", action, resource, condition };
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
