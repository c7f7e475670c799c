/** What a verified caller gets: their own prefix, and a session policy confined to it. */
import { callerPrefix, contentTypeAllowed, encodeSessionPolicy, subjectProblem, transferPolicy } from "../policy";
import { ServiceConfig } from "./config";
import { ServiceError } from "./service-error";
import { AssumeRoleInput } from "./sts";
import { TransferRequest } from "./transfer-request";

/** One caller's grant. */
export interface Grant extends AssumeRoleInput {
  /** The caller's key prefix, such as `uploads/alice/`. */
  readonly prefix: string;
  /** Callers asking for the same grant can share a key. */
  readonly cacheKey: string;
}

/**
 * Scopes a request to its caller. A caller id that is not one safe path segment is refused (403), never rewritten,
 * so two callers can never share a folder. The scope must be one the service issues (403). A `contentType` must be
 * allowed (403) and narrows the key to exactly it.
 */
export function grantFor(
  config: Pick<ServiceConfig, "location" | "prefixTemplate" | "allowedScopes" | "limits">,
  subject: string,
  request: TransferRequest,
): Grant {
  if (!config.allowedScopes.includes(request.scope)) {
    throw new ServiceError(403, "ScopeNotAllowed", `this service issues keys for ${config.allowedScopes.join(", ")} only`);
  }
  const problem = subjectProblem(subject);
  if (problem !== undefined) {
    throw new ServiceError(403, "CallerNotAllowed", `the token's sub ${problem}`);
  }
  const { allowedContentTypes } = config.limits;
  const { contentType } = request;
  if (contentType !== undefined && allowedContentTypes?.length && !contentTypeAllowed(contentType, allowedContentTypes)) {
    throw new ServiceError(403, "ContentTypeNotAllowed", `contentType must match one of ${allowedContentTypes.join(", ")}`);
  }
  const prefix = callerPrefix(config.prefixTemplate, subject);
  const policy = transferPolicy({
    location: config.location,
    prefix,
    scopes: [request.scope],
    maxUploadBytes: config.limits.maxUploadBytes,
    allowedContentTypes: contentType === undefined ? allowedContentTypes : [contentType],
  });
  return {
    prefix,
    policy: encodeSessionPolicy(policy),
    sessionName: roleSessionName(subject),
    cacheKey: `${request.scope} ${contentType ?? "*"} ${subject}`,
  };
}

/** STS's `RoleSessionName`: 2 to 128 of `[\w+=,.@-]`. Ids are already safe segments; only `|` needs replacing. */
export function roleSessionName(subject: string): string {
  return subject.replace(/[^\w+=,.@-]/g, "_").slice(0, 128).padEnd(2, "_");
}
