import { parseCheckConfig } from "../../lambda/upload-check/config";

const SECRET = "s".repeat(32);
const BASE = { COS_BUCKET: "photos-1250000000", COS_REGION: "ap-guangzhou", OWNER_UIN: "100000000001" };
const HOOK = "https://api.example.com/hook";
/** The verdict tags' secret, needed without a webhook. */
const VERDICT = { VERDICT_SECRET: "v".repeat(32) };

describe("parseCheckConfig", () => {
  test("reads a complete configuration", () => {
    const config = parseCheckConfig({
      ...BASE,
      ALLOW_PREFIX: "apps/photos/{sub}/",
      MAX_UPLOAD_BYTES: "1048576",
      ALLOWED_CONTENT_TYPES: "image/*, video/mp4",
      QUARANTINE_PREFIX: "quarantine/",
      WEBHOOK_URL: "https://api.example.com/hooks/uploads",
      WEBHOOK_SECRET: SECRET,
    });
    expect(config).toEqual({
      location: { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" },
      ownerUin: "100000000001",
      bucketAcl: "private",
      prefixTemplate: "apps/photos/{sub}/",
      prefixRoot: "apps/photos/",
      limits: { maxUploadBytes: 1048576, allowedContentTypes: ["image/*", "video/mp4"] },
      quarantinePrefix: "quarantine/",
      webhook: {
        url: new URL("https://api.example.com/hooks/uploads"),
        secret: { kind: "value", value: SECRET },
        maxPerMinute: 60,
      },
      verdictSecret: { kind: "value", value: SECRET },
      sweep: { graceMinutes: 30, maxObjects: 100 },
      cosEndpoint: new URL("https://photos-1250000000.cos.ap-guangzhou.myqcloud.com"),
    });
  });

  test("defaults to the key service's prefix, no limits, deletion, no webhook and the sweep's defaults", () => {
    expect(parseCheckConfig({ ...BASE, ...VERDICT })).toMatchObject({
      prefixTemplate: "uploads/{sub}/",
      limits: { maxUploadBytes: undefined, allowedContentTypes: undefined },
      quarantinePrefix: undefined,
      webhook: undefined,
      verdictSecret: { kind: "value", value: VERDICT.VERDICT_SECRET },
      sweep: { graceMinutes: 30, maxObjects: 100 },
    });
  });

  test("sends requests to a local COS when told", () => {
    expect(parseCheckConfig({ ...BASE, ...VERDICT, COS_ENDPOINT: "http://127.0.0.1:9000" }).cosEndpoint.href).toBe(
      "http://127.0.0.1:9000/",
    );
  });

  test("reads the sweep's grace period and per-run limit from SWEEP_GRACE_MINUTES and SWEEP_MAX_OBJECTS", () => {
    expect(
      parseCheckConfig({ ...BASE, ...VERDICT, SWEEP_GRACE_MINUTES: "5", SWEEP_MAX_OBJECTS: "1000" }).sweep,
    ).toEqual({ graceMinutes: 5, maxObjects: 1000 });
  });

  test("derives the verdict key from the webhook secret, wherever that is kept", () => {
    const named = parseCheckConfig({ ...BASE, WEBHOOK_URL: HOOK, WEBHOOK_SECRET_NAME: "hook" });
    expect(named.verdictSecret).toBe(named.webhook?.secret);
  });

  test("reads the verdict secret's name, to read it from Secrets Manager version active", () => {
    expect(
      parseCheckConfig({ ...BASE, VERDICT_SECRET_NAME: "direct-transfer-prod-verdict-secret" }).verdictSecret,
    ).toEqual({
      kind: "ssm",
      ssm: {
        endpoint: new URL("https://ssm.tencentcloudapi.com"),
        region: "ap-guangzhou",
        timeoutMs: 3000,
        secretName: "direct-transfer-prod-verdict-secret",
        versionId: "active",
        retryMs: 1000,
      },
    });
  });

  test("reads the webhook secret's name, to read it from Secrets Manager version active", () => {
    expect(
      parseCheckConfig({ ...BASE, WEBHOOK_URL: HOOK, WEBHOOK_SECRET_NAME: "direct-transfer-dev-webhook-secret" })
        .webhook,
    ).toEqual({
      url: new URL(HOOK),
      secret: {
        kind: "ssm",
        ssm: {
          endpoint: new URL("https://ssm.tencentcloudapi.com"),
          region: "ap-guangzhou",
          timeoutMs: 3000,
          secretName: "direct-transfer-dev-webhook-secret",
          versionId: "active",
          retryMs: 1000,
        },
      },
      maxPerMinute: 60,
    });
  });

  test("reads the webhook budget of an instance from MAX_WEBHOOKS_PER_MINUTE", () => {
    expect(
      parseCheckConfig({ ...BASE, WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET, MAX_WEBHOOKS_PER_MINUTE: "5" }).webhook
        ?.maxPerMinute,
    ).toBe(5);
  });

  test.each([
    ["http://127.0.0.1:9100", "http://127.0.0.1:9100/"],
    ["ssm.ap-guangzhou.tencentcloudapi.com", "https://ssm.ap-guangzhou.tencentcloudapi.com/"],
  ])("reads the secret from SSM_ENDPOINT %s", (endpoint, href) => {
    const webhook = parseCheckConfig({
      ...BASE,
      WEBHOOK_URL: HOOK,
      WEBHOOK_SECRET_NAME: "hook",
      SSM_ENDPOINT: endpoint,
    }).webhook;
    expect(webhook?.secret.kind === "ssm" && webhook.secret.ssm.endpoint.href).toBe(href);
  });

  test.each([
    [{ COS_BUCKET: undefined }, "COS_BUCKET is required"],
    [{ OWNER_UIN: undefined }, "OWNER_UIN is required"],
    [{ OWNER_UIN: "uin/1" }, 'OWNER_UIN must be the UIN (digits) of the account owning the bucket; received "uin/1"'],
    [
      { BUCKET_ACL: "public-read-write" },
      'BUCKET_ACL must be private or public-read, the bucket\'s canned ACL; received "public-read-write"',
    ],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET, WEBHOOK_SECRET_NAME: "hook" },
      "set exactly one of WEBHOOK_SECRET and WEBHOOK_SECRET_NAME",
    ],
    [{ WEBHOOK_SECRET_NAME: "hook" }, "WEBHOOK_SECRET_NAME is set without WEBHOOK_URL"],
    [{ MAX_WEBHOOKS_PER_MINUTE: "5" }, "MAX_WEBHOOKS_PER_MINUTE is set without WEBHOOK_URL"],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET, MAX_WEBHOOKS_PER_MINUTE: "0" },
      "MAX_WEBHOOKS_PER_MINUTE must be a whole number from 1 to",
    ],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET, MAX_WEBHOOKS_PER_MINUTE: "6001" },
      'MAX_WEBHOOKS_PER_MINUTE must be a whole number from 1 to 6000; received "6001"',
    ],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET_NAME: "-hook" },
      'WEBHOOK_SECRET_NAME must be a Secrets Manager secret name: 1 to 128 letters, digits, _ or -, starting with a letter or digit; received "-hook"',
    ],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET_NAME: "hook", SSM_ENDPOINT: "http://ssm.example.com" },
      'SSM_ENDPOINT must be an ssm.* host or https URL, or http://127.0.0.1:<port> for a local emulator; received "http://ssm.example.com"',
    ],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET_NAME: "hook", SSM_ENDPOINT: "https://evil.example.com" },
      "SSM_ENDPOINT must be an ssm.* host",
    ],
    [
      { COS_BUCKET: "photos" },
      'COS_BUCKET must be <name>-<10-digit APPID> in lower case, such as photos-1250000000; received "photos"',
    ],
    [{ COS_REGION: "guangzhou" }, 'COS_REGION must be a COS region such as ap-guangzhou; received "guangzhou"'],
    [{ ALLOW_PREFIX: "uploads/" }, 'ALLOW_PREFIX must contain {sub} exactly once; received "uploads/"'],
    [{ MAX_UPLOAD_BYTES: "1e6" }, "MAX_UPLOAD_BYTES must be a whole number from 1"],
    [
      { ALLOWED_CONTENT_TYPES: "image/*,Image/PNG" },
      'ALLOWED_CONTENT_TYPES must list lower-case media types such as image/png or image/*; received "Image/PNG"',
    ],
    [
      { QUARANTINE_PREFIX: "uploads/quarantine/" },
      'QUARANTINE_PREFIX must lie outside the prefix root "uploads/", and the root outside it; received "uploads/quarantine/"',
    ],
    [{ QUARANTINE_PREFIX: "quarantine" }, 'QUARANTINE_PREFIX must be a folder such as "quarantine/"'],
    [{ QUARANTINE_PREFIX: "../quarantine/" }, 'QUARANTINE_PREFIX must be a folder such as "quarantine/"'],
    [
      { WEBHOOK_URL: "http://api.example.com/hook", WEBHOOK_SECRET: SECRET },
      'WEBHOOK_URL must be an https URL without credentials, or http://127.0.0.1:<port>/… for a local receiver; received "http://api.example.com/hook"',
    ],
    [
      { WEBHOOK_URL: "https://user:pw@api.example.com/hook", WEBHOOK_SECRET: SECRET },
      "WEBHOOK_URL must be an https URL",
    ],
    [
      { WEBHOOK_URL: "https://api.example.com/hook" },
      "set exactly one of WEBHOOK_SECRET and WEBHOOK_SECRET_NAME (a Secrets Manager secret) with WEBHOOK_URL",
    ],
    [{ WEBHOOK_SECRET: SECRET }, "WEBHOOK_SECRET is set without WEBHOOK_URL"],
    [
      { COS_ENDPOINT: "http://cos.example.com:80" },
      "COS_ENDPOINT must be an https origin, or http://127.0.0.1:<port> for the local COS",
    ],
    [{}, "set exactly one of VERDICT_SECRET and VERDICT_SECRET_NAME (a Secrets Manager secret) without WEBHOOK_URL"],
    [{ ...VERDICT, VERDICT_SECRET_NAME: "verdict" }, "set exactly one of VERDICT_SECRET and VERDICT_SECRET_NAME"],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET, ...VERDICT },
      "VERDICT_SECRET is set beside WEBHOOK_URL: the verdict tags are signed with a key derived from the webhook secret",
    ],
    [
      { WEBHOOK_URL: HOOK, WEBHOOK_SECRET: SECRET, VERDICT_SECRET_NAME: "verdict" },
      "VERDICT_SECRET_NAME is set beside WEBHOOK_URL",
    ],
    [
      { VERDICT_SECRET_NAME: "-verdict" },
      'VERDICT_SECRET_NAME must be a Secrets Manager secret name: 1 to 128 letters, digits, _ or -, starting with a letter or digit; received "-verdict"',
    ],
    [{ ...VERDICT, SWEEP_GRACE_MINUTES: "0" }, "SWEEP_GRACE_MINUTES must be a whole number from 1 to"],
    [
      { ...VERDICT, SWEEP_GRACE_MINUTES: "10081" },
      'SWEEP_GRACE_MINUTES must be a whole number from 1 to 10080; received "10081"',
    ],
    [
      { ...VERDICT, SWEEP_MAX_OBJECTS: "1001" },
      'SWEEP_MAX_OBJECTS must be a whole number from 1 to 1000; received "1001"',
    ],
    [{ ...VERDICT, SWEEP_MAX_OBJECTS: "ten" }, "SWEEP_MAX_OBJECTS must be a whole number from 1 to"],
  ])("fails for %p", (change, message) => {
    expect(() => parseCheckConfig({ ...BASE, ...change })).toThrow(message);
  });

  test("fails for a short webhook secret without showing it", () => {
    const read = () =>
      parseCheckConfig({ ...BASE, WEBHOOK_URL: "https://api.example.com/hook", WEBHOOK_SECRET: "short-secret-value" });
    expect(read).toThrow("WEBHOOK_SECRET must be at least 32 bytes; received 18");
    expect(read).not.toThrow(/short-secret-value/);
  });

  test("fails for a short verdict secret without showing it", () => {
    const read = () => parseCheckConfig({ ...BASE, VERDICT_SECRET: "short-secret-value" });
    expect(read).toThrow("VERDICT_SECRET must be at least 32 bytes; received 18");
    expect(read).not.toThrow(/short-secret-value/);
  });
});

test.each([
  ["WEBHOOK_URL", { WEBHOOK_URL: "https://hook:s3cret-pass@api.example.com/hook#x", WEBHOOK_SECRET: SECRET }],
  ["WEBHOOK_URL", { WEBHOOK_URL: "http://api.example.com/hook?token=s3cret-pass", WEBHOOK_SECRET: SECRET }],
  ["COS_ENDPOINT", { COS_ENDPOINT: "https://id:s3cret-pass@cos.example.com/x" }],
])("fails without echoing the credentials or query of a refused %s", (name, overrides) => {
  expect(() => parseCheckConfig({ ...BASE, ...overrides })).toThrow(
    expect.objectContaining({ message: expect.stringContaining(name) }),
  );
  expect(() => parseCheckConfig({ ...BASE, ...overrides })).toThrow(
    expect.objectContaining({ message: expect.not.stringContaining("s3cret") }),
  );
});

test("fails when ALLOWED_CONTENT_TYPES is only commas, which would allow any type", () => {
  expect(() => parseCheckConfig({ ...BASE, ALLOWED_CONTENT_TYPES: "," })).toThrow(
    /^ALLOWED_CONTENT_TYPES must list lower-case media types/,
  );
});
