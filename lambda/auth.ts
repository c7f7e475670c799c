/** Who is calling: the `sub` of a verified bearer token. */
import { createSecretKey } from "node:crypto";
import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyOptions } from "jose";
import { AuthSettings } from "./config";
import { ServiceError } from "./service-error";

/** Longest `Authorization` header read; real tokens are far shorter. */
export const MAX_AUTHORIZATION_LENGTH = 8192;

/** Upper bound on fetching the key set, so a caller still gets an answer within 10 seconds. */
export const JWKS_TIMEOUT_MS = 2000;

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
 * A verifier pinned to the configured algorithms: HS256 with a secret, RS256/ES256 with a key set, never both and
 * never `none`, so a token cannot choose how it is checked. `exp` and `sub` are required; `iss` and `aud` are checked
 * when configured.
 */
export function createCallerVerifier(settings: AuthSettings): VerifyCaller {
  const common: JWTVerifyOptions = { issuer: settings.issuer, audience: settings.audience, requiredClaims: ["exp", "sub"] };
  const { key } = settings;
  let verify: (token: string) => Promise<JWTPayload>;
  if (key.kind === "hs256") {
    const options = { ...common, algorithms: ["HS256"] };
    // A key object made once: given raw bytes, jose would import them again for every token.
    const secret = createSecretKey(key.secret);
    verify = async (token) => (await jwtVerify(token, secret, options)).payload;
  } else {
    const keySet = createRemoteJWKSet(key.url, { timeoutDuration: JWKS_TIMEOUT_MS });
    const options = { ...common, algorithms: ["RS256", "ES256"] };
    verify = async (token) => (await jwtVerify(token, keySet, options)).payload;
  }
  return async (authorization) => {
    const token = bearerToken(authorization);
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      throw verificationError(error);
    }
    if (typeof payload.sub !== "string") {
      throw unauthorized("the token's sub claim must be a string");
    }
    return payload.sub;
  };
}

function bearerToken(authorization: string | undefined): string {
  const token = authorization !== undefined && authorization.length <= MAX_AUTHORIZATION_LENGTH ? /^Bearer +(\S+)$/i.exec(authorization)?.[1] : undefined;
  if (token === undefined) {
    throw unauthorized("send Authorization: Bearer <token>");
  }
  return token;
}

function verificationError(error: unknown): ServiceError {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  if (typeof code === "string" && TOKEN_FAULTS.includes(code)) {
    // jose's messages name the failed check ("signature verification failed", `"exp" claim timestamp check failed`)
    // and never echo the token.
    return unauthorized(`invalid token: ${error instanceof Error ? error.message : code}`);
  }
  return new ServiceError(503, "AuthUnavailable", "the token issuer's keys cannot be fetched right now; try again", { "Retry-After": "1" });
}

function unauthorized(message: string): ServiceError {
  return new ServiceError(401, "InvalidToken", message, { "WWW-Authenticate": "Bearer" });
}
