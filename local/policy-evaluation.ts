/**
 * CAM's decision for one request against one policy document, as the local COS endpoint needs it.
 *
 * Semantics follow CAM: a statement applies when its action, resource and every condition match; an applicable
 * `deny` wins over everything, otherwise an applicable `allow` allows, otherwise the request is implicitly denied.
 * A condition on a key the request does not carry is false, so the statement does not apply; the same operator with
 * `_if_exist` appended is true then (https://www.tencentcloud.com/document/product/436/46205, "_if_exist"). Several
 * values for one key match when any of them does. Which keys a request carries is the caller's to say: the local
 * COS offers exactly those `policy/cloud-rules.ts` registers for the action.
 */
import { IF_EXIST_SUFFIX, PolicyDocument, PolicyStatement } from "../policy";

/** What CAM looks at in a request. */
export interface AuthorizationRequest {
  /** Such as `name/cos:PutObject`. */
  readonly action: string;
  /** Such as `qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/a.png`. */
  readonly resource: string;
  /** Condition keys the request carries, such as `cos:content-length`; an absent key is `undefined`. */
  readonly conditionKeys: Readonly<Record<string, string | undefined>>;
}

/** The outcome: only `allow` lets the request through. */
export type Decision = "allow" | "explicit-deny" | "implicit-deny";

/** Decides `request` against `document`. Throws for a condition operator it does not know, rather than guessing. */
export function evaluatePolicy(document: PolicyDocument, request: AuthorizationRequest): Decision {
  const applicable = document.statement.filter((statement) => statementApplies(statement, request));
  if (applicable.some((statement) => statement.effect.toLowerCase() === "deny")) {
    return "explicit-deny";
  }
  return applicable.some((statement) => statement.effect.toLowerCase() === "allow") ? "allow" : "implicit-deny";
}

/** Whether `value` matches a CAM pattern in which `*` stands for any run of characters, `/` included. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`, "s").test(value);
}

function statementApplies(statement: PolicyStatement, request: AuthorizationRequest): boolean {
  return (
    statement.action.some((pattern) => wildcardMatch(pattern, request.action)) &&
    (statement.resource ?? []).some((pattern) => wildcardMatch(pattern, request.resource)) &&
    conditionsMatch(statement.condition ?? {}, request.conditionKeys)
  );
}

type Operator = (actual: string, expected: unknown) => boolean;

const OPERATORS: Readonly<Record<string, Operator>> = {
  numeric_less_than_equal: (actual, expected) =>
    /^\d+$/.test(actual) && listOf(expected).some((bound) => Number(actual) <= Number(bound)),
  string_like: (actual, expected) => listOf(expected).some((pattern) => wildcardMatch(String(pattern), actual)),
  string_equal: (actual, expected) => listOf(expected).some((value) => String(value) === actual),
  string_not_equal: (actual, expected) => listOf(expected).every((value) => String(value) !== actual),
  bool_equal: (actual, expected) => listOf(expected).some((value) => String(value).toLowerCase() === actual),
};

function conditionsMatch(condition: object, keys: AuthorizationRequest["conditionKeys"]): boolean {
  return Object.entries(condition).every(([name, byKey]: [string, Record<string, unknown>]) => {
    const ifExist = name.endsWith(IF_EXIST_SUFFIX);
    const operator = OPERATORS[ifExist ? name.slice(0, -IF_EXIST_SUFFIX.length) : name];
    if (operator === undefined) {
      throw new Error(`the local COS endpoint does not evaluate condition operator ${JSON.stringify(name)}`);
    }
    return Object.entries(byKey).every(([key, expected]) => {
      const actual = keys[key];
      if (actual === undefined || actual === "") {
        return ifExist;
      }
      return operator(actual, expected);
    });
  });
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}
