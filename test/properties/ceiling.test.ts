/**
 * Property: whatever the key service hands STS is within the upload role's policy that the stack attaches, for every
 * environment, caller, scope and content type. The service is configured from the very variables the stack sets
 * on the function, so a change on either side that lets them drift apart (a new action, another prefix, a looser
 * condition, a scope the role lacks) fails here instead of as AccessDenied in production.
 */
import { ENVIRONMENTS } from "../../config/environments";
import { parseConfig } from "../../lambda/config";
import { grantFor } from "../../lambda/grant";
import { contentTypeAllowed, PolicyDocument, PolicyStatement, TRANSFER_SCOPES } from "../../policy";
import { ServiceError } from "../../lambda/service-error";
import { resourcesOf, synthJson } from "../helpers/synth";
import { seededRandom } from "../helpers/random";

const SUBJECT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@|=+-";
const CONTENT_TYPES = [undefined, "image/png", "image/jpeg", "video/mp4", "text/plain", "application/pdf"];

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
  const exactType = inner.condition?.string_equal?.["cos:content-type"];
  const innerTypes = inner.condition?.string_like?.["cos:content-type"] ?? (exactType === undefined ? undefined : [exactType]);
  const types =
    outerTypes === undefined ||
    (innerTypes !== undefined && innerTypes.every((type) => contentTypeAllowed(type.replace(/\/\*$/, "/x"), outerTypes)));
  return actions && resources && size && types;
}

describe.each(Object.values(ENVIRONMENTS))("in $name", (environment) => {
  const json = synthJson(environment);
  const [fn] = resourcesOf(json, "tencentcloud_scf_function");
  const variables = { ...(fn.environment as Record<string, string>) };
  // Terraform fills these at deploy and SCF at run time; any valid values serve here.
  variables.AUTH_JWT_SECRET = "x".repeat(32);
  variables.TENCENTCLOUD_SECRETID = "AKIDproperty";
  variables.TENCENTCLOUD_SECRETKEY = "property";
  const config = parseConfig(variables);
  const ceilingPolicy = resourcesOf(json, "tencentcloud_cam_policy").find((p) => String(p.name).endsWith("-upload-transfer"));
  const ceiling = JSON.parse(String(ceilingPolicy?.document)) as PolicyDocument;

  test("every key the service can issue is within the upload role's policy", () => {
    const next = seededRandom(environment.name.length);
    let issued = 0;
    for (let i = 0; i < 500; i += 1) {
      const subject = subjectOf(next);
      const scope = TRANSFER_SCOPES[Math.floor(next() * TRANSFER_SCOPES.length)];
      const contentType = scope === "upload" ? CONTENT_TYPES[Math.floor(next() * CONTENT_TYPES.length)] : undefined;
      let policy: PolicyDocument;
      try {
        const grant = grantFor(config, subject, contentType === undefined ? { scope } : { scope, contentType });
        policy = JSON.parse(decodeURIComponent(grant.policy)) as PolicyDocument;
      } catch (error) {
        // A refusal grants nothing; only refusals the service means are acceptable.
        expect(error).toBeInstanceOf(ServiceError);
        continue;
      }
      issued += 1;
      for (const statement of policy.statement) {
        const contained = ceiling.statement.some((outer) => within(statement, outer));
        if (!contained) {
          throw new Error(`case ${i}: ${JSON.stringify({ subject, scope, contentType, statement })} exceeds the role`);
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
