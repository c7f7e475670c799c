import { JWTHeaderParameters, JWTPayload, SignJWT } from "jose";
import { COS_DOWNLOAD_ACTIONS, COS_UPLOAD_ACTIONS, PolicyDocument } from "../../policy";
import { ServiceConfig } from "../../lambda/key-service/config";
import { ScfResponse } from "../../lambda/key-service/event";
import { callerHash } from "../../lambda/shared/caller-hash";
import { claims, hs256Token, startJwksServer } from "../helpers/jwt";
import {
  apiGatewayEvent,
  bodyOf,
  BUCKET,
  closeFixtures,
  functionUrlEvent,
  REGION,
  ROLE_ARN,
  SECRET_NAME,
  serviceFixture,
  fixtureSecrets,
} from "./service-fixture";
import { secretsIn } from "../helpers/log-scan";

let logs: string[];

beforeEach(() => {
  logs = [];
  jest.spyOn(console, "log").mockImplementation((line: string) => logs.push(line));
});

afterEach(async () => {
  // Issue 17: no line of the key service holds a token, key, secret or ticket.
  const leaked = secretsIn(logs, fixtureSecrets());
  jest.restoreAllMocks();
  await closeFixtures();
  expect(leaked).toEqual([]);
});

/** An identity provider's issuer and audience, which a key set requires. */
const IDP = { AUTH_ISSUER: "https://login.example.com/", AUTH_AUDIENCE: "photos-app" };
const IDP_CLAIMS = { iss: IDP.AUTH_ISSUER, aud: IDP.AUTH_AUDIENCE };

function actionsOf(policy: PolicyDocument | undefined): string[] {
  return (policy?.statement ?? []).flatMap((statement) => statement.action);
}

function resourcesOf(policy: PolicyDocument | undefined): string[] {
  return [...new Set((policy?.statement ?? []).flatMap((statement) => statement.resource ?? []))];
}

describe("issuing keys", () => {
  test("answers in the shape tencent's android and js sdks parse unmodified", async () => {
    const service = await serviceFixture();
    const before = Math.floor(Date.now() / 1000);

    const response = await service.get("alice");

    expect(response.statusCode).toBe(200);
    expect(response.isBase64Encoded).toBe(false);
    expect(response.headers["Content-Type"]).toBe("application/json");
    expect(response.headers["Cache-Control"]).toBe("no-store");
    expect(response.headers["X-Content-Type-Options"]).toBe("nosniff");
    const body = bodyOf(response);
    const key = service.sts.issued[0];
    expect(body.credentials).toEqual({
      tmpSecretId: key.tmpSecretId,
      tmpSecretKey: key.tmpSecretKey,
      sessionToken: key.sessionToken,
    });
    expect(Number.isInteger(body.startTime) && String(body.startTime)).toMatch(/^\d{10}$/);
    expect(Number.isInteger(body.expiredTime) && String(body.expiredTime)).toMatch(/^\d{10}$/);
    expect(body.startTime).toBeGreaterThanOrEqual(before);
    expect(body.startTime).toBeLessThan(Number(body.expiredTime));
    expect(body.expiredTime).toBe(key.expiredTime);
    expect(new Date(String(body.expiration)).getTime()).toBe(key.expiredTime * 1000);
    expect(body.requestId).toBe(service.sts.calls[0].requestId);
    expect(body).toMatchObject({ bucket: BUCKET, region: REGION, allowPrefix: "uploads/alice/" });
  });

  test("asks sts for the upload role, a session named after the caller and the configured lifetime", async () => {
    const service = await serviceFixture({ env: { DURATION_SECONDS: "900" } });

    await service.get("user|42");

    expect(service.sts.calls).toHaveLength(1);
    const [call] = service.sts.calls;
    expect(call.rejected).toBeUndefined();
    expect(call.action).toBe("AssumeRole");
    expect(call.params).toMatchObject({
      RoleArn: ROLE_ARN,
      RoleSessionName: expect.stringMatching(/^user_42,[0-9a-f]{16}$/),
      DurationSeconds: 900,
    });
  });

  test("hands sts a policy confined to exactly the caller's prefix", async () => {
    const service = await serviceFixture();

    await service.get("alice");

    const { policy } = service.sts.calls[0];
    expect(resourcesOf(policy)).toEqual([`qcs::cos:${REGION}:uid/1250000000:${BUCKET}/uploads/alice/*`]);
    expect(actionsOf(policy).sort()).toEqual([...COS_UPLOAD_ACTIONS].sort());
  });

  test("requires https in every statement, unless insecure transport is allowed", async () => {
    const secure = await serviceFixture();
    const insecure = await serviceFixture({ env: { ALLOW_INSECURE_TRANSPORT: "true" } });

    await secure.get("alice");
    await insecure.get("alice");

    for (const statement of secure.sts.calls[0].policy?.statement ?? []) {
      expect(statement.condition?.bool_equal).toEqual({ "cos:secure-transport": "true" });
    }
    expect(JSON.stringify(insecure.sts.calls[0].policy)).not.toContain("cos:secure-transport");
  });

  test("uses the configured prefix template", async () => {
    const service = await serviceFixture({ env: { ALLOW_PREFIX: "apps/photos/{sub}/" } });

    const response = await service.get("bob");

    expect(bodyOf(response).allowPrefix).toBe("apps/photos/bob/");
    expect(resourcesOf(service.sts.calls[0].policy)).toEqual([
      `qcs::cos:${REGION}:uid/1250000000:${BUCKET}/apps/photos/bob/*`,
    ]);
  });

  test("adds the size and exact content-type conditions when configured", async () => {
    const service = await serviceFixture({
      env: { MAX_UPLOAD_BYTES: "1048576", ALLOWED_CONTENT_TYPES: "image/*, video/mp4" },
    });

    await service.get("alice", { contentType: "video/mp4" });

    const { policy } = service.sts.calls[0];
    const uploads = policy?.statement.filter((statement) => statement.action.includes("name/cos:PutObject")) ?? [];
    expect(uploads).toHaveLength(1);
    expect(uploads[0].condition).toMatchObject({
      numeric_less_than_equal: { "cos:content-length": 1048576 },
      string_equal: { "cos:content-type": "video/mp4" },
    });
    expect(JSON.stringify(policy)).not.toContain("string_like");
  });

  test("narrows the content-type condition to exactly the requested contentType", async () => {
    const service = await serviceFixture({ env: { ALLOWED_CONTENT_TYPES: "image/*" } });

    const response = await service.get("alice", { contentType: "image/png", ext: "png" });

    expect(response.statusCode).toBe(200);
    const typed =
      service.sts.calls[0].policy?.statement.filter((statement) => statement.condition?.string_equal !== undefined) ??
      [];
    expect(typed.map((statement) => statement.condition?.string_equal)).toEqual(
      typed.map(() => ({ "cos:content-type": "image/png" })),
    );
    expect(typed.flatMap((statement) => statement.action)).toEqual(
      expect.arrayContaining(["name/cos:PutObject", "name/cos:InitiateMultipartUpload"]),
    );
  });

  test("without allowed types, any exact contentType narrows the key and none is needed", async () => {
    const service = await serviceFixture();

    const narrowed = await service.get("alice", { contentType: "text/html" });
    const open = await service.get("bob");

    expect([narrowed.statusCode, open.statusCode]).toEqual([200, 200]);
    expect(JSON.stringify(service.sts.calls[0].policy)).toContain('"string_equal":{"cos:content-type":"text/html"}');
    expect(JSON.stringify(service.sts.calls[1].policy)).not.toContain("cos:content-type");
  });

  test("with allowed types, refuses an upload that names no contentType with 400 listing them", async () => {
    const service = await serviceFixture({ env: { ALLOWED_CONTENT_TYPES: "image/*,video/mp4" } });

    const response = await service.get("alice");

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response).error).toEqual({
      code: "ContentTypeRequired",
      message: expect.stringContaining("image/*, video/mp4"),
    });
    expect(service.sts.calls).toHaveLength(0);
  });

  test.each([
    ["svg under image/*", "image/svg+xml", 403],
    ["html", "text/html", 403],
    ["a type with a second type after a comma", "image/png, text/html", 400],
    ["a type with parameters", "image/x;text/html", 400],
  ])("with allowed types, refuses %s", async (_name, contentType, status) => {
    const service = await serviceFixture({ env: { ALLOWED_CONTENT_TYPES: "image/*" } });

    const response = await service.get("alice", { contentType });

    expect(response.statusCode).toBe(status);
    expect(service.sts.calls).toHaveLength(0);
  });

  test("gives only download actions for the download scope", async () => {
    const service = await serviceFixture({ env: { MAX_UPLOAD_BYTES: "1024", ALLOWED_CONTENT_TYPES: "image/*" } });

    const response = await service.get("alice", { scope: "download" });

    expect(response.statusCode).toBe(200);
    const { policy } = service.sts.calls[0];
    expect(actionsOf(policy).sort()).toEqual([...COS_DOWNLOAD_ACTIONS].sort());
    expect(resourcesOf(policy)).toEqual([`qcs::cos:${REGION}:uid/1250000000:${BUCKET}/uploads/alice/*`]);
  });

  test("accepts the same request as a json post", async () => {
    const service = await serviceFixture();
    const event = functionUrlEvent({
      method: "POST",
      headers: { Authorization: `Bearer ${await service.token("alice")}`, "Content-Type": "application/json" },
      body: JSON.stringify({ scope: "download", ext: "jpg" }),
    });

    const response = await service.handler(event);

    expect(response.statusCode).toBe(200);
    expect(actionsOf(service.sts.calls[0].policy).sort()).toEqual([...COS_DOWNLOAD_ACTIONS].sort());
  });

  test("checks iss and aud when configured", async () => {
    const service = await serviceFixture({
      env: { AUTH_ISSUER: "https://login.example.com", AUTH_AUDIENCE: "photos-app" },
    });
    const token = await hs256Token(
      service.secret,
      claims("alice", { iss: "https://login.example.com", aud: "photos-app" }),
    );

    const response = await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${token}` } }));

    expect(response.statusCode).toBe(200);
  });

  test("accepts rs256 and es256 tokens from the configured key set", async () => {
    const jwks = await startJwksServer();
    try {
      const service = await serviceFixture({ env: { AUTH_JWT_SECRET: undefined, AUTH_JWKS_URL: jwks.url, ...IDP } });
      for (const alg of ["RS256", "ES256"] as const) {
        const token = await jwks.sign(claims(`user-${alg}`, IDP_CLAIMS), alg);
        const response = await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${token}` } }));
        expect(response.statusCode).toBe(200);
      }
      expect(service.sts.calls.map((call) => call.params.RoleSessionName)).toEqual(["user-RS256", "user-ES256"]);
    } finally {
      await jwks.close();
    }
  });

  test("refuses with 503 when the key set cannot be fetched, without calling sts", async () => {
    const jwks = await startJwksServer();
    const token = await jwks.sign(claims("alice", IDP_CLAIMS));
    const url = jwks.url;
    await jwks.close();
    const service = await serviceFixture({ env: { AUTH_JWT_SECRET: undefined, AUTH_JWKS_URL: url, ...IDP } });

    const response = await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${token}` } }));

    expect(response.statusCode).toBe(503);
    expect(bodyOf(response).error).toMatchObject({ code: "AuthUnavailable" });
    expect(service.sts.calls).toHaveLength(0);
  });
});

describe("caching", () => {
  test("serves a caller's second request without a second sts call", async () => {
    const service = await serviceFixture();

    const first = bodyOf(await service.get("alice"));
    const second = bodyOf(await service.get("alice"));

    expect(service.sts.calls).toHaveLength(1);
    expect(second.credentials).toEqual(first.credentials);
    expect(JSON.parse(logs[1]).outcome).toBe("cached");
  });

  test("makes exactly one sts call for a burst of first requests", async () => {
    const service = await serviceFixture();
    service.sts.setFault({ kind: "delay", ms: 100 });

    const responses = await Promise.all([1, 2, 3, 4, 5].map(() => service.get("alice")));

    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(service.sts.calls).toHaveLength(1);
  });

  test("makes one sts call for each other caller, scope and contentType", async () => {
    const service = await serviceFixture();

    await service.get("alice");
    await service.get("bob");
    await service.get("alice", { scope: "download" });
    await service.get("alice", { contentType: "image/png" });
    await service.get("alice", { contentType: "image/png" });

    expect(service.sts.calls).toHaveLength(4);
    expect(service.sts.calls.map((call) => call.params.RoleSessionName)).toEqual(["alice", "bob", "alice", "alice"]);
  });

  test("answers 429 with retry-after once a caller caused its sts calls for the minute", async () => {
    const service = await serviceFixture({ env: { MAX_KEYS_PER_CALLER_PER_MINUTE: "2" } });

    const statuses = [];
    for (const contentType of ["image/png", "image/jpeg", "image/gif"]) {
      statuses.push((await service.get("alice", { contentType })).statusCode);
    }
    const limited = await service.get("alice", { contentType: "image/webp" });
    const cached = await service.get("alice", { contentType: "image/png" });
    const other = await service.get("bob", { contentType: "image/gif" });

    expect(statuses).toEqual([200, 200, 429]);
    expect(limited.statusCode).toBe(429);
    expect(bodyOf(limited).error).toEqual({
      code: "TooManyRequests",
      message: expect.stringContaining("at most 2 new keys per minute"),
    });
    expect(Number(limited.headers["Retry-After"])).toBeGreaterThanOrEqual(59);
    expect(Number(limited.headers["Retry-After"])).toBeLessThanOrEqual(60);
    expect([cached.statusCode, other.statusCode]).toEqual([200, 200]);
    expect(service.sts.calls).toHaveLength(3);
  });

  test("a flood of 1100 requests for distinct types from one caller costs at most 10 sts calls and evicts nobody", async () => {
    const service = await serviceFixture({ env: { ALLOWED_CONTENT_TYPES: "image/*" } });
    await service.get("bob", { contentType: "image/png" });
    const token = await service.token("mallory");
    const flood = (i: number): Promise<ScfResponse> =>
      service.handler(
        functionUrlEvent({ query: { contentType: `image/x${i}` }, headers: { authorization: `Bearer ${token}` } }),
        { request_id: `f${i}` },
      );

    const statuses: number[] = [];
    for (let i = 0; i < 1100; i += 50) {
      const batch = await Promise.all(Array.from({ length: 50 }, (_, j) => flood(i + j)));
      statuses.push(...batch.map((response) => response.statusCode));
    }
    logs.length = 0;
    const bob = await service.get("bob", { contentType: "image/png" });
    // Mallory's first keys: at most 4 of them are still cached, the rest would need new sts calls.
    const again = await Promise.all(Array.from({ length: 10 }, (_, i) => flood(i)));

    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1090);
    expect(service.sts.calls.filter((call) => call.params.RoleSessionName === "mallory")).toHaveLength(10);
    expect(bob.statusCode).toBe(200);
    expect(JSON.parse(logs[0])).toMatchObject({ caller: callerHash("bob"), outcome: "cached", cacheHit: true });
    expect(again.filter((response) => response.statusCode === 200).length).toBeLessThanOrEqual(4);
    expect(service.sts.calls).toHaveLength(11);
  });

  test("calls sts again when the kept key is no longer comfortably valid", async () => {
    const service = await serviceFixture({ sts: { keyLifetimeSeconds: 120 } });

    await service.get("alice");
    await service.get("alice");

    expect(service.sts.calls).toHaveLength(2);
  });

  test("does not keep a failure", async () => {
    const service = await serviceFixture();
    service.sts.setFault({ kind: "error", code: "InternalError" }, 1);

    const failed = await service.get("alice");
    const retried = await service.get("alice");

    expect([failed.statusCode, retried.statusCode]).toEqual([502, 200]);
    expect(service.sts.calls).toHaveLength(2);
  });
});

describe("sts faults", () => {
  const timeoutMs = 400;

  test.each([
    ["an sts error code", 502, { kind: "error", code: "InternalError" }, "StsFailed", "InternalError"],
    [
      "a refused role",
      502,
      { kind: "error", code: "InvalidParameter.RoleNotExist" },
      "StsFailed",
      "InvalidParameter.RoleNotExist",
    ],
    ["rate limiting", 503, { kind: "error", code: "RequestLimitExceeded" }, "StsThrottled", "RequestLimitExceeded"],
    ["http 500", 502, { kind: "status", status: 500 }, "StsFailed", "HTTP 500"],
    ["a garbage body", 502, { kind: "garbage" }, "StsFailed", "unreadable answer"],
    ["slowness beyond the timeout", 504, { kind: "delay", ms: timeoutMs + 600 }, "StsTimeout", "timeout"],
  ] as const)(
    "answers %s with %i within the timeout, then answers normally",
    async (_name, status, fault, code, stsCode) => {
      const service = await serviceFixture({ config: (config) => ({ ...config, sts: { ...config.sts, timeoutMs } }) });
      service.sts.setFault(fault, 1);

      const started = Date.now();
      const failed = await service.get("alice");
      const elapsed = Date.now() - started;
      const recovered = await service.get("alice");

      expect(failed.statusCode).toBe(status);
      expect(elapsed).toBeLessThan(timeoutMs + 300);
      expect(failed.headers["Content-Type"]).toBe("application/json");
      expect(bodyOf(failed)).toEqual({ error: { code, message: expect.any(String) }, requestId: "test" });
      expect(failed.body).not.toMatch(/tmpSecret|sessionToken|Error:|\n\s+at /);
      expect(JSON.parse(logs[0])).toMatchObject({ status, outcome: code, stsCode });
      expect(recovered.statusCode).toBe(200);
      expect(service.sts.calls).toHaveLength(2);
    },
  );

  test("answers at the deadline and leaves a call still pending to the SDK's own timeout, which closes it", async () => {
    const service = await serviceFixture({ config: (config) => ({ ...config, sts: { ...config.sts, timeoutMs } }) });
    service.sts.setFault({ kind: "delay", ms: 60_000 }, 1);
    const closed = service.sts.nextConnectionClose();

    const started = Date.now();
    const failed = await service.get("alice");
    const answeredAfter = Date.now() - started;
    // Nothing but the SDK's reqTimeout (a second after the deadline) closes it before the answer, a minute later.
    await closed;
    const closedAfter = Date.now() - started;

    expect(failed.statusCode).toBe(504);
    expect(answeredAfter).toBeLessThan(timeoutMs + 300);
    expect(closedAfter).toBeGreaterThanOrEqual(timeoutMs + 1000);
    // Long before the slow answer (a minute) would have come: the call was closed, not answered.
    expect(closedAfter).toBeLessThan(30_000);
    expect((await service.get("alice")).statusCode).toBe(200);
  });

  test("asks the caller to retry shortly when sts is rate limited", async () => {
    const service = await serviceFixture();
    service.sts.setFault({ kind: "error", code: "RequestLimitExceeded.UinLimitExceeded" }, 1);

    const response = await service.get("alice");

    expect(response.statusCode).toBe(503);
    expect(response.headers["Retry-After"]).toBe("1");
  });

  test("answers 502 when sts cannot be reached", async () => {
    const service = await serviceFixture();
    await service.sts.close();

    const response = await service.get("alice");

    expect(response.statusCode).toBe(502);
    expect(JSON.parse(logs[0]).stsCode).toBe("unreachable");
  });

  test("answers 502 when sts refuses the function's signature", async () => {
    const service = await serviceFixture({ env: { TENCENTCLOUD_SECRETKEY: "not-the-function-key" } });

    const response = await service.get("alice");

    expect(response.statusCode).toBe(502);
    expect(service.sts.calls[0].rejected).toBe("AuthFailure.SignatureFailure");
  });

  test("answers 502 when the function's session token is missing", async () => {
    const service = await serviceFixture({ env: { TENCENTCLOUD_SESSIONTOKEN: undefined } });

    const response = await service.get("alice");

    expect(response.statusCode).toBe(502);
    expect(service.sts.calls[0].rejected).toBe("AuthFailure.TokenFailure");
  });
});

describe("cors", () => {
  const origins = "https://app.example.com,http://localhost:5173";

  test("answers a preflight from an allowed origin with 204 and that origin", async () => {
    const service = await serviceFixture({ env: { ALLOWED_ORIGINS: origins } });

    const response = await service.handler(
      functionUrlEvent({
        method: "OPTIONS",
        headers: {
          Origin: "http://localhost:5173",
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "authorization,content-type",
        },
      }),
    );

    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
    expect(response.headers).toMatchObject({
      "Access-Control-Allow-Origin": "http://localhost:5173",
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": "authorization, content-type",
      Vary: "Origin",
    });
    expect(service.sts.calls).toHaveLength(0);
  });

  test("refuses a preflight from another origin without cors headers", async () => {
    const service = await serviceFixture({ env: { ALLOWED_ORIGINS: origins } });

    const response = await service.handler(
      functionUrlEvent({ method: "OPTIONS", headers: { Origin: "https://evil.example.com" } }),
    );

    expect(response.statusCode).toBe(403);
    expect(Object.keys(response.headers).filter((name) => name.startsWith("Access-Control"))).toEqual([]);
  });

  test("marks answers to an allowed origin, errors included", async () => {
    const service = await serviceFixture({ env: { ALLOWED_ORIGINS: origins } });

    const ok = await service.get("alice", {}, { Origin: "https://app.example.com" });
    const refused = await service.handler(functionUrlEvent({ headers: { Origin: "https://app.example.com" } }));

    for (const response of [ok, refused]) {
      expect(response.headers["Access-Control-Allow-Origin"]).toBe("https://app.example.com");
      expect(response.headers.Vary).toBe("Origin");
    }
    expect([ok.statusCode, refused.statusCode]).toEqual([200, 401]);
  });

  test("gives other origins, and every origin when none are configured, no cors headers", async () => {
    const configured = await serviceFixture({ env: { ALLOWED_ORIGINS: origins } });
    const unconfigured = await serviceFixture();

    const responses = [
      await configured.get("alice", {}, { Origin: "https://evil.example.com" }),
      await unconfigured.get("alice", {}, { Origin: "https://app.example.com" }),
    ];

    for (const response of responses) {
      expect(response.statusCode).toBe(200);
      expect(
        Object.keys(response.headers).filter((name) => name.startsWith("Access-Control") || name === "Vary"),
      ).toEqual([]);
    }
  });
});

describe("event shapes", () => {
  test("answers an api gateway event with mixed-case headers and a base64 body", async () => {
    const service = await serviceFixture();
    const event = apiGatewayEvent({
      method: "POST",
      headers: { AUTHORIZATION: `Bearer ${await service.token("carol")}`, "Content-Type": "application/json" },
      body: JSON.stringify({ scope: "upload", contentType: "video/mp4" }),
      base64: true,
    });

    const response = await service.handler(event, { request_id: "scf-1" });

    expect(response.statusCode).toBe(200);
    expect(bodyOf(response).allowPrefix).toBe("uploads/carol/");
    expect(JSON.stringify(service.sts.calls[0].policy)).toContain('"string_equal":{"cos:content-type":"video/mp4"}');
  });

  test("answers an api gateway get with its query string", async () => {
    const service = await serviceFixture();
    const event = apiGatewayEvent({
      headers: { Authorization: `Bearer ${await service.token("carol")}` },
      query: { scope: "download" },
    });

    const response = await service.handler(event);

    expect(response.statusCode).toBe(200);
    expect(actionsOf(service.sts.calls[0].policy).sort()).toEqual([...COS_DOWNLOAD_ACTIONS].sort());
  });
});

describe("logging", () => {
  test("writes one json line per request without keys, tokens or the caller's jwt", async () => {
    const service = await serviceFixture();
    const token = await service.token("alice");

    const responses: ScfResponse[] = [];
    for (const authorization of [`Bearer ${token}`, `Bearer ${token}`, "Bearer nope"]) {
      responses.push(
        await service.handler(functionUrlEvent({ headers: { authorization } }), { request_id: `r${responses.length}` }),
      );
    }

    expect(logs).toHaveLength(3);
    const lines = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toEqual({
      requestId: "r0",
      method: "GET",
      scope: "upload",
      caller: callerHash("alice"),
      outcome: "issued",
      cacheHit: false,
      stsRequestId: service.sts.calls[0].requestId,
      stsMs: expect.any(Number),
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(lines.map((line) => line.outcome)).toEqual(["issued", "cached", "InvalidToken"]);
    expect(lines.map((line) => [line.cacheHit, line.errorCode, "stsMs" in line])).toEqual([
      [false, undefined, true],
      [true, undefined, false],
      [undefined, "InvalidToken", false],
    ]);
    expect(logs.join("\n")).not.toContain("alice");
    const key = service.sts.issued[0];
    const secrets = [
      token,
      key.tmpSecretId,
      key.tmpSecretKey,
      key.sessionToken,
      service.secret,
      service.sts.keys.secretKey,
      String(service.sts.keys.token),
    ];
    for (const secret of secrets) {
      expect(logs.join("\n")).not.toContain(secret);
    }
  });
});

describe("the function's own keys", () => {
  test("signs each sts call with the keys in the environment at that moment", async () => {
    const service = await serviceFixture();
    const first = service.sts.keys;
    await service.get("alice");
    const rotated = {
      secretId: "AKIDrotated0123456789",
      secretKey: "rotated-secret-key",
      token: "rotated-session-token",
    };
    service.sts.setKeys(rotated);
    service.env.TENCENTCLOUD_SECRETID = rotated.secretId;
    service.env.TENCENTCLOUD_SECRETKEY = rotated.secretKey;
    service.env.TENCENTCLOUD_SESSIONTOKEN = rotated.token;

    const response = await service.get("bob");

    expect(response.statusCode).toBe(200);
    expect(service.sts.calls.map((call) => [call.secretId, call.rejected])).toEqual([
      [first.secretId, undefined],
      [rotated.secretId, undefined],
    ]);
  });

  test("answers 503 naming the variables in the log when the keys are gone from the environment", async () => {
    const service = await serviceFixture();
    delete service.env.TENCENTCLOUD_SECRETID;

    const response = await service.get("alice");

    expect(response.statusCode).toBe(503);
    expect(bodyOf(response).error).toMatchObject({ code: "ServiceMisconfigured" });
    expect(JSON.parse(logs[0]).problem).toMatch(/^TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY/);
    expect(service.sts.calls).toHaveLength(0);
  });
});

describe("the token secret in secrets manager", () => {
  test("reads it once per instance with the function's keys, then verifies tokens with it", async () => {
    const service = await serviceFixture({ secretFromSsm: true });

    const responses = [await service.get("alice"), await service.get("bob"), await service.get("carol")];

    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    expect(service.ssm?.calls).toEqual([
      expect.objectContaining({
        action: "GetSecretValue",
        params: { SecretName: SECRET_NAME, VersionId: "active" },
        secretId: service.sts.keys.secretId,
        rejected: undefined,
      }),
    ]);
  });

  test("shares one read among concurrent first requests", async () => {
    const service = await serviceFixture({ secretFromSsm: true });
    service.ssm?.setFault({ kind: "delay", ms: 100 }, 1);

    const responses = await Promise.all([1, 2, 3, 4].map(() => service.get("alice")));

    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200]);
    expect(service.ssm?.calls).toHaveLength(1);
  });

  test("refuses a token signed with another secret", async () => {
    const service = await serviceFixture({ secretFromSsm: true });
    const forged = await hs256Token("another-secret-that-is-long-enough-0123", claims("alice"));

    const response = await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${forged}` } }));

    expect(response.statusCode).toBe(401);
  });

  test.each([
    ["an ssm error", { kind: "error", code: "InternalError" }, "InternalError"],
    ["http 500", { kind: "status", status: 500 }, "HTTP 500"],
  ] as const)("answers 503 for %s, then reads the secret again on a later request", async (_name, fault, ssmCode) => {
    const service = await serviceFixture({ secretFromSsm: true, config: (config) => withSsmRetryMs(config, 0) });
    service.ssm?.setFault(fault, 1);

    const failed = await service.get("alice");
    const recovered = await service.get("alice");

    expect(failed.statusCode).toBe(503);
    expect(failed.headers["Retry-After"]).toBe("1");
    expect(bodyOf(failed).error).toMatchObject({ code: "AuthUnavailable" });
    expect(JSON.parse(logs[0])).toMatchObject({ status: 503, outcome: "AuthUnavailable", ssmCode });
    expect(recovered.statusCode).toBe(200);
    expect(service.ssm?.calls).toHaveLength(2);
    expect(service.sts.calls).toHaveLength(1);
  });

  test("answers 503 at its deadline when secrets manager is slow, then reads the secret again", async () => {
    const timeoutMs = 400;
    const service = await serviceFixture({
      secretFromSsm: true,
      config: (config) => withSsmRetryMs(config, 0, timeoutMs),
    });
    service.ssm?.setFault({ kind: "delay", ms: timeoutMs + 600 }, 1);

    const started = Date.now();
    const failed = await service.get("alice");
    const elapsed = Date.now() - started;
    const recovered = await service.get("alice");

    expect(failed.statusCode).toBe(503);
    expect(elapsed).toBeLessThan(timeoutMs + 300);
    expect(JSON.parse(logs[0])).toMatchObject({ status: 503, outcome: "AuthUnavailable", ssmCode: "timeout" });
    expect(recovered.statusCode).toBe(200);
  });

  test("answers 503 when the function's role may not read the secret, and keeps no key in the answer", async () => {
    const service = await serviceFixture({ secretFromSsm: true, config: (config) => withSsmRetryMs(config, 0) });
    service.ssm?.setKeys({ secretId: "AKIDsomeoneelse", secretKey: "x", token: "y" });

    const response = await service.get("alice");

    expect(response.statusCode).toBe(503);
    expect(JSON.parse(logs[0]).ssmCode).toBe("AuthFailure.SecretIdNotFound");
    expect(response.body).not.toContain(service.secret);
  });

  test("answers 503 ServiceMisconfigured for a secret shorter than 32 bytes", async () => {
    const service = await serviceFixture({ secretFromSsm: true, config: (config) => withSsmRetryMs(config, 0) });
    service.ssm?.setSecret(SECRET_NAME, "active", "short");

    const response = await service.get("alice");

    expect(response.statusCode).toBe(503);
    expect(bodyOf(response).error).toMatchObject({ code: "ServiceMisconfigured" });
    expect(JSON.parse(logs[0]).ssmCode).toBe("secret shorter than 32 bytes");
  });

  test("answers 503 for a missing secret without asking ssm again within the retry interval", async () => {
    const service = await serviceFixture({ secretFromSsm: true });
    service.ssm?.setSecret(SECRET_NAME, "active", "");
    service.ssm?.setFault({ kind: "error", code: "ResourceNotFound" }, 1);

    const responses = [await service.get("alice"), await service.get("alice"), await service.get("alice")];

    expect(responses.map((response) => response.statusCode)).toEqual([503, 503, 503]);
    expect(service.ssm?.calls).toHaveLength(1);
  });
});

describe("token checks", () => {
  async function tokenWith(
    secret: string,
    payload: JWTPayload,
    header: JWTHeaderParameters = { alg: "HS256" },
  ): Promise<string> {
    return new SignJWT(payload).setProtectedHeader(header).sign(new TextEncoder().encode(secret));
  }

  const now = (): number => Math.floor(Date.now() / 1000);

  test.each([
    ["iat 30 s in the future", { iat: 30 }, 200],
    ["iat 61 s in the future", { iat: 61 }, 401],
    ["iat ten years in the future", { iat: 10 * 365 * 86400 }, 401],
  ])("with %s answers %i", async (_name, { iat }, status) => {
    const service = await serviceFixture();
    const token = await tokenWith(service.secret, { sub: "alice", iat: now() + iat, exp: now() + 3600 });

    const response = await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${token}` } }));

    expect(response.statusCode).toBe(status);
  });

  test.each([
    ["no typ", undefined, 200],
    ["typ JWT", "JWT", 200],
    ["typ jwt", "jwt", 200],
    ["typ at+jwt", "at+jwt", 200],
    ["typ application/at+JWT", "application/at+JWT", 200],
    ["typ JWE", "JWE", 401],
    ["typ dpop+jwt", "dpop+jwt", 401],
    ["an empty typ", "", 401],
  ])("with %s answers %i", async (_name, typ, status) => {
    const service = await serviceFixture();
    const token = await tokenWith(
      service.secret,
      claims("alice"),
      typ === undefined ? { alg: "HS256" } : { alg: "HS256", typ },
    );

    const response = await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${token}` } }));

    expect(response.statusCode).toBe(status);
    if (status === 401) {
      expect(bodyOf(response).error).toEqual({
        code: "InvalidToken",
        message: 'invalid token: unexpected "typ" header; expected JWT or at+jwt',
      });
    }
  });

  test("refuses a token older than AUTH_MAX_TOKEN_AGE_SECONDS, or without iat when that is set", async () => {
    const service = await serviceFixture({ env: { AUTH_MAX_TOKEN_AGE_SECONDS: "600" } });
    const cases = [
      { sub: "alice", iat: now() - 300, exp: now() + 3600 },
      { sub: "alice", iat: now() - 601, exp: now() + 3600 },
      { sub: "alice", exp: now() + 3600 },
      // The finding of issue 14: a token that expires in the year 9999 stops working once it is older than the age.
      { sub: "alice", iat: now() - 601, exp: 253402300799 },
      { sub: "alice", exp: 253402300799 },
    ];

    const statuses = [];
    for (const payload of cases) {
      const token = await tokenWith(service.secret, payload);
      statuses.push(
        (await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${token}` } }))).statusCode,
      );
    }

    expect(statuses).toEqual([200, 401, 401, 401, 401]);
  });
});

describe("response hygiene", () => {
  test("marks every response nosniff: keys, errors, preflights", async () => {
    const service = await serviceFixture({ env: { ALLOWED_ORIGINS: "https://app.example.com" } });

    const responses = [
      await service.get("alice"),
      await service.handler(functionUrlEvent()),
      await service.handler(functionUrlEvent({ method: "OPTIONS", headers: { Origin: "https://app.example.com" } })),
      await service.handler(functionUrlEvent({ method: "OPTIONS", headers: { Origin: "https://evil.example.com" } })),
      await service.handler("not an event"),
    ];

    expect(responses.map((response) => response.statusCode)).toEqual([200, 401, 204, 403, 400]);
    for (const response of responses) {
      expect(response.headers["X-Content-Type-Options"]).toBe("nosniff");
    }
  });
});

function withSsmRetryMs(config: ServiceConfig, retryMs: number, timeoutMs?: number): ServiceConfig {
  const { key } = config.auth;
  if (key.kind !== "ssm") {
    return config;
  }
  const ssm = { ...key.ssm, retryMs, ...(timeoutMs === undefined ? {} : { timeoutMs }) };
  return { ...config, auth: { ...config.auth, key: { ...key, ssm } } };
}
