/**
 * STS `AssumeRole` (2018-08-13) through the real SDK client. Only the STS client is imported, so a bundle carries
 * nothing of the other services.
 */
import { Client } from "tencentcloud-sdk-nodejs/tencentcloud/services/sts/v20180813/sts_client";
import { DEFAULT_STS_HOST, StsSettings } from "./config";
import { isRecord } from "../shared/json";
import { ServiceError } from "../shared/service-error";
import { callFault, clientOptions, requireCredentials, withinDeadline } from "../shared/tencent-api";

/** A temporary key as STS issued it. */
export interface TemporaryCredentials {
  readonly tmpSecretId: string;
  readonly tmpSecretKey: string;
  readonly sessionToken: string;
  /** Unix seconds. */
  readonly expiredTime: number;
  /** ISO 8601, as STS wrote it. */
  readonly expiration: string;
  /** STS's request id, for support cases. */
  readonly requestId: string;
}

/** What to ask STS for. */
export interface AssumeRoleInput {
  /** Shows in CloudAudit as who held the key. */
  readonly sessionName: string;
  /** URL-encoded session policy. */
  readonly policy: string;
}

/** Calls `AssumeRole`; throws {@link StsFailure}. */
export type AssumeRole = (input: AssumeRoleInput) => Promise<TemporaryCredentials>;

/** STS did not issue a key. Carries what STS said, for the log; the caller only sees code and message. */
export class StsFailure extends ServiceError {
  constructor(
    status: number,
    code: string,
    message: string,
    /** STS's error code, or what went wrong on the way to it. */
    readonly stsCode: string,
    readonly stsRequestId: string | undefined,
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(status, code, message, headers);
  }
}

/**
 * A client with keep-alive connections, built once per instance. Each call is signed with the function's keys as
 * they are at that moment (the SDK reads them through `getCredential()`).
 */
export function createAssumeRole(settings: StsSettings): AssumeRole {
  const client = new Client(clientOptions(settings, DEFAULT_STS_HOST));
  return async ({ sessionName, policy }) => {
    let response: unknown;
    try {
      response = await withinDeadline(
        client.request("AssumeRole", {
          RoleArn: settings.roleArn,
          RoleSessionName: sessionName,
          DurationSeconds: settings.durationSeconds,
          Policy: policy,
        }),
        settings.timeoutMs,
      );
    } catch (error) {
      // Keys that are gone fail the SDK's read before anything is sent; read them again only on this path, so that
      // their absence reads as 503 ServiceMisconfigured (the variables named in the log) rather than a failed call.
      requireCredentials(settings);
      throw stsFailure(error);
    }
    return readCredentials(response);
  };
}

function stsFailure(error: unknown): StsFailure {
  const { timedOut, code: stsCode, requestId } = callFault(error);
  if (timedOut) {
    return new StsFailure(
      504,
      "StsTimeout",
      "the security token service did not answer in time; try again",
      stsCode,
      requestId,
    );
  }
  if (stsCode === "RequestLimitExceeded" || stsCode.startsWith("RequestLimitExceeded.")) {
    // The limit is the account's, not this caller's doing: "unavailable, retry shortly" fits better than 429.
    return new StsFailure(
      503,
      "StsThrottled",
      "the security token service is busy; try again shortly",
      stsCode,
      requestId,
      {
        "Retry-After": "1",
      },
    );
  }
  return new StsFailure(502, "StsFailed", "the security token service did not issue a key", stsCode, requestId);
}

function readCredentials(response: unknown): TemporaryCredentials {
  const body = isRecord(response) ? response : {};
  const keys = isRecord(body.Credentials) ? body.Credentials : {};
  const issued = {
    tmpSecretId: keys.TmpSecretId,
    tmpSecretKey: keys.TmpSecretKey,
    sessionToken: keys.Token,
    expiredTime: body.ExpiredTime,
    expiration: body.Expiration,
    requestId: typeof body.RequestId === "string" ? body.RequestId : "",
  };
  if (!isComplete(issued)) {
    throw new StsFailure(
      502,
      "StsFailed",
      "the security token service did not issue a key",
      "incomplete answer",
      issued.requestId,
    );
  }
  return issued;
}

function isComplete(issued: {
  readonly [field in keyof TemporaryCredentials]: unknown;
}): issued is TemporaryCredentials {
  const texts = [issued.tmpSecretId, issued.tmpSecretKey, issued.sessionToken, issued.expiration];
  return texts.every((text) => typeof text === "string" && text !== "") && Number.isSafeInteger(issued.expiredTime);
}
