/**
 * `stsVersion=3` (issue 15): the answer in the STS API 3.0 shape, read here exactly as Android's
 * `SessionCredentialProvider` reads it with `StsVersion.VERSION_3`.
 */
import { ScfResponse } from "../../lambda/key-service/event";
import { bodyOf, closeFixtures, functionUrlEvent, serviceFixture, fixtureSecrets } from "./service-fixture";
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

type Json = Record<string, unknown>;

/** `JSONObject.optJSONObject`: the value if it is an object, else null. */
function optJSONObject(object: Json, name: string): Json | null {
  const value = object[name];
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

/**
 * `parseStandardSTS3JsonResponse` of tencentyun/qcloud-sdk-android (QCloudFoundation/foundation/src/main/java/com/
 * tencent/qcloud/core/auth/SessionCredentialProvider.java, commit 252230a0a30bc16fcd797e908001d0b47756a462), line
 * for line: `Response` (or the root), its `Credentials` object, `ExpiredTime` as a long, the three strings. Stricter
 * than `optLong`/`optString` only in demanding the JSON types the SDK's own STS answer has, where `opt*` would read
 * a missing field as 0 or "" and fail later, inside the SDK, as an invalid key.
 */
function androidSts3(json: string): {
  tmpSecretId: string;
  tmpSecretKey: string;
  sessionToken: string;
  expiredTime: number;
} {
  const jsonObject = JSON.parse(json) as Json;
  const data = optJSONObject(jsonObject, "Response") ?? jsonObject;
  const credentials = optJSONObject(data, "Credentials");
  const error = optJSONObject(data, "Error");
  if (credentials !== null) {
    const expiredTime = data.ExpiredTime;
    const [sessionToken, tmpSecretId, tmpSecretKey] = ["Token", "TmpSecretId", "TmpSecretKey"].map(
      (name) => credentials[name],
    );
    if (
      !Number.isSafeInteger(expiredTime) ||
      [sessionToken, tmpSecretId, tmpSecretKey].some((v) => typeof v !== "string" || v === "")
    ) {
      throw new Error(`the SDK would read an unusable key from ${json}`);
    }
    return {
      tmpSecretId: String(tmpSecretId),
      tmpSecretKey: String(tmpSecretKey),
      sessionToken: String(sessionToken),
      expiredTime: Number(expiredTime),
    };
  } else if (error !== null) {
    throw new Error(`get credentials error : ${JSON.stringify(data)}`);
  }
  throw new Error("fetch credential response content is null");
}

function errorOf(response: ScfResponse): unknown {
  return { status: response.statusCode, ...(bodyOf(response).error as object) };
}

describe("stsVersion=3", () => {
  test("answers in the shape android's VERSION_3 parser reads, with the key sts issued", async () => {
    const service = await serviceFixture();
    const before = Math.floor(Date.now() / 1000);

    const response = await service.get("alice", { stsVersion: "3" });

    expect(response.statusCode).toBe(200);
    const issued = service.sts.issued[0];
    expect(androidSts3(response.body)).toEqual({
      tmpSecretId: issued.tmpSecretId,
      tmpSecretKey: issued.tmpSecretKey,
      sessionToken: issued.sessionToken,
      expiredTime: issued.expiredTime,
    });
    // SessionQCloudCredentials(…, expiredTime) starts the key at the device clock, which must be before expiry.
    expect(issued.expiredTime).toBeGreaterThan(before);
    const body = bodyOf(response);
    expect(Object.keys(body)).toEqual(["Response"]);
    expect(body.Response).toEqual({
      Credentials: { TmpSecretId: issued.tmpSecretId, TmpSecretKey: issued.tmpSecretKey, Token: issued.sessionToken },
      ExpiredTime: issued.expiredTime,
      Expiration: new Date(issued.expiredTime * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      StartTime: expect.any(Number),
      RequestId: service.sts.calls[0].requestId,
      Bucket: "photos-1250000000",
      Region: "ap-guangzhou",
      AllowPrefix: "uploads/alice/",
    });
    expect((body.Response as Json).StartTime).toBeGreaterThanOrEqual(before);
  });

  test('takes stsVersion from a json post, as 3 or "3"', async () => {
    const service = await serviceFixture();
    const token = await service.token("alice");

    for (const stsVersion of [3, "3"]) {
      const response = await service.handler(
        functionUrlEvent({
          method: "POST",
          headers: { authorization: `Bearer ${token}` },
          body: JSON.stringify({ stsVersion }),
        }),
      );
      expect(androidSts3(response.body).tmpSecretId).toBe(service.sts.issued[0].tmpSecretId);
    }
  });

  test("carries the object's key and the upload ticket in object mode, and renews with it", async () => {
    const service = await serviceFixture({ env: { KEY_MODE: "object" } });

    const first = bodyOf(await service.get("alice", { ext: "jpg", stsVersion: "3" })).Response as Json;
    const renewed = await service.get("alice", { uploadTicket: String(first.UploadTicket), stsVersion: "3" });

    expect(first.Key).toMatch(/^uploads\/alice\/\d{4}\/\d{2}\/\d{2}\/[A-Za-z0-9_-]{22}\.jpg$/);
    expect(first.UploadTicket).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(androidSts3(renewed.body).tmpSecretId).toBe(service.sts.issued[1].tmpSecretId);
    expect(bodyOf(renewed).Response).toMatchObject({ Key: first.Key, UploadTicket: first.UploadTicket });
  });

  test.each([["2"], ["4"], ["3.0"], [""], ["v3"]])(
    "fails with 400 naming what is allowed for stsVersion=%p, without an sts call",
    async (stsVersion) => {
      const service = await serviceFixture();

      const response = await service.get("alice", { stsVersion });

      expect(errorOf(response)).toEqual({
        status: 400,
        code: "InvalidRequest",
        message:
          "stsVersion must be 3 (the STS API 3.0 shape, for Android's StsVersion.VERSION_3), or left out for the standard shape",
      });
      expect(service.sts.calls).toHaveLength(0);
    },
  );

  test("fails with 400 for stsVersion given twice or as another json type", async () => {
    const service = await serviceFixture();
    const token = await service.token("alice");

    const twice = await service.get("alice", { stsVersion: ["3", "3"] } as unknown as Record<string, string>);
    const asTrue = await service.handler(
      functionUrlEvent({
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ stsVersion: true }),
      }),
    );

    expect(errorOf(twice)).toMatchObject({
      status: 400,
      code: "InvalidRequest",
      message: "stsVersion must be given once, as a string",
    });
    expect(errorOf(asTrue)).toMatchObject({ status: 400, code: "InvalidRequest" });
  });

  test("answers refusals with the service's json error, which the sdk reports by its http status", async () => {
    const service = await serviceFixture();

    const response = await service.handler(functionUrlEvent({ query: { stsVersion: "3" } }));

    expect(errorOf(response)).toMatchObject({ status: 401, code: "InvalidToken" });
  });
});
