/**
 * The cloud behaviour the policies rely on, each rule with the Tencent page that states it: the COS actions we grant
 * or evaluate, the condition keys a policy may use and the actions each applies to, and the condition operators with
 * their documented semantics. The policy builders refuse a statement this registry does not document, and the local
 * COS offers a request exactly the keys registered for its action, treating every other key as absent, so a
 * condition CAM would not evaluate fails locally as we expect it to fail in the cloud.
 *
 * Pages (read for this registry):
 * - Conditions, the per-key table of applicable requests and the operators:
 *   https://www.tencentcloud.com/document/product/436/46205 (Chinese: https://cloud.tencent.com/document/product/436/71306).
 * - Condition key examples: https://www.tencentcloud.com/document/product/436/46206.
 * - COS API authorisation guide (the upload and download actions): https://cloud.tencent.com/document/product/436/30580.
 * Anything a page does not state is not registered; docs/evidence.md lists the rest.
 */
import type { PolicyDocument, PolicyStatement } from "./document";

/** The Conditions page (English), whose tables this registry follows. */
const COS_CONDITIONS_PAGE = "https://www.tencentcloud.com/document/product/436/46205";

/** One COS action we grant or the local COS evaluates, and the page that names it. */
export interface CosActionRule {
  /** As a policy names it, such as `name/cos:PutObject`. */
  readonly action: string;
  /** The page naming the action for this request. */
  readonly source: string;
}

function action(name: string, source: string): CosActionRule {
  return { action: `name/cos:${name}`, source };
}

const API_GUIDE = "https://cloud.tencent.com/document/product/436/30580";

/**
 * Every COS action this project grants, by name. The upload and download actions are the ones the COS API
 * authorisation guide lists for simple, multipart upload and download; the others name the action in their own API
 * page's "授权说明" (authorisation) section.
 */
export const COS_ACTION_RULES = {
  PutObject: action("PutObject", "https://cloud.tencent.com/document/product/436/7749"),
  InitiateMultipartUpload: action("InitiateMultipartUpload", API_GUIDE),
  UploadPart: action("UploadPart", API_GUIDE),
  CompleteMultipartUpload: action("CompleteMultipartUpload", API_GUIDE),
  ListParts: action("ListParts", API_GUIDE),
  ListMultipartUploads: action("ListMultipartUploads", API_GUIDE),
  AbortMultipartUpload: action("AbortMultipartUpload", API_GUIDE),
  GetObject: action("GetObject", API_GUIDE),
  HeadObject: action("HeadObject", "https://cloud.tencent.com/document/product/436/7745"),
  GetObjectACL: action("GetObjectACL", "https://cloud.tencent.com/document/product/436/7744"),
  DeleteObject: action("DeleteObject", "https://cloud.tencent.com/document/product/436/7743"),
  /** PUT Object - Copy, authorised as `cos:PutObjectCopy` on the destination ("授权说明"). */
  PutObjectCopy: action("PutObjectCopy", "https://cloud.tencent.com/document/api/436/10881"),
  /**
   * The object tagging APIs (PUT, GET, DELETE Object tagging). Their pages say a sub-account needs "the permission of
   * this API" without spelling the CAM string; `cos-nodejs-sdk-v5` (3.0, `sdk/base.js`) names them
   * `name/cos:PutObjectTagging`, `GetObjectTagging` and `DeleteObjectTagging` (docs/evidence.md).
   */
  PutObjectTagging: action("PutObjectTagging", "https://cloud.tencent.com/document/product/436/42997"),
  GetObjectTagging: action("GetObjectTagging", "https://cloud.tencent.com/document/product/436/42998"),
  DeleteObjectTagging: action("DeleteObjectTagging", "https://cloud.tencent.com/document/product/436/42999"),
  /** GET Bucket (List Objects): "授权策略中 action 设置为 cos:GetBucket", on the bucket (`<bucket>/*`). */
  GetBucket: action("GetBucket", "https://cloud.tencent.com/document/product/436/7734"),
} as const satisfies Record<string, CosActionRule>;

/** An action's short name, such as `PutObject`. */
export type CosActionName = keyof typeof COS_ACTION_RULES;

/** Where COS takes a condition key's value from. */
export type ConditionKeySource = { readonly header: string } | "transport";

/** One condition key and the requests COS evaluates it for. */
export interface ConditionKeyRule {
  /** Such as `cos:content-length`. */
  readonly key: string;
  /** The actions the page lists the key for (of those this project uses), or `all` for every request. */
  readonly actions: readonly CosActionName[] | "all";
  /**
   * Actions the page covers only in general words, not by name: a condition on the key may name them only with
   * `_if_exist`, so that the statement holds either way. If CAM evaluates the key there the bound applies; if it
   * does not, the key is absent and the request passes, never refused for a condition CAM does not read.
   * @default none
   */
  readonly ifExistActions?: readonly CosActionName[];
  /** What the key reads: a request header, or whether the request arrived over HTTPS. */
  readonly from: ConditionKeySource;
  /** The page that states it. */
  readonly source: string;
  /** What the page says, where it is not a plain list. */
  readonly note?: string;
}

/**
 * The condition keys any policy of this project may use. Not registered, so never used:
 * `cos:x-cos-forbid-overwrite` (no page lists it as a condition key), and any key for `x-cos-grant-*`.
 */
export const CONDITION_KEY_RULES = {
  "cos:secure-transport": {
    key: "cos:secure-transport",
    actions: "all",
    from: "transport",
    source: COS_CONDITIONS_PAGE,
    note: '"Condition keys applicable to all requests": whether the request uses HTTPS (Boolean)',
  },
  "cos:x-cos-acl": {
    key: "cos:x-cos-acl",
    // The page lists PutObject, PostObject, PutObjectACL, PutBucket, PutBucketACL, AppendObject and Initiate
    // Multipart Upload; of those, this project grants the two below.
    actions: ["PutObject", "InitiateMultipartUpload"],
    from: { header: "x-cos-acl" },
    source: COS_CONDITIONS_PAGE,
  },
  "cos:content-length": {
    key: "cos:content-length",
    actions: ["PutObject"],
    // UploadPart carries a body and a required Content-Length, but the page names no action beyond its examples,
    // and Tencent's STS samples say the size limit holds for simple uploads: bounded only `_if_exist`, the whole
    // object's size is the post-upload check's.
    ifExistActions: ["UploadPart"],
    from: { header: "content-length" },
    source: COS_CONDITIONS_PAGE,
    note:
      '"This request header has a wide applicable scope, typically requests with request bodies": PutObject (the ' +
      "46206 examples) and UploadPart carry the body and a required Content-Length (https://www.tencentcloud.com/document/product/436/7750)",
  },
  "cos:content-type": {
    key: "cos:content-type",
    actions: ["PutObject", "InitiateMultipartUpload"],
    from: { header: "content-type" },
    source: COS_CONDITIONS_PAGE,
    note:
      '"applicable to upload requests (such as PutObject) that need to use the request header Content-Type"; Initiate ' +
      "Multipart Upload takes the object's Content-Type (https://www.tencentcloud.com/document/api/436/7746)",
  },
} as const satisfies Record<string, ConditionKeyRule>;

/** A registered condition key. */
export type ConditionKeyName = keyof typeof CONDITION_KEY_RULES;

/**
 * The condition operators the policies use, as the Conditions page defines them (string ones case-sensitive;
 * `string_like` with `*` wildcards). The operators table does not list `bool_equal`, but the condition-key examples
 * use it for the Boolean key `cos:secure-transport` (https://www.tencentcloud.com/document/product/436/46206,
 * "Allowing only HTTPS requests").
 */
const CONDITION_OPERATORS = [
  "string_equal",
  "string_not_equal",
  "string_like",
  "numeric_less_than_equal",
  "bool_equal",
] as const;

/**
 * `_if_exist` after an operator: true when the request lacks the key; without it, a condition on an absent key is
 * false ("Condition Operators" > "_if_exist", {@link COS_CONDITIONS_PAGE}).
 */
export const IF_EXIST_SUFFIX = "_if_exist";

/**
 * Whether a page states that COS evaluates `key` for `action` (such as `name/cos:PutObject`), by the registry; with
 * `ifExist`, also whether a condition with `_if_exist` may name it there ({@link ConditionKeyRule.ifExistActions}).
 */
export function conditionKeyApplies(key: string, action: string, ifExist = false): boolean {
  const rule = (CONDITION_KEY_RULES as Readonly<Record<string, ConditionKeyRule>>)[key];
  if (rule === undefined) {
    return false;
  }
  const named = (names: readonly CosActionName[] | undefined) =>
    (names ?? []).some((name) => `name/cos:${name}` === action);
  return rule.actions === "all" || named(rule.actions) || (ifExist && named(rule.ifExistActions));
}

/** Whether `action` is a registered COS action. */
function isRegisteredAction(name: string): boolean {
  return Object.values(COS_ACTION_RULES).some((rule) => rule.action === name);
}

/**
 * What a statement uses that the registry does not document: an unregistered action, an operator not listed, or a
 * condition key on an action it does not apply to. Empty when everything is documented.
 */
export function undocumentedUses(statement: PolicyStatement): string[] {
  const problems: string[] = [];
  for (const name of statement.action) {
    if (name.startsWith("name/cos:") && !isRegisteredAction(name)) {
      problems.push(`the action ${name} is not registered`);
    }
  }
  for (const [operator, byKey] of Object.entries(statement.condition ?? {}) as [string, Record<string, unknown>][]) {
    const base = operator.endsWith(IF_EXIST_SUFFIX) ? operator.slice(0, -IF_EXIST_SUFFIX.length) : operator;
    if (!(CONDITION_OPERATORS as readonly string[]).includes(base)) {
      problems.push(`the operator ${operator} is not registered`);
    }
    for (const key of Object.keys(byKey)) {
      for (const name of statement.action.filter((a) => a.startsWith("name/cos:"))) {
        if (!conditionKeyApplies(key, name, base !== operator)) {
          problems.push(`${key} is not documented for ${name}`);
        }
      }
    }
  }
  return problems;
}

/** Throws, naming every problem, when a COS policy uses what the registry does not document. */
export function assertDocumented(document: PolicyDocument): PolicyDocument {
  const problems = document.statement.flatMap(undocumentedUses);
  if (problems.length > 0) {
    throw new Error(`a policy uses cloud behaviour no Tencent page documents: ${[...new Set(problems)].join("; ")}`);
  }
  return document;
}
