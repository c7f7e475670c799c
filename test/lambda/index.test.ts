import { handlerFromEnvironment } from "../../lambda/key-service/index";
import { functionUrlEvent } from "./service-fixture";

let logs: string[];

beforeEach(() => {
  logs = [];
  jest.spyOn(console, "log").mockImplementation((line: string) => logs.push(line));
});

afterEach(() => jest.restoreAllMocks());

test("answers 503 when misconfigured and logs the variable, not the secret", async () => {
  const handler = handlerFromEnvironment({ COS_BUCKET: "photos-1250000000", AUTH_JWT_SECRET: "hunter2" });

  const response = await handler(functionUrlEvent(), { request_id: "r-1" });

  expect(response.statusCode).toBe(503);
  expect(response.headers["Content-Type"]).toBe("application/json");
  expect(JSON.parse(response.body)).toEqual({
    error: { code: "ServiceMisconfigured", message: "the key service is not configured correctly; see its log" },
    requestId: "r-1",
  });
  expect(JSON.parse(logs[0])).toMatchObject({ requestId: "r-1", status: 503, problem: "COS_REGION is required" });
  expect(logs.join("\n")).not.toContain("hunter2");
});

test("main_handler, scf's default handler name, reads the environment once per instance", async () => {
  const original = process.env;
  process.env = { PATH: original.PATH };
  try {
    await jest.isolateModulesAsync(async () => {
      const { main_handler } = await import("../../lambda/key-service/index");
      const first = await main_handler(functionUrlEvent(), { request_id: "r-1" });
      process.env = { ...process.env, COS_BUCKET: "photos-1250000000", COS_REGION: "ap-guangzhou" };
      const second = await main_handler(functionUrlEvent(), { request_id: "r-2" });

      expect([first.statusCode, second.statusCode]).toEqual([503, 503]);
      expect(logs.map((line) => JSON.parse(line).problem)).toEqual([
        "COS_BUCKET is required",
        "COS_BUCKET is required",
      ]);
    });
  } finally {
    process.env = original;
  }
});

test("answers 503 when a key set is configured without issuer and audience", async () => {
  const handler = handlerFromEnvironment({
    COS_BUCKET: "photos-1250000000",
    COS_REGION: "ap-guangzhou",
    UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/direct-transfer-upload",
    AUTH_JWKS_URL: "https://login.example.com/.well-known/jwks.json",
    AUTH_AUDIENCE: "photos-app",
    TENCENTCLOUD_SECRETID: "AKIDfunction",
    TENCENTCLOUD_SECRETKEY: "function-secret-key",
  });

  const response = await handler(functionUrlEvent(), { request_id: "r-1" });

  expect(response.statusCode).toBe(503);
  expect(response.headers["X-Content-Type-Options"]).toBe("nosniff");
  expect(JSON.parse(response.body).error.code).toBe("ServiceMisconfigured");
  expect(JSON.parse(logs[0]).problem).toBe("AUTH_JWKS_URL requires both AUTH_ISSUER and AUTH_AUDIENCE");
});

test("answers 503 for a token secret too short to sign with, naming its length and never the value", async () => {
  // Terraform no longer checks the secret variable (its error would print the value); this is where it is checked.
  const handler = handlerFromEnvironment({
    COS_BUCKET: "photos-1250000000",
    COS_REGION: "ap-guangzhou",
    UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/direct-transfer-upload",
    AUTH_JWT_SECRET: "short-but-secret",
    TENCENTCLOUD_SECRETID: "AKIDfunction",
    TENCENTCLOUD_SECRETKEY: "function-secret-key",
  });

  const response = await handler(functionUrlEvent(), { request_id: "r-1" });

  expect(response.statusCode).toBe(503);
  expect(JSON.parse(response.body)).toMatchObject({ error: { code: "ServiceMisconfigured" } });
  expect(JSON.parse(logs[0])).toMatchObject({
    status: 503,
    problem: "AUTH_JWT_SECRET must be at least 32 bytes; received 16",
  });
  expect([response.body, ...logs].join("\n")).not.toContain("short-but-secret");
});
