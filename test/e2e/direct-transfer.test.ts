/**
 * Direct transfer end to end: the key service (`npm run serve`) issues keys from the local STS endpoint; a phone
 * maps the answer into the real `cos-nodejs-sdk-v5`; the local COS endpoint checks each request against the session
 * policy STS recorded for its key, over HTTPS with a CA made for this run. Each test starts its own COS endpoint and
 * uses its own callers.
 */
import crypto from "node:crypto";
import COS from "cos-nodejs-sdk-v5";
import { CosServer } from "../../local/cos-server";
import { useLocalCos } from "../helpers/local-cos";
import { PolicyDocument } from "../../policy";
import { randomFile } from "../helpers/random-file";
import { KeyServiceProcess, LOCATION, startKeyService } from "./key-service-process";
import { askForKey, phone, Phone } from "./phone";

const MINUTE_MS = 60 * 1000;
const localCos = useLocalCos(LOCATION.region);

function cosEndpoint(service: KeyServiceProcess, clock?: () => number): Promise<CosServer> {
  return localCos.start({ issuedKeys: service.sts, ...LOCATION, clock });
}

/** A simple upload, as an app does it. */
function put(
  from: Phone,
  Key: string,
  Body: string | Buffer,
  ContentType = "image/jpeg",
): Promise<COS.PutObjectResult> {
  return from.cos.putObject({ ...from.target, Key, Body, ContentType });
}

describe("a service without size or type limits, with a custom prefix template", () => {
  let service: KeyServiceProcess;

  beforeAll(async () => {
    service = await startKeyService({ ALLOW_PREFIX: "apps/photos/{sub}/" });
  });

  afterAll(() => service?.close());

  test("uploads into the caller's prefix and reads back the same bytes", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice");
    const reader = await phone(service, cos, "alice", { scope: "download" });
    const body = crypto.randomBytes(4096);
    const Key = `${alice.answer.allowPrefix}photo.jpg`;

    const uploaded = await put(alice, Key, body);
    const downloaded = await reader.cos.getObject({ ...reader.target, Key });

    expect(alice.answer).toMatchObject({
      bucket: LOCATION.bucket,
      region: LOCATION.region,
      allowPrefix: "apps/photos/alice/",
    });
    expect(uploaded.Location).toBe(
      `${LOCATION.bucket}.cos.${LOCATION.region}.myqcloud.com/apps/photos/alice/photo.jpg`,
    );
    expect(downloaded.Body.equals(body)).toBe(true);
    expect(cos.objects.get(Key)).toMatchObject({ contentType: "image/jpeg" });
    expect(cos.requests.map((r) => r.accessKeyId)).toEqual(
      [alice, reader].map((p) => p.answer.credentials.tmpSecretId),
    );
  });

  test("uploads a large file in parts", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice-video");
    const { file, content } = randomFile("video.bin", 2.5 * 1024 * 1024);
    const Key = `${alice.answer.allowPrefix}video.bin`;

    await alice.cos.uploadFile({
      ...alice.target,
      Key,
      FilePath: file,
      SliceSize: 1024 * 1024,
      ContentType: "video/mp4",
    });

    expect(cos.objects.get(Key)?.body.equals(content)).toBe(true);
    expect(cos.objects.get(Key)?.contentType).toBe("video/mp4");
    const actions = cos.requests.map((r) => r.action);
    expect(actions).toContain("name/cos:InitiateMultipartUpload");
    expect(actions.filter((a) => a === "name/cos:UploadPart")).toHaveLength(3);
    expect(actions).toContain("name/cos:CompleteMultipartUpload");
  });

  test.each([
    ["outside every caller's prefix", "elsewhere/photo.jpg"],
    ["under the prefix root itself", "apps/photos/photo.jpg"],
    ["in another user's prefix", "apps/photos/bob/photo.jpg"],
    ["in a prefix that merely starts with the caller's id", "apps/photos/alice-evil/photo.jpg"],
  ])("refuses an upload %s", async (_where, Key) => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice");

    await expect(put(alice, Key, "x")).rejects.toMatchObject({
      statusCode: 403,
      code: "AccessDenied",
      error: { Code: "AccessDenied" },
    });
    expect(cos.objects.size).toBe(0);
  });

  test("refuses to let a download key write, and to read another user's objects", async () => {
    const cos = await cosEndpoint(service);
    const bob = await phone(service, cos, "bob");
    const bobReader = await phone(service, cos, "bob", { scope: "download" });
    const aliceReader = await phone(service, cos, "alice", { scope: "download" });
    const Key = `${bob.answer.allowPrefix}photo.jpg`;
    await put(bob, Key, "bob's");

    await expect(put(bobReader, Key, "overwritten")).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      bobReader.cos.multipartInit({ ...bobReader.target, Key: `${bob.answer.allowPrefix}big.bin` }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(aliceReader.cos.getObject({ ...aliceReader.target, Key })).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect((await bobReader.cos.getObject({ ...bobReader.target, Key })).Body.toString()).toBe("bob's");
  });

  test("refuses a key once it has expired", async () => {
    let offsetMs = 0;
    const cos = await cosEndpoint(service, () => Date.now() + offsetMs);
    const alice = await phone(service, cos, "alice-late");
    const Key = `${alice.answer.allowPrefix}photo.jpg`;
    await put(alice, Key, "in time");

    offsetMs = (alice.answer.expiredTime - alice.answer.startTime + 60) * 1000;
    const late = put(alice, Key, "too late");

    await expect(late).rejects.toMatchObject({ code: "ExpiredToken", error: { Code: "ExpiredToken" } });
    expect(cos.objects.get(Key)?.body.toString()).toBe("in time");
  });

  test.each([
    ["ahead", 30 * MINUTE_MS],
    ["behind", -30 * MINUTE_MS],
  ])(
    "uploads from a phone whose clock is 30 minutes %s, signing with the service's start time",
    async (_way, offset) => {
      const cos = await cosEndpoint(service);
      const skewed = await phone(service, cos, "alice-skewed", { clockOffsetMs: offset });

      await put(skewed, `${skewed.answer.allowPrefix}a.jpg`, "a");

      expect(Math.abs(skewed.answer.startTime - Date.now() / 1000)).toBeLessThan(60);
      expect(cos.objects.size).toBe(1);
    },
  );

  test.each([
    ["ahead", 30 * MINUTE_MS, { code: "RequestTimeTooSkewed" }],
    ["behind", -30 * MINUTE_MS, { code: "AccessDenied", message: "Request has expired" }],
  ])("fails from a phone 30 minutes %s that ignores the start time", async (_way, offset, refusal) => {
    const cos = await cosEndpoint(service);
    const skewed = await phone(service, cos, "alice-skewed", { clockOffsetMs: offset, useStartTime: false });

    const upload = put(skewed, `${skewed.answer.allowPrefix}a.jpg`, "a");

    await expect(upload).rejects.toMatchObject({ statusCode: 403, ...refusal });
  });
});

describe("a service limiting uploads to 1 KiB of images, in one request (MULTIPART_UPLOAD=false)", () => {
  let service: KeyServiceProcess;

  beforeAll(async () => {
    service = await startKeyService({
      MAX_UPLOAD_BYTES: "1024",
      MULTIPART_UPLOAD: "false",
      ALLOWED_CONTENT_TYPES: "image/*",
    });
  });

  afterAll(() => service?.close());

  test("uploads an image up to the limit into the default prefix", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice", { contentType: "image/png" });

    await put(alice, "uploads/alice/max.png", Buffer.alloc(1024), "image/png");

    expect(alice.answer.allowPrefix).toBe("uploads/alice/");
    expect(cos.objects.get("uploads/alice/max.png")?.body.length).toBe(1024);
  });

  test("refuses a simple upload over the limit", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice", { contentType: "image/png" });

    const upload = put(alice, "uploads/alice/big.png", Buffer.alloc(1025), "image/png");

    await expect(upload).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
  });

  test("refuses a multipart upload, which it does not grant", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice", { contentType: "image/png" });
    const Key = "uploads/alice/parts.png";

    await expect(alice.cos.multipartList({ ...alice.target, Prefix: Key, Delimiter: "" })).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(alice.cos.multipartInit({ ...alice.target, Key, ContentType: "image/png" })).rejects.toMatchObject({
      code: "AccessDenied",
    });
  });

  test("refuses a content type the service does not allow", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice", { contentType: "image/png" });

    const upload = put(alice, "uploads/alice/page.html", "<p>", "text/html");

    await expect(upload).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
  });

  test("accepts exactly the allowed type the key was asked for", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice-exact", { contentType: "image/webp" });

    await put(alice, "uploads/alice-exact/a.webp", "webp", "image/webp");

    expect(cos.objects.get("uploads/alice-exact/a.webp")).toMatchObject({ contentType: "image/webp", acl: "default" });
  });

  test.each(["image/png, text/html", "image/png;text/html", "image/png;charset=utf-8", "image/pngx", "Image/PNG"])(
    "refuses the smuggled content type %j on a key for image/png",
    async (smuggled) => {
      const cos = await cosEndpoint(service);
      const alice = await phone(service, cos, "alice-smuggle", { contentType: "image/png" });

      const upload = put(alice, "uploads/alice-smuggle/page.png", "<script>alert(1)</script>", smuggled);

      await expect(upload).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
      expect(cos.objects.size).toBe(0);
    },
  );

  test("refuses a public-read upload, simple or multipart, and stores a private one", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice-acl", { contentType: "image/png" });
    const Key = "uploads/alice-acl/a.png";

    const simple = alice.cos.putObject({
      ...alice.target,
      Key,
      Body: "a",
      ContentType: "image/png",
      ACL: "public-read",
    });
    await expect(simple).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
    await alice.cos.putObject({ ...alice.target, Key, Body: "a", ContentType: "image/png", ACL: "private" });

    expect(cos.objects.get(Key)?.acl).toBe("private");
  });

  test("refuses an upload over plain HTTP with a key that works over HTTPS", async () => {
    const cos = await cosEndpoint(service);
    const overHttp = await phone(service, cos, "alice-http", { contentType: "image/png", transport: "http" });
    const overHttps = await phone(service, cos, "alice-http", { contentType: "image/png" });

    await expect(put(overHttp, "uploads/alice-http/a.png", "a", "image/png")).rejects.toMatchObject({
      statusCode: 403,
      code: "AccessDenied",
    });
    await put(overHttps, "uploads/alice-http/a.png", "a", "image/png");

    expect([...cos.objects.keys()]).toEqual(["uploads/alice-http/a.png"]);
  });

  test("issues a session policy with one exact content type, HTTPS and private-ACL conditions, and no form upload", async () => {
    const answer = await askForKey(service, "alice-policy", { contentType: "image/png" });

    const policy = service.sts.lookup(answer.credentials.tmpSecretId)?.policy as PolicyDocument;
    const put = policy.statement.find((s) => s.action.includes("name/cos:PutObject"));
    expect(put?.condition).toMatchObject({
      string_equal: { "cos:content-type": "image/png" },
      string_equal_if_exist: { "cos:x-cos-acl": ["default", "private"] },
      bool_equal: { "cos:secure-transport": "true" },
    });
    expect(JSON.stringify(policy)).not.toContain("string_like");
    expect(policy.statement.flatMap((s) => s.action)).not.toContain("name/cos:PostObject");
  });

  test("fails to issue a key without contentType when types are limited", async () => {
    await expect(askForKey(service, "alice")).rejects.toThrow(/400.*ContentTypeRequired/);
  });

  test("refuses a content type other than the one the key was asked for", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice-png", { contentType: "image/png" });

    await put(alice, "uploads/alice-png/a.png", "png", "image/png");
    const jpeg = put(alice, "uploads/alice-png/a.jpg", "jpg");

    await expect(jpeg).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("fails to issue a key for active content that only a wildcard would admit", async () => {
    await expect(askForKey(service, "alice", { contentType: "image/svg+xml" })).rejects.toThrow(
      /403.*ContentTypeNotAllowed/,
    );
  });

  test("fails to issue a key for a content type the service does not allow", async () => {
    await expect(askForKey(service, "alice", { contentType: "text/html" })).rejects.toThrow(
      /403.*ContentTypeNotAllowed/,
    );
  });
});

describe("a service started with ALLOW_INSECURE_TRANSPORT, as npm run serve may be", () => {
  let service: KeyServiceProcess;

  beforeAll(async () => {
    service = await startKeyService({ ALLOW_INSECURE_TRANSPORT: "true" });
  });

  afterAll(() => service?.close());

  test("issues keys that also work over plain HTTP", async () => {
    const cos = await cosEndpoint(service);
    const alice = await phone(service, cos, "alice", { transport: "http" });

    await put(alice, `${alice.answer.allowPrefix}a.jpg`, "a");

    expect(cos.objects.size).toBe(1);
  });
});
