/**
 * The post-upload check end to end: an app uploads with Tencent's own `cos-nodejs-sdk-v5` and a key from the key
 * service (`npm run serve` against the local STS); the local COS emits the COS trigger event; the trigger stand-in
 * invokes the check function as bundled for SCF, which signs its requests with its role's key (the policy the
 * stack attaches, enforced by the local COS) and announces accepted uploads to a local webhook receiver.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { CosServer, startCosServer } from "../../local/cos-server";
import { SsmServer, startSsmServer } from "../../local/ssm-server";
import { IssuedKey } from "../../local/issued-keys";
import { startWebhookReceiver, WebhookReceiver } from "../../local/webhook-receiver";
import { callerHash } from "../../lambda/shared/caller-hash";
import { createCosClient } from "../../lambda/upload-check/cos-client";
import { scanAfterEach } from "../helpers/log-scan";
import { randomFile } from "../helpers/random-file";
import { KeyServiceProcess, LOCATION, startKeyService } from "../e2e/key-service-process";
import { phone, Phone } from "../e2e/phone";
import { checkBundle, HTML, loggedLines, png } from "./fixtures";
import type { CheckResult } from "../../lambda/upload-check/check";
import { checkRoleKey, cosTrigger, roleEnvironment, TriggerStandIn } from "../../local/cos-trigger";

const SECRET = crypto.randomBytes(32).toString("hex");
const OWNER_UIN = "100000000001";
/** Another account, as Tencent's SDK docs write a grantee. */
const OTHER_ACCOUNT = "qcs::cam::uin/100000000011:uin/100000000011";
const SECRET_NAME = "direct-transfer-test-webhook-secret";
const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 20, attemptTimeoutMs: 1000 };
const bundle = checkBundle();

interface Setup {
  readonly cos: CosServer;
  readonly trigger: TriggerStandIn<CheckResult>;
  readonly receiver: WebhookReceiver;
  readonly key: IssuedKey;
  readonly log: jest.SpyInstance;
  /** Moves the function's clock on, as time passing would. */
  readonly advanceClock: (ms: number) => void;
}

let service: KeyServiceProcess | undefined;
// Each test's servers are closed and its check's log lines scanned for secrets after it (issue 17).
const { open, scanned } = scanAfterEach([SECRET]);

beforeAll(async () => {
  // The check's own requests go over HTTP to the local COS; HTTPS is proven in test/e2e, not here.
  service = await startKeyService({ ALLOWED_CONTENT_TYPES: "image/*,text/plain", ALLOW_INSECURE_TRANSPORT: "true" });
});

afterAll(async () => {
  await service?.close();
});

/** A local COS whose trigger runs the check with `env` on top of a complete configuration. */
async function setup(
  env: Readonly<Record<string, string>> | ((key: IssuedKey) => Promise<Record<string, string>>) = {},
  quarantine = true,
  /** Whether the function's clock stands still but for `advanceClock`. */
  frozen = false,
  keys: KeyServiceProcess = service!,
): Promise<Setup> {
  const quarantinePrefix = quarantine ? "quarantine/" : undefined;
  const key = checkRoleKey(LOCATION, "uploads/{sub}/", quarantinePrefix);
  const extra = typeof env === "function" ? await env(key) : env;
  let offset = 0;
  const start = Date.now();
  const trigger = cosTrigger<CheckResult>("uploads/", LOCATION);
  const cos = await startCosServer({
    issuedKeys: { lookup: (id) => (id === key.tmpSecretId ? key : keys.sts.lookup(id)) },
    ...LOCATION,
    ownerUin: OWNER_UIN,
    onObjectCreated: trigger.onObjectCreated,
  });
  open.push(cos);
  const receiver = await startWebhookReceiver(SECRET);
  open.push(receiver);
  trigger.handler = bundle.handlerFromEnvironment(
    {
      COS_BUCKET: LOCATION.bucket,
      COS_REGION: LOCATION.region,
      OWNER_UIN: OWNER_UIN,
      ALLOW_PREFIX: "uploads/{sub}/",
      ALLOWED_CONTENT_TYPES: "image/*,text/plain",
      ...(quarantinePrefix === undefined ? {} : { QUARANTINE_PREFIX: quarantinePrefix }),
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: SECRET,
      COS_ENDPOINT: cos.url,
      ...roleEnvironment(key),
      ...extra,
    },
    { retry: FAST_RETRY, clock: frozen ? () => start + offset : () => Date.now() + offset },
  );
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  scanned.push({ log, secrets: [key.tmpSecretKey, key.sessionToken] });
  return { cos, trigger, receiver, key, log, advanceClock: (ms) => (offset += ms) };
}

/** A local Secrets Manager holding the webhook secret, answering requests signed with the check role's key. */
async function secretsManager(key: IssuedKey): Promise<SsmServer> {
  const ssm = await startSsmServer({
    keys: { secretId: key.tmpSecretId, secretKey: key.tmpSecretKey, token: key.sessionToken },
    secrets: { [SECRET_NAME]: { active: SECRET } },
  });
  open.push(ssm);
  return ssm;
}

/** An app of `sub` holding a key for exactly `contentType`, talking plain HTTP to the local COS. */
function appOf(cos: CosServer, sub: string, contentType: string): Promise<Phone> {
  return phone(service!, cos, sub, { transport: "http", contentType });
}

function upload(app: Phone, Key: string, Body: Buffer, ContentType: string): Promise<unknown> {
  return app.cos.putObject({ ...app.target, Key, Body, ContentType });
}

function verdicts(log: jest.SpyInstance): Record<string, unknown>[] {
  return loggedLines(log).filter((line) => "verdict" in line);
}

test("accepts a PNG declared image/png and announces it to the webhook with a valid signature", async () => {
  const { cos, trigger, receiver, log } = await setup();
  const alice = await appOf(cos, "alice", "image/png");
  const body = png(2000);

  await upload(alice, "uploads/alice/photo.png", body, "image/png");
  const [invocation] = await trigger.settled(1);
  const [delivery] = await receiver.received(1);

  expect(invocation.error).toBeUndefined();
  expect(cos.objects.get("uploads/alice/photo.png")?.body.equals(body)).toBe(true);
  expect(verdicts(log)).toEqual([
    expect.objectContaining({
      bucket: LOCATION.bucket,
      key: "uploads/alice/photo.png",
      size: body.length,
      declaredType: "image/png",
      detectedType: "image/png",
      verdict: "accepted",
      caller: callerHash("alice"),
      eventName: "cos:ObjectCreated:Put",
    }),
  ]);
  expect(delivery).toMatchObject({ signatureValid: true, status: 200, repeat: false });
  const event = JSON.parse(delivery.body) as Record<string, unknown>;
  expect(event).toEqual({
    type: "upload.completed",
    id: delivery.id,
    bucket: LOCATION.bucket,
    region: LOCATION.region,
    key: "uploads/alice/photo.png",
    size: body.length,
    contentType: "image/png",
    callerId: "alice",
    etag: cos.objects.get("uploads/alice/photo.png")?.etag,
    eventTime: expect.any(Number),
  });
  expect(Math.abs(Number(event.eventTime) - Date.now() / 1000)).toBeLessThan(60);
});

test("quarantines an HTML file declared image/png, and announces nothing", async () => {
  const { cos, trigger, receiver, log } = await setup();
  const alice = await appOf(cos, "alice", "image/png");

  await upload(alice, "uploads/alice/page.png", HTML, "image/png");
  await trigger.settled(1);

  expect(cos.objects.has("uploads/alice/page.png")).toBe(false);
  expect(cos.objects.get("quarantine/uploads/alice/page.png")).toMatchObject({ body: HTML, contentType: "image/png" });
  expect(verdicts(log)).toEqual([
    expect.objectContaining({
      key: "uploads/alice/page.png",
      declaredType: "image/png",
      detectedType: null,
      verdict: "quarantined",
      reason: "type-mismatch",
      quarantineKey: "quarantine/uploads/alice/page.png",
      caller: callerHash("alice"),
    }),
  ]);
  expect(receiver.deliveries).toEqual([]);
  // The copy is the check role's own request, signed with its key; the quarantine copy triggers nothing. The
  // object's tags are read before judging, and the copy is tagged with its signed verdict before the original goes.
  const actions = cos.requests
    .filter((r) => r.accessKeyId !== alice.answer.credentials.tmpSecretId)
    .map((r) => [r.action, r.key, r.status]);
  expect(actions).toEqual([
    ["name/cos:GetObject", "uploads/alice/page.png", 206],
    ["name/cos:GetObjectTagging", "uploads/alice/page.png", 200],
    ["name/cos:PutObjectCopy", "quarantine/uploads/alice/page.png", 200],
    ["name/cos:PutObjectTagging", "quarantine/uploads/alice/page.png", 200],
    ["name/cos:DeleteObject", "uploads/alice/page.png", 204],
  ]);
  expect(cos.objects.get("quarantine/uploads/alice/page.png")?.tags).toEqual({
    verdict: "quarantined",
    "verdict-sig": expect.stringMatching(/^v1:[0-9a-f]{64}$/),
  });
  expect(trigger.invocations).toHaveLength(1);
});

test("quarantines a mismatching object whose key leaves no room for the quarantine prefix, on one key each time", async () => {
  const { cos, trigger, log } = await setup();
  const alice = await appOf(cos, "alice", "image/png");
  // COS keys are at most 850 bytes; this one fits, "quarantine/" before it would not.
  const key = `uploads/alice/${"é".repeat(415)}.png`;
  expect(Buffer.byteLength(key)).toBeLessThanOrEqual(850);
  expect(Buffer.byteLength(`quarantine/${key}`)).toBeGreaterThan(850);

  await upload(alice, key, HTML, "image/png");
  const [first] = await trigger.settled(1);

  expect(first.error).toBeUndefined();
  expect(cos.objects.has(key)).toBe(false);
  const [line] = verdicts(log);
  expect(line).toMatchObject({ key, verdict: "quarantined", reason: "type-mismatch" });
  const target = String(line.quarantineKey);
  expect(target.startsWith("quarantine/uploads/alice/")).toBe(true);
  expect(Buffer.byteLength(target)).toBeLessThanOrEqual(850);
  expect(cos.objects.get(target)).toMatchObject({ body: HTML, contentType: "image/png" });

  // Another long key with the same first bytes gets its own quarantine key.
  const sibling = `${key.slice(0, -4)}x.png`;
  await upload(alice, sibling, HTML, "image/png");
  await trigger.settled(2);
  const other = String(verdicts(log)[1].quarantineKey);
  expect(other).not.toBe(target);
  expect(cos.objects.has(other)).toBe(true);
});

test("checks an object named like the caller's folder itself, which the caller's key may write", async () => {
  const { cos, trigger, log } = await setup();
  const alice = await appOf(cos, "alice", "image/png");

  await upload(alice, "uploads/alice/", HTML, "image/png");
  await trigger.settled(1);

  expect(cos.objects.has("uploads/alice/")).toBe(false);
  expect(cos.objects.get("quarantine/uploads/alice/")).toMatchObject({ body: HTML });
  expect(verdicts(log)).toEqual([
    expect.objectContaining({
      key: "uploads/alice/",
      caller: callerHash("alice"),
      verdict: "quarantined",
      reason: "type-mismatch",
    }),
  ]);
});

test("quarantines a PNG declared as another image type", async () => {
  const { cos, trigger, log } = await setup();
  const alice = await appOf(cos, "alice", "image/jpeg");

  await upload(alice, "uploads/alice/photo.jpg", png(), "image/jpeg");
  await trigger.settled(1);

  expect(cos.objects.has("quarantine/uploads/alice/photo.jpg")).toBe(true);
  expect(verdicts(log)).toEqual([
    expect.objectContaining({
      declaredType: "image/jpeg",
      detectedType: "image/png",
      verdict: "quarantined",
      reason: "type-mismatch",
    }),
  ]);
});

test("accepts plain text, which has no signature to compare, as text/plain", async () => {
  const { cos, trigger, log } = await setup();
  const alice = await appOf(cos, "alice", "text/plain");

  await upload(alice, "uploads/alice/notes.txt", Buffer.from("shopping: milk, bread\n"), "text/plain");
  await trigger.settled(1);

  expect(cos.objects.has("uploads/alice/notes.txt")).toBe(true);
  expect(verdicts(log)).toEqual([
    expect.objectContaining({ declaredType: "text/plain", detectedType: null, verdict: "accepted" }),
  ]);
});

test("removes an oversize object when no quarantine prefix is set", async () => {
  const { cos, trigger, receiver, log } = await setup({ MAX_UPLOAD_BYTES: "1024" }, false);
  const alice = await appOf(cos, "alice", "image/png");
  const body = png(2000);

  await upload(alice, "uploads/alice/big.png", body, "image/png");
  await trigger.settled(1);

  expect(cos.objects.size).toBe(0);
  expect(verdicts(log)).toEqual([
    expect.objectContaining({
      key: "uploads/alice/big.png",
      size: body.length,
      verdict: "deleted",
      reason: "oversize",
    }),
  ]);
  expect(receiver.deliveries).toEqual([]);
});

describe("a size limit with multipart upload (issue 15)", () => {
  const LIMIT = 1.5 * 1024 * 1024;
  let limited: KeyServiceProcess | undefined;

  beforeAll(async () => {
    // Keys bound every request that carries bytes to the limit, as the stack's MAX_UPLOAD_BYTES does.
    limited = await startKeyService({
      ALLOWED_CONTENT_TYPES: "image/*,text/plain",
      ALLOW_INSECURE_TRANSPORT: "true",
      MAX_UPLOAD_BYTES: String(LIMIT),
    });
  });

  afterAll(() => limited?.close());

  test("passes COS part by part, then the check quarantines the whole object as oversize", async () => {
    const { cos, trigger, receiver, log } = await setup({ MAX_UPLOAD_BYTES: String(LIMIT) }, true, false, limited);
    const alice = await phone(limited!, cos, "alice", { transport: "http", contentType: "image/png" });
    const { file } = randomFile("big.png", 0);
    const body = png(3 * 1024 * 1024);
    fs.writeFileSync(file, body);
    const Key = "uploads/alice/big.png";

    // In one request the key refuses it; in 1 MiB parts every request is within the limit.
    await expect(upload(alice, Key, body, "image/png")).rejects.toMatchObject({ statusCode: 403 });
    await alice.cos.uploadFile({
      ...alice.target,
      Key,
      FilePath: file,
      SliceSize: 1024 * 1024,
      ContentType: "image/png",
    });
    await trigger.settled(1);

    const parts = cos.requests.filter((r) => r.action === "name/cos:UploadPart");
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((r) => r.status === 200)).toBe(true);
    expect(cos.objects.has(Key)).toBe(false);
    expect(cos.objects.get(`quarantine/${Key}`)?.body.length).toBe(body.length);
    expect(verdicts(log)).toEqual([
      expect.objectContaining({
        key: Key,
        size: body.length,
        eventName: "cos:ObjectCreated:CompleteMultipartUpload",
        verdict: "quarantined",
        reason: "oversize",
      }),
    ]);
    expect(receiver.deliveries).toEqual([]);
  });
});

test("checks an object assembled from a multipart upload", async () => {
  const { cos, trigger, receiver, log } = await setup();
  const alice = await appOf(cos, "alice-video", "image/png");
  const { file } = randomFile("clip.png", 0);
  const body = png(2.5 * 1024 * 1024);
  fs.writeFileSync(file, body);

  await alice.cos.uploadFile({
    ...alice.target,
    Key: "uploads/alice-video/clip.png",
    FilePath: file,
    SliceSize: 1024 * 1024,
    ContentType: "image/png",
  });
  await trigger.settled(1);
  await receiver.received(1);

  expect(verdicts(log)).toEqual([
    expect.objectContaining({
      eventName: "cos:ObjectCreated:CompleteMultipartUpload",
      size: body.length,
      verdict: "accepted",
      caller: callerHash("alice-video"),
    }),
  ]);
});

describe("a redelivered event", () => {
  test("does not move a quarantined object again", async () => {
    const { cos, trigger, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");
    await upload(alice, "uploads/alice/page.png", HTML, "image/png");
    const [first] = await trigger.settled(1);
    const quarantined = cos.objects.get("quarantine/uploads/alice/page.png");
    const before = cos.requests.length;

    const again = await trigger.handler!(first.event, { request_id: "redelivery" });

    expect(again.verdicts).toEqual([expect.objectContaining({ verdict: "gone" })]);
    expect(cos.requests.slice(before).map((r) => [r.action, r.status])).toEqual([["name/cos:GetObject", 404]]);
    expect(cos.objects.get("quarantine/uploads/alice/page.png")).toBe(quarantined);
    expect(verdicts(log).map((line) => line.verdict)).toEqual(["quarantined", "gone"]);
  });

  test("finds an accepted, announced object judged by its verdict tag, and neither reads nor announces it again", async () => {
    const { cos, trigger, receiver, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");
    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    const [first] = await trigger.settled(1);
    await receiver.received(1);
    const stored = cos.objects.get("uploads/alice/photo.png");
    const before = cos.requests.length;

    const again = await trigger.handler!(first.event, { request_id: "redelivery" });

    expect(stored?.tags).toEqual({ verdict: "accepted", "verdict-sig": expect.stringMatching(/^v1:[0-9a-f]{64}$/) });
    expect(again.verdicts).toEqual([
      expect.objectContaining({ verdict: "judged", taggedVerdict: "accepted", key: "uploads/alice/photo.png" }),
    ]);
    expect(cos.requests.slice(before).map((r) => [r.action, r.status])).toEqual([
      ["name/cos:GetObject", 206],
      ["name/cos:GetObjectTagging", 200],
    ]);
    expect(cos.objects.get("uploads/alice/photo.png")).toBe(stored);
    expect(receiver.deliveries).toHaveLength(1);
    expect(verdicts(log).map((line) => line.verdict)).toEqual(["accepted", "judged"]);
  });

  test("gives a new upload to the same key a new delivery id", async () => {
    const { cos, trigger, receiver } = await setup();
    const alice = await appOf(cos, "alice", "image/png");
    // One after the other: the event names no version, so a check that runs after a newer upload sees that one.
    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    await trigger.settled(1);
    await upload(alice, "uploads/alice/photo.png", png(10), "image/png");
    await trigger.settled(2);

    const deliveries = await receiver.received(2);

    expect(new Set(deliveries.map((d) => d.id)).size).toBe(2);
  });
});

describe("webhook failures", () => {
  test("are retried until the receiver answers", async () => {
    const { cos, trigger, receiver, log } = await setup();
    receiver.setFault({ kind: "status", status: 503 }, 2);
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    await trigger.settled(1);

    expect(receiver.deliveries.map((d) => d.status)).toEqual([503, 503, 200]);
    expect(new Set(receiver.deliveries.map((d) => d.id)).size).toBe(1);
    expect(loggedLines(log)).toContainEqual(expect.objectContaining({ webhook: "delivered", attempts: 3 }));
  });

  test("are given up after the last attempt without changing the verdict", async () => {
    const { cos, trigger, receiver, log } = await setup();
    receiver.setFault({ kind: "status", status: 500 });
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    const [invocation] = await trigger.settled(1);

    expect(invocation.error).toBeUndefined();
    expect(receiver.deliveries).toHaveLength(FAST_RETRY.maxAttempts);
    expect(cos.objects.has("uploads/alice/photo.png")).toBe(true);
    const lines = loggedLines(log);
    expect(lines).toContainEqual(expect.objectContaining({ verdict: "accepted", key: "uploads/alice/photo.png" }));
    expect(lines).toContainEqual(expect.objectContaining({ webhook: "failed", attempts: 3, last: "HTTP 500" }));
  });

  test("time out a receiver that never answers, and are retried", async () => {
    const { cos, trigger, receiver, log } = await setup();
    receiver.setFault({ kind: "hang" }, 1);
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    await trigger.settled(1);

    expect(receiver.deliveries.map((d) => d.status)).toEqual([0, 200]);
    expect(loggedLines(log)).toContainEqual(expect.objectContaining({ webhook: "delivered", attempts: 2 }));
  });

  test("that cannot succeed by retrying (a 4xx answer) are not retried", async () => {
    const { cos, trigger, receiver, log } = await setup({ WEBHOOK_SECRET: crypto.randomBytes(32).toString("hex") });
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    await trigger.settled(1);

    expect(receiver.deliveries.map((d) => [d.status, d.signatureValid])).toEqual([[401, false]]);
    expect(loggedLines(log)).toContainEqual(
      expect.objectContaining({ webhook: "failed", attempts: 1, last: "HTTP 401" }),
    );
  });
});

describe("the check's role", () => {
  test("may not write under the prefix root, nor read elsewhere", async () => {
    const { cos, key } = await setup();
    const alice = await appOf(cos, "alice", "image/png");
    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    const client = createCosClient({
      ...LOCATION,
      endpoint: new URL(cos.url),
      credentials: { secretId: key.tmpSecretId, secretKey: key.tmpSecretKey, token: key.sessionToken },
    });
    const photo = cos.objects.get("uploads/alice/photo.png");

    await expect(
      client.copy("uploads/alice/photo.png", "uploads/bob/photo.png", photo?.etag ?? ""),
    ).rejects.toMatchObject({ status: 403, code: "AccessDenied" });
    await expect(client.readFirstBytes("quarantine/anything.png", 10)).rejects.toMatchObject({ status: 403 });
    await expect(
      client.copy("uploads/alice/photo.png", "elsewhere/photo.png", photo?.etag ?? ""),
    ).rejects.toMatchObject({ status: 403 });
    expect(cos.objects.has("uploads/bob/photo.png")).toBe(false);
  });

  test("fails the invocation when COS refuses, so that SCF delivers the event again", async () => {
    const { cos, trigger, log } = await setup({ TENCENTCLOUD_SECRETKEY: "not-the-role-key" });
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    const [invocation] = await trigger.settled(1);

    expect(String(invocation.error)).toContain("could not be checked");
    expect(verdicts(log)).toEqual([
      expect.objectContaining({ verdict: "failed", status: 403, code: "SignatureDoesNotMatch" }),
    ]);
    expect(cos.objects.has("uploads/alice/photo.png")).toBe(true);
  });
});

describe("an object shared through x-cos-grant-*", () => {
  test("ends in quarantine, private, and announces nothing", async () => {
    const { cos, trigger, receiver, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");
    const body = png(100);

    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/photo.png",
      Body: body,
      ContentType: "image/png",
      GrantRead: `id="${OTHER_ACCOUNT}"`,
    });
    const [invocation] = await trigger.settled(1);

    expect(invocation.error).toBeUndefined();
    expect(cos.objects.has("uploads/alice/photo.png")).toBe(false);
    const quarantined = cos.objects.get("quarantine/uploads/alice/photo.png");
    expect(quarantined?.body.equals(body)).toBe(true);
    // The copy request carries no ACL header, so the copy has the bucket's (default) ACL and none of the grants.
    expect([quarantined?.acl, quarantined?.grants]).toEqual(["default", {}]);
    expect(verdicts(log)).toEqual([
      expect.objectContaining({
        key: "uploads/alice/photo.png",
        declaredType: "image/png",
        detectedType: "image/png",
        verdict: "quarantined",
        reason: "shared-with-another-account",
        sharedWith: [`READ ${OTHER_ACCOUNT}`],
        quarantineKey: "quarantine/uploads/alice/photo.png",
      }),
    ]);
    expect(receiver.deliveries).toEqual([]);
    const actions = cos.requests
      .filter((r) => r.accessKeyId !== alice.answer.credentials.tmpSecretId)
      .map((r) => [r.action, r.status]);
    expect(actions).toEqual([
      ["name/cos:GetObject", 206],
      ["name/cos:GetObjectTagging", 200],
      ["name/cos:GetObjectACL", 200],
      ["name/cos:PutObjectCopy", 200],
      ["name/cos:PutObjectTagging", 200],
      ["name/cos:DeleteObject", 204],
    ]);
  });

  test.each([
    ["GrantReadAcp", "READ_ACP"],
    ["GrantWriteAcp", "WRITE_ACP"],
    ["GrantFullControl", "FULL_CONTROL"],
  ])("is refused for %s too, the grant named in the log", async (option, permission) => {
    const { cos, trigger, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");

    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/photo.png",
      Body: png(),
      ContentType: "image/png",
      [option]: `id="100000000011"`,
    });
    await trigger.settled(1);

    expect(cos.objects.has("uploads/alice/photo.png")).toBe(false);
    expect(verdicts(log)).toEqual([
      expect.objectContaining({
        verdict: "quarantined",
        reason: "shared-with-another-account",
        sharedWith: [`${permission} ${OTHER_ACCOUNT}`],
      }),
    ]);
  });

  test("is deleted when no quarantine prefix is set", async () => {
    const { cos, trigger, log } = await setup({}, false);
    const alice = await appOf(cos, "alice", "image/png");

    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/photo.png",
      Body: png(),
      ContentType: "image/png",
      GrantRead: `id="${OTHER_ACCOUNT}"`,
    });
    await trigger.settled(1);

    expect(cos.objects.size).toBe(0);
    expect(verdicts(log)).toEqual([
      expect.objectContaining({ verdict: "deleted", reason: "shared-with-another-account" }),
    ]);
  });

  test("is refused when assembled from a multipart upload whose initiation granted access", async () => {
    const { cos, trigger, log } = await setup();
    const alice = await appOf(cos, "alice-video", "image/png");
    const { file } = randomFile("clip.png", 0);
    fs.writeFileSync(file, png(2.5 * 1024 * 1024));

    await alice.cos.sliceUploadFile({
      ...alice.target,
      Key: "uploads/alice-video/clip.png",
      FilePath: file,
      ChunkSize: 1024 * 1024,
      ContentType: "image/png",
      GrantRead: `id="${OTHER_ACCOUNT}"`,
    });
    await trigger.settled(1);

    const quarantined = cos.objects.get("quarantine/uploads/alice-video/clip.png");
    expect([quarantined?.acl, quarantined?.grants]).toEqual(["default", {}]);
    expect(verdicts(log)).toEqual([
      expect.objectContaining({
        eventName: "cos:ObjectCreated:CompleteMultipartUpload",
        verdict: "quarantined",
        reason: "shared-with-another-account",
      }),
    ]);
  });

  test("is accepted when the only grant goes to the bucket owner", async () => {
    const { cos, trigger, receiver, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");

    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/photo.png",
      Body: png(),
      ContentType: "image/png",
      GrantFullControl: `id="${OWNER_UIN}"`,
    });
    await trigger.settled(1);
    await receiver.received(1);

    expect(cos.objects.has("uploads/alice/photo.png")).toBe(true);
    expect(verdicts(log)).toEqual([expect.objectContaining({ verdict: "accepted" })]);
  });
});

describe("the webhook secret in Secrets Manager", () => {
  const fromSsm = (ssmUrl: (key: IssuedKey) => Promise<string>) => async (key: IssuedKey) => ({
    WEBHOOK_SECRET: "",
    WEBHOOK_SECRET_NAME: SECRET_NAME,
    SSM_ENDPOINT: await ssmUrl(key),
  });

  test("signs deliveries that verify at the receiver, read once per instance with the role's key", async () => {
    let ssm: SsmServer | undefined;
    const { cos, trigger, receiver, key } = await setup(fromSsm(async (k) => (ssm = await secretsManager(k)).url));
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, "uploads/alice/one.png", png(), "image/png");
    await trigger.settled(1);
    await upload(alice, "uploads/alice/two.png", png(), "image/png");
    await trigger.settled(2);
    const deliveries = await receiver.received(2);

    expect(deliveries.map((d) => [d.status, d.signatureValid])).toEqual([
      [200, true],
      [200, true],
    ]);
    expect(ssm?.calls).toEqual([
      expect.objectContaining({
        action: "GetSecretValue",
        params: { SecretName: SECRET_NAME, VersionId: "active" },
        secretId: key.tmpSecretId,
        rejected: undefined,
      }),
    ]);
  });

  test("keeps the verdict when Secrets Manager is unreachable, and asks for the event again", async () => {
    const closed = async (): Promise<string> => {
      const gone = await startSsmServer();
      await gone.close();
      return gone.url;
    };
    const { cos, trigger, receiver, log } = await setup(fromSsm(closed));
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    const [invocation] = await trigger.settled(1);

    expect(String(invocation.error)).toContain("could not be announced (webhook secret unavailable)");
    expect(cos.objects.has("uploads/alice/photo.png")).toBe(true);
    expect(verdicts(log)).toEqual([expect.objectContaining({ key: "uploads/alice/photo.png", verdict: "accepted" })]);
    expect(loggedLines(log)).toContainEqual(
      expect.objectContaining({
        webhook: "failed",
        attempts: 0,
        last: "webhook secret unavailable: unreachable",
        retry: "on redelivery of the event",
      }),
    );
    expect(receiver.deliveries).toEqual([]);
  });

  test("announces on the redelivered event once Secrets Manager answers again, changing nothing", async () => {
    let ssm: SsmServer | undefined;
    const { cos, trigger, receiver, advanceClock } = await setup(
      fromSsm(async (k) => (ssm = await secretsManager(k)).url),
    );
    ssm?.setFault({ kind: "error", code: "InternalError" }, 1);
    const alice = await appOf(cos, "alice", "image/png");
    await upload(alice, "uploads/alice/photo.png", png(), "image/png");
    const [first] = await trigger.settled(1);
    const stored = cos.objects.get("uploads/alice/photo.png");
    expect(String(first.error)).toContain("could not be announced");

    // SCF delivers a failed asynchronous invocation again after a while; a failed read is not retried within 1 s.
    advanceClock(2000);
    const again = await trigger.handler!(first.event, { request_id: "redelivery", time_limit_in_ms: 30_000 });
    const [delivery] = await receiver.received(1);

    expect(again).toMatchObject({
      failed: 0,
      unannounced: 0,
      verdicts: [expect.objectContaining({ verdict: "accepted" })],
    });
    expect(delivery).toMatchObject({ signatureValid: true, status: 200 });
    // Untagged while its announcement waited, so that the redelivery announced it; tagged once announced.
    expect(stored?.tags).toBeUndefined();
    expect(cos.objects.get("uploads/alice/photo.png")).toEqual({
      ...stored,
      tags: { verdict: "accepted", "verdict-sig": expect.stringMatching(/^v1:[0-9a-f]{64}$/) },
    });
    expect(ssm?.calls.map((c) => c.rejected)).toEqual(["InternalError", undefined]);
  });
});

describe("object keys", () => {
  // Each written with alice's prefix key (`uploads/alice/*`), which CAM resource matching cannot keep from them.
  test.each([
    ["a .. segment", "uploads/alice/../x.png"],
    ["dot segments reaching another caller's folder", "uploads/alice/../../uploads/bob/avatar.png"],
    ["a . segment", "uploads/alice/./x.png"],
    ["an empty segment", "uploads/alice//x.png"],
    ["a backslash", "uploads/alice/a\\b.png"],
    ["a control character", "uploads/alice/x\u0001.png"],
    ["dot segments once percent-decoded", "uploads/alice/..%2F..%2Fuploads%2Fbob%2Favatar.png"],
  ])("quarantines a key with %s, read exactly as stored, and announces nothing", async (_shape, key) => {
    const { cos, trigger, receiver, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");
    const body = png(100);

    await upload(alice, key, body, "image/png");
    const [invocation] = await trigger.settled(1);

    expect(invocation.error).toBeUndefined();
    const [line] = verdicts(log);
    expect(line).toMatchObject({
      key,
      caller: callerHash("alice"),
      detectedType: "image/png",
      verdict: "quarantined",
      reason: "non-canonical-key",
    });
    expect(line.quarantineKey).toMatch(/^quarantine\/uploads\/alice\/~[0-9a-f]{32}$/);
    expect(cos.objects.has(key)).toBe(false);
    expect(cos.objects.get(String(line.quarantineKey))?.body.equals(body)).toBe(true);
    expect(receiver.deliveries).toEqual([]);
    // Every request of the check addressed the stored key and was signed for it.
    const checks = cos.requests.filter((r) => r.accessKeyId !== alice.answer.credentials.tmpSecretId);
    expect(checks.map((r) => [r.action, r.key, r.status])).toEqual([
      ["name/cos:GetObject", key, 206],
      ["name/cos:GetObjectTagging", key, 200],
      ["name/cos:PutObjectCopy", line.quarantineKey, 200],
      ["name/cos:PutObjectTagging", line.quarantineKey, 200],
      ["name/cos:DeleteObject", key, 204],
    ]);
  });

  test.each([
    ["a space and Chinese", "uploads/alice/照片 1.png"],
    ["a plus", "uploads/alice/a+b.png"],
    ["a lone percent", "uploads/alice/100%.png"],
    ["a percent escape, kept literally", "uploads/alice/50%25 off.png"],
  ])("accepts and announces a key with %s exactly as stored", async (_shape, key) => {
    const { cos, trigger, receiver, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");

    await upload(alice, key, png(), "image/png");
    const [invocation] = await trigger.settled(1);
    const [delivery] = await receiver.received(1);

    expect(invocation.error).toBeUndefined();
    expect(invocation.event.Records[0].cos.cosObject.key).toBe(`/${LOCATION.appId}/photos/${key}`);
    expect(verdicts(log)).toEqual([expect.objectContaining({ key, verdict: "accepted" })]);
    expect(JSON.parse(delivery.body)).toMatchObject({ key, callerId: "alice" });
    expect(cos.objects.has(key)).toBe(true);
  });

  test("finds an object whose event names its key percent-encoded, and checks and announces the stored key", async () => {
    const { cos, trigger, receiver, log } = await setup();
    const alice = await appOf(cos, "alice", "image/png");
    const key = "uploads/alice/照片 1+2.png";
    await upload(alice, key, png(), "image/png");
    const [first] = await trigger.settled(1);
    await receiver.received(1);
    log.mockClear();
    // Were COS to encode event keys (no Tencent page says either way), in either of the usual two ways:
    const record = first.event.Records[0];
    const encoded = (form: (segment: string) => string): typeof first.event => ({
      Records: [
        {
          ...record,
          cos: {
            ...record.cos,
            cosObject: {
              ...record.cos.cosObject,
              key: `/${LOCATION.appId}/photos/${key.split("/").map(form).join("/")}`,
            },
          },
        },
      ],
    });
    const percent = encoded(encodeURIComponent);
    const plus = encoded((segment) => encodeURIComponent(segment).replace(/%20/g, "+"));

    for (const event of [percent, plus]) {
      // As if the first check had written no verdict tag, so that each event is checked in full and its key seen.
      cos.objects.set(key, { ...cos.objects.get(key)!, tags: {} });
      await expect(trigger.handler!(event, { request_id: "encoded" })).resolves.toMatchObject({ failed: 0 });
      // Tagged again, under the stored key the event's key was resolved to.
      expect(Object.keys(cos.objects.get(key)?.tags ?? {})).toEqual(["verdict", "verdict-sig"]);
    }

    expect(verdicts(log)).toEqual([
      expect.objectContaining({ key, eventKey: "uploads/alice/%E7%85%A7%E7%89%87%201%2B2.png", verdict: "accepted" }),
      expect.objectContaining({ key, eventKey: "uploads/alice/%E7%85%A7%E7%89%87+1%2B2.png", verdict: "accepted" }),
    ]);
    const bodies = (await receiver.received(3)).map((d) => JSON.parse(d.body) as { key: string; id: string });
    expect(bodies.map((b) => b.key)).toEqual([key, key, key]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
  });
});

describe("a flood of uploads", () => {
  test("announces at most MAX_WEBHOOKS_PER_MINUTE in a minute and leaves the rest to SCF's retries", async () => {
    // The function's clock stands still, so that "a minute" is exactly the test's, however slow the machine.
    const { cos, trigger, receiver, log, advanceClock } = await setup({ MAX_WEBHOOKS_PER_MINUTE: "10" }, true, true);
    const alice = await appOf(cos, "alice", "image/png");

    // 60 photos, 60 events. (Uploads of one photo to one key would be one object here, without versions: its
    // verdict tag, once written, makes the later events `judged`, whatever the budget.)
    for (let i = 0; i < 60; i += 1) {
      await upload(alice, `uploads/alice/photo-${i}.png`, png(i), "image/png");
    }
    const first = await trigger.settled(60);
    const deferred = first.filter((invocation) => invocation.error !== undefined);

    expect(receiver.deliveries).toHaveLength(10);
    expect(deferred).toHaveLength(50);
    expect(String(deferred[0].error)).toContain("wait for their announcement (over MAX_WEBHOOKS_PER_MINUTE)");
    expect(loggedLines(log).filter((line) => line.webhook === "deferred")).toHaveLength(50);
    expect(verdicts(log).every((line) => line.verdict === "accepted")).toBe(true);
    // A deferred object is not tagged yet: its retry must announce it.
    const tagged = [...cos.objects.values()].filter((object) => object.tags?.verdict === "accepted");
    expect(tagged).toHaveLength(10);

    // Still inside the minute, SCF's retry finds no room either; a minute after the deliveries it does.
    advanceClock(59_999);
    const early = await trigger.handler!(deferred[0].event, { request_id: "retry-early" }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(String(early)).toContain("over MAX_WEBHOOKS_PER_MINUTE");
    advanceClock(1);
    const retried = await Promise.all(
      deferred.map((invocation, i) =>
        trigger.handler!(invocation.event, { request_id: `retry-${i}` }).then(
          () => "delivered",
          () => "deferred",
        ),
      ),
    );

    expect(retried.filter((outcome) => outcome === "delivered")).toHaveLength(10);
    expect(receiver.deliveries).toHaveLength(20);
    // Twenty photos, each announced once, under its own id.
    expect(new Set(receiver.deliveries.map((d) => d.id)).size).toBe(20);
    expect(receiver.deliveries.some((d) => d.repeat)).toBe(false);
  });
});
