import {
  ConfigError,
  DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE,
  JWT_SECRET_VERSION_ID,
  parseConfig,
  STS_TIMEOUT_MS,
} from "../../lambda/key-service/config";
import { SSM_RETRY_MS, SSM_TIMEOUT_MS } from "../../lambda/shared/ssm";
import { DEFAULT_KEY_DURATION_SECONDS } from "../../policy/function-variables";
import { DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE as SCHEMA_DEFAULTS } from "../../config/resolve";

const SECRET = "a-caller-token-secret-of-32-bytes!";

function env(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    COS_BUCKET: "photos-1250000000",
    COS_REGION: "ap-guangzhou",
    UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/direct-transfer-upload",
    AUTH_JWT_SECRET: SECRET,
    TENCENTCLOUD_SECRETID: "AKIDfunction",
    TENCENTCLOUD_SECRETKEY: "function-secret-key",
    TENCENTCLOUD_SESSIONTOKEN: "function-session-token",
    ...overrides,
  };
}

test("reads KEY_MODE object, whose issuance budget defaults to 120 a minute, as the environment schema's does", () => {
  const config = parseConfig(env({ KEY_MODE: "object" }));

  expect(config.keyMode).toBe("object");
  expect(config.maxKeysPerCallerPerMinute).toBe(120);
  expect(DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE).toBe(SCHEMA_DEFAULTS);
  expect(parseConfig(env({ KEY_MODE: "object", MAX_KEYS_PER_CALLER_PER_MINUTE: "30" })).maxKeysPerCallerPerMinute).toBe(
    30,
  );
  expect(parseConfig(env({ KEY_MODE: "prefix" })).maxKeysPerCallerPerMinute).toBe(10);
});

test("reads the required variables and applies the defaults", () => {
  const config = parseConfig(env());

  expect(config.location).toEqual({ bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" });
  expect(config.prefixTemplate).toBe("uploads/{sub}/");
  expect(config.allowedScopes).toEqual(["upload", "download"]);
  expect(config.auth).toEqual({
    key: { kind: "hs256", secret: new TextEncoder().encode(SECRET) },
    issuer: undefined,
    audience: undefined,
  });
  expect(config.allowedOrigins).toEqual([]);
  expect(config.limits).toEqual({ maxUploadBytes: undefined, multipartUpload: true, allowedContentTypes: undefined });
  expect(config.allowInsecureTransport).toBe(false);
  expect(config.keyMode).toBe("prefix");
  expect(config.maxKeysPerCallerPerMinute).toBe(10);
  expect(DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE.prefix).toBe(10);
  expect(config.sts).toEqual({
    endpoint: new URL("https://sts.tencentcloudapi.com"),
    region: "ap-guangzhou",
    roleArn: "qcs::cam::uin/100000000001:roleName/direct-transfer-upload",
    durationSeconds: DEFAULT_KEY_DURATION_SECONDS,
    timeoutMs: STS_TIMEOUT_MS,
    credentials: expect.any(Function),
  });
  expect(config.sts.credentials()).toEqual({
    secretId: "AKIDfunction",
    secretKey: "function-secret-key",
    token: "function-session-token",
  });
});

test("reads the function's keys anew each time, as scf may rotate them in a warm instance", () => {
  const variables = env();
  const config = parseConfig(variables);

  variables.TENCENTCLOUD_SECRETID = "AKIDrotated";
  variables.TENCENTCLOUD_SECRETKEY = "rotated-key";
  variables.TENCENTCLOUD_SESSIONTOKEN = "rotated-token";

  expect(config.sts.credentials()).toEqual({
    secretId: "AKIDrotated",
    secretKey: "rotated-key",
    token: "rotated-token",
  });
  delete variables.TENCENTCLOUD_SECRETID;
  expect(() => config.sts.credentials()).toThrow(ConfigError);
});

test("reads every optional variable", () => {
  const config = parseConfig(
    env({
      ALLOW_PREFIX: "apps/photos/{sub}/",
      DURATION_SECONDS: "7200",
      AUTH_ISSUER: "https://login.example.com",
      AUTH_AUDIENCE: "photos-app",
      ALLOWED_SCOPES: "upload",
      ALLOWED_ORIGINS: "https://app.example.com, http://localhost:5173",
      MAX_UPLOAD_BYTES: "10485760",
      ALLOWED_CONTENT_TYPES: "image/*, video/mp4",
      STS_ENDPOINT: "sts.internal.tencentcloudapi.com",
      MAX_KEYS_PER_CALLER_PER_MINUTE: "120",
      ALLOW_INSECURE_TRANSPORT: "true",
      AUTH_MAX_TOKEN_AGE_SECONDS: "3600",
      KEY_MODE: "prefix",
    }),
  );

  expect(config.prefixTemplate).toBe("apps/photos/{sub}/");
  expect(config.sts.durationSeconds).toBe(7200);
  expect(config.allowedScopes).toEqual(["upload"]);
  expect(config.auth).toMatchObject({ issuer: "https://login.example.com", audience: "photos-app" });
  expect(config.allowedOrigins).toEqual(["https://app.example.com", "http://localhost:5173"]);
  expect(config.limits).toEqual({
    maxUploadBytes: 10485760,
    multipartUpload: true,
    allowedContentTypes: ["image/*", "video/mp4"],
  });
  expect(config.sts.endpoint.href).toBe("https://sts.internal.tencentcloudapi.com/");
  expect(config.maxKeysPerCallerPerMinute).toBe(120);
  expect(config.allowInsecureTransport).toBe(true);
  expect(config.auth.maxTokenAgeSeconds).toBe(3600);
});

test("reads MULTIPART_UPLOAD false as single-request uploads only, and grants no multipart action then", () => {
  const config = parseConfig(env({ MULTIPART_UPLOAD: "false", MAX_UPLOAD_BYTES: "1024" }));

  expect(config.limits).toMatchObject({ maxUploadBytes: 1024, multipartUpload: false });
  expect(parseConfig(env({ MULTIPART_UPLOAD: "true" })).limits.multipartUpload).toBe(true);
});

test("reads the hs256 secret's name in secrets manager instead of the secret", () => {
  const config = parseConfig(
    env({ AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: "direct-transfer-prod-jwt-secret" }),
  );

  expect(config.auth.key).toEqual({
    kind: "ssm",
    ssm: {
      endpoint: new URL("https://ssm.tencentcloudapi.com"),
      region: "ap-guangzhou",
      timeoutMs: SSM_TIMEOUT_MS,
      credentials: expect.any(Function),
      secretName: "direct-transfer-prod-jwt-secret",
      versionId: JWT_SECRET_VERSION_ID,
      retryMs: SSM_RETRY_MS,
    },
  });
  expect(config.auth.key.kind === "ssm" && config.auth.key.ssm.credentials()).toMatchObject({
    secretId: "AKIDfunction",
  });
});

test("accepts a loopback http ssm endpoint for a local emulator", () => {
  const config = parseConfig(
    env({ AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: "s", SSM_ENDPOINT: "http://127.0.0.1:9001" }),
  );

  expect(config.auth.key.kind === "ssm" && config.auth.key.ssm.endpoint.href).toBe("http://127.0.0.1:9001/");
});

test("accepts every bucket name the provider accepts, inner double dashes included", () => {
  expect(parseConfig(env({ COS_BUCKET: "my--photos-1250000000" })).location).toMatchObject({ appId: "1250000000" });
});

test("accepts a key set url, with issuer and audience, instead of a secret", () => {
  const config = parseConfig(
    env({
      AUTH_JWT_SECRET: undefined,
      AUTH_JWKS_URL: "https://login.example.com/.well-known/jwks.json",
      AUTH_ISSUER: "https://login.example.com/",
      AUTH_AUDIENCE: "photos-app",
    }),
  );

  expect(config.auth.key).toEqual({ kind: "jwks", url: new URL("https://login.example.com/.well-known/jwks.json") });
});

test("accepts the sdk names of the function's keys, and permanent keys without a token", () => {
  const config = parseConfig(
    env({
      TENCENTCLOUD_SECRETID: undefined,
      TENCENTCLOUD_SECRETKEY: undefined,
      TENCENTCLOUD_SESSIONTOKEN: undefined,
      TENCENTCLOUD_SECRET_ID: "AKIDdeveloper",
      TENCENTCLOUD_SECRET_KEY: "developer-key",
    }),
  );

  expect(config.sts.credentials()).toEqual({ secretId: "AKIDdeveloper", secretKey: "developer-key" });
});

test("accepts a loopback http sts endpoint for a local emulator", () => {
  expect(parseConfig(env({ STS_ENDPOINT: "http://127.0.0.1:9000" })).sts.endpoint.href).toBe("http://127.0.0.1:9000/");
  expect(parseConfig(env({ STS_ENDPOINT: "https://sts.ap-guangzhou.tencentcloudapi.com" })).sts.endpoint.host).toBe(
    "sts.ap-guangzhou.tencentcloudapi.com",
  );
});

test("treats empty variables as unset", () => {
  const config = parseConfig(env({ ALLOW_PREFIX: "", DURATION_SECONDS: "", AUTH_ISSUER: "", STS_ENDPOINT: "" }));

  expect([config.prefixTemplate, config.sts.durationSeconds, config.auth.issuer, config.sts.endpoint.host]).toEqual([
    "uploads/{sub}/",
    1800,
    undefined,
    "sts.tencentcloudapi.com",
  ]);
});

describe("errors name the variable", () => {
  test.each([
    ["COS_BUCKET is missing", { COS_BUCKET: undefined }, /^COS_BUCKET is required$/],
    [
      "COS_BUCKET has no appid",
      { COS_BUCKET: "photos" },
      /^COS_BUCKET must be <name>-<10-digit APPID>.*received "photos"$/,
    ],
    ["COS_BUCKET has upper case", { COS_BUCKET: "Photos-1250000000" }, /^COS_BUCKET must be/],
    ["COS_REGION is missing", { COS_REGION: undefined }, /^COS_REGION is required$/],
    [
      "COS_BUCKET is over 60 characters",
      { COS_BUCKET: `${"b".repeat(50)}-1250000000` },
      /^COS_BUCKET must be <name>-<10-digit APPID> in lower case, at most 60 characters/,
    ],
    ["COS_REGION is malformed", { COS_REGION: "guangzhou" }, /^COS_REGION must be a COS region.*received "guangzhou"$/],
    ["UPLOAD_ROLE_ARN is missing", { UPLOAD_ROLE_ARN: undefined }, /^UPLOAD_ROLE_ARN is required$/],
    [
      "UPLOAD_ROLE_ARN is a role id",
      { UPLOAD_ROLE_ARN: "qcs::cam::uin/1:role/4611686018427397919" },
      /^UPLOAD_ROLE_ARN must be qcs::cam::uin\/<uin>:roleName\/<name>/,
    ],
    [
      "ALLOW_PREFIX lacks {sub}",
      { ALLOW_PREFIX: "uploads/" },
      /^ALLOW_PREFIX must contain \{sub\} exactly once; received "uploads\/"$/,
    ],
    ["ALLOW_PREFIX climbs out", { ALLOW_PREFIX: "../{sub}/" }, /^ALLOW_PREFIX must start with a static folder/],
    [
      "DURATION_SECONDS is too short",
      { DURATION_SECONDS: "899" },
      /^DURATION_SECONDS must be a whole number from 900 to 7200; received "899"$/,
    ],
    [
      "DURATION_SECONDS is too long",
      { DURATION_SECONDS: "7201" },
      /^DURATION_SECONDS must be a whole number from 900 to 7200/,
    ],
    ["DURATION_SECONDS is not a number", { DURATION_SECONDS: "30m" }, /^DURATION_SECONDS must be a whole number/],
    ["MAX_UPLOAD_BYTES is zero", { MAX_UPLOAD_BYTES: "0" }, /^MAX_UPLOAD_BYTES must be a whole number from 1/],
    ["MAX_UPLOAD_BYTES is fractional", { MAX_UPLOAD_BYTES: "1.5" }, /^MAX_UPLOAD_BYTES must be a whole number/],
    [
      "MAX_UPLOAD_BYTES is above COS's 5 GiB single-request limit",
      { MAX_UPLOAD_BYTES: String(5 * 1024 ** 3 + 1) },
      /^MAX_UPLOAD_BYTES must be a whole number from 1 to 5368709120/,
    ],
    [
      "ALLOWED_CONTENT_TYPES has a bare word",
      { ALLOWED_CONTENT_TYPES: "image/*,png" },
      /^ALLOWED_CONTENT_TYPES must list lower-case media types.*received "png"$/,
    ],
    ["ALLOWED_CONTENT_TYPES has a full wildcard", { ALLOWED_CONTENT_TYPES: "*/*" }, /^ALLOWED_CONTENT_TYPES must list/],
    [
      "ALLOWED_ORIGINS has a path",
      { ALLOWED_ORIGINS: "https://app.example.com/" },
      /^ALLOWED_ORIGINS must list origins.*received "https:\/\/app.example.com\/"$/,
    ],
    ["ALLOWED_ORIGINS lacks a scheme", { ALLOWED_ORIGINS: "app.example.com" }, /^ALLOWED_ORIGINS must list origins/],
    [
      "ALLOWED_SCOPES names an unknown scope",
      { ALLOWED_SCOPES: "upload,delete" },
      /^ALLOWED_SCOPES must list scopes among upload, download; received "delete"$/,
    ],
    ["ALLOWED_SCOPES is only commas", { ALLOWED_SCOPES: "," }, /^ALLOWED_SCOPES must list scopes/],
    [
      "ALLOWED_CONTENT_TYPES is only commas, which would allow any type",
      { ALLOWED_CONTENT_TYPES: " , " },
      /^ALLOWED_CONTENT_TYPES must list lower-case media types/,
    ],
    [
      "no caller key is set",
      { AUTH_JWT_SECRET: undefined },
      /^set exactly one of AUTH_JWT_SECRET \(HS256\), AUTH_JWT_SECRET_NAME .* and AUTH_JWKS_URL/,
    ],
    [
      "both caller keys are set",
      { AUTH_JWKS_URL: "https://login.example.com/jwks.json" },
      /^set exactly one of AUTH_JWT_SECRET/,
    ],
    ["a secret and a secret name are set", { AUTH_JWT_SECRET_NAME: "prod-jwt" }, /^set exactly one of AUTH_JWT_SECRET/],
    [
      "a secret name and a key set are set",
      {
        AUTH_JWT_SECRET: undefined,
        AUTH_JWT_SECRET_NAME: "prod-jwt",
        AUTH_JWKS_URL: "https://login.example.com/jwks.json",
      },
      /^set exactly one of/,
    ],
    [
      "AUTH_JWT_SECRET_NAME has a slash",
      { AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: "prod/jwt" },
      /^AUTH_JWT_SECRET_NAME must be a Secrets Manager secret name.*received "prod\/jwt"$/,
    ],
    [
      "AUTH_JWT_SECRET_NAME is too long",
      { AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: "s".repeat(129) },
      /^AUTH_JWT_SECRET_NAME must be/,
    ],
    [
      "SSM_ENDPOINT is another service",
      { AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: "s", SSM_ENDPOINT: "sts.tencentcloudapi.com" },
      /^SSM_ENDPOINT must be an ssm\.\* host/,
    ],
    [
      "SSM_ENDPOINT is plain http over a network",
      { AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: "s", SSM_ENDPOINT: "http://ssm.tencentcloudapi.com" },
      /^SSM_ENDPOINT must be/,
    ],
    [
      "a key set lacks an issuer",
      { AUTH_JWT_SECRET: undefined, AUTH_JWKS_URL: "https://login.example.com/jwks.json", AUTH_AUDIENCE: "app" },
      /^AUTH_JWKS_URL requires both AUTH_ISSUER and AUTH_AUDIENCE$/,
    ],
    [
      "a key set lacks an audience",
      {
        AUTH_JWT_SECRET: undefined,
        AUTH_JWKS_URL: "https://login.example.com/jwks.json",
        AUTH_ISSUER: "https://login.example.com",
      },
      /^AUTH_JWKS_URL requires both/,
    ],
    [
      "AUTH_MAX_TOKEN_AGE_SECONDS is under a minute",
      { AUTH_MAX_TOKEN_AGE_SECONDS: "59" },
      /^AUTH_MAX_TOKEN_AGE_SECONDS must be a whole number from 60/,
    ],
    [
      "MAX_KEYS_PER_CALLER_PER_MINUTE is zero",
      { MAX_KEYS_PER_CALLER_PER_MINUTE: "0" },
      /^MAX_KEYS_PER_CALLER_PER_MINUTE must be a whole number from 1 to 600; received "0"$/,
    ],
    [
      "MAX_KEYS_PER_CALLER_PER_MINUTE is over 600",
      { MAX_KEYS_PER_CALLER_PER_MINUTE: "601" },
      /^MAX_KEYS_PER_CALLER_PER_MINUTE must be a whole number from 1 to 600/,
    ],
    [
      "KEY_MODE is neither prefix nor object",
      { KEY_MODE: "objects" },
      /^KEY_MODE must be prefix or object; received "objects"$/,
    ],
    ["KEY_MODE is in capitals", { KEY_MODE: "OBJECT" }, /^KEY_MODE must be prefix or object; received "OBJECT"$/],
    [
      "ALLOW_INSECURE_TRANSPORT is not a boolean",
      { ALLOW_INSECURE_TRANSPORT: "yes" },
      /^ALLOW_INSECURE_TRANSPORT must be true or false; received "yes"$/,
    ],
    [
      "MULTIPART_UPLOAD is not a boolean",
      { MULTIPART_UPLOAD: "no" },
      /^MULTIPART_UPLOAD must be true or false; received "no"$/,
    ],
    [
      "AUTH_JWT_SECRET is short",
      { AUTH_JWT_SECRET: "short" },
      /^AUTH_JWT_SECRET must be at least 32 bytes; received 5$/,
    ],
    [
      "AUTH_JWKS_URL is plain http",
      {
        AUTH_JWT_SECRET: undefined,
        AUTH_JWKS_URL: "http://login.example.com/jwks.json",
        AUTH_ISSUER: "i",
        AUTH_AUDIENCE: "a",
      },
      /^AUTH_JWKS_URL must be an https URL/,
    ],
    [
      "STS_ENDPOINT is another service",
      { STS_ENDPOINT: "cvm.tencentcloudapi.com" },
      /^STS_ENDPOINT must be an sts\.\* host/,
    ],
    [
      "STS_ENDPOINT is plain http over a network",
      { STS_ENDPOINT: "http://sts.tencentcloudapi.com" },
      /^STS_ENDPOINT must be/,
    ],
    ["STS_ENDPOINT has a path", { STS_ENDPOINT: "https://sts.tencentcloudapi.com/v3" }, /^STS_ENDPOINT must be/],
    ["STS_ENDPOINT is not a url", { STS_ENDPOINT: "https://" }, /^STS_ENDPOINT must be/],
    [
      "the function's keys are missing",
      { TENCENTCLOUD_SECRETID: undefined },
      /^TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY .* are required/,
    ],
  ])("fails when %s", (_name, overrides, message) => {
    expect(() => parseConfig(env(overrides))).toThrow(ConfigError);
    expect(() => parseConfig(env(overrides))).toThrow(message);
  });

  test.each([
    [
      "AUTH_JWKS_URL",
      {
        AUTH_JWT_SECRET: undefined,
        AUTH_JWKS_URL: "https://idp:s3cret-pass@login.example.com/jwks.json",
        AUTH_ISSUER: "i",
        AUTH_AUDIENCE: "a",
      },
    ],
    ["STS_ENDPOINT", { STS_ENDPOINT: "https://AKIDx:s3cret-pass@sts.tencentcloudapi.com" }],
    [
      "AUTH_JWKS_URL",
      {
        AUTH_JWT_SECRET: undefined,
        AUTH_JWKS_URL: "http://login.example.com/jwks.json?key=s3cret-pass",
        AUTH_ISSUER: "i",
        AUTH_AUDIENCE: "a",
      },
    ],
  ])("fails without echoing the credentials or query of a refused %s", (name, overrides) => {
    expect(() => parseConfig(env(overrides))).toThrow(
      expect.objectContaining({ message: expect.stringContaining(name) }),
    );
    expect(() => parseConfig(env(overrides))).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("s3cret") }),
    );
  });

  test("fails without echoing a short secret", () => {
    expect(() => parseConfig(env({ AUTH_JWT_SECRET: "hunter2" }))).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});
