import { createdObjects } from "../../lambda/upload-check/event";

/** Tencent's documented sample (https://cloud.tencent.com/document/product/583/9707), as published. */
const DOCUMENTED = {
  Records: [
    {
      cos: {
        cosSchemaVersion: "1.0",
        cosObject: {
          url: "http://testpic-1253970026.cos.ap-chengdu.myqcloud.com/testfile",
          meta: { "x-cos-request-id": "NWMxOWY4MGFfMjViMjU4NjRfMTUyMV8yNzhhZjM=", "Content-Type": "" },
          vid: "",
          key: "/1253970026/testpic/testfile",
          size: 1029,
        },
        cosBucket: { region: "cd", name: "testpic", appid: "1253970026" },
        cosNotificationId: "unkown",
      },
      event: {
        eventName: "cos:ObjectCreated:*",
        eventVersion: "1.0",
        eventTime: 1545205770,
        eventSource: "qcs::cos",
        requestParameters: {
          requestSourceIP: "192.168.15.101",
          requestHeaders: { Authorization: "q-sign-algorithm=sha1&q-ak=AKID…" },
        },
        eventQueue: "qcs:0:lambda:cd:appid/1253970026:default.printevent.$LATEST",
        reservedInfo: "",
        reqid: 179398952,
      },
    },
  ],
};

type Mutable = {
  Records: {
    cos: { cosObject: Record<string, unknown>; cosBucket: Record<string, unknown> };
    event: Record<string, unknown>;
  }[];
};

function documentedWith(change: (event: Mutable) => void): unknown {
  const copy = structuredClone(DOCUMENTED) as unknown as Mutable;
  change(copy);
  return copy;
}

describe("createdObjects", () => {
  test("reads Tencent's documented sample", () => {
    expect(createdObjects(DOCUMENTED)).toEqual([
      {
        bucket: "testpic-1253970026",
        key: "testfile",
        versionId: undefined,
        size: 1029,
        eventTime: 1545205770,
        eventName: "cos:ObjectCreated:*",
      },
    ]);
  });

  test("keeps the folders of the key and reads a version id", () => {
    const event = documentedWith((e) => {
      e.Records[0].cos.cosObject.key = "/1253970026/testpic/uploads/alice/a b.png";
      e.Records[0].cos.cosObject.vid = "MTg0NDUxNjQ1NjU2MjMyNzQ3Mjg";
    });
    expect(createdObjects(event)).toEqual([
      expect.objectContaining({ key: "uploads/alice/a b.png", versionId: "MTg0NDUxNjQ1NjU2MjMyNzQ3Mjg" }),
    ]);
  });

  test("reads the size and the APPID where older samples give strings and numbers", () => {
    const event = documentedWith((e) => {
      e.Records[0].cos.cosObject.size = "1024";
      e.Records[0].cos.cosBucket.appid = 1253970026;
    });
    expect(createdObjects(event)).toEqual([expect.objectContaining({ bucket: "testpic-1253970026", size: 1024 })]);
  });

  test("reads every merged record", () => {
    const event = { Records: [DOCUMENTED.Records[0], DOCUMENTED.Records[0]] };
    expect(createdObjects(event)).toHaveLength(2);
  });

  test("marks a deletion event as unusable", () => {
    const event = documentedWith((e) => {
      e.Records[0].event.eventName = "cos:ObjectRemove:Delete";
    });
    expect(createdObjects(event)).toEqual([{ problem: expect.stringContaining("not an object creation") }]);
  });

  test.each([
    [
      "a key of another bucket's form",
      (e: Mutable) => void (e.Records[0].cos.cosObject.key = "/1253970026/other/testfile"),
    ],
    ["no key below the bucket", (e: Mutable) => void (e.Records[0].cos.cosObject.key = "/1253970026/testpic/")],
    ["no bucket name", (e: Mutable) => void (e.Records[0].cos.cosBucket.name = 7)],
  ])("marks a record with %s as unusable", (_what, change) => {
    expect(createdObjects(documentedWith(change))).toEqual([{ problem: expect.any(String) }]);
  });

  test.each([null, "text", 42, [], {}, { Records: "x" }, { Records: [null, 1, { cos: {} }] }])(
    "finds no object in %p",
    (event) => {
      expect(createdObjects(event).every((record) => "problem" in record)).toBe(true);
    },
  );
});
