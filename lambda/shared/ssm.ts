/**
 * A secret read from Secrets Manager (SSM `GetSecretValue`, 2019-09-23,
 * https://cloud.tencent.com/document/api/1140/40522) with the function's own keys, once per instance: the key
 * service's HS256 and upload-ticket secrets, the check's webhook secret. Only the SSM client of the SDK is imported,
 * beside the STS one, so a bundle carries nothing of the other services.
 */
import { Client } from "tencentcloud-sdk-nodejs/tencentcloud/services/ssm/v20190923/ssm_client";
import { MIN_SECRET_BYTES } from "../../policy/function-variables";
import { Read, serviceUrl } from "./env";
import { isRecord } from "./json";
import { ServiceError } from "./service-error";
import { ApiSettings, callFault, clientOptions, requireCredentials, withinDeadline } from "./tencent-api";

/** The public Secrets Manager endpoint. */
export const DEFAULT_SSM_HOST = "ssm.tencentcloudapi.com";

/**
 * How long one `GetSecretValue` call may take: a slow but healthy SSM answers well within it, and a caller of the
 * key service still gets an answer within 10 seconds.
 */
export const SSM_TIMEOUT_MS = 3000;

/** After a failed secret read, requests within this time get the same 503 instead of another SSM call. */
export const SSM_RETRY_MS = 1000;

/**
 * The version of a secret the functions read. `GetSecretValue` of a user-defined secret needs a version
 * (https://cloud.tencent.com/document/api/1140/40522), and a function's role may do nothing but read its secrets,
 * so the version is fixed and rotation replaces its value: one procedure for every secret (docs/key-service.md,
 * "The token secret in Secrets Manager").
 */
export const SECRET_VERSION_ID = "active";

/** Where one secret is kept in Secrets Manager. */
export interface SsmSecretSettings extends ApiSettings {
  readonly secretName: string;
  readonly versionId: string;
  /** See {@link SSM_RETRY_MS}. */
  readonly retryMs: number;
}

/** Resolves to the secret's bytes; throws {@link SsmFailure}. */
export type ReadSecret = () => Promise<Uint8Array>;

/** The secret could not be had. Carries what SSM said, for the log; the caller only sees code and message. */
export class SsmFailure extends ServiceError {
  constructor(
    status: number,
    code: string,
    message: string,
    /** SSM's error code, or what went wrong on the way to it. */
    readonly ssmCode: string,
    readonly ssmRequestId: string | undefined,
  ) {
    super(status, code, message, { "Retry-After": "1" });
  }
}

/**
 * A reader that calls SSM on first use and keeps the secret for the life of the instance; concurrent first requests
 * share one call. A failure is not kept: requests within `retryMs` get the same 503, later ones try again.
 *
 * @param now The clock, in milliseconds; replaceable in tests.
 */
export function createSecretReader(settings: SsmSecretSettings, now: () => number = Date.now): ReadSecret {
  const client = new Client(clientOptions(settings, DEFAULT_SSM_HOST));
  let secret: Promise<Uint8Array> | undefined;
  let failed: { readonly at: number; readonly error: unknown } | undefined;

  async function fetchSecret(): Promise<Uint8Array> {
    requireCredentials(settings);
    let response: unknown;
    try {
      response = await withinDeadline(
        client.request("GetSecretValue", { SecretName: settings.secretName, VersionId: settings.versionId }),
        settings.timeoutMs,
      );
    } catch (error) {
      const { code, requestId } = callFault(error);
      throw unavailable(code, requestId);
    }
    return secretBytes(response);
  }

  return () => {
    if (failed !== undefined && now() - failed.at < settings.retryMs) {
      return Promise.reject(failed.error);
    }
    secret ??= fetchSecret().then(
      (bytes) => {
        failed = undefined;
        return bytes;
      },
      (error: unknown) => {
        failed = { at: now(), error };
        secret = undefined;
        throw error;
      },
    );
    return secret;
  };
}

/** `SSM_ENDPOINT`: an `ssm.*` host or https origin, or a loopback http origin; the public endpoint when unset. */
export function ssmEndpoint(read: Read<"SSM_ENDPOINT">): URL {
  return serviceUrl(
    "SSM_ENDPOINT",
    read("SSM_ENDPOINT") ?? DEFAULT_SSM_HOST,
    "must be an ssm.* host or https URL, or http://127.0.0.1:<port> for a local emulator",
    (url) => url.pathname === "/" && (url.protocol === "http:" || url.hostname.startsWith("ssm.")),
  );
}

function unavailable(ssmCode: string, requestId: string | undefined): SsmFailure {
  return new SsmFailure(
    503,
    "AuthUnavailable",
    "the key service cannot read its token secret right now; try again",
    ssmCode,
    requestId,
  );
}

function secretBytes(response: unknown): Uint8Array {
  const body = isRecord(response) ? response : {};
  const requestId = typeof body.RequestId === "string" ? body.RequestId : undefined;
  // Exactly one of the two is set; SecretBinary is base64.
  const bytes =
    typeof body.SecretString === "string" && body.SecretString !== ""
      ? new TextEncoder().encode(body.SecretString)
      : typeof body.SecretBinary === "string"
        ? new Uint8Array(Buffer.from(body.SecretBinary, "base64"))
        : new Uint8Array();
  if (bytes.length < MIN_SECRET_BYTES) {
    // A value nobody should sign with; the log says so, and a corrected value is read on a later request.
    throw new SsmFailure(
      503,
      "ServiceMisconfigured",
      "the key service is not configured correctly; see its log",
      `secret shorter than ${MIN_SECRET_BYTES} bytes`,
      requestId,
    );
  }
  return bytes;
}
