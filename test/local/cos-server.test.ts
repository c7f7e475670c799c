import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import { BucketLocation, policyDocument, PolicyDocument, transferPolicy } from "../../policy";
import { IssuedKey } from "../../local/issued-keys";
import { CosCorsRule, CosServer } from "../../local/cos-server";
import { useLocalCos } from "../helpers/local-cos";
import { HandMadeKeys } from "../helpers/hand-made-keys";
import { randomFile } from "../helpers/random-file";

const location: BucketLocation = { region: "ap-guangzhou", appId: "1250000000", bucket: "photos-1250000000" };
const prefix = "uploads/alice/";
const target = { Bucket: location.bucket, Region: location.region };
const host = `${location.bucket}.cos.${location.region}.myqcloud.com`;
const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const minutes = (n: number): number => n * 60 * 1000;

const confDir = fs.mkdtempSync(path.join(os.tmpdir(), "cos-sdk-conf-"));
const localCos = useLocalCos(location.region);

afterAll(() => fs.rmSync(confDir, { recursive: true, force: true }));

async function setup(
  clock?: () => number,
  cors?: readonly CosCorsRule[],
): Promise<{ server: CosServer; keys: HandMadeKeys }> {
  const keys = new HandMadeKeys();
  const server = await localCos.start({ issuedKeys: keys, ...location, clock, cors });
  return { server, keys };
}

/** Options sending a client's requests to the server's HTTPS side, as every policy here requires. */
function overHttps(server: CosServer): COS.COSOptions {
  if (server.https === undefined) {
    throw new Error("the server was started without HTTPS");
  }
  return server.https.clientOptions;
}

/** A client as an app builds it: credentials from `getAuthorization`, signed with the server's start time. */
function appClient(server: CosServer, key: IssuedKey, options: COS.COSOptions = {}): COS {
  return new COS({
    ...overHttps(server),
    ConfCwd: confDir,
    getAuthorization: (_request, callback) =>
      callback({
        TmpSecretId: key.tmpSecretId,
        TmpSecretKey: key.tmpSecretKey,
        SecurityToken: key.sessionToken,
        StartTime: nowSeconds(),
        ExpiredTime: key.expiredTime,
      }),
    ...options,
  });
}

/** A client holding the key itself, which signs with its own clock. */
function keyClient(
  server: CosServer,
  key: Pick<IssuedKey, "tmpSecretId" | "tmpSecretKey" | "sessionToken">,
  options: COS.COSOptions = {},
): COS {
  return new COS({
    ...overHttps(server),
    ConfCwd: confDir,
    SecretId: key.tmpSecretId,
    SecretKey: key.tmpSecretKey,
    SecurityToken: key.sessionToken,
    ...options,
  });
}

function uploadPolicy(
  limits: { maxUploadBytes?: number; multipartUpload?: boolean; allowedContentTypes?: string[] } = {},
): PolicyDocument {
  return transferPolicy({ location, prefix, scopes: ["upload"], ...limits });
}

function put(cos: COS, key: string, body: Buffer | string, contentType = "image/png"): Promise<COS.PutObjectResult> {
  return cos.putObject({ ...target, Key: key, Body: body, ContentType: contentType });
}

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** A request made by hand, over HTTPS unless `secure` is false. */
function raw(
  server: CosServer,
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body = "",
  secure = true,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const options = { host: "127.0.0.1", method, path: pathAndQuery, headers };
    const onResponse = (res: http.IncomingMessage): void => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    };
    const req = secure
      ? https.request({ ...options, port: server.https?.port, ca: localCos.tls().ca, servername: host }, onResponse)
      : http.request({ ...options, port: server.port }, onResponse);
    req.on("error", reject);
    req.end(body);
  });
}

/** Stores an object directly, as if uploaded earlier. */
function seed(server: CosServer, key: string, body: string): void {
  server.objects.set(key, {
    body: Buffer.from(body),
    contentType: "image/png",
    etag: '"seeded"',
    lastModified: new Date(),
  });
}

describe("local COS endpoint", () => {
  describe("storage", () => {
    test("stores an upload into the granted prefix and serves it back", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(transferPolicy({ location, prefix, scopes: ["upload", "download"] }));
      const cos = appClient(server, key);

      const uploaded = await put(cos, `${prefix}cat.png`, "meow");
      const downloaded = await cos.getObject({ ...target, Key: `${prefix}cat.png` });
      const head = await cos.headObject({ ...target, Key: `${prefix}cat.png` });

      expect(uploaded.ETag).toBe(`"${crypto.createHash("md5").update("meow").digest("hex")}"`);
      expect(uploaded.Location).toBe(`${host}/${prefix}cat.png`);
      expect(downloaded.Body.toString()).toBe("meow");
      expect(head.headers?.["content-type"]).toBe("image/png");
      expect(server.objects.get(`${prefix}cat.png`)).toMatchObject({
        body: Buffer.from("meow"),
        contentType: "image/png",
      });
      expect(server.requests.map((r) => [r.action, r.status, r.accessKeyId])).toEqual([
        ["name/cos:PutObject", 200, key.tmpSecretId],
        ["name/cos:GetObject", 200, key.tmpSecretId],
        ["name/cos:HeadObject", 200, key.tmpSecretId],
      ]);
    });

    test("assembles a large file uploaded in parts", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy()));
      const { file, content } = randomFile("large.bin", 2.5 * 1024 * 1024);

      const result = await cos.uploadFile({
        ...target,
        Key: `${prefix}video.bin`,
        FilePath: file,
        SliceSize: 1024 * 1024,
      });

      expect(server.objects.get(`${prefix}video.bin`)?.body.equals(content)).toBe(true);
      expect(result.ETag).toMatch(/^"[0-9a-f]{32}-3"$/);
      const actions = server.requests.map((r) => r.action);
      expect(actions.filter((a) => a === "name/cos:UploadPart")).toHaveLength(3);
      expect(actions).toEqual(
        expect.arrayContaining([
          "name/cos:ListMultipartUploads",
          "name/cos:InitiateMultipartUpload",
          "name/cos:CompleteMultipartUpload",
        ]),
      );
    });

    test("lists, checks and aborts a multipart upload", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy()));
      const Key = `${prefix}parts.bin`;

      const { UploadId } = await cos.multipartInit({ ...target, Key, ContentType: "video/mp4" });
      const part = await cos.multipartUpload({
        ...target,
        Key,
        UploadId,
        PartNumber: 1,
        Body: Buffer.alloc(1024 * 1024, 1),
      });
      const parts = await cos.multipartListPart({ ...target, Key, UploadId });
      const uploads = await cos.multipartList({ ...target, Prefix: Key, Delimiter: "" });
      const badComplete = cos.multipartComplete({
        ...target,
        Key,
        UploadId,
        Parts: [{ PartNumber: 1, ETag: '"0000"' }],
      });
      await expect(badComplete).rejects.toMatchObject({ code: "InvalidPart", statusCode: 400 });
      await cos.multipartAbort({ ...target, Key, UploadId });

      expect(parts.Part).toEqual([
        expect.objectContaining({ PartNumber: "1", ETag: part.ETag, Size: String(1024 * 1024) }),
      ]);
      expect(uploads.Upload).toEqual([expect.objectContaining({ Key, UploadId })]);
      await expect(cos.multipartListPart({ ...target, Key, UploadId })).rejects.toMatchObject({
        code: "NoSuchUpload",
        statusCode: 404,
      });
    });

    test("fails with NoSuchKey for a missing object", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(transferPolicy({ location, prefix, scopes: ["download"] })));

      await expect(cos.getObject({ ...target, Key: `${prefix}none.png` })).rejects.toMatchObject({
        code: "NoSuchKey",
        statusCode: 404,
      });
    });

    test("serves requests sent to a custom domain", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(transferPolicy({ location, prefix, scopes: ["upload", "download"] }));
      const cos = appClient(server, key, { Domain: `127.0.0.1:${server.https?.port}`, Ip: "" });

      await put(cos, `${prefix}a.png`, "a");

      expect((await cos.getObject({ ...target, Key: `${prefix}a.png` })).Body.toString()).toBe("a");
    });

    test.each([
      ["dot segments as sent", "/uploads/alice/../x.png", "uploads/alice/../x.png"],
      ["encoded dot segments", "/uploads/alice/%2e%2e/x.png", "uploads/alice/../x.png"],
      [
        "encoded slashes",
        "/uploads/alice/..%2F..%2Fuploads%2Fbob%2Favatar.png",
        "uploads/alice/../../uploads/bob/avatar.png",
      ],
      ["a . segment", "/uploads/alice/./x.png", "uploads/alice/./x.png"],
      ["an empty segment", "/uploads/alice//x.png", "uploads/alice//x.png"],
      ["an escaped percent, decoded once", "/uploads/alice/50%2525.png", "uploads/alice/50%25.png"],
    ])("stores the key literally, percent-decoded once: %s", async (_shape, wirePath, key) => {
      const { server, keys } = await setup();
      const issued = keys.issue(uploadPolicy());
      const signed = { host, "content-type": "image/png", "content-length": "4" };
      const Authorization = COS.getAuthorization({
        SecretId: issued.tmpSecretId,
        SecretKey: issued.tmpSecretKey,
        Method: "PUT",
        Key: key,
        Headers: signed,
      });

      const response = await raw(
        server,
        "PUT",
        wirePath,
        { ...signed, Authorization, "x-cos-security-token": issued.sessionToken },
        "meow",
      );

      expect(response.status).toBe(200);
      expect([...server.objects.keys()]).toEqual([key]);
    });

    test.each([
      ["a key starting with a slash", "//x.png"],
      ["a key starting with a backslash", "/%5Cx.png"],
      ["ESC, which COS keys may not hold", "/uploads/alice/x%1B.png"],
      ["a broken escape", "/uploads/alice/%E7%85.png"],
    ])("fails with InvalidURI for %s", async (_shape, wirePath) => {
      const { server } = await setup();

      const response = await raw(server, "GET", wirePath, { host });

      expect(response.status).toBe(400);
      expect(response.body).toContain("<Code>InvalidURI</Code>");
    });

    test("fails with NoSuchBucket for another bucket", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy()));

      await expect(
        cos.putObject({ Bucket: "other-1250000000", Region: location.region, Key: `${prefix}a.png`, Body: "a" }),
      ).rejects.toMatchObject({
        code: "NoSuchBucket",
        statusCode: 404,
      });
    });
  });

  describe("session policy", () => {
    test("refuses a key outside the granted prefix", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy()));

      await expect(put(cos, "uploads/bob/cat.png", "meow")).rejects.toMatchObject({
        code: "AccessDenied",
        statusCode: 403,
      });
      await expect(put(cos, "uploads/alice", "meow")).rejects.toMatchObject({ code: "AccessDenied" });
      expect(server.objects.size).toBe(0);
    });

    test("refuses an action the policy does not grant", async () => {
      const { server, keys } = await setup();
      seed(server, `${prefix}cat.png`, "meow");
      const uploader = appClient(server, keys.issue(uploadPolicy()));
      const reader = appClient(server, keys.issue(transferPolicy({ location, prefix, scopes: ["download"] })));

      await expect(uploader.getObject({ ...target, Key: `${prefix}cat.png` })).rejects.toMatchObject({
        code: "AccessDenied",
      });
      await expect(put(reader, `${prefix}dog.png`, "woof")).rejects.toMatchObject({ code: "AccessDenied" });
      await expect(reader.deleteObject({ ...target, Key: `${prefix}cat.png` })).rejects.toMatchObject({
        code: "AccessDenied",
      });
      expect((await reader.getObject({ ...target, Key: `${prefix}cat.png` })).Body.toString()).toBe("meow");
    });

    test("refuses an upload larger than the content-length condition", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy({ maxUploadBytes: 10 })));

      await put(cos, `${prefix}small.png`, Buffer.alloc(10));
      await expect(put(cos, `${prefix}big.png`, Buffer.alloc(11))).rejects.toMatchObject({
        code: "AccessDenied",
        statusCode: 403,
      });
    });

    test("refuses multipart upload when the policy does not grant it", async () => {
      const { server, keys } = await setup();
      const cos = appClient(
        server,
        keys.issue(uploadPolicy({ maxUploadBytes: 10 * 1024 * 1024, multipartUpload: false })),
      );
      const { file } = randomFile("large.bin", 1.5 * 1024 * 1024);

      const upload = cos.uploadFile({ ...target, Key: `${prefix}video.bin`, FilePath: file, SliceSize: 1024 * 1024 });

      await expect(upload).rejects.toMatchObject({ code: "AccessDenied" });
    });

    test("refuses a content type outside the string_like condition and accepts a wildcard match", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy({ allowedContentTypes: ["image/*"] })));

      await put(cos, `${prefix}cat.png`, "meow", "image/png");
      await expect(put(cos, `${prefix}page.html`, "<p>", "text/html")).rejects.toMatchObject({ code: "AccessDenied" });
      await expect(cos.putObject({ ...target, Key: `${prefix}none`, Body: Buffer.from("x") })).rejects.toMatchObject({
        code: "AccessDenied",
      });
    });

    test("lets an explicit deny win over an allow", async () => {
      const { server, keys } = await setup();
      const policy = policyDocument([
        ...uploadPolicy().statement,
        {
          effect: "deny",
          action: ["name/cos:PutObject"],
          resource: [`qcs::cos:${location.region}:uid/${location.appId}:${location.bucket}/${prefix}private/*`],
        },
      ]);
      const cos = appClient(server, keys.issue(policy));

      await put(cos, `${prefix}public.png`, "ok");
      await expect(put(cos, `${prefix}private/secret.png`, "no")).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });

  describe("transport", () => {
    test("evaluates cos:secure-transport from the connection: HTTPS passes, plain HTTP is refused", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(uploadPolicy());

      await put(appClient(server, key), `${prefix}secure.png`, "s");
      const plain = put(appClient(server, key, server.clientOptions), `${prefix}plain.png`, "p");

      await expect(plain).rejects.toMatchObject({ code: "AccessDenied", statusCode: 403 });
      expect([...server.objects.keys()]).toEqual([`${prefix}secure.png`]);
    });

    test("serves plain HTTP to a key whose policy does not require HTTPS", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(transferPolicy({ location, prefix, scopes: ["upload"], requireSecureTransport: false }));

      await put(appClient(server, key, server.clientOptions), `${prefix}plain.png`, "p");

      expect(server.objects.has(`${prefix}plain.png`)).toBe(true);
    });

    test("cannot be told it is secure by a header", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(uploadPolicy());
      const cos = appClient(server, key, server.clientOptions);

      const upload = cos.putObject({
        ...target,
        Key: `${prefix}a.png`,
        Body: "a",
        ContentType: "image/png",
        Headers: { "x-forwarded-proto": "https" },
      });

      await expect(upload).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });

  describe("object ACL", () => {
    test("stores the ACL of an upload that sends none or a private one", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy()));

      await put(cos, `${prefix}none.png`, "n");
      await cos.putObject({
        ...target,
        Key: `${prefix}private.png`,
        Body: "p",
        ContentType: "image/png",
        ACL: "private",
      });
      await cos.putObject({
        ...target,
        Key: `${prefix}default.png`,
        Body: "d",
        ContentType: "image/png",
        ACL: "default",
      });

      expect(server.objects.get(`${prefix}none.png`)).toMatchObject({ acl: "default", grants: {} });
      expect(server.objects.get(`${prefix}private.png`)?.acl).toBe("private");
      expect(server.objects.get(`${prefix}default.png`)?.acl).toBe("default");
    });

    test.each(["public-read", "authenticated-read", "bucket-owner-read"])(
      "refuses a simple upload asking for %s",
      async (ACL) => {
        const { server, keys } = await setup();
        const cos = appClient(server, keys.issue(uploadPolicy()));

        const upload = cos.putObject({
          ...target,
          Key: `${prefix}a.png`,
          Body: "a",
          ContentType: "image/png",
          Headers: { "x-cos-acl": ACL },
        });

        await expect(upload).rejects.toMatchObject({ code: "AccessDenied", statusCode: 403 });
        expect(server.objects.size).toBe(0);
      },
    );

    test("refuses a multipart upload asking for public-read and keeps the ACL of a private one", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy()));
      const Key = `${prefix}parts.bin`;

      await expect(cos.multipartInit({ ...target, Key, ACL: "public-read" })).rejects.toMatchObject({
        code: "AccessDenied",
      });
      const { UploadId } = await cos.multipartInit({ ...target, Key, ACL: "private" });
      const part = await cos.multipartUpload({ ...target, Key, UploadId, PartNumber: 1, Body: Buffer.from("x") });
      await cos.multipartComplete({ ...target, Key, UploadId, Parts: [{ PartNumber: 1, ETag: part.ETag }] });

      expect(server.objects.get(Key)?.acl).toBe("private");
    });

    test("accepts public-read from a key whose policy does not restrict the ACL", async () => {
      const { server, keys } = await setup();
      const open = policyDocument([
        {
          effect: "allow",
          action: ["name/cos:PutObject"],
          resource: [`qcs::cos:${location.region}:uid/${location.appId}:${location.bucket}/${prefix}*`],
        },
      ]);
      const cos = appClient(server, keys.issue(open));

      await cos.putObject({
        ...target,
        Key: `${prefix}a.png`,
        Body: "a",
        ContentType: "image/png",
        ACL: "public-read",
      });

      expect(server.objects.get(`${prefix}a.png`)?.acl).toBe("public-read");
    });

    test("fails with InvalidArgument for an ACL COS does not know", async () => {
      const { server, keys } = await setup();
      const open = policyDocument([
        {
          effect: "allow",
          action: ["name/cos:PutObject"],
          resource: [`qcs::cos:${location.region}:uid/${location.appId}:${location.bucket}/${prefix}*`],
        },
      ]);
      const cos = appClient(server, keys.issue(open));

      const upload = cos.putObject({
        ...target,
        Key: `${prefix}a.png`,
        Body: "a",
        ContentType: "image/png",
        Headers: { "x-cos-acl": "public-read-write" },
      });

      await expect(upload).rejects.toMatchObject({ code: "InvalidArgument", statusCode: 400 });
    });

    test("stores x-cos-grant-* headers, which no COS condition key can refuse (docs/security.md)", async () => {
      const { server, keys } = await setup();
      const cos = appClient(server, keys.issue(uploadPolicy()));
      // A deny on an undocumented key never applies: the key is absent, so the condition is false.
      const denyGrants = keys.issue(
        policyDocument([
          ...uploadPolicy().statement,
          {
            effect: "deny",
            action: ["name/cos:PutObject"],
            resource: [`qcs::cos:${location.region}:uid/${location.appId}:${location.bucket}/${prefix}*`],
            condition: { string_like: { "cos:x-cos-grant-read": ["*"] } } as never,
          },
        ]),
      );

      await cos.putObject({
        ...target,
        Key: `${prefix}a.png`,
        Body: "a",
        ContentType: "image/png",
        GrantRead: 'id="100000000002"',
      });
      await put(appClient(server, denyGrants), `${prefix}b.png`, "b");
      await appClient(server, denyGrants).putObject({
        ...target,
        Key: `${prefix}c.png`,
        Body: "c",
        ContentType: "image/png",
        GrantFullControl: 'id="100000000002"',
      });

      expect(server.objects.get(`${prefix}a.png`)).toMatchObject({
        acl: "default",
        grants: { "x-cos-grant-read": 'id="100000000002"' },
      });
      expect(server.objects.get(`${prefix}c.png`)?.grants).toEqual({ "x-cos-grant-full-control": 'id="100000000002"' });
    });
  });

  describe("CORS", () => {
    const rules: CosCorsRule[] = [
      {
        allowedOrigins: ["https://app.example.com", "https://*.example.org"],
        allowedMethods: ["PUT", "POST", "GET", "HEAD"],
        allowedHeaders: ["*"],
        exposeHeaders: ["ETag", "x-cos-request-id"],
        maxAgeSeconds: 600,
      },
      {
        allowedOrigins: ["https://reader.example.net"],
        allowedMethods: ["GET"],
        allowedHeaders: ["authorization", "x-cos-*"],
      },
    ];

    function preflightHeaders(origin: string, method: string, requested?: string): Record<string, string> {
      return {
        host,
        origin,
        "access-control-request-method": method,
        ...(requested === undefined ? {} : { "access-control-request-headers": requested }),
      };
    }

    test("answers a preflight a rule matches with the rule's methods, exposed headers and max age", async () => {
      const { server } = await setup(undefined, rules);

      const response = await raw(
        server,
        "OPTIONS",
        `/${prefix}a.png`,
        preflightHeaders("https://app.example.com", "PUT", "Content-Type, x-cos-security-token, Authorization"),
      );

      expect(response.status).toBe(200);
      expect(response.headers).toMatchObject({
        "access-control-allow-origin": "https://app.example.com",
        "access-control-allow-methods": "PUT,POST,GET,HEAD",
        "access-control-allow-headers": "content-type,x-cos-security-token,authorization",
        "access-control-expose-headers": "ETag,x-cos-request-id",
        "access-control-max-age": "600",
      });
      expect(server.requests.at(-1)).toMatchObject({ action: "name/cos:OptionsObject", status: 200 });
    });

    test("matches an origin against a rule's wildcard", async () => {
      const { server } = await setup(undefined, rules);

      const sub = await raw(server, "OPTIONS", "/", preflightHeaders("https://cdn.example.org", "GET"));
      const bare = await raw(server, "OPTIONS", "/", preflightHeaders("https://example.org", "GET"));

      expect(sub.status).toBe(200);
      expect(bare.status).toBe(403);
    });

    test.each([
      ["an origin no rule lists", "https://evil.example", "PUT", undefined],
      ["a method its origin's rule lacks", "https://app.example.com", "DELETE", undefined],
      ["a method another rule's origin lacks", "https://reader.example.net", "PUT", undefined],
      ["a header the rule does not allow", "https://reader.example.net", "GET", "authorization,content-type"],
      ["an origin differing in scheme", "http://app.example.com", "PUT", undefined],
    ])("refuses a preflight with %s with 403 and no CORS headers", async (_case, origin, method, requested) => {
      const { server } = await setup(undefined, rules);

      const response = await raw(server, "OPTIONS", `/${prefix}a.png`, preflightHeaders(origin, method, requested));

      expect(response.status).toBe(403);
      expect(response.body).toContain("<Code>AccessForbidden</Code>");
      expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    });

    test("accepts allowed headers by wildcard and case-insensitively", async () => {
      const { server } = await setup(undefined, rules);

      const response = await raw(
        server,
        "OPTIONS",
        "/",
        preflightHeaders("https://reader.example.net", "GET", "Authorization,X-Cos-Security-Token"),
      );

      expect(response.status).toBe(200);
    });

    test("refuses every preflight on a bucket without CORS rules", async () => {
      const { server } = await setup();

      const response = await raw(server, "OPTIONS", "/", preflightHeaders("https://app.example.com", "PUT"));

      expect(response.status).toBe(403);
    });

    test("fails with 400 for a preflight without Origin or method", async () => {
      const { server } = await setup(undefined, rules);

      const response = await raw(server, "OPTIONS", "/", { host, origin: "https://app.example.com" });

      expect(response.status).toBe(400);
    });

    test("adds CORS headers to an actual request from an allowed origin, refusals included", async () => {
      const { server, keys } = await setup(undefined, rules);
      const origin = "https://app.example.com";
      const cos = appClient(server, keys.issue(uploadPolicy()));
      seed(server, `${prefix}cat.png`, "meow");

      const uploaded = await cos.putObject({
        ...target,
        Key: `${prefix}a.png`,
        Body: "a",
        ContentType: "image/png",
        Headers: { Origin: origin },
      });
      const refused = await raw(server, "GET", `/${prefix}cat.png`, { host, origin });
      const stranger = await raw(server, "GET", `/${prefix}cat.png`, { host, origin: "https://evil.example" });
      const noOrigin = await raw(server, "GET", `/${prefix}cat.png`, { host });

      expect(uploaded.headers).toMatchObject({
        "access-control-allow-origin": origin,
        "access-control-expose-headers": "ETag,x-cos-request-id",
        "access-control-max-age": "600",
      });
      expect(refused.status).toBe(403);
      expect(refused.headers["access-control-allow-origin"]).toBe(origin);
      expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
      expect(noOrigin.headers["access-control-allow-origin"]).toBeUndefined();
    });

    test("answers * for a rule allowing any origin", async () => {
      const { server } = await setup(undefined, [
        { allowedOrigins: ["*"], allowedMethods: ["PUT"], allowedHeaders: ["*"] },
      ]);

      const response = await raw(
        server,
        "OPTIONS",
        "/",
        preflightHeaders("https://anything.example", "PUT", "content-type"),
      );

      expect(response.headers["access-control-allow-origin"]).toBe("*");
    });
  });

  describe("authentication", () => {
    test("refuses a request signed with the wrong secret key", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(uploadPolicy());

      await expect(
        put(keyClient(server, { ...key, tmpSecretKey: "wrong" }), `${prefix}a.png`, "a"),
      ).rejects.toMatchObject({
        code: "SignatureDoesNotMatch",
        statusCode: 403,
      });
    });

    test("refuses a request whose signed headers changed after signing", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(uploadPolicy());
      const signed = { host, "content-type": "image/png", "content-length": "4" };
      const Authorization = COS.getAuthorization({
        SecretId: key.tmpSecretId,
        SecretKey: key.tmpSecretKey,
        Method: "PUT",
        Key: `${prefix}a.png`,
        Headers: signed,
      });
      const headers = { ...signed, Authorization, "x-cos-security-token": key.sessionToken };

      const intact = await raw(server, "PUT", `/${prefix}a.png`, headers, "meow");
      const altered = await raw(server, "PUT", `/${prefix}a.png`, { ...headers, "content-type": "text/html" }, "meow");

      expect(intact.status).toBe(200);
      expect(altered.status).toBe(403);
      expect(altered.body).toContain("<Code>SignatureDoesNotMatch</Code>");
    });

    test("accepts a signature carried in the query string", async () => {
      const { server, keys } = await setup();
      seed(server, `${prefix}cat.png`, "meow");
      const cos = appClient(server, keys.issue(transferPolicy({ location, prefix, scopes: ["download"] })));
      const url = await new Promise<string>((resolve, reject) =>
        cos.getObjectUrl({ ...target, Key: `${prefix}cat.png`, Sign: true }, (err, data) =>
          err ? reject(err) : resolve(data.Url),
        ),
      );
      const { pathname, search } = new URL(url);

      const response = await raw(server, "GET", pathname + search, { host });

      expect(search).toContain("q-signature=");
      expect(response.status).toBe(200);
      expect(response.body).toBe("meow");
    });

    test("refuses an unknown secret id", async () => {
      const { server } = await setup();
      const stranger = new HandMadeKeys().issue(uploadPolicy());

      await expect(put(appClient(server, stranger), `${prefix}a.png`, "a")).rejects.toMatchObject({
        code: "InvalidAccessKeyId",
        statusCode: 403,
      });
    });

    test("refuses a security token that belongs to another key", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(uploadPolicy());
      const other = keys.issue(uploadPolicy());

      await expect(
        put(keyClient(server, { ...key, sessionToken: other.sessionToken }), `${prefix}a.png`, "a"),
      ).rejects.toMatchObject({
        code: "InvalidToken",
        statusCode: 400,
      });
      await expect(put(keyClient(server, { ...key, sessionToken: "" }), `${prefix}a.png`, "a")).rejects.toMatchObject({
        code: "InvalidToken",
      });
    });

    test("refuses an expired key", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(uploadPolicy(), nowSeconds() - 1);

      await expect(put(keyClient(server, key), `${prefix}a.png`, "a")).rejects.toMatchObject({
        code: "ExpiredToken",
        statusCode: 400,
      });
    });

    test("refuses a key that has expired by the server clock", async () => {
      const { server, keys } = await setup(() => Date.now() + minutes(31));
      const key = keys.issue(uploadPolicy(), nowSeconds() + 30 * 60);

      await expect(put(appClient(server, key), `${prefix}a.png`, "a")).rejects.toMatchObject({ code: "ExpiredToken" });
    });

    test("refuses a request without credentials as a COS XML error with a request id", async () => {
      const { server } = await setup();

      const response = await raw(server, "GET", `/${prefix}a.png`, { host });

      const requestId = String(response.headers["x-cos-request-id"]);
      expect(response.status).toBe(403);
      expect(response.headers["content-type"]).toBe("application/xml");
      expect(response.body).toMatch(/^<\?xml[^>]*\?>\s*<Error><Code>AccessDenied<\/Code><Message>[^<]+<\/Message>/);
      expect(response.body).toContain(`<RequestId>${requestId}</RequestId>`);
      expect(requestId.length).toBeGreaterThan(10);
    });
  });

  describe("sign time", () => {
    test("refuses a signature starting far ahead of the server clock", async () => {
      const { server, keys } = await setup();
      const cos = keyClient(server, keys.issue(uploadPolicy()), {
        SystemClockOffset: minutes(30),
        CorrectClockSkew: false,
      });

      await expect(put(cos, `${prefix}a.png`, "a")).rejects.toMatchObject({
        code: "RequestTimeTooSkewed",
        statusCode: 403,
      });
    });

    test("refuses a signature whose validity is over", async () => {
      const { server, keys } = await setup();
      const cos = keyClient(server, keys.issue(uploadPolicy()), {
        SystemClockOffset: -minutes(30),
        CorrectClockSkew: false,
      });

      await expect(put(cos, `${prefix}a.png`, "a")).rejects.toMatchObject({
        code: "AccessDenied",
        message: "Request has expired",
        statusCode: 403,
      });
    });

    test("accepts a skewed client that signs with the server start time", async () => {
      const { server, keys } = await setup();
      const key = keys.issue(uploadPolicy());

      await put(
        appClient(server, key, { SystemClockOffset: minutes(30), CorrectClockSkew: false }),
        `${prefix}ahead.png`,
        "a",
      );
      await put(
        appClient(server, key, { SystemClockOffset: -minutes(30), CorrectClockSkew: false }),
        `${prefix}behind.png`,
        "b",
      );

      expect(server.objects.size).toBe(2);
    });

    test("sends a date header the sdk can correct its clock from", async () => {
      const { server, keys } = await setup();
      const cos = keyClient(server, keys.issue(uploadPolicy()), { SystemClockOffset: minutes(30) });
      const complaint = jest.spyOn(console, "error").mockImplementation(() => undefined);

      await put(cos, `${prefix}a.png`, "a");

      expect(complaint).toHaveBeenCalledWith("error: Local time is too skewed.");
      expect(server.requests.map((r) => r.errorCode ?? r.status)).toEqual(["RequestTimeTooSkewed", 200]);
      complaint.mockRestore();
    });
  });
});
