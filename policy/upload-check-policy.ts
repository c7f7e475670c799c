/**
 * What the post-upload check may do, and where rejected objects go: one definition for the stack (the check
 * function's role policy, the synth-time validation) and the function (its configuration).
 */
import { assertDocumented, COS_ACTION_RULES } from "./cloud-rules";
import { allow, policyDocument, PolicyDocument, PolicyStatement } from "./document";
import { BucketLocation, cosObjectResource } from "./resources";

/** Reading an object's first bytes (range GET), and reading the source of a copy. */
const COS_CHECK_READ_ACTIONS: readonly string[] = [COS_ACTION_RULES.GetObject.action];

/**
 * Reading an object's ACL, to refuse objects shared through `x-cos-grant-*` (GET Object acl,
 * https://cloud.tencent.com/document/product/436/7744, 授权说明: `cos:GetObjectACL`).
 */
const COS_CHECK_ACL_ACTIONS: readonly string[] = [COS_ACTION_RULES.GetObjectACL.action];

/** Removing a rejected object from the callers' folders. */
const COS_CHECK_DELETE_ACTIONS: readonly string[] = [COS_ACTION_RULES.DeleteObject.action];

/**
 * Writing the quarantine copy. The PUT Object - Copy reference authorises the destination as `cos:PutObjectCopy`
 * ("授权说明", https://cloud.tencent.com/document/api/436/10881), which is the grant the copy needs; the SDK guide for
 * copies names `cos:PutObject` (https://cloud.tencent.com/document/product/436/65826, not re-read for this registry),
 * so it is granted beside it, on the quarantine prefix only, where the check alone writes. If COS authorised the copy
 * as neither, the copy would fail with 403 and the check would log `failed` and leave the object where it is (open
 * for that object until it is looked at); with both granted, either reading of the pages holds.
 */
const COS_CHECK_QUARANTINE_ACTIONS: readonly string[] = [
  COS_ACTION_RULES.PutObjectCopy.action,
  COS_ACTION_RULES.PutObject.action,
];

/**
 * Reading and writing an object's verdict tag (GET and PUT Object tagging), under the prefix root and, for the
 * quarantine copy, under the quarantine prefix. Only the check's role ever gets these: the upload role's ceiling and
 * the keys grant no tagging action (test/properties/no-tagging-grants.test.ts).
 */
const COS_CHECK_TAGGING_ACTIONS: readonly string[] = [
  COS_ACTION_RULES.GetObjectTagging.action,
  COS_ACTION_RULES.PutObjectTagging.action,
];

/**
 * Listing objects (GET Bucket), for the sweep. Authorised on the bucket (`<bucket>/*`, as Tencent's bucket-policy
 * examples grant `cos:GetBucket`); no condition key narrows a listing to a prefix in the registry, so the role may
 * list the whole bucket and the function lists only the prefix root.
 */
const COS_CHECK_LIST_ACTIONS: readonly string[] = [COS_ACTION_RULES.GetBucket.action];

/** A static key prefix: segments of letters, digits, `.`, `_`, `-`, ending in `/`. */
const STATIC_PREFIX = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/$/;

/** Longest quarantine prefix accepted. */
const MAX_QUARANTINE_PREFIX_LENGTH = 256;

/** What a quarantine prefix must look like, as a noun phrase. */
export const QUARANTINE_PREFIX_FORMAT = `a folder such as "quarantine/" (letters, digits, ".", "_", "-", ending in "/", no "." or ".." segment, at most ${MAX_QUARANTINE_PREFIX_LENGTH} characters)`;

/**
 * What is wrong with `prefix` as the quarantine prefix beside the prefix root `root`, or undefined: `format` unless
 * it is a static folder (segments of letters, digits, `.`, `_`, `-`, ending in `/`, no `.` or `..` segment, at most
 * {@link MAX_QUARANTINE_PREFIX_LENGTH} characters); `overlap` when it lies inside the root or the root inside it: a
 * copy into the root would trigger the check again (COS emits `cos:ObjectCreated:Copy`,
 * https://cloud.tencent.com/document/product/583/9707), and apps' keys may write anywhere under the root. Without
 * `root` (an unusable prefix template) only the format is judged.
 *
 * The one rule; {@link quarantinePrefixProblem} words it for the function and the stack, the environment schema in
 * its own style.
 */
export function quarantinePrefixFault(prefix: string, root?: string): "format" | "overlap" | undefined {
  if (
    prefix.length > MAX_QUARANTINE_PREFIX_LENGTH ||
    !STATIC_PREFIX.test(prefix) ||
    prefix.split("/").some((segment) => segment === "." || segment === "..")
  ) {
    return "format";
  }
  if (root !== undefined && (prefix.startsWith(root) || root.startsWith(prefix))) {
    return "overlap";
  }
  return undefined;
}

/** Why `prefix` cannot be the quarantine prefix beside the prefix root `root` ({@link quarantinePrefixFault}), or undefined. */
export function quarantinePrefixProblem(prefix: string, root: string): string | undefined {
  switch (quarantinePrefixFault(prefix, root)) {
    case "format":
      return `must be ${QUARANTINE_PREFIX_FORMAT}`;
    case "overlap":
      return `must lie outside the prefix root "${root}", and the root outside it`;
    default:
      return undefined;
  }
}

/** Everything that decides the check function's policy. */
export interface UploadCheckPolicyProps {
  readonly location: BucketLocation;
  /** Where callers' objects are: `uploads/`. */
  readonly prefixRoot: string;
  /** Where rejected objects move. @default none: they are deleted, and nothing may be written anywhere */
  readonly quarantinePrefix?: string;
}

/**
 * The check function's role policy: read objects, their ACLs and tags, tag and delete under the prefix root (a move is
 * a copy from there plus a delete), list the bucket (the sweep), write and tag copies under the quarantine prefix;
 * nothing else.
 */
export function uploadCheckPolicy(props: UploadCheckPolicyProps): PolicyDocument {
  for (const prefix of [props.prefixRoot, props.quarantinePrefix ?? "-/"]) {
    if (!prefix.endsWith("/") || prefix.includes("*")) {
      throw new Error(`prefix must end in "/" and contain no "*"; received ${JSON.stringify(prefix)}`);
    }
  }
  const uploads = [cosObjectResource(props.location, props.prefixRoot)];
  const statements: PolicyStatement[] = [
    allow(
      [...COS_CHECK_READ_ACTIONS, ...COS_CHECK_ACL_ACTIONS, ...COS_CHECK_DELETE_ACTIONS, ...COS_CHECK_TAGGING_ACTIONS],
      uploads,
    ),
    allow(COS_CHECK_LIST_ACTIONS, [cosObjectResource(props.location, "")]),
  ];
  if (props.quarantinePrefix !== undefined) {
    const problem = quarantinePrefixProblem(props.quarantinePrefix, props.prefixRoot);
    if (problem !== undefined) {
      throw new Error(`quarantinePrefix ${problem}; received ${JSON.stringify(props.quarantinePrefix)}`);
    }
    statements.push(
      allow(
        [...COS_CHECK_QUARANTINE_ACTIONS, COS_ACTION_RULES.PutObjectTagging.action],
        [cosObjectResource(props.location, props.quarantinePrefix)],
      ),
    );
  }
  return assertDocumented(policyDocument(statements));
}
