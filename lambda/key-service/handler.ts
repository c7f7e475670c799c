/** The key service: parse → authenticate → scope → call STS → respond. Each step is a pure helper beside this file. */
import { createCallerVerifier } from "./auth";
import { CredentialCache } from "./cache";
import { callerHash } from "../shared/caller-hash";
import { ServiceConfig } from "./config";
import { corsHeaders, preflightHeaders } from "./cors";
import {
  errorResponse,
  HttpRequest,
  jsonResponse,
  normaliseEvent,
  requestIdOf,
  ScfContext,
  ScfResponse,
} from "./event";
import { Grant, grantFor, isRenewal } from "./grant";
import { IssuanceLimiter } from "./issuance-limit";
import { ServiceError } from "../shared/service-error";
import { SsmFailure } from "../shared/ssm";
import { createAssumeRole, StsFailure, TemporaryCredentials } from "./sts";
import { MisconfiguredError } from "../shared/tencent-api";
import { parseTransferRequest } from "./transfer-request";
import { createTicketKeyReader, openUploadTicket, signUploadTicket, UploadTicketClaims } from "./upload-ticket";

/** An SCF event function answering HTTP events. It never throws: every failure becomes a JSON error. */
export type Handler = (event: unknown, context?: ScfContext) => Promise<ScfResponse>;

/**
 * The one log line written per request. Never keys, tokens, upload tickets, the caller's JWT or its `sub` (see
 * {@link callerHash}).
 */
export interface RequestLog {
  requestId: string;
  method?: string;
  status?: number;
  /** `issued`, `renewed` (object mode, with an upload ticket), `cached`, `preflight` or the error code. */
  outcome?: string;
  /** The error's code when the request failed (the `code` of the JSON error body). */
  errorCode?: string;
  /** The verified caller as {@link callerHash}: lines of one caller group together without naming them. */
  caller?: string;
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
  /** Whether the key came from the instance's cache (no STS call); absent when no key was looked up. */
  cacheHit?: boolean;
  /** Time spent in the STS call, in ms; absent when none was made. */
  stsMs?: number;
  /** Time from the event to the response, in ms. */
  durationMs?: number;
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
   * Object mode, uploads: the one object this key may write, such as `uploads/alice/2026/12/01/<id>.jpg`; upload to
   * exactly this key.
   */
  readonly key?: string;
  /**
   * Object mode, uploads: send it back as `uploadTicket` for a fresh key for the same `key` when an upload outlives
   * its key. Opaque; the same for every renewal of one upload.
   */
  readonly uploadTicket?: string;
}

/**
 * The 200 body with `stsVersion=3`: STS API 3.0's `AssumeRole` answer as Android's `StsVersion.VERSION_3` parser reads
 * it (`SessionCredentialProvider.parseStandardSTS3JsonResponse` in tencentyun/qcloud-sdk-android,
 * QCloudFoundation/foundation/src/main/java/com/tencent/qcloud/core/auth/SessionCredentialProvider.java at commit
 * 252230a0a30bc16fcd797e908001d0b47756a462): `Response.Credentials.{TmpSecretId,TmpSecretKey,Token}` and
 * `Response.ExpiredTime`, nothing else. That parser takes the key's start from the device clock; `StartTime` is
 * the server's clock, for apps that correct theirs. The rest is this service's own, in STS 3.0's case.
 */
export interface Sts3CredentialsBody {
  readonly Response: {
    readonly Credentials: { readonly TmpSecretId: string; readonly TmpSecretKey: string; readonly Token: string };
    /** Unix seconds. */
    readonly ExpiredTime: number;
    /** ISO 8601. */
    readonly Expiration: string;
    /** Unix seconds, the server's clock. */
    readonly StartTime: number;
    readonly RequestId: string;
    readonly Bucket: string;
    readonly Region: string;
    readonly AllowPrefix: string;
    /** As `key` in {@link CredentialsBody}. */
    readonly Key?: string;
    /** As `uploadTicket` in {@link CredentialsBody}. */
    readonly UploadTicket?: string;
  };
}

/** {@link CredentialsBody} in the STS API 3.0 shape. */
function sts3Body(body: CredentialsBody): Sts3CredentialsBody {
  return {
    Response: {
      Credentials: {
        TmpSecretId: body.credentials.tmpSecretId,
        TmpSecretKey: body.credentials.tmpSecretKey,
        Token: body.credentials.sessionToken,
      },
      ExpiredTime: body.expiredTime,
      Expiration: body.expiration,
      StartTime: body.startTime,
      RequestId: body.requestId,
      Bucket: body.bucket,
      Region: body.region,
      AllowPrefix: body.allowPrefix,
      ...(body.key === undefined ? {} : { Key: body.key }),
      ...(body.uploadTicket === undefined ? {} : { UploadTicket: body.uploadTicket }),
    },
  };
}

/** The body Tencent's SDKs parse unmodified (Android `SessionCredentialProvider`, JS `getAuthorization`). */
function credentialsBody(
  issued: TemporaryCredentials,
  grant: Grant,
  config: Pick<ServiceConfig, "location">,
): CredentialsBody {
  return {
    credentials: {
      tmpSecretId: issued.tmpSecretId,
      tmpSecretKey: issued.tmpSecretKey,
      sessionToken: issued.sessionToken,
    },
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
  const readTicketKey = createTicketKeyReader(config);

  async function ticketKey(): Promise<Uint8Array> {
    if (readTicketKey === undefined) {
      throw new MisconfiguredError(
        "object mode with AUTH_JWKS_URL needs UPLOAD_TICKET_SECRET_NAME or UPLOAD_TICKET_SECRET",
      );
    }
    return readTicketKey();
  }

  async function issue(request: HttpRequest, cors: Record<string, string>, log: RequestLog): Promise<ScfResponse> {
    const transfer = parseTransferRequest(request);
    log.scope = transfer.scope;
    const subject = await verifyCaller(request.headers.authorization);
    log.caller = callerHash(subject);
    const now = Math.floor(Date.now() / 1000);
    let renewing: UploadTicketClaims | undefined;
    if (isRenewal(config, transfer)) {
      renewing = openUploadTicket(
        await ticketKey(),
        subject,
        transfer.uploadTicket ?? "",
        now,
        config.uploadTicket.renewalWindowSeconds,
      );
    }
    const grant = grantFor(config, subject, transfer, new Date(now * 1000), renewing);
    log.objectKey = grant.key;
    // Signed before the STS call, so that a secret that cannot be read costs no key.
    const uploadTicket =
      grant.key === undefined
        ? undefined
        : signUploadTicket(await ticketKey(), subject, {
            key: grant.key,
            contentType: grant.contentType,
            issuedAt: renewing?.issuedAt ?? now,
          });
    const issueNew = async (): Promise<TemporaryCredentials> => {
      limiter.take(subject);
      const called = performance.now();
      try {
        return await assumeRole(grant);
      } finally {
        log.stsMs = Math.round((performance.now() - called) * 10) / 10;
      }
    };
    // Object mode: every key is for a new object, so none is ever reused.
    const { value, cached } =
      grant.cacheKey === undefined
        ? { value: await issueNew(), cached: false }
        : await cache.get(grant.cacheKey, issueNew, subject);
    log.outcome = cached ? "cached" : renewing === undefined ? "issued" : "renewed";
    log.cacheHit = cached;
    log.stsRequestId = value.requestId;
    const body = { ...credentialsBody(value, grant, config), ...(uploadTicket === undefined ? {} : { uploadTicket }) };
    return jsonResponse(200, transfer.stsVersion === "3" ? sts3Body(body) : body, cors);
  }

  return async (event, context) => {
    const started = performance.now();
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
      const failure =
        error instanceof ServiceError
          ? error
          : new ServiceError(500, "InternalError", "the key service failed unexpectedly");
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
      log.errorCode = failure.code;
      response = errorResponse(failure, log.requestId, cors);
    }
    log.status = response.statusCode;
    log.durationMs = Math.round((performance.now() - started) * 10) / 10;
    console.log(JSON.stringify(log));
    return response;
  };
}
