/** The key service's variables for renewing object-mode upload keys: the window and the ticket secret. */
import {
  ConfigError,
  DEFAULT_RENEWAL_WINDOW_SECONDS,
  JWT_SECRET_VERSION_ID,
  parseConfig,
} from "../../lambda/key-service/config";
import { SSM_RETRY_MS, SSM_TIMEOUT_MS } from "../../lambda/shared/ssm";

const SECRET = "a-caller-token-secret-of-32-bytes!";
const TICKET_SECRET = "an-upload-ticket-secret-of-32-bytes!";

function env(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    COS_BUCKET: "photos-1250000000",
    COS_REGION: "ap-guangzhou",
    UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/direct-transfer-upload",
    AUTH_JWT_SECRET: SECRET,
    TENCENTCLOUD_SECRETID: "AKIDfunction",
    TENCENTCLOUD_SECRETKEY: "function-secret-key",
    ...overrides,
  };
}

const KEY_SET = {
  AUTH_JWT_SECRET: undefined,
  AUTH_JWKS_URL: "https://login.example.com/jwks.json",
  AUTH_ISSUER: "https://login.example.com/",
  AUTH_AUDIENCE: "photos",
};

test("renews for a day after the first key, with tickets signed from the caller-token secret, by default", () => {
  expect(DEFAULT_RENEWAL_WINDOW_SECONDS).toBe(86_400);
  expect(parseConfig(env({ KEY_MODE: "object" })).uploadTicket).toEqual({
    renewalWindowSeconds: 86_400,
    secret: { kind: "caller-secret" },
  });
  expect(parseConfig(env({ AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_NAME: "jwt" })).uploadTicket.secret).toEqual({
    kind: "caller-secret",
  });
});

test("reads RENEWAL_WINDOW_SECONDS, UPLOAD_TICKET_SECRET and UPLOAD_TICKET_SECRET_NAME", () => {
  expect(parseConfig(env({ RENEWAL_WINDOW_SECONDS: "3600" })).uploadTicket.renewalWindowSeconds).toBe(3600);
  expect(parseConfig(env({ UPLOAD_TICKET_SECRET: TICKET_SECRET })).uploadTicket.secret).toEqual({
    kind: "hs256",
    secret: new TextEncoder().encode(TICKET_SECRET),
  });
  expect(
    parseConfig(
      env({
        ...KEY_SET,
        KEY_MODE: "object",
        UPLOAD_TICKET_SECRET_NAME: "tickets",
        SSM_ENDPOINT: "http://127.0.0.1:9000",
      }),
    ).uploadTicket.secret,
  ).toEqual({
    kind: "ssm",
    ssm: {
      endpoint: new URL("http://127.0.0.1:9000"),
      region: "ap-guangzhou",
      timeoutMs: SSM_TIMEOUT_MS,
      credentials: expect.any(Function),
      secretName: "tickets",
      versionId: JWT_SECRET_VERSION_ID,
      retryMs: SSM_RETRY_MS,
    },
  });
});

test("needs no ticket secret with a key set in prefix mode", () => {
  expect(parseConfig(env(KEY_SET)).uploadTicket).toEqual({ renewalWindowSeconds: 86_400 });
});

test.each([
  [
    "KEY_MODE=object with a key set and no ticket secret",
    { ...KEY_SET, KEY_MODE: "object" },
    "KEY_MODE=object with AUTH_JWKS_URL requires UPLOAD_TICKET_SECRET_NAME (or UPLOAD_TICKET_SECRET) to sign upload tickets",
  ],
  [
    "both ticket secrets",
    { UPLOAD_TICKET_SECRET: TICKET_SECRET, UPLOAD_TICKET_SECRET_NAME: "tickets" },
    "set at most one of UPLOAD_TICKET_SECRET and UPLOAD_TICKET_SECRET_NAME",
  ],
  [
    "a short ticket secret",
    { UPLOAD_TICKET_SECRET: "short" },
    "UPLOAD_TICKET_SECRET must be at least 32 bytes; received 5",
  ],
  [
    "a bad ticket secret name",
    { UPLOAD_TICKET_SECRET_NAME: "-x" },
    'UPLOAD_TICKET_SECRET_NAME must be a Secrets Manager secret name: 1 to 128 letters, digits, _ or -, starting with a letter or digit; received "-x"',
  ],
  [
    "a window under a minute",
    { RENEWAL_WINDOW_SECONDS: "59" },
    'RENEWAL_WINDOW_SECONDS must be a whole number from 60 to 604800; received "59"',
  ],
  [
    "a window over a week",
    { RENEWAL_WINDOW_SECONDS: "604801" },
    'RENEWAL_WINDOW_SECONDS must be a whole number from 60 to 604800; received "604801"',
  ],
])("fails for %s, naming the variable", (_what, overrides, message) => {
  expect(() => parseConfig(env(overrides))).toThrow(new ConfigError(message));
});
