/**
 * Property: whatever the key service hands STS is within the upload role's policy that the stack attaches, for every
 * environment, caller, scope and content type. The service is configured from the very variables the stack sets
 * on the function, so a change on either side that lets them drift apart (a new action, another prefix, a looser
 * condition, a scope the role lacks) fails here instead of as AccessDenied in production. Every issued policy must
 * also require HTTPS on every statement, keep objects private on every statement that can set an ACL, and name at
 * most one exact content type (issue 8). In object mode (issue 11) every upload key names exactly one resource, the
 * object the service chose under the caller's prefix, while staying within the same role policy. Every environment
 * is checked in both key modes, as a fork may set either (issue 15).
 */
import { ENVIRONMENTS } from "../../config/environments";
import { grantFor } from "../../lambda/key-service/grant";
import {
  contentTypeAllowed,
  isContentType,
  KEY_MODES,
  PolicyDocument,
  PolicyStatement,
  PRIVATE_OBJECT_ACLS,
  TRANSFER_SCOPES,
} from "../../policy";
import { ServiceError } from "../../lambda/shared/service-error";
import { issuedPolicies, synthesizedKeyServiceConfig } from "../helpers/issued-policies";
import { resourcesOf, synthJson } from "../helpers/synth";
import { seededRandom } from "../helpers/random";

const SUBJECT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@|=+-";
const CONTENT_TYPES = [
  undefined,
  "image/png",
  "image/jpeg",
  "image/svg+xml",
  "video/mp4",
  "text/plain",
  "text/html",
  "application/pdf",
];

/** Actions we grant whose requests may carry `x-cos-acl` (`policy/cloud-rules.ts`). */
const ACL_ACTIONS = ["name/cos:PutObject", "name/cos:InitiateMultipartUpload"];

function subjectOf(next: () => number): string {
  const length = 1 + Math.floor(next() * 64);
  return Array.from({ length }, () => SUBJECT_CHARS[Math.floor(next() * SUBJECT_CHARS.length)]).join("");
}

/** Whether statement `inner` grants nothing that `outer` does not. */
function within(inner: PolicyStatement, outer: PolicyStatement): boolean {
  const actions = inner.action.every((action) => outer.action.includes(action));
  const resources = (inner.resource ?? []).every((r) =>
    (outer.resource ?? []).some((o) => o.endsWith("*") && r.startsWith(o.slice(0, -1))),
  );
  const outerSize = outer.condition?.numeric_less_than_equal?.["cos:content-length"];
  const innerSize = inner.condition?.numeric_less_than_equal?.["cos:content-length"];
  const size = outerSize === undefined || (innerSize !== undefined && innerSize <= outerSize);
  const outerTypes = outer.condition?.string_like?.["cos:content-type"];
  const innerTypes = [
    ...(inner.condition?.string_like?.["cos:content-type"] ?? []),
    ...(inner.condition?.string_equal?.["cos:content-type"] !== undefined
      ? [inner.condition.string_equal["cos:content-type"]]
      : []),
  ];
  const types =
    outerTypes === undefined ||
    (innerTypes.length > 0 && innerTypes.every((type) => contentTypeAllowed(type.replace(/\/\*$/, "/x"), outerTypes)));
  const transport =
    outer.condition?.bool_equal === undefined ||
    inner.condition?.bool_equal?.["cos:secure-transport"] === outer.condition.bool_equal["cos:secure-transport"];
  const outerAcls = outer.condition?.string_equal_if_exist?.["cos:x-cos-acl"];
  const innerAcls = inner.condition?.string_equal_if_exist?.["cos:x-cos-acl"];
  const acl = outerAcls === undefined || (innerAcls !== undefined && innerAcls.every((a) => outerAcls.includes(a)));
  return actions && resources && size && types && transport && acl;
}

const EXTENSIONS = [undefined, "jpg", "png", "mp4", "a", "z9z9z9z9z9"];

/** What is wrong with an object-mode upload policy for `key`, or `undefined`. */
function objectModeProblem(
  policy: PolicyDocument,
  key: string | undefined,
  prefix: string,
  bucketResource: string,
): string | undefined {
  if (
    key === undefined ||
    !/^\d{4}\/\d{2}\/\d{2}\/[A-Za-z0-9_-]{22}\.[a-z0-9]{1,10}$/.test(key.slice(prefix.length)) ||
    !key.startsWith(prefix)
  ) {
    return `names no new object under ${prefix}: ${String(key)}`;
  }
  for (const statement of policy.statement) {
    if (JSON.stringify(statement.resource) !== JSON.stringify([`${bucketResource}${key}`])) {
      return `does not name exactly the object: ${JSON.stringify(statement.resource)}`;
    }
    if (statement.action.includes("name/cos:PostObject")) {
      return "grants a form upload";
    }
  }
  return hardeningProblemOf(policy);
}

function hardeningProblemOf(policy: PolicyDocument): string | undefined {
  return policy.statement.map(hardeningProblem).find((problem) => problem !== undefined);
}

/** What is wrong with one statement of an issued policy under issue 8's rules, or `undefined`. */
function hardeningProblem(statement: PolicyStatement): string | undefined {
  if (statement.condition?.bool_equal?.["cos:secure-transport"] !== "true") {
    return "does not require HTTPS";
  }
  if (statement.action.some((action) => ACL_ACTIONS.includes(action))) {
    const acls = statement.condition?.string_equal_if_exist?.["cos:x-cos-acl"];
    if (acls === undefined || acls.length === 0 || !acls.every((a) => PRIVATE_OBJECT_ACLS.includes(a))) {
      return "may set a non-private ACL";
    }
  }
  if (statement.condition?.string_like?.["cos:content-type"] !== undefined) {
    return "has a content-type pattern list";
  }
  const exact: unknown = statement.condition?.string_equal?.["cos:content-type"];
  if (exact !== undefined && (typeof exact !== "string" || !isContentType(exact))) {
    return `has a content-type condition that is not one exact type: ${JSON.stringify(exact)}`;
  }
  if (statement.action.includes("name/cos:PostObject")) {
    return "grants a form upload (PostObject)";
  }
  return undefined;
}

/** Every environment as written and in the other key mode, as a fork might set it. */
const ENVIRONMENTS_IN_EVERY_MODE = Object.values(ENVIRONMENTS).flatMap((environment) =>
  KEY_MODES.map((keyMode) => ({ ...environment, keyMode })),
);

describe.each(ENVIRONMENTS_IN_EVERY_MODE)("in $name, $keyMode mode", (environment) => {
  const json = synthJson(environment);
  const config = synthesizedKeyServiceConfig(json);
  const ceilingPolicy = resourcesOf(json, "tencentcloud_cam_policy").find((p) =>
    String(p.name).endsWith("-upload-transfer"),
  );
  const ceiling = JSON.parse(String(ceilingPolicy?.document)) as PolicyDocument;

  /** 1000 generated requests (callers, scopes, content types, extensions: object mode requires one). */
  const generated = (seed: number): ReturnType<typeof issuedPolicies> =>
    issuedPolicies(config, {
      seed,
      count: 1000,
      contentTypes: CONTENT_TYPES,
      subject: (_i, next) => subjectOf(next),
      ext: (next) => EXTENSIONS[Math.floor(next() * EXTENSIONS.length)],
    });

  test("every key the service can issue is within the upload role's policy", () => {
    let issued = 0;
    for (const { request, policy } of generated(environment.name.length)) {
      issued += 1;
      for (const statement of policy.statement) {
        if (!ceiling.statement.some((outer) => within(statement, outer))) {
          throw new Error(`${JSON.stringify({ ...request, statement })} exceeds the role`);
        }
      }
    }
    expect(issued).toBeGreaterThan(100);
  });

  test("every key the service can issue requires HTTPS, keeps objects private and names at most one exact type", () => {
    let issued = 0;
    for (const { request, policy } of generated(environment.name.length + 1)) {
      issued += 1;
      for (const statement of policy.statement) {
        const problem = hardeningProblem(statement);
        if (problem !== undefined) {
          throw new Error(`${JSON.stringify({ ...request, statement })} ${problem}`);
        }
      }
    }
    expect(issued).toBeGreaterThan(100);
  });

  test("the upload role's policy requires HTTPS on every statement and keeps objects private", () => {
    for (const statement of ceiling.statement) {
      expect(statement.condition?.bool_equal).toEqual({ "cos:secure-transport": "true" });
      if (statement.action.some((action) => ACL_ACTIONS.includes(action))) {
        expect(statement.condition?.string_equal_if_exist).toEqual({ "cos:x-cos-acl": [...PRIVATE_OBJECT_ACLS] });
      }
      if (statement.condition?.string_like !== undefined) {
        expect(statement.action).not.toContain("name/cos:PostObject");
      }
    }
  });

  test("every object-mode key is for one object the service named, and is within the upload role's policy", () => {
    const objectConfig = synthesizedKeyServiceConfig(json, { KEY_MODE: "object" });
    const bucketResource = `qcs::cos:${objectConfig.location.region}:uid/${objectConfig.location.appId}:${objectConfig.location.bucket}/`;
    const next = seededRandom(environment.name.length + 2);
    let uploads = 0;
    for (let i = 0; i < 1000; i += 1) {
      const subject = subjectOf(next);
      const scope = TRANSFER_SCOPES[Math.floor(next() * TRANSFER_SCOPES.length)];
      const contentType = scope === "upload" ? CONTENT_TYPES[Math.floor(next() * CONTENT_TYPES.length)] : undefined;
      const ext = EXTENSIONS[Math.floor(next() * EXTENSIONS.length)];
      let grant: ReturnType<typeof grantFor>;
      try {
        grant = grantFor(objectConfig, subject, {
          scope,
          ...(contentType === undefined ? {} : { contentType }),
          ...(ext === undefined ? {} : { ext }),
        });
      } catch (error) {
        expect(error).toBeInstanceOf(ServiceError);
        continue;
      }
      const policy = JSON.parse(decodeURIComponent(grant.policy)) as PolicyDocument;
      const problem =
        scope === "upload"
          ? objectModeProblem(policy, grant.key, grant.prefix, bucketResource)
          : hardeningProblemOf(policy);
      const outside = policy.statement.find(
        (statement) => !ceiling.statement.some((outer) => within(statement, outer)),
      );
      if (problem !== undefined || outside !== undefined) {
        throw new Error(
          `case ${i}: ${JSON.stringify({ subject, scope, contentType, ext, key: grant.key, outside })} ${problem ?? "exceeds the role"}`,
        );
      }
      if (grant.key !== undefined) {
        // Its renewal (the ticket's claims, as the handler opens them) grants exactly the same again.
        const renewal = grantFor(objectConfig, subject, { scope, uploadTicket: "ticket" }, undefined, {
          key: grant.key,
          issuedAt: 0,
          ...(grant.contentType === undefined ? {} : { contentType: grant.contentType }),
        });
        expect({ key: renewal.key, policy: renewal.policy }).toEqual({ key: grant.key, policy: grant.policy });
      }
      uploads += scope === "upload" ? 1 : 0;
    }
    expect(uploads).toBeGreaterThan(100);
  });

  test("every object-mode key is within the upload role's policy of the same environment in object mode", () => {
    const objectJson = synthJson({ ...environment, keyMode: "object" });
    const objectCeiling = JSON.parse(
      String(
        resourcesOf(objectJson, "tencentcloud_cam_policy").find((p) => String(p.name).endsWith("-upload-transfer"))
          ?.document,
      ),
    ) as PolicyDocument;
    const objectConfig = synthesizedKeyServiceConfig(json, { KEY_MODE: "object" });
    const next = seededRandom(environment.name.length + 3);
    let issued = 0;
    for (let i = 0; i < 1000; i += 1) {
      const scope = TRANSFER_SCOPES[Math.floor(next() * TRANSFER_SCOPES.length)];
      const contentType = scope === "upload" ? CONTENT_TYPES[Math.floor(next() * CONTENT_TYPES.length)] : undefined;
      let policy: PolicyDocument;
      try {
        const grant = grantFor(objectConfig, subjectOf(next), {
          scope,
          ...(contentType === undefined ? {} : { contentType }),
          ext: "jpg",
        });
        policy = JSON.parse(decodeURIComponent(grant.policy)) as PolicyDocument;
      } catch (error) {
        expect(error).toBeInstanceOf(ServiceError);
        continue;
      }
      issued += 1;
      for (const statement of policy.statement) {
        if (!objectCeiling.statement.some((candidate) => within(statement, candidate))) {
          throw new Error(`case ${i}: ${JSON.stringify(statement)} exceeds the object-mode role`);
        }
      }
    }
    expect(issued).toBeGreaterThan(100);
  });

  test("the service refuses exactly the scopes the role lacks", () => {
    const roleActions = ceiling.statement.flatMap((s) => s.action);
    for (const scope of TRANSFER_SCOPES) {
      const allowed = config.allowedScopes.includes(scope);
      expect(allowed).toBe(roleActions.includes(scope === "upload" ? "name/cos:PutObject" : "name/cos:GetObject"));
    }
  });
});
