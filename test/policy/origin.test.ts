import { resolveEnvironment } from "../../config/resolve";
import { ENVIRONMENTS } from "../../config/environments";
import { ConfigError, parseConfig } from "../../lambda/key-service/config";
import { isLoopbackOrigin, isOriginEntry, originAllowed } from "../../policy/origin";

/** Entries the rule accepts, and why each of the refused ones is refused. */
const ACCEPTED = [
  "*",
  "https://app.example.com",
  "https://app.example.com:8443",
  "https://*.example.com",
  "https://*.apps.example.com:8443",
  "http://localhost",
  "http://localhost:3000",
  "http://127.0.0.1:5173",
  "https://localhost:3000",
];
const REFUSED = [
  "http://evil.example",
  "http://app.example.com",
  "http://*.localhost",
  "http://*.example.com",
  "http://192.168.1.5:3000",
  "http://[::1]:3000",
  "https://*.com",
  "https://*",
  "https://a.*.example.com",
  "https://App.example.com",
  "https://app.example.com/",
  "https://app.example.com/path",
  "https://app.example.com?x",
  "https://user@app.example.com",
  "https://app.example.com:443",
  "http://localhost:80",
  "https://app.example.com:0",
  "https://app.example.com:65536",
  "https://app.example.com:08443",
  "https://-app.example.com",
  "https://app..example.com",
  "app.example.com",
  "ftp://app.example.com",
  "null",
  "",
];

describe("origin entries", () => {
  test.each(ACCEPTED)("accepts %s", (entry) => {
    expect(isOriginEntry(entry)).toBe(true);
  });

  test.each(REFUSED)("fails for %j", (entry) => {
    expect(isOriginEntry(entry)).toBe(false);
  });

  test("the environment schema and the key service accept exactly the same entries", () => {
    const base = {
      COS_BUCKET: "photos-1250000000",
      COS_REGION: "ap-guangzhou",
      UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/upload",
      AUTH_JWT_SECRET: "x".repeat(32),
      TENCENTCLOUD_SECRETID: "AKIDorigin",
      TENCENTCLOUD_SECRETKEY: "origin",
    };
    const acceptedBy = (run: () => unknown): boolean => {
      try {
        run();
        return true;
      } catch {
        return false;
      }
    };
    // Empty and comma-bearing entries mean something else in a comma-separated variable.
    for (const entry of [...ACCEPTED, ...REFUSED].filter((candidate) => candidate !== "")) {
      const bySchema = acceptedBy(() => resolveEnvironment({ ...ENVIRONMENTS.dev, corsOrigins: [entry] }));
      const byFunction = acceptedBy(() => parseConfig({ ...base, ALLOWED_ORIGINS: entry }));
      expect({ entry, bySchema, byFunction }).toEqual({
        entry,
        bySchema: isOriginEntry(entry),
        byFunction: isOriginEntry(entry),
      });
    }
  });

  test("fails to configure the key service with http://evil.example in ALLOWED_ORIGINS, as synth fails for it", () => {
    const env = {
      COS_BUCKET: "photos-1250000000",
      COS_REGION: "ap-guangzhou",
      UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/upload",
      AUTH_JWT_SECRET: "x".repeat(32),
      TENCENTCLOUD_SECRETID: "AKIDorigin",
      TENCENTCLOUD_SECRETKEY: "origin",
      ALLOWED_ORIGINS: "https://app.example.com,http://evil.example",
    };
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(
      /^ALLOWED_ORIGINS must list origins such as .*plain http only for localhost and 127\.0\.0\.1.*; received "http:\/\/evil\.example"$/,
    );
    expect(() => resolveEnvironment({ ...ENVIRONMENTS.dev, corsOrigins: ["http://evil.example"] })).toThrow(
      'corsOrigins[0]: received "http://evil.example"; allowed: origins such as',
    );
  });

  test("names the loopback origins with a port, where the sandbox serves its page", () => {
    expect(
      [
        "http://localhost:3000",
        "http://127.0.0.1:5173",
        "http://localhost",
        "https://localhost:3000",
        "http://evil.example:3000",
      ].map(isLoopbackOrigin),
    ).toEqual([true, true, false, false, false]);
  });
});

describe("request origins", () => {
  test("an exact entry allows only its own origin", () => {
    expect(originAllowed("https://app.example.com", ["https://app.example.com"])).toBe(true);
    expect(originAllowed("https://app.example.com:8443", ["https://app.example.com"])).toBe(false);
    expect(originAllowed("http://app.example.com", ["https://app.example.com"])).toBe(false);
  });

  test.each(["https://app.example.com", "https://a.b.example.com"])(
    "a wildcard entry allows the subdomain %s",
    (origin) => {
      expect(originAllowed(origin, ["https://*.example.com"])).toBe(true);
    },
  );

  test.each([
    "https://example.com",
    "http://app.example.com",
    "https://app.example.com:8443",
    "https://evilexample.com",
    "https://app.example.com.evil.com",
  ])("a wildcard entry refuses %s", (origin) => {
    expect(originAllowed(origin, ["https://*.example.com"])).toBe(false);
  });

  test("* allows any well-formed origin, and nothing else", () => {
    expect(originAllowed("http://192.168.1.5:3000", ["*"])).toBe(true);
    expect(
      ["null", "https://a.example.com/x", "https://a.example.com\r\nSet-Cookie: x", "", undefined].map((origin) =>
        originAllowed(origin, ["*"]),
      ),
    ).toEqual([false, false, false, false, false]);
  });

  test("an entry the rule refuses allows nothing, not even its own origin", () => {
    expect(originAllowed("http://evil.example", ["http://evil.example"])).toBe(false);
  });
});
