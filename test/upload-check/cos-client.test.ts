import COS from "cos-nodejs-sdk-v5";
import { CosServer, startCosServer } from "../../local/cos-server";
import { createCosClient, encodeKey, signRequest } from "../../lambda/upload-check/cos-client";
import { checkRoleKey } from "../../local/cos-trigger";

const LOCATION = { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" } as const;
const HOST = "photos-1250000000.cos.ap-guangzhou.myqcloud.com";

describe("signRequest", () => {
  test.each([
    ["a range GET", "GET", "/uploads/alice/a.png", {}, { host: HOST, range: "bytes=0-4099" }],
    ["a versioned DELETE", "DELETE", "/uploads/alice/a b+c.png", { versionId: "MTg0NDUx==" }, { host: HOST }],
    [
      "a copy with a session token",
      "PUT",
      "/quarantine/uploads/alice/页.png",
      {},
      {
        host: HOST,
        "x-cos-copy-source": `${HOST}/uploads/alice/%E9%A1%B5.png`,
        "x-cos-copy-source-if-match": '"abc"',
        "content-length": "0",
        "x-cos-security-token": "tok",
      },
    ],
  ])(
    "signs %s exactly as cos-nodejs-sdk-v5 does",
    (_what, method, pathname, query: Record<string, string>, headers: Record<string, string>) => {
      const now = 1764400000;
      const ours = signRequest(
        { secretId: "AKIDexample", secretKey: "secret" },
        { method, pathname, query, headers },
        now,
      );
      const sdk = COS.getAuthorization({
        SecretId: "AKIDexample",
        SecretKey: "secret",
        Method: method as COS.StaticGetAuthorizationOptions["Method"],
        Pathname: pathname,
        Query: query,
        Headers: headers,
        KeyTime: `${now};${now + 600}`,
      });
      expect(ours).toBe(sdk);
    },
  );
});

test("encodeKey encodes each segment and keeps the slashes", () => {
  expect(encodeKey("uploads/alice/a b(1)!.png")).toBe("uploads/alice/a%20b%281%29%21.png");
});

test.each([
  ["uploads/alice/../x.png", "uploads%2Falice%2F%2E%2E%2Fx%2Epng"],
  ["uploads/alice//x.png", "uploads%2Falice%2F%2Fx%2Epng"],
  ["uploads/alice/./x", "uploads%2Falice%2F%2E%2Fx"],
])("encodeKey sends a non-canonical key %p as one segment that nothing resolves", (key, path) => {
  expect(encodeKey(key)).toBe(path);
  // What Node's WHATWG URL (as a proxy or server might) makes of it: the same path, decoded once the same key.
  expect(new URL(`https://h/${encodeKey(key)}`).pathname).toBe(`/${path}`);
  expect(decodeURIComponent(path)).toBe(key);
});

describe("createCosClient against the local COS", () => {
  let cos: CosServer;
  const key = checkRoleKey(LOCATION, "uploads/{sub}/", "quarantine/");
  const client = () =>
    createCosClient({
      ...LOCATION,
      endpoint: new URL(cos.url),
      credentials: { secretId: key.tmpSecretId, secretKey: key.tmpSecretKey, token: key.sessionToken },
    });

  beforeEach(async () => {
    cos = await startCosServer({
      issuedKeys: { lookup: (id) => (id === key.tmpSecretId ? key : undefined) },
      ...LOCATION,
    });
  });

  afterEach(() => cos?.close());

  function store(objectKey: string, body: Buffer, contentType = "image/png"): void {
    cos.objects.set(objectKey, { body, contentType, etag: '"e1"', lastModified: new Date() });
  }

  test("reads the first bytes and the whole size, type and ETag", async () => {
    store("uploads/alice/a b.png", Buffer.alloc(10000, 7));
    const head = await client().readFirstBytes("uploads/alice/a b.png", 4100);
    expect(head).toMatchObject({ size: 10000, contentType: "image/png", etag: '"e1"' });
    expect(head.firstBytes.length).toBe(4100);
    expect(cos.requests.map((r) => r.status)).toEqual([206]);
  });

  test("reads an object smaller than the range", async () => {
    store("uploads/alice/small.txt", Buffer.from("hi"), "text/plain");
    expect(await client().readFirstBytes("uploads/alice/small.txt", 4100)).toMatchObject({
      size: 2,
      firstBytes: Buffer.from("hi"),
    });
  });

  test("reads an empty object, which has no byte range", async () => {
    store("uploads/alice/empty.png", Buffer.alloc(0));
    expect(await client().readFirstBytes("uploads/alice/empty.png", 4100)).toMatchObject({
      size: 0,
      firstBytes: Buffer.alloc(0),
    });
    expect(cos.requests.map((r) => [r.status, r.errorCode])).toEqual([
      [416, "InvalidRange"],
      [200, undefined],
    ]);
  });

  test("fails with COS's status and code for a missing object", async () => {
    await expect(client().readFirstBytes("uploads/alice/none.png", 10)).rejects.toMatchObject({
      status: 404,
      code: "NoSuchKey",
    });
  });

  test("copies exactly the version it read, and refuses once it changed", async () => {
    store("uploads/alice/a.png", Buffer.from("one"));
    await client().copy("uploads/alice/a.png", "quarantine/uploads/alice/a.png", '"e1"');
    expect(cos.objects.get("quarantine/uploads/alice/a.png")?.body.toString()).toBe("one");

    await expect(
      client().copy("uploads/alice/a.png", "quarantine/uploads/alice/a.png", '"other"'),
    ).rejects.toMatchObject({
      status: 412,
      code: "PreconditionFailed",
    });
  });

  test("deletes, and deleting what is gone succeeds", async () => {
    store("uploads/alice/a.png", Buffer.from("one"));
    await client().remove("uploads/alice/a.png");
    await client().remove("uploads/alice/a.png");
    expect(cos.objects.size).toBe(0);
  });

  test("fails when its keys are not accepted", async () => {
    store("uploads/alice/a.png", Buffer.from("one"));
    const stranger = createCosClient({
      ...LOCATION,
      endpoint: new URL(cos.url),
      credentials: { secretId: key.tmpSecretId, secretKey: "wrong", token: key.sessionToken },
    });
    await expect(stranger.readFirstBytes("uploads/alice/a.png", 10)).rejects.toMatchObject({
      status: 403,
      code: "SignatureDoesNotMatch",
    });
  });
});
