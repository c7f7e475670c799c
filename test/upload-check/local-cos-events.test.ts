import COS from "cos-nodejs-sdk-v5";
import os from "node:os";
import { createdObjects } from "../../lambda/upload-check/event";
import { CosObjectCreatedEvent, createdEventName, objectCreatedEvent } from "../../local/cos-events";
import { byteRange, copyPreconditionFailure, copySourceKey } from "../../local/cos-object-ops";
import { startCosServer } from "../../local/cos-server";
import { checkRoleKey } from "../../local/cos-trigger";

const LOCATION = { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" } as const;

describe("objectCreatedEvent", () => {
  const facts = {
    ...LOCATION,
    key: "uploads/alice/a b.png",
    size: 12,
    contentType: "image/png",
    action: "name/cos:PutObject",
    requestId: "req",
    time: 1764400000123,
  };

  test("is the documented COS trigger message", () => {
    expect(objectCreatedEvent(facts)).toEqual({
      Records: [
        {
          cos: {
            cosSchemaVersion: "1.0",
            cosNotificationId: "unkown",
            cosBucket: { name: "photos", appid: "1250000000", region: "gz" },
            cosObject: {
              url: "http://photos-1250000000.cos.ap-guangzhou.myqcloud.com/uploads/alice/a%20b.png",
              meta: { "x-cos-request-id": "req", "Content-Type": "image/png" },
              vid: "",
              key: "/1250000000/photos/uploads/alice/a b.png",
              size: 12,
            },
          },
          event: {
            eventName: "cos:ObjectCreated:Put",
            eventVersion: "1.0",
            eventTime: 1764400000,
            eventSource: "qcs::cos",
            requestParameters: { requestSourceIP: "127.0.0.1", requestHeaders: { Authorization: "" } },
            eventQueue: "qcs:0:lambda:gz:appid/1250000000:default.upload-check.$LATEST",
            reservedInfo: "",
            reqid: expect.any(Number),
          },
        },
      ],
    });
  });

  test("is read back by the check function as the same object", () => {
    expect(createdObjects(objectCreatedEvent(facts))).toEqual([
      {
        bucket: "photos-1250000000",
        key: "uploads/alice/a b.png",
        versionId: undefined,
        size: 12,
        eventTime: 1764400000,
        eventName: "cos:ObjectCreated:Put",
      },
    ]);
  });

  test.each([
    ["name/cos:PutObject", "cos:ObjectCreated:Put"],
    ["name/cos:PostObject", "cos:ObjectCreated:Post"],
    ["name/cos:PutObjectCopy", "cos:ObjectCreated:Copy"],
    ["name/cos:CompleteMultipartUpload", "cos:ObjectCreated:CompleteMultipartUpload"],
    ["name/cos:UploadPart", undefined],
    ["name/cos:DeleteObject", undefined],
  ])("names %s %p", (action, name) => {
    expect(createdEventName(action)).toBe(name);
  });
});

describe("the local COS", () => {
  test("emits one event per completed upload, and none for parts, reads or deletes", async () => {
    const key = checkRoleKey(LOCATION, "uploads/{sub}/", "quarantine/");
    const events: CosObjectCreatedEvent[] = [];
    const cos = await startCosServer({
      ...LOCATION,
      // The role's policy does not allow uploads; this key may do everything, to drive each operation.
      issuedKeys: {
        lookup: (id) =>
          id === key.tmpSecretId
            ? {
                ...key,
                policy: { version: "2.0", statement: [{ effect: "allow", action: ["name/cos:*"], resource: ["*"] }] },
              }
            : undefined,
      },
      onObjectCreated: (event) => {
        events.push(event);
        throw new Error("a failing trigger does not fail the upload");
      },
    });
    try {
      const client = new COS({
        ...cos.clientOptions,
        ConfCwd: os.tmpdir(),
        SecretId: key.tmpSecretId,
        SecretKey: key.tmpSecretKey,
        SecurityToken: key.sessionToken,
      });
      const target = { Bucket: LOCATION.bucket, Region: LOCATION.region };
      await client.putObject({
        ...target,
        Key: "uploads/alice/a.png",
        Body: Buffer.from("a"),
        ContentType: "image/png",
      });
      await client.getObject({ ...target, Key: "uploads/alice/a.png" });
      await client.putObjectCopy({
        ...target,
        Key: "quarantine/a.png",
        CopySource: `${LOCATION.bucket}.cos.${LOCATION.region}.myqcloud.com/uploads/alice/a.png`,
      });
      await client.deleteObject({ ...target, Key: "uploads/alice/a.png" });

      expect(events.map((event) => [event.Records[0].event.eventName, event.Records[0].cos.cosObject.key])).toEqual([
        ["cos:ObjectCreated:Put", "/1250000000/photos/uploads/alice/a.png"],
        ["cos:ObjectCreated:Copy", "/1250000000/photos/quarantine/a.png"],
      ]);
      expect(cos.objects.get("quarantine/a.png")).toMatchObject({ contentType: "image/png", body: Buffer.from("a") });
    } finally {
      await cos.close();
    }
  });
});

describe("byteRange", () => {
  test.each([
    ["bytes=0-4099", 10000, { first: 0, last: 4099 }],
    ["bytes=0-4099", 10, { first: 0, last: 9 }],
    ["bytes=5-", 10, { first: 5, last: 9 }],
    ["bytes=-3", 10, { first: 7, last: 9 }],
    [undefined, 10, undefined],
    ["bytes=0-1,5-6", 10, undefined],
    ["items=0-1", 10, undefined],
  ])("reads %p of %i bytes as %p", (header, size, range) => {
    expect(byteRange(header, size)).toEqual(range);
  });

  test.each([
    ["bytes=0-4099", 0],
    ["bytes=10-", 10],
  ])("finds %p of %i bytes unsatisfiable", (header, size) => {
    expect(byteRange(header, size)).toMatchObject({ status: 416, code: "InvalidRange" });
  });
});

describe("copy helpers", () => {
  test("read the source key of this bucket, URL-decoded", () => {
    expect(
      copySourceKey(
        "photos-1250000000.cos.ap-guangzhou.myqcloud.com/uploads/a%20b.png",
        "photos-1250000000",
        "ap-guangzhou",
      ),
    ).toBe("uploads/a b.png");
    expect(
      copySourceKey("other-1250000000.cos.ap-guangzhou.myqcloud.com/a.png", "photos-1250000000", "ap-guangzhou"),
    ).toMatchObject({ status: 400 });
    expect(
      copySourceKey(
        "photos-1250000000.cos.ap-guangzhou.myqcloud.com/a.png?versionId=1",
        "photos-1250000000",
        "ap-guangzhou",
      ),
    ).toMatchObject({ status: 501 });
  });

  test("compare If-Match with the source's ETag, quoted or not", () => {
    expect(copyPreconditionFailure(undefined, '"e"')).toBeUndefined();
    expect(copyPreconditionFailure("e", '"e"')).toBeUndefined();
    expect(copyPreconditionFailure('"f"', '"e"')).toMatchObject({ status: 412, code: "PreconditionFailed" });
  });
});
