/** The function's own keys, as SCF hands them to a function with an execution role, read for both functions. */
import { ConfigError, envReader, Env } from "./env";

/** The function's own keys, as SCF provides them to a function with an execution role. */
export interface FunctionCredentials {
  readonly secretId: string;
  readonly secretKey: string;
  /** Absent for permanent keys, such as a developer's in a local shell. */
  readonly token?: string;
}

/**
 * The function's keys as they are at this moment. SCF may rotate an execution role's keys inside a warm instance,
 * so every call to a Tencent Cloud API reads them afresh (the SDK calls `getCredential()` for every request).
 * Throws {@link ConfigError} when they are gone.
 */
export type CredentialSource = () => FunctionCredentials;

/** The variables SCF sets, and the ones the SDKs and CLIs use (with the inner underscore). */
type CredentialVariable =
  | "TENCENTCLOUD_SECRETID"
  | "TENCENTCLOUD_SECRET_ID"
  | "TENCENTCLOUD_SECRETKEY"
  | "TENCENTCLOUD_SECRET_KEY"
  | "TENCENTCLOUD_SESSIONTOKEN"
  | "TENCENTCLOUD_SESSION_TOKEN";

/** The keys in `env`, read at every call. */
export function functionCredentials(env: Env): CredentialSource {
  const read = envReader<CredentialVariable>(env);
  return () => {
    // SCF sets the names without the inner underscore; the SDKs and CLIs use the ones with it.
    const secretId = read("TENCENTCLOUD_SECRETID") ?? read("TENCENTCLOUD_SECRET_ID");
    const secretKey = read("TENCENTCLOUD_SECRETKEY") ?? read("TENCENTCLOUD_SECRET_KEY");
    const token = read("TENCENTCLOUD_SESSIONTOKEN") ?? read("TENCENTCLOUD_SESSION_TOKEN");
    if (secretId === undefined || secretKey === undefined) {
      throw new ConfigError(
        "TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY) are required; " +
          "SCF sets them when the function has an execution role",
      );
    }
    return token === undefined ? { secretId, secretKey } : { secretId, secretKey, token };
  };
}
