/** The key service: parse → authenticate → scope → call STS → respond. Each step is a pure helper beside this file. */
import { createCallerVerifier } from "./auth";
import { CredentialCache } from "./cache";
import { ServiceConfig } from "./config";
import { corsHeaders, preflightHeaders } from "./cors";
import { errorResponse, HttpRequest, jsonResponse, normaliseEvent, requestIdOf, ScfContext, ScfResponse } from "./event";
import { Grant, grantFor } from "./grant";
import { IssuanceLimiter } from "./issuance-limit";
import { ServiceError } from "./service-error";
import { SsmFailure } from "./ssm";
import { createAssumeRole, StsFailure, TemporaryCredentials } from "./sts";
import { MisconfiguredError } from "./tencent-api";
import { parseTransferRequest } from "./transfer-request";

/** An SCF event function answering HTTP events. It never throws: every failure becomes a JSON error. */
export type Handler = (event: unknown, context?: ScfContext) => Promise<ScfResponse>;

/** The one log line written per request. Never keys, tokens or the caller's JWT. */
export interface RequestLog {
  requestId: string;
  method?: string;
  status?: number;
  /** `issued`, `cached`, `preflight` or the error code. */
  outcome?: string;
  sub?: string;
  scope?: string;
  /** Object mode: the object the key was issued for (a name, not a secret). */
  objectKey?: string;
  stsRequestId?: string;
  stsCode?: string;
  /** What Secrets Manager said when the token secret could not be read. */
  ssmCode?: string;
  ssmRequestId?: string;
  /** For 503 `ServiceMisconfigured`: the variable at fault. */
  problem?: string;
  latencyMs?: number;
}

/** The 200 body, Tencent's standard STS body at the root level, plus where the caller's objects go. */
export interface CredentialsBody {
  readonly credentials: { readonly tmpSecretId: string; readonly tmpSecretKey: string; readonly sessionToken: string };
  /** Unix seconds, the server's clock. */
  readonly startTime: number;
  /** Unix seconds. */
  readonly expiredTime: number;
  /** ISO 8601. */
  readonly expiration: string;
  readonly requestId: string;
  readonly bucket: string;
  readonly region: string;
  /** The caller's prefix, such as `uploads/alice/`. */
  readonly allowPrefix: string;
  /**
   * Object mode, uploads: the one object this key may create, such as `uploads/alice/2026/12/01/<id>.jpg`; upload to
   * exactly this key with `x-cos-forbid-overwrite: true`.
   */
  readonly key?: string;
}

/** The body Tencent's SDKs parse unmodified (Android `SessionCredentialProvider`, JS `getAuthorization`). */
export function credentialsBody(issued: TemporaryCredentials, grant: Grant, config: Pick<ServiceConfig, "location">): CredentialsBody {
  return {
    credentials: { tmpSecretId: issued.tmpSecretId, tmpSecretKey: issued.tmpSecretKey, sessionToken: issued.sessionToken },
    // The server's clock, not the key's issue time: clients use it to correct their own clock when signing.
    startTime: Math.floor(Date.now() / 1000),
    expiredTime: issued.expiredTime,
    expiration: issued.expiration,
    requestId: issued.requestId,
    bucket: config.location.bucket,
    region: config.location.region,
    allowPrefix: grant.prefix,
    ...(grant.key === undefined ? {} : { key: grant.key }),
  };
}

/**
 * Builds the handler once per instance: token verifier, STS client with keep-alive, key cache (prefix mode), and the
 * bound on each caller's STS calls (cache hits are free; in object mode every upload key is one STS call).
 */
export function createHandler(config: ServiceConfig): Handler {
  const verifyCaller = createCallerVerifier(config.auth);
  const assumeRole = createAssumeRole(config.sts);
  const cache = new CredentialCache<TemporaryCredentials>();
  const limiter = new IssuanceLimiter(config.maxKeysPerCallerPerMinute);

  async function issue(request: HttpRequest, cors: Record<string, string>, log: RequestLog): Promise<ScfResponse> {
    const transfer = parseTransferRequest(request);
    log.scope = transfer.scope;
    const subject = await verifyCaller(request.headers.authorization);
    log.sub = subject.slice(0, 256);
    const grant = grantFor(config, subject, transfer);
    log.objectKey = grant.key;
    const issueNew = async (): Promise<TemporaryCredentials> => {
      limiter.take(subject);
      return assumeRole(grant);
    };
    // Object mode: every key is for a new object, so none is ever reused.
    const { value, cached } =
      grant.cacheKey === undefined ? { value: await issueNew(), cached: false } : await cache.get(grant.cacheKey, issueNew, subject);
    log.outcome = cached ? "cached" : "issued";
    log.stsRequestId = value.requestId;
    return jsonResponse(200, credentialsBody(value, grant, config), cors);
  }

  return async (event, context) => {
    const started = Date.now();
    const log: RequestLog = { requestId: requestIdOf(context) };
    let cors: Record<string, string> = {};
    let response: ScfResponse;
    try {
      const request = normaliseEvent(event);
      log.method = request.method;
      cors = corsHeaders(request.headers.origin, config.allowedOrigins);
      if (request.method === "OPTIONS") {
        response = jsonResponse(204, undefined, preflightHeaders(request.headers.origin, config.allowedOrigins));
        log.outcome = "preflight";
      } else {
        response = await issue(request, cors, log);
      }
    } catch (error) {
      if (!(error instanceof ServiceError)) {
        // A bug rather than a refusal: its stack goes to the log, and the caller learns nothing of it.
        console.error(error);
      }
      const failure = error instanceof ServiceError ? error : new ServiceError(500, "InternalError", "the key service failed unexpectedly");
      if (failure instanceof StsFailure) {
        log.stsCode = failure.stsCode;
        log.stsRequestId = failure.stsRequestId;
      } else if (failure instanceof SsmFailure) {
        log.ssmCode = failure.ssmCode;
        log.ssmRequestId = failure.ssmRequestId;
      } else if (failure instanceof MisconfiguredError) {
        log.problem = failure.problem;
      }
      log.outcome = failure.code;
      response = errorResponse(failure, log.requestId, cors);
    }
    log.status = response.statusCode;
    log.latencyMs = Date.now() - started;
    console.log(JSON.stringify(log));
    return response;
  };
}
