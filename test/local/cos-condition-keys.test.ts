/**
 * The local COS offers a request exactly the condition keys `policy/cloud-rules.ts` registers for its action, driven
 * by the real `cos-nodejs-sdk-v5` over HTTPS: a registered key bounds the request; a key on an action the registry
 * does not document it for is absent, so a condition on it fails, as we expect CAM to fail it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import { allow, BucketLocation, cosObjectResource, policyDocument, PolicyDocument, transferPolicy } from "../../policy";
import { CosServer } from "../../local/cos-server";
import { HandMadeKeys } from "../helpers/hand-made-keys";
import { useLocalCos } from "../helpers/local-cos";

const location: BucketLocation = { region: "ap-guangzhou", appId: "1250000000", bucket: "photos-1250000000" };
const target = { Bucket: location.bucket, Region: location.region };
const Key = "uploads/alice/clip.mp4";
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

const uploads = [cosObjectResource(location, "uploads/alice/")];

test("lets an oversize part through the _if_exist part bound, as no page names cos:content-length for UploadPart", async () => {
  const cos = client(
    transferPolicy({
      location,
      prefix: "uploads/alice/",
      scopes: ["upload"],
      maxUploadBytes: 2 * MIB,
      contentType: "video/mp4",
    }),
  );
  await expect(
    cos.putObject({ ...target, Key, Body: Buffer.alloc(2 * MIB + 1), ContentType: "video/mp4" }),
  ).rejects.toMatchObject({
    statusCode: 403,
    code: "AccessDenied",
  });
  const { UploadId } = await cos.multipartInit({ ...target, Key, ContentType: "video/mp4" });

  const parts = [];
  for (const [PartNumber, size] of [
    [1, 2 * MIB],
    [2, 2 * MIB + 1],
  ]) {
    const { ETag } = await cos.multipartUpload({
      ...target,
      Key,
      UploadId,
      PartNumber,
      Body: Buffer.alloc(size, PartNumber),
    });
    parts.push({ PartNumber, ETag });
  }
  await cos.multipartComplete({ ...target, Key, UploadId, Parts: parts });

  // The object is over twice the limit: only the post-upload check can see that (test/upload-check, "oversize").
  expect(server?.objects.get(Key)?.body.length).toBe(4 * MIB + 1);
});

test("refuses a strict cos:content-length bound on UploadPart, a key the registry does not document there", async () => {
  const init = client(policyDocument([allow(["name/cos:InitiateMultipartUpload"], uploads)]));
  const { UploadId } = await init.multipartInit({ ...target, Key, ContentType: "video/mp4" });
  const strict = client(
    policyDocument([
      allow(["name/cos:UploadPart"], uploads, { numeric_less_than_equal: { "cos:content-length": MIB } }),
    ]),
  );
  await expect(strict.multipartUpload({ ...target, Key, UploadId, PartNumber: 1, Body: "x" })).rejects.toMatchObject({
    statusCode: 403,
    code: "AccessDenied",
  });
});

test.each([
  [
    "cos:content-length on InitiateMultipartUpload",
    allow(["name/cos:InitiateMultipartUpload"], uploads, { numeric_less_than_equal: { "cos:content-length": MIB } }),
    (cos: COS) => cos.multipartInit({ ...target, Key, ContentType: "video/mp4" }),
  ],
  [
    "cos:x-cos-acl on UploadPart",
    allow(["name/cos:InitiateMultipartUpload"], uploads),
    async (cos: COS) => {
      const { UploadId } = await cos.multipartInit({ ...target, Key, ContentType: "video/mp4" });
      const part = client(
        policyDocument([
          allow(["name/cos:UploadPart"], uploads, { string_equal: { "cos:x-cos-acl": ["private"] } } as never),
        ]),
      );
      return part.multipartUpload({
        ...target,
        Key,
        UploadId,
        PartNumber: 1,
        Body: "x",
        Headers: { "x-cos-acl": "private" },
      });
    },
  ],
])("treats %s as absent, so a condition on it refuses the request", async (_what, statement, request) => {
  const cos = client(policyDocument([statement]));

  await expect(request(cos)).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
});
