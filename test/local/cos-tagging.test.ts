/**
 * Object tagging and GET Bucket on the local COS, driven by Tencent's own `cos-nodejs-sdk-v5`: the wire formats the
 * SDK writes and parses, each request authorised by the key's session policy as any other action is.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import { BucketLocation, transferPolicy } from "../../policy";
import { uploadCheckPolicy } from "../../policy/upload-check-policy";
import { IssuedKey } from "../../local/issued-keys";
import { CosServer } from "../../local/cos-server";
import { useLocalCos } from "../helpers/local-cos";
import { HandMadeKeys } from "../helpers/hand-made-keys";

const location: BucketLocation = { region: "ap-guangzhou", appId: "1250000000", bucket: "photos-1250000000" };
const target = { Bucket: location.bucket, Region: location.region };
const confDir = fs.mkdtempSync(path.join(os.tmpdir(), "cos-sdk-conf-"));
const localCos = useLocalCos(location.region);

afterAll(() => fs.rmSync(confDir, { recursive: true, force: true }));

async function setup(): Promise<{ server: CosServer; check: COS; app: COS }> {
  const keys = new HandMadeKeys();
  const server = await localCos.start({ issuedKeys: keys, ...location });
  const client = (key: IssuedKey): COS =>
    new COS({
      ...server.https!.clientOptions,
      ConfCwd: confDir,
      SecretId: key.tmpSecretId,
      SecretKey: key.tmpSecretKey,
      SecurityToken: key.sessionToken,
    });
  return {
    server,
    check: client(keys.issue(uploadCheckPolicy({ location, prefixRoot: "uploads/", quarantinePrefix: "quarantine/" }))),
    app: client(keys.issue(transferPolicy({ location, prefix: "uploads/alice/", scopes: ["upload"] }))),
  };
}

function store(server: CosServer, key: string, lastModified = new Date()): void {
  server.objects.set(key, { body: Buffer.from(key), contentType: "text/plain", etag: `"${key.length}"`, lastModified });
}

/** The SDK's error for a refused request, as `{ statusCode, code }`. */
async function refusal(request: Promise<unknown>): Promise<{ statusCode?: number; code?: string }> {
  try {
    await request;
  } catch (error) {
    const { statusCode, code } = error as { statusCode?: number; code?: string };
    return { statusCode, code };
  }
  throw new Error("the request was not refused");
}

describe("object tagging", () => {
  test("the check's role sets, reads and replaces an object's tags", async () => {
    const { server, check } = await setup();
    store(server, "uploads/alice/a.png");

    await check.putObjectTagging({
      ...target,
      Key: "uploads/alice/a.png",
      Tags: [
        { Key: "verdict", Value: "accepted" },
        { Key: "verdict-sig", Value: "v1:00" },
      ],
    });
    const first = await check.getObjectTagging({ ...target, Key: "uploads/alice/a.png" });
    await check.putObjectTagging({
      ...target,
      Key: "uploads/alice/a.png",
      Tags: [{ Key: "verdict", Value: "quarantined" }],
    });
    const second = await check.getObjectTagging({ ...target, Key: "uploads/alice/a.png" });

    expect(first.Tags).toEqual([
      { Key: "verdict", Value: "accepted" },
      { Key: "verdict-sig", Value: "v1:00" },
    ]);
    expect(second.Tags).toEqual([{ Key: "verdict", Value: "quarantined" }]);
    expect(server.objects.get("uploads/alice/a.png")?.tags).toEqual({ verdict: "quarantined" });
  });

  test("an object without tags answers an empty set; a missing one 404", async () => {
    const { server, check } = await setup();
    store(server, "uploads/alice/a.png");

    expect((await check.getObjectTagging({ ...target, Key: "uploads/alice/a.png" })).Tags).toEqual([]);
    expect(await refusal(check.getObjectTagging({ ...target, Key: "uploads/alice/none.png" }))).toMatchObject({
      statusCode: 404,
      code: "NoSuchKey",
    });
  });

  test("refuses what the role's policy does not grant: deleting tags, or tagging outside its prefixes", async () => {
    const { server, check } = await setup();
    store(server, "uploads/alice/a.png");
    store(server, "other/a.png");

    expect(await refusal(check.deleteObjectTagging({ ...target, Key: "uploads/alice/a.png" }))).toMatchObject({
      statusCode: 403,
      code: "AccessDenied",
    });
    expect(
      await refusal(
        check.putObjectTagging({ ...target, Key: "other/a.png", Tags: [{ Key: "verdict", Value: "accepted" }] }),
      ),
    ).toMatchObject({
      statusCode: 403,
      code: "AccessDenied",
    });
    expect(await refusal(check.getObjectTagging({ ...target, Key: "quarantine/a.png" }))).toMatchObject({
      statusCode: 403,
    });
  });

  test("refuses tags COS does not accept", async () => {
    const { server, check } = await setup();
    store(server, "uploads/alice/a.png");
    const tags = (count: number) => Array.from({ length: count }, (_, i) => ({ Key: `k${i}`, Value: "v" }));

    expect(
      await refusal(check.putObjectTagging({ ...target, Key: "uploads/alice/a.png", Tags: tags(11) })),
    ).toMatchObject({ statusCode: 400, code: "InvalidTag" });
    expect(
      await refusal(
        check.putObjectTagging({ ...target, Key: "uploads/alice/a.png", Tags: [{ Key: "a;b", Value: "v" }] }),
      ),
    ).toMatchObject({
      statusCode: 400,
      code: "InvalidTag",
    });
    expect(await check.putObjectTagging({ ...target, Key: "uploads/alice/a.png", Tags: tags(10) })).toMatchObject({
      statusCode: 200,
    });
  });

  test("an upload key cannot read, set or delete tags, but its PUT stores the tags it sends in x-cos-tagging", async () => {
    const { server, app } = await setup();
    await app.putObject({
      ...target,
      Key: "uploads/alice/a.png",
      Body: Buffer.from("a"),
      ContentType: "image/png",
      Headers: { "x-cos-tagging": "verdict=accepted&verdict-sig=v1%3A00" },
    });

    // The reading no page settles, modelled as the one that lets a key tag its own upload (docs/evidence.md).
    expect(server.objects.get("uploads/alice/a.png")?.tags).toEqual({ verdict: "accepted", "verdict-sig": "v1:00" });
    for (const request of [
      app.putObjectTagging({ ...target, Key: "uploads/alice/a.png", Tags: [{ Key: "verdict", Value: "accepted" }] }),
      app.getObjectTagging({ ...target, Key: "uploads/alice/a.png" }),
      app.deleteObjectTagging({ ...target, Key: "uploads/alice/a.png" }),
    ]) {
      expect(await refusal(request)).toMatchObject({ statusCode: 403, code: "AccessDenied" });
    }
    expect(server.requests.filter((r) => r.action?.endsWith("Tagging")).map((r) => [r.action, r.status])).toEqual([
      ["name/cos:PutObjectTagging", 403],
      ["name/cos:GetObjectTagging", 403],
      ["name/cos:DeleteObjectTagging", 403],
    ]);
  });
});

describe("GET Bucket", () => {
  test("lists the keys under a prefix in byte order, a page at a time from the marker", async () => {
    const { server, check } = await setup();
    for (const key of [
      "uploads/bob/b.png",
      "uploads/alice/b.png",
      "uploads/alice/a.png",
      "other/x.png",
      "uploads/alice/照片.png",
    ]) {
      store(server, key, new Date("2026-01-02T03:04:05Z"));
    }

    const first = await check.getBucket({ ...target, Prefix: "uploads/", MaxKeys: 2 });
    const second = await check.getBucket({ ...target, Prefix: "uploads/", MaxKeys: 2, Marker: first.NextMarker });

    expect(first.Contents.map((c) => c.Key)).toEqual(["uploads/alice/a.png", "uploads/alice/b.png"]);
    expect(first).toMatchObject({ IsTruncated: "true", NextMarker: "uploads/alice/b.png" });
    expect(first.Contents[0]).toMatchObject({
      ETag: `"${"uploads/alice/a.png".length}"`,
      Size: String("uploads/alice/a.png".length),
      LastModified: "2026-01-02T03:04:05.000Z",
    });
    expect(second.Contents.map((c) => c.Key)).toEqual(["uploads/alice/照片.png", "uploads/bob/b.png"]);
    expect(second.IsTruncated).toBe("false");
  });

  test("is refused to an upload key, and asked for what it does not model, 501", async () => {
    const { app, check } = await setup();

    expect(await refusal(app.getBucket({ ...target, Prefix: "uploads/alice/" }))).toMatchObject({
      statusCode: 403,
      code: "AccessDenied",
    });
    expect(await refusal(check.getBucket({ ...target, Prefix: "uploads/", Delimiter: "/" }))).toMatchObject({
      statusCode: 501,
    });
    expect(await refusal(check.getBucket({ ...target, MaxKeys: 1001 }))).toMatchObject({
      statusCode: 400,
      code: "InvalidArgument",
    });
  });
});
