/**
 * Object mode end to end (issue 11): the key service (`npm run serve`, `KEY_MODE=object`) names one new object per
 * upload; an app asks for a key for each upload and uploads to exactly the returned `key` with the real
 * `cos-nodejs-sdk-v5`, over HTTPS, against the local COS, which checks each request against the session policy STS
 * recorded for its key. The exact-object policy is the guarantee; `x-cos-forbid-overwrite: true`, which apps may send,
 * adds a 409 on a repeat only where the bucket keeps no versions, as the local COS does (docs/object-mode.md).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import type { CredentialsBody } from "../../lambda/key-service/handler";
import { CosServer } from "../../local/cos-server";
import { useLocalCos } from "../helpers/local-cos";
import { randomFile } from "../helpers/random-file";
import { KeyServiceProcess, LOCATION, startKeyService } from "./key-service-process";

const FORBID_OVERWRITE = { "x-cos-forbid-overwrite": "true" };
const confDir = fs.mkdtempSync(path.join(os.tmpdir(), "cos-sdk-conf-"));
const localCos = useLocalCos(LOCATION.region);

afterAll(() => fs.rmSync(confDir, { recursive: true, force: true }));

async function cosEndpoint(service: KeyServiceProcess): Promise<CosServer> {
  const server = await localCos.start({ issuedKeys: service.sts, ...LOCATION });
  return server;
}

/** One upload's key: the service's answer, and a client holding exactly its credentials. */
interface UploadKey {
  readonly answer: CredentialsBody;
  readonly cos: COS;
  readonly target: { readonly Bucket: string; readonly Region: string };
}

/** Asks the service for a key for one upload; resolves to the status and body when it refuses. */
async function ask(
  service: KeyServiceProcess,
  sub: string,
  params: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(service.url);
  for (const [name, value] of Object.entries(params)) {
    url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { Authorization: `Bearer ${await service.token(sub)}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * What an app does before each upload in object mode: one request for one key, then a client whose
 * `getAuthorization` hands the SDK exactly that key (never a new one: a new key would be for another object).
 */
async function keyForUpload(
  service: KeyServiceProcess,
  cos: CosServer,
  sub: string,
  params: Record<string, string>,
): Promise<UploadKey> {
  const { status, body } = await ask(service, sub, params);
  if (status !== 200) {
    throw new Error(`the key service answered ${status}: ${JSON.stringify(body)}`);
  }
  const answer = body as unknown as CredentialsBody;
  const client = new COS({
    ...cos.https?.clientOptions,
    ConfCwd: confDir,
    getAuthorization: (_request, callback) =>
      callback({
        TmpSecretId: answer.credentials.tmpSecretId,
        TmpSecretKey: answer.credentials.tmpSecretKey,
        SecurityToken: answer.credentials.sessionToken,
        StartTime: answer.startTime,
        ExpiredTime: answer.expiredTime,
      }),
  });
  return { answer, cos: client, target: { Bucket: answer.bucket, Region: answer.region } };
}

function put(
  upload: UploadKey,
  Key: string,
  Body: string | Buffer,
  Headers: Record<string, string> = FORBID_OVERWRITE,
  ContentType = "image/jpeg",
) {
  return upload.cos.putObject({ ...upload.target, Key, Body, ContentType, Headers: { ...Headers } });
}

describe("a service in object mode without type limits", () => {
  let service: KeyServiceProcess;

  beforeAll(async () => {
    service = await startKeyService({ KEY_MODE: "object" });
  });

  afterAll(() => service?.close());

  test("uploads to the key it was given, with x-cos-forbid-overwrite", async () => {
    const cos = await cosEndpoint(service);
    const upload = await keyForUpload(service, cos, "alice", { ext: "jpg" });
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, "/");

    await put(upload, upload.answer.key ?? "", "photo");

    expect(upload.answer.key).toMatch(new RegExp(`^uploads/alice/${today}/[A-Za-z0-9_-]{22}\\.jpg$`));
    expect(upload.answer.allowPrefix).toBe("uploads/alice/");
    expect(cos.objects.get(upload.answer.key ?? "")?.body.toString()).toBe("photo");
    expect([...cos.objects.keys()]).toEqual([upload.answer.key]);
  });

  test("uploads a large file in parts to its key, listing, initiating and completing on that object only", async () => {
    const cos = await cosEndpoint(service);
    const upload = await keyForUpload(service, cos, "alice-video", { ext: "mp4" });
    const { file, content } = randomFile("video.mp4", 2.5 * 1024 * 1024);
    const Key = upload.answer.key ?? "";

    await upload.cos.uploadFile({
      ...upload.target,
      Key,
      FilePath: file,
      SliceSize: 1024 * 1024,
      ContentType: "video/mp4",
      Headers: { ...FORBID_OVERWRITE },
    });

    expect(cos.objects.get(Key)?.body.equals(content)).toBe(true);
    const actions = cos.requests.map((r) => r.action);
    expect(actions).toEqual([
      "name/cos:ListMultipartUploads",
      "name/cos:InitiateMultipartUpload",
      "name/cos:UploadPart",
      "name/cos:UploadPart",
      "name/cos:UploadPart",
      "name/cos:CompleteMultipartUpload",
    ]);
    expect(cos.requests.every((r) => r.status === 200)).toBe(true);
  });

  test.each([
    ["a sibling name", (key: string) => `${key}x`],
    ["the same name in another date folder", (key: string) => key.replace(/\/\d{4}\/\d{2}\/\d{2}\//, "/1999/01/01/")],
    ["another name in the caller's folder", () => "uploads/alice/photo.jpg"],
    ["the caller's folder itself", () => "uploads/alice/"],
    ["another user's folder", (key: string) => key.replace("uploads/alice/", "uploads/bob/")],
  ])("refuses an upload to %s, simple or multipart", async (_where, elsewhere) => {
    const cos = await cosEndpoint(service);
    const upload = await keyForUpload(service, cos, "alice", { ext: "jpg" });
    const Key = elsewhere(upload.answer.key ?? "");

    await expect(put(upload, Key, "x")).rejects.toMatchObject({ statusCode: 403, code: "AccessDenied" });
    await expect(
      upload.cos.multipartInit({ ...upload.target, Key, Headers: { ...FORBID_OVERWRITE } }),
    ).rejects.toMatchObject({
      statusCode: 403,
      code: "AccessDenied",
    });
    expect(cos.objects.size).toBe(0);
  });

  test("refuses a second upload to the same key sent with x-cos-forbid-overwrite, where the bucket keeps no versions", async () => {
    const cos = await cosEndpoint(service);
    const upload = await keyForUpload(service, cos, "alice", { ext: "jpg" });
    const Key = upload.answer.key ?? "";
    await put(upload, Key, "first");
    const { file } = randomFile("big.jpg", 2.5 * 1024 * 1024);

    await expect(put(upload, Key, "second")).rejects.toMatchObject({ statusCode: 409, code: "FileAlreadyExists" });
    await expect(
      upload.cos.uploadFile({
        ...upload.target,
        Key,
        FilePath: file,
        SliceSize: 1024 * 1024,
        Headers: { ...FORBID_OVERWRITE },
      }),
    ).rejects.toMatchObject({ statusCode: 409, code: "FileAlreadyExists" });
    expect(cos.objects.get(Key)?.body.toString()).toBe("first");
  });

  test.each([
    ["without x-cos-forbid-overwrite", {}],
    ["with x-cos-forbid-overwrite false", { "x-cos-forbid-overwrite": "false" }],
  ])("uploads to its own key %s, simple or multipart: no policy asks for the header", async (_how, Headers) => {
    const cos = await cosEndpoint(service);
    const simple = await keyForUpload(service, cos, "alice", { ext: "jpg" });
    const multipart = await keyForUpload(service, cos, "alice", { ext: "jpg" });
    const { file, content } = randomFile("big.jpg", 2.5 * 1024 * 1024);

    await put(simple, simple.answer.key ?? "", "x", Headers);
    await multipart.cos.uploadFile({
      ...multipart.target,
      Key: multipart.answer.key ?? "",
      FilePath: file,
      SliceSize: 1024 * 1024,
      Headers,
    });

    expect(cos.objects.get(simple.answer.key ?? "")?.body.toString()).toBe("x");
    expect(cos.objects.get(multipart.answer.key ?? "")?.body.equals(content)).toBe(true);
  });

  test("gives every upload its own key and refuses a request without ext", async () => {
    const cos = await cosEndpoint(service);
    const first = await keyForUpload(service, cos, "alice", { ext: "png" });
    const second = await keyForUpload(service, cos, "alice", { ext: "png" });

    await put(first, first.answer.key ?? "", "one");
    await put(second, second.answer.key ?? "", "two");
    await expect(put(first, second.answer.key ?? "", "crossed")).rejects.toMatchObject({ statusCode: 403 });

    expect(first.answer.key).not.toBe(second.answer.key);
    expect(cos.objects.size).toBe(2);
    expect(await ask(service, "alice", {})).toMatchObject({
      status: 400,
      body: { error: { code: "ExtensionRequired" } },
    });
    expect(await ask(service, "alice", { ext: "JPG" })).toMatchObject({
      status: 400,
      body: { error: { code: "InvalidRequest" } },
    });
  });
});

describe("a service in object mode limited to images", () => {
  let service: KeyServiceProcess;

  beforeAll(async () => {
    service = await startKeyService({ KEY_MODE: "object", ALLOWED_CONTENT_TYPES: "image/*" });
  });

  afterAll(() => service?.close());

  test("uploads exactly the type the key was issued for, and nothing else", async () => {
    const cos = await cosEndpoint(service);
    const upload = await keyForUpload(service, cos, "alice", { ext: "png", contentType: "image/png" });
    const Key = upload.answer.key ?? "";

    await expect(put(upload, Key, "<html>", FORBID_OVERWRITE, "text/html")).rejects.toMatchObject({ statusCode: 403 });
    await put(upload, Key, "png", FORBID_OVERWRITE, "image/png");

    expect(cos.objects.get(Key)?.contentType).toBe("image/png");
    expect(await ask(service, "alice", { ext: "png" })).toMatchObject({
      status: 400,
      body: { error: { code: "ContentTypeRequired" } },
    });
  });
});
