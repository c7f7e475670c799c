/**
 * The local COS endpoint and `x-cos-forbid-overwrite`: as a header (409 FileAlreadyExists where the object exists)
 * and as the condition key `cos:x-cos-forbid-overwrite` of object-mode session policies, driven by the real
 * `cos-nodejs-sdk-v5` over HTTPS.
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

/** The session policy the key service issues in object mode. */
const objectModeKey = (): COS =>
  client(transferPolicy({ location, prefix: "uploads/alice/", scopes: ["upload"], objectKey, contentType: "image/jpeg" }));

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
    const { ETag } = await cos.multipartUpload({ ...target, Key: objectKey, UploadId, PartNumber: 1, Body: Buffer.alloc(MIB) });
    await put(cos, "meanwhile");

    await expect(
      cos.multipartComplete({ ...target, Key: objectKey, UploadId, Parts: [{ PartNumber: 1, ETag }], Headers: { ...FORBID } }),
    ).rejects.toMatchObject({ statusCode: 409, code: "FileAlreadyExists" });
    expect(server?.objects.get(objectKey)?.body.toString()).toBe("meanwhile");
    // Each request is judged by its own header: a completion without it completes.
    await cos.multipartComplete({ ...target, Key: objectKey, UploadId, Parts: [{ PartNumber: 1, ETag }] });
    expect(server?.objects.get(objectKey)?.body.length).toBe(MIB);
  });
});

describe("the condition key cos:x-cos-forbid-overwrite", () => {
  test("lets an object-mode key create its object with the header", async () => {
    await put(objectModeKey(), "photo");

    expect(server?.objects.get(objectKey)).toMatchObject({ contentType: "image/jpeg" });
  });

  test.each([
    ["without the header", {}],
    ["with the header false", { "x-cos-forbid-overwrite": "false" }],
  ])("refuses an object-mode upload %s, as the condition is not _if_exist", async (_how, Headers) => {
    await expect(put(objectModeKey(), "photo", Headers)).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
    await expect(
      objectModeKey().multipartInit({ ...target, Key: objectKey, ContentType: "image/jpeg", Headers }),
    ).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });

    expect(server?.objects.size).toBe(0);
  });

  test.each([
    ["a sibling name", `${objectKey}x`],
    ["another date folder", objectKey.replace("/2026/12/01/", "/2026/12/02/")],
  ])("refuses an object-mode upload to %s", async (_what, Key) => {
    await expect(put(objectModeKey(), "photo", FORBID, Key)).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
  });
});
