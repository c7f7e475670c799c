/** The sandbox with the post-upload check: the deployed bundle runs after every upload, as the COS trigger would. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import { ENVIRONMENTS } from "../../config/environments";
import { Sandbox, startSandbox } from "../../sandbox/sandbox";
import { HTML, png } from "../upload-check/fixtures";

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-check-"));
let sandbox: Sandbox | undefined;

beforeAll(async () => {
  jest.spyOn(console, "log").mockImplementation(() => undefined);
  sandbox = await startSandbox({
    environment: {
      ...ENVIRONMENTS.dev,
      uploadCheck: { quarantinePrefix: "quarantine/", webhookUrl: "https://backend.example.com/hooks/uploads" },
    },
    user: "alice",
    port: 0,
    workDir,
  });
});

afterAll(async () => {
  await sandbox?.close();
  jest.restoreAllMocks();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Uploads `body` as `contentType` with a key from the sandbox's key service, as an app would. */
async function upload(name: string, body: Buffer, contentType: string): Promise<string> {
  const { keyServiceUrl, token, cos } = sandbox!;
  const response = await fetch(`${keyServiceUrl}?scope=upload&contentType=${encodeURIComponent(contentType)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const key = (await response.json()) as {
    credentials: Record<string, string>;
    bucket: string;
    region: string;
    allowPrefix: string;
  };
  const client = new COS({
    Domain: `127.0.0.1:${cos.port}`,
    Protocol: "http:",
    SecretId: key.credentials.tmpSecretId,
    SecretKey: key.credentials.tmpSecretKey,
    SecurityToken: key.credentials.sessionToken,
  });
  const objectKey = `${key.allowPrefix}${name}`;
  await client.putObject({
    Bucket: key.bucket,
    Region: key.region,
    Key: objectKey,
    Body: body,
    ContentType: contentType,
  });
  return objectKey;
}

test("moves an upload that is not what it was declared as to quarantine", async () => {
  const key = await upload("page.png", HTML, "image/png");
  const [invocation] = await sandbox!.uploadCheck!.trigger.settled(1);

  expect(invocation.error).toBeUndefined();
  expect(sandbox!.cos.objects.has(key)).toBe(false);
  expect(sandbox!.cos.objects.get(`quarantine/${key}`)?.body.equals(HTML)).toBe(true);
});

test("keeps an upload that is what it was declared as, and announces it to the local webhook, signed", async () => {
  const body = png(100);

  const key = await upload("photo.png", body, "image/png");
  await sandbox!.uploadCheck!.trigger.settled(2);
  const [delivery] = await sandbox!.uploadCheck!.webhook!.received(1);

  expect(sandbox!.cos.objects.get(key)?.body.equals(body)).toBe(true);
  expect(delivery).toMatchObject({ signatureValid: true });
  expect(JSON.parse(delivery.body)).toMatchObject({ type: "upload.completed", key, callerId: "alice" });
});

test("answers the page with the check's verdict on an object: quarantined, with the reason and where it went", async () => {
  const key = await upload("verdict.png", HTML, "image/png");

  const verdict = await (await fetch(`${sandbox!.pageUrl}verdict?key=${encodeURIComponent(key)}`)).json();

  expect(verdict).toEqual({ verdict: "quarantined", reason: "type-mismatch", quarantineKey: `quarantine/${key}` });
  expect(sandbox!.pageConfig.uploadCheck).toBe(true);
});

test("answers the page with no verdict for an object the check never saw", async () => {
  const verdict = await (await fetch(`${sandbox!.pageUrl}verdict?key=uploads/alice/never.png`)).json();

  expect(verdict).toEqual({});
});

test("runs no check for an environment without one", async () => {
  const plain = await startSandbox({
    environment: ENVIRONMENTS.dev,
    user: "bob",
    port: 0,
    workDir: path.join(workDir, "plain"),
  });
  try {
    expect(plain.uploadCheck).toBeUndefined();
  } finally {
    await plain.close();
  }
});
