/** Who is calling: the `sub` of a verified bearer token. */
import { createSecretKey } from "node:crypto";
import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyOptions, JWTVerifyResult } from "jose";
import { AuthSettings } from "./config";
import { ServiceError } from "../shared/service-error";
import { createSecretReader } from "../shared/ssm";

/** Longest `Authorization` header read; real tokens are far shorter. */
const MAX_AUTHORIZATION_LENGTH = 8192;

/** Upper bound on fetching the key set, so a caller still gets an answer within 10 seconds. */
const JWKS_TIMEOUT_MS = 2000;

/** Largest accepted lead of a token's `iat` over this clock, in seconds: clocks differ, tokens from the future don't. */
const MAX_IAT_SKEW_SECONDS = 60;

/** Accepted `typ` headers, compared as RFC 7515 says: case-insensitive, `application/` optional. Absent is fine too. */
const TOKEN_TYPES: readonly string[] = ["jwt", "at+jwt"];

/** Returns the caller's `sub`, or throws 401 for a bad token and 503 when the key set cannot be had. */
export type VerifyCaller = (authorization: string | undefined) => Promise<string>;

// jose error codes that mean "this token is not acceptable". Anything else (the key set unreachable, slow or
// malformed) is the service's problem and must not read as the caller's.
const TOKEN_FAULTS: readonly string[] = [
  "ERR_JWT_EXPIRED",
  "ERR_JWT_CLAIM_VALIDATION_FAILED",
  "ERR_JWT_INVALID",
  "ERR_JWS_INVALID",
  "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
  "ERR_JOSE_ALG_NOT_ALLOWED",
  "ERR_JOSE_NOT_SUPPORTED",
  "ERR_JWK_INVALID",
  "ERR_JWKS_NO_MATCHING_KEY",
  "ERR_JWKS_MULTIPLE_MATCHING_KEYS",
];

/**
 * A verifier pinned to the configured algorithms: HS256 with a secret (given, or read from Secrets Manager once per
 * instance), RS256/ES256 with a key set, never both and never `none`, so a token cannot choose how it is checked.
 * `exp` and `sub` are required; `iss` and `aud` are checked when configured; `iat`, when present, may lead this
 * clock by at most {@link MAX_IAT_SKEW_SECONDS}, and must be within `maxTokenAgeSeconds` when that is set; `typ`, when
 * present, must be one of {@link TOKEN_TYPES}.
 */
export function createCallerVerifier(settings: AuthSettings): VerifyCaller {
  const common: JWTVerifyOptions = {
    issuer: settings.issuer,
    audience: settings.audience,
    requiredClaims: settings.maxTokenAgeSeconds === undefined ? ["exp", "sub"] : ["exp", "sub", "iat"],
  };
  const { key } = settings;
  let verify: (token: string) => Promise<JWTVerifyResult>;
  if (key.kind === "hs256") {
    const options = { ...common, algorithms: ["HS256"] };
    // A key object made once: given raw bytes, jose would import them again for every token.
    const secret = createSecretKey(key.secret);
    verify = (token) => jwtVerify(token, secret, options);
  } else if (key.kind === "ssm") {
    const options = { ...common, algorithms: ["HS256"] };
    const readSecret = createSecretReader(key.ssm);
    let secret: { readonly bytes: Uint8Array; readonly key: ReturnType<typeof createSecretKey> } | undefined;
    verify = async (token) => {
      const bytes = await readSecret();
      if (secret?.bytes !== bytes) {
        secret = { bytes, key: createSecretKey(bytes) };
      }
      return jwtVerify(token, secret.key, options);
    };
  } else {
    const keySet = createRemoteJWKSet(key.url, { timeoutDuration: JWKS_TIMEOUT_MS });
    const options = { ...common, algorithms: ["RS256", "ES256"] };
    verify = (token) => jwtVerify(token, keySet, options);
  }
  return async (authorization) => {
    const token = bearerToken(authorization);
    let verified: JWTVerifyResult;
    try {
      verified = await verify(token);
    } catch (error) {
      throw verificationError(error);
    }
    const { payload, protectedHeader } = verified;
    if (typeof payload.sub !== "string") {
      throw unauthorized("the token's sub claim must be a string");
    }
    const problem = claimProblem(payload, protectedHeader.typ, settings.maxTokenAgeSeconds);
    if (problem !== undefined) {
      throw unauthorized(`invalid token: ${problem}`);
    }
    return payload.sub;
  };
}

/**
 * What jose leaves unchecked: an `iat` from the future (jose checks it only together with `maxTokenAge`, and then
 * without any tolerance unless `exp` gets the same), the token's age, and `typ`.
 */
function claimProblem(payload: JWTPayload, typ: unknown, maxTokenAgeSeconds: number | undefined): string | undefined {
  const now = Math.floor(Date.now() / 1000);
  // jose has made sure that a present iat is a number, and that it is present when maxTokenAgeSeconds is set.
  const iat = payload.iat;
  if (iat !== undefined && iat > now + MAX_IAT_SKEW_SECONDS) {
    return `"iat" claim is more than ${MAX_IAT_SKEW_SECONDS} seconds in the future`;
  }
  if (iat !== undefined && maxTokenAgeSeconds !== undefined && now - iat > maxTokenAgeSeconds) {
    return `the token is older than ${maxTokenAgeSeconds} seconds`;
  }
  if (
    typ !== undefined &&
    (typeof typ !== "string" || !TOKEN_TYPES.includes(typ.toLowerCase().replace(/^application\//, "")))
  ) {
    return `unexpected "typ" header; expected JWT or at+jwt`;
  }
  return undefined;
}

function bearerToken(authorization: string | undefined): string {
  const token =
    authorization !== undefined && authorization.length <= MAX_AUTHORIZATION_LENGTH
      ? /^Bearer +(\S+)$/i.exec(authorization)?.[1]
      : undefined;
  if (token === undefined) {
    throw unauthorized("send Authorization: Bearer <token>");
  }
  return token;
}

function verificationError(error: unknown): ServiceError {
  if (error instanceof ServiceError) {
    // The secret could not be read from Secrets Manager: its own 503, with what SSM said for the log.
    return error;
  }
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  if (typeof code === "string" && TOKEN_FAULTS.includes(code)) {
    // jose's messages name the failed check ("signature verification failed", `"exp" claim timestamp check failed`)
    // and never echo the token.
    return unauthorized(`invalid token: ${error instanceof Error ? error.message : code}`);
  }
  return new ServiceError(503, "AuthUnavailable", "the token issuer's keys cannot be fetched right now; try again", {
    "Retry-After": "1",
  });
}

function unauthorized(message: string): ServiceError {
  return new ServiceError(401, "InvalidToken", message, { "WWW-Authenticate": "Bearer" });
}
