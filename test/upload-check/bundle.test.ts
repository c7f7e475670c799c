/**
 * The artefact that is deployed: the check function's zip, unpacked outside the project and loaded by a fresh
 * `node` without `node_modules`, checks an object in the local COS with its role's key.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { TerraformStack, Testing } from "cdktf";
import { callerHash } from "../../lambda/shared/caller-hash";
import { objectCreatedEvent } from "../../local/cos-events";
import { CosServer, startCosServer } from "../../local/cos-server";
import { UploadBucket } from "../../stacks/constructs/upload-bucket";
import { UploadCheck } from "../../stacks/constructs/upload-check";
import { HTML } from "./fixtures";
import { checkRoleKey, roleEnvironment } from "../../local/cos-trigger";

const run = promisify(execFile);
const LOCATION = { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" } as const;
const key = checkRoleKey(LOCATION, "uploads/{sub}/", "quarantine/");
let cos: CosServer;

beforeAll(async () => {
  cos = await startCosServer({
    issuedKeys: { lookup: (id) => (id === key.tmpSecretId ? key : undefined) },
    ...LOCATION,
  });
});

afterAll(() => cos?.close());

function deployed(): { dir: string; zipBytes: number } {
  const stack = new TerraformStack(Testing.app(), "bundle");
  const bucket = new UploadBucket(stack, "bucket", {
    ...LOCATION,
    abortIncompleteMultipartDays: 3,
    noncurrentVersionExpirationDays: 30,
  });
  const check = new UploadCheck(stack, "upload-check", {
    functionName: "check",
    ownerUin: "100000000001",
    bucket,
    keyPrefixTemplate: "uploads/{sub}/",
    verdictSecret: "v".repeat(32),
  });
  const zip = readFileSync(path.join(check.code.bundleDir, "archive.zip"));
  const dir = mkdtempSync(path.join(tmpdir(), "upload-check-bundle-"));
  writeFileSync(path.join(dir, "index.js"), unzipSync(zip)["index.js"]);
  return { dir, zipBytes: zip.length };
}

test("the deployed bundle quarantines a mismatch from a fresh node process without node_modules", async () => {
  const { dir } = deployed();
  cos.objects.set("uploads/alice/page.png", {
    body: HTML,
    contentType: "image/png",
    etag: '"e1"',
    lastModified: new Date(),
  });
  const event = objectCreatedEvent({
    ...LOCATION,
    key: "uploads/alice/page.png",
    size: HTML.length,
    contentType: "image/png",
    action: "name/cos:PutObject",
    requestId: "r",
    time: Date.now(),
  });
  const script = `require("./index.js").main_handler(${JSON.stringify(event)}, { request_id: "r1", time_limit_in_ms: 30000 })
    .then((result) => process.stdout.write("\\n" + JSON.stringify(result)))`;

  const { stdout } = await run(process.execPath, ["-e", script], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      COS_BUCKET: LOCATION.bucket,
      COS_REGION: LOCATION.region,
      OWNER_UIN: "100000000001",
      QUARANTINE_PREFIX: "quarantine/",
      VERDICT_SECRET: "v".repeat(32),
      COS_ENDPOINT: cos.url,
      ...roleEnvironment(key),
    },
  });
  const lines = stdout.trim().split("\n");
  const result = JSON.parse(lines.pop() ?? "") as { verdicts: { verdict: string }[] };

  expect(result.verdicts).toEqual([
    expect.objectContaining({ verdict: "quarantined", reason: "type-mismatch", requestId: "r1" }),
  ]);
  expect(JSON.parse(lines[0])).toMatchObject({
    verdict: "quarantined",
    key: "uploads/alice/page.png",
    caller: callerHash("alice"),
  });
  expect(cos.objects.has("quarantine/uploads/alice/page.png")).toBe(true);
});

test("the deployed bundle stays small", () => {
  // file-type, the handler and the key service's Secrets Manager reader (the SDK's SSM client, without the modules
  // the key service leaves out too): about 58 KB zipped, 29 KB of them before the reader; cos-nodejs-sdk-v5 alone
  // would be 230 KB.
  expect(deployed().zipBytes).toBeLessThan(64 * 1024);
});
