import { corsHeaders, preflightHeaders } from "../../lambda/key-service/cors";
import { parseConfig } from "../../lambda/key-service/config";

test("echoes an allowed origin and varies on it", () => {
  expect(corsHeaders("https://app.example.com", ["https://app.example.com"])).toEqual({
    "Access-Control-Allow-Origin": "https://app.example.com",
    Vary: "Origin",
  });
});

test("echoes any origin when * is allowed, never a literal *", () => {
  expect(corsHeaders("https://other.example.com", ["*"])).toEqual({
    "Access-Control-Allow-Origin": "https://other.example.com",
    Vary: "Origin",
  });
});

test("gives no headers to other origins or to requests without an origin", () => {
  expect(corsHeaders("https://evil.example.com", ["https://app.example.com"])).toEqual({});
  expect(corsHeaders(undefined, ["*"])).toEqual({});
});

test("refuses a preflight from an origin that is not allowed", () => {
  expect(() => preflightHeaders("https://evil.example.com", [])).toThrow(
    expect.objectContaining({ status: 403, code: "OriginNotAllowed" }),
  );
});

describe("a wildcard origin such as https://*.example.com, which the environment schema and the bucket's CORS accept", () => {
  const allowed = ["https://*.example.com"];

  test.each(["https://app.example.com", "https://a.b.example.com", "https://x-1.example.com"])(
    "echoes %s",
    (origin) => {
      expect(corsHeaders(origin, allowed)).toEqual({ "Access-Control-Allow-Origin": origin, Vary: "Origin" });
      expect(preflightHeaders(origin, allowed)).toMatchObject({ "Access-Control-Allow-Origin": origin });
    },
  );

  test.each([
    "https://example.com",
    "http://app.example.com",
    "https://app.example.com.evil.com",
    "https://evilexample.com",
    "https://app.example.com:8443",
    "https://.example.com",
    "https://evil.com/.example.com",
    "https://evil.com?.example.com",
    "https://user@evil.com#.example.com",
  ])("gives no headers to %s", (origin) => {
    expect(corsHeaders(origin, allowed)).toEqual({});
  });

  test("the key service configured from a record with one answers it as the bucket does", () => {
    const config = parseConfig({
      COS_BUCKET: "photos-1250000000",
      COS_REGION: "ap-guangzhou",
      UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/upload",
      AUTH_JWT_SECRET: "x".repeat(32),
      TENCENTCLOUD_SECRETID: "AKIDcors",
      TENCENTCLOUD_SECRETKEY: "cors",
      ALLOWED_ORIGINS: "https://*.example.com",
    });
    expect(corsHeaders("https://app.example.com", config.allowedOrigins)).toMatchObject({
      "Access-Control-Allow-Origin": "https://app.example.com",
    });
  });
});

test("gives no headers to a plain-http origin other than localhost, even one listed, as the origin rule refuses it", () => {
  expect(corsHeaders("http://evil.example", ["http://evil.example"])).toEqual({});
  expect(corsHeaders("http://localhost:3000", ["http://localhost:3000"])).toEqual({
    "Access-Control-Allow-Origin": "http://localhost:3000",
    Vary: "Origin",
  });
});
