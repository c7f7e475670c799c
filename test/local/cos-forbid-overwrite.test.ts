/**
 * The local COS endpoint and `x-cos-forbid-overwrite`, driven by the real `cos-nodejs-sdk-v5` over HTTPS: the header
 * (409 FileAlreadyExists where the object exists, as on a bucket that never had versioning), and the condition key
 * `cos:x-cos-forbid-overwrite`, which no page documents, so the local COS never offers it and no policy of ours uses
 * it. Object-mode keys: what one can and cannot do, simple and multipart (issue 14, findings 1 and 2).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import { BucketLocation, policyDocument, PolicyDocument, allow, cosObjectResource, transferPolicy } from "../../policy";
import { CosServer } from "../../local/cos-server";
import { HandMadeKeys } from "../helpers/hand-made-keys";
import { useLocalCos } from "../helpers/local-cos";

const location: BucketLocation = { region: "ap-guangzhou", appId: "1250000000", bucket: "photos-1250000000" };
const target = { Bucket: location.bucket, Region: location.region };
const objectKey = "uploads/alice/2026/12/01/q3Jt0bJ9mXGk2w8QzR1vYA.jpg";
const otherKey = "uploads/alice/2026/12/01/Zr4fT0c2pQx9LmN8bV7wKA.jpg";
const FORBID = { "x-cos-forbid-overwrite": "true" };
const MIB = 1024 * 1024;

const confDir = fs.mkdtempSync(path.join(os.tmpdir(), "cos-sdk-conf-"));
const localCos = useLocalCos(location.region);
let server: CosServer | undefined;
let keys: HandMadeKeys;

beforeEach(async () => {
  keys = new HandMadeKeys();
  server = await localCos.start({ issuedKeys: keys, ...location });
});

afterAll(() => fs.rmSync(confDir, { recursive: true, force: true }));

function client(policy: PolicyDocument): COS {
  const key = keys.issue(policy);
  return new COS({
    ...server?.https?.clientOptions,
    ConfCwd: confDir,
    SecretId: key.tmpSecretId,
    SecretKey: key.tmpSecretKey,
    SecurityToken: key.sessionToken,
  });
}

/** Anything under the caller's folder, no conditions: the header alone decides. */
const anything = (): COS =>
  client(policyDocument([allow(["name/cos:*"], [cosObjectResource(location, "uploads/alice/")])]));

/** The session policy the key service issues in object mode, for `key`. */
const objectModeKey = (key = objectKey): COS =>
  client(
    transferPolicy({
      location,
      prefix: "uploads/alice/",
      scopes: ["upload"],
      objectKey: key,
      contentType: "image/jpeg",
    }),
  );

const put = (cos: COS, Body: string, Headers: Record<string, string> = FORBID, Key = objectKey) =>
  cos.putObject({ ...target, Key, Body, ContentType: "image/jpeg", Headers });

describe("x-cos-forbid-overwrite", () => {
  test("creates an object that does not exist yet, then refuses to replace it with 409 FileAlreadyExists", async () => {
    const cos = anything();

    await put(cos, "first");
    await expect(put(cos, "second")).rejects.toMatchObject({ statusCode: 409, code: "FileAlreadyExists" });

    expect(server?.objects.get(objectKey)?.body.toString()).toBe("first");
  });

  test("replaces an object when the header is absent or false", async () => {
    const cos = anything();

    await put(cos, "first");
    await put(cos, "second", {});
    await put(cos, "third", { "x-cos-forbid-overwrite": "false" });

    expect(server?.objects.get(objectKey)?.body.toString()).toBe("third");
  });

  test("refuses to start a multipart upload over an existing object", async () => {
    const cos = anything();
    await put(cos, "first");

    await expect(
      cos.multipartInit({ ...target, Key: objectKey, ContentType: "image/jpeg", Headers: { ...FORBID } }),
    ).rejects.toMatchObject({ statusCode: 409, code: "FileAlreadyExists" });
  });

  test("refuses to complete a multipart upload with the header when the object appeared meanwhile", async () => {
    const cos = anything();
    const { UploadId } = await cos.multipartInit({ ...target, Key: objectKey, Headers: { ...FORBID } });
    const { ETag } = await cos.multipartUpload({
      ...target,
      Key: objectKey,
      UploadId,
      PartNumber: 1,
      Body: Buffer.alloc(MIB),
    });
    await put(cos, "meanwhile");

    await expect(
      cos.multipartComplete({
        ...target,
        Key: objectKey,
        UploadId,
        Parts: [{ PartNumber: 1, ETag }],
        Headers: { ...FORBID },
      }),
    ).rejects.toMatchObject({ statusCode: 409, code: "FileAlreadyExists" });
    expect(server?.objects.get(objectKey)?.body.toString()).toBe("meanwhile");
    // Each request is judged by its own header: a completion without it completes.
    await cos.multipartComplete({ ...target, Key: objectKey, UploadId, Parts: [{ PartNumber: 1, ETag }] });
    expect(server?.objects.get(objectKey)?.body.length).toBe(MIB);
  });
});

describe("the condition key cos:x-cos-forbid-overwrite, which no page documents", () => {
  test("refuses every upload of a policy that requires it, with the header or without, as CAM treats the key as absent", async () => {
    const cos = client(
      policyDocument([
        allow(["name/cos:PutObject"], [cosObjectResource(location, "uploads/alice/")], {
          string_equal: { "cos:x-cos-forbid-overwrite": "true" },
        } as never),
      ]),
    );

    await expect(put(cos, "photo")).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
    await expect(put(cos, "photo", {})).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
    expect(server?.objects.size).toBe(0);
  });
});

describe("an object-mode key", () => {
  test("creates its object without the header: no policy asks for it", async () => {
    await put(objectModeKey(), "photo", {});

    expect(server?.objects.get(objectKey)).toMatchObject({ contentType: "image/jpeg" });
  });

  test("may send the header, harmless, which refuses a repeat with 409 where the bucket keeps no versions", async () => {
    const cos = objectModeKey();
    await put(cos, "photo");

    await expect(put(cos, "again")).rejects.toMatchObject({ statusCode: 409, code: "FileAlreadyExists" });
    expect(server?.objects.get(objectKey)?.body.toString()).toBe("photo");
  });

  test.each([
    ["a sibling name", `${objectKey}x`],
    ["another date folder", objectKey.replace("/2026/12/01/", "/2026/12/02/")],
  ])("refuses an upload to %s", async (_what, Key) => {
    await expect(put(objectModeKey(), "photo", FORBID, Key)).rejects.toMatchObject({
      statusCode: 403,
      code: "AccessDenied",
    });
    await expect(objectModeKey().multipartInit({ ...target, Key, ContentType: "image/jpeg" })).rejects.toMatchObject({
      statusCode: 403,
    });
  });
});

describe("CompleteMultipartUpload with an object-mode key", () => {
  async function startUpload(cos: COS, Key: string): Promise<{ UploadId: string; ETag: string }> {
    const { UploadId } = await cos.multipartInit({ ...target, Key, ContentType: "image/jpeg" });
    const { ETag } = await cos.multipartUpload({ ...target, Key, UploadId, PartNumber: 1, Body: Buffer.alloc(MIB, 1) });
    return { UploadId, ETag };
  }

  test("replaces only the key's own object: initiated before, put meanwhile, completed without the header", async () => {
    const cos = objectModeKey();
    const { UploadId, ETag } = await startUpload(cos, objectKey);
    await put(cos, "meanwhile", {});

    await cos.multipartComplete({ ...target, Key: objectKey, UploadId, Parts: [{ PartNumber: 1, ETag }] });

    // The one object the key names, as a second PUT with the same key could replace it too; nothing else changed.
    expect([...(server?.objects.keys() ?? [])]).toEqual([objectKey]);
    expect(server?.objects.get(objectKey)?.body.length).toBe(MIB);
  });

  test("cannot complete, list or abort another object's upload", async () => {
    const other = await startUpload(objectModeKey(otherKey), otherKey);
    const cos = objectModeKey();
    const upload = { ...target, Key: otherKey, UploadId: other.UploadId };

    await expect(
      cos.multipartComplete({ ...upload, Parts: [{ PartNumber: 1, ETag: other.ETag }] }),
    ).rejects.toMatchObject({ statusCode: 403 });
    await expect(cos.multipartListPart(upload)).rejects.toMatchObject({ statusCode: 403 });
    await expect(cos.multipartAbort(upload)).rejects.toMatchObject({ statusCode: 403 });
    // Naming its own key with the other upload's id finds no such upload.
    await expect(
      cos.multipartComplete({ ...upload, Key: objectKey, Parts: [{ PartNumber: 1, ETag: other.ETag }] }),
    ).rejects.toMatchObject({ statusCode: 404, code: "NoSuchUpload" });
    expect(server?.objects.size).toBe(0);
  });

  test("keeps the type and ACL the initiation was allowed: the completion carries neither condition nor effect", async () => {
    const cos = objectModeKey();
    const { UploadId, ETag } = await startUpload(cos, objectKey);

    await cos.multipartComplete({
      ...target,
      Key: objectKey,
      UploadId,
      Parts: [{ PartNumber: 1, ETag }],
      Headers: { "x-cos-acl": "public-read" },
    });

    expect(server?.objects.get(objectKey)).toMatchObject({ contentType: "image/jpeg", acl: "default" });
  });
});
