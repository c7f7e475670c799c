/** The key service's configuration as a stack synthesizes it, and the policies it issues, for property tests. */
import { parseConfig, ServiceConfig } from "../../lambda/key-service/config";
import { grantFor } from "../../lambda/key-service/grant";
import { ServiceError } from "../../lambda/shared/service-error";
import { PolicyDocument, TRANSFER_SCOPES, TransferScope } from "../../policy";
import { seededRandom } from "./random";
import { resourcesOf, TerraformJson } from "./synth";

/**
 * The key service's configuration from the variables the stack gives its function. Terraform fills the secret at
 * deploy and SCF the function's keys at run time; any valid values serve here. The token secret does not shape
 * policies: where the function reads it from Secrets Manager, the name stands as it is. `overrides` replace variables.
 */
export function synthesizedKeyServiceConfig(
  json: TerraformJson,
  overrides: Readonly<Record<string, string>> = {},
): ServiceConfig {
  const fn = resourcesOf(json, "tencentcloud_scf_function").find((f) => String(f.name).endsWith("-key-service"))!;
  const variables: Record<string, string> = {
    ...(fn.environment as Record<string, string>),
    TENCENTCLOUD_SECRETID: "AKIDproperty",
    TENCENTCLOUD_SECRETKEY: "property",
  };
  if (variables.AUTH_JWT_SECRET_NAME === undefined) {
    variables.AUTH_JWT_SECRET = "x".repeat(32);
  }
  return parseConfig({ ...variables, ...overrides });
}

/** What {@link issuedPolicies} generates. */
export interface PolicyCases {
  readonly seed: number;
  readonly count: number;
  /** Drawn from for uploads; `undefined` in it asks for no content type. */
  readonly contentTypes: readonly (string | undefined)[];
  /** The caller of case `i`, drawn before its scope. */
  readonly subject: (i: number, next: () => number) => string;
  /** The extension of a case, drawn after its content type; `undefined` sends none. */
  readonly ext: (next: () => number) => string | undefined;
}

/** One generated request. */
export interface PolicyCase {
  readonly case: number;
  readonly subject: string;
  readonly scope: TransferScope;
  readonly contentType: string | undefined;
  readonly ext: string | undefined;
}

/**
 * `count` generated requests and the policy each issued key carries, the same for the same seed; a refusal is
 * skipped, provided it is one the service means (a ServiceError).
 */
export function* issuedPolicies(
  config: ServiceConfig,
  cases: PolicyCases,
): Generator<{ readonly request: PolicyCase; readonly policy: PolicyDocument }> {
  const next = seededRandom(cases.seed);
  for (let i = 0; i < cases.count; i += 1) {
    const subject = cases.subject(i, next);
    const scope = TRANSFER_SCOPES[Math.floor(next() * TRANSFER_SCOPES.length)];
    const contentType =
      scope === "upload" ? cases.contentTypes[Math.floor(next() * cases.contentTypes.length)] : undefined;
    const ext = cases.ext(next);
    let policy: PolicyDocument;
    try {
      const grant = grantFor(config, subject, {
        scope,
        ...(contentType === undefined ? {} : { contentType }),
        ...(ext === undefined ? {} : { ext }),
      });
      policy = JSON.parse(decodeURIComponent(grant.policy)) as PolicyDocument;
    } catch (error) {
      expect(error).toBeInstanceOf(ServiceError);
      continue;
    }
    yield { request: { case: i, subject, scope, contentType, ext }, policy };
  }
}
