import crypto from "node:crypto";
import { startWebhookReceiver, WebhookReceiver } from "../../local/webhook-receiver";
import {
  deliver,
  deliveryId,
  signatureHeader,
  UploadCompletedEvent,
  verifySignature,
} from "../../lambda/upload-check/webhook";

const SECRET = "a-webhook-secret-of-at-least-32-bytes!";
const EVENT: UploadCompletedEvent = {
  type: "upload.completed",
  id: deliveryId("photos-1250000000", "uploads/alice/a.png", '"etag"'),
  bucket: "photos-1250000000",
  region: "ap-guangzhou",
  key: "uploads/alice/a.png",
  size: 10,
  contentType: "image/png",
  callerId: "alice",
  etag: '"etag"',
  eventTime: 1764400000,
};
const FAST = { maxAttempts: 3, baseDelayMs: 10, attemptTimeoutMs: 500 };

describe("signatureHeader", () => {
  test('is t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const expected = crypto.createHmac("sha256", SECRET).update('1764400000.{"a":1}').digest("hex");
    expect(signatureHeader(SECRET, 1764400000, '{"a":1}')).toBe(`t=1764400000,v1=${expected}`);
  });

  test("is the same for the secret's UTF-8 bytes, as read from Secrets Manager, and its text", () => {
    expect(signatureHeader(new TextEncoder().encode(SECRET), 1764400000, "body")).toBe(
      signatureHeader(SECRET, 1764400000, "body"),
    );
  });

  test("verifies with the secret, within the tolerance, for the same body only", () => {
    const header = signatureHeader(SECRET, 1000, "body");
    expect(verifySignature(SECRET, header, "body", 1100)).toBe(true);
    expect(verifySignature(SECRET, header, "body!", 1100)).toBe(false);
    expect(verifySignature(`${SECRET}x`, header, "body", 1100)).toBe(false);
    expect(verifySignature(SECRET, header, "body", 1000 + 301)).toBe(false);
    expect(verifySignature(SECRET, "garbage", "body", 1000)).toBe(false);
  });
});

describe("deliveryId", () => {
  test("is the same for the same object version and differs otherwise", () => {
    const id = deliveryId("b-1250000000", "uploads/a/x.png", '"1"');
    expect(deliveryId("b-1250000000", "uploads/a/x.png", '"1"')).toBe(id);
    expect(deliveryId("b-1250000000", "uploads/a/x.png", '"2"')).not.toBe(id);
    expect(deliveryId("b-1250000000", "uploads/a/y.png", '"1"')).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("deliver", () => {
  let receiver: WebhookReceiver | undefined;

  afterEach(async () => {
    await receiver?.close();
  });

  test("delivers a signed event the receiver accepts", async () => {
    receiver = await startWebhookReceiver(SECRET);
    const outcome = await deliver(EVENT, {
      url: new URL(receiver.url),
      secret: SECRET,
      policy: FAST,
      deadline: Date.now() + 5000,
    });
    expect(outcome).toEqual({ delivered: true, attempts: 1, last: "200" });
    expect(receiver.deliveries).toEqual([
      expect.objectContaining({ id: EVENT.id, signatureValid: true, body: JSON.stringify(EVENT) }),
    ]);
  });

  test.each([408, 429, 502])("retries a %i answer", async (status) => {
    receiver = await startWebhookReceiver(SECRET);
    receiver.setFault({ kind: "status", status }, 1);
    const outcome = await deliver(EVENT, {
      url: new URL(receiver.url),
      secret: SECRET,
      policy: FAST,
      deadline: Date.now() + 5000,
    });
    expect(outcome).toEqual({ delivered: true, attempts: 2, last: "200" });
  });

  test.each([301, 400, 404])("does not retry a %i answer", async (status) => {
    receiver = await startWebhookReceiver(SECRET);
    receiver.setFault({ kind: "status", status }, 1);
    const outcome = await deliver(EVENT, {
      url: new URL(receiver.url),
      secret: SECRET,
      policy: FAST,
      deadline: Date.now() + 5000,
    });
    expect(outcome).toEqual({ delivered: false, attempts: 1, last: `HTTP ${status}` });
  });

  test("retries an unreachable receiver, then gives up", async () => {
    receiver = await startWebhookReceiver(SECRET);
    const url = new URL(receiver.url);
    await receiver.close();
    const outcome = await deliver(EVENT, { url, secret: SECRET, policy: FAST, deadline: Date.now() + 5000 });
    expect(outcome).toMatchObject({ delivered: false, attempts: 3, last: expect.stringContaining("ECONNREFUSED") });
  });

  test("starts no attempt past the deadline", async () => {
    receiver = await startWebhookReceiver(SECRET);
    receiver.setFault({ kind: "status", status: 503 });
    const started = Date.now();
    const outcome = await deliver(EVENT, {
      url: new URL(receiver.url),
      secret: SECRET,
      policy: { maxAttempts: 10, baseDelayMs: 100, attemptTimeoutMs: 500 },
      deadline: started + 250,
    });
    expect(outcome).toMatchObject({ delivered: false, last: expect.stringContaining("deadline reached") });
    expect(outcome.attempts).toBeLessThan(10);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
