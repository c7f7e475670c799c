/**
 * A verdict for every upload (issue 17): apps upload through the key service with `cos-nodejs-sdk-v5` while the
 * local COS trigger drops or fails events on a schedule; the check's timer (fired as SCF fires it, with a timer
 * event) runs the sweep, and afterwards every object under the prefix root carries a valid, signed verdict tag and
 * every rejected one is in quarantine, tagged too. Tags a client sets itself are not trusted, and a key can neither
 * tag nor list.
 */
import crypto from "node:crypto";
import { CosServer, startCosServer } from "../../local/cos-server";
import { IssuedKey } from "../../local/issued-keys";
import { startWebhookReceiver, WebhookReceiver } from "../../local/webhook-receiver";
import {
  checkRoleKey,
  cosTrigger,
  DeliverySchedule,
  everyNth,
  roleEnvironment,
  SCHEDULED_FAILURE,
  TriggerStandIn,
} from "../../local/cos-trigger";
import { verdictTagKey, verdictTags, verifiedVerdict } from "../../lambda/upload-check/verdict-tag";
import type { CheckResult } from "../../lambda/upload-check/check";
import type { SweepResult } from "../../lambda/upload-check/sweep";
import { KeyServiceProcess, LOCATION, startKeyService } from "../e2e/key-service-process";
import { phone, Phone } from "../e2e/phone";
import { scanAfterEach } from "../helpers/log-scan";
import { checkBundle, HTML, loggedLines, png } from "./fixtures";

const SECRET = crypto.randomBytes(32).toString("hex");
const VERDICT_KEY = verdictTagKey(SECRET);
const OWNER_UIN = "100000000001";
const bundle = checkBundle();

interface Setup {
  readonly cos: CosServer;
  readonly trigger: TriggerStandIn<CheckResult | SweepResult>;
  readonly receiver: WebhookReceiver;
  readonly key: IssuedKey;
  readonly log: jest.SpyInstance;
  /** Moves the function's clock on (never past COS's 15 minutes of signature skew). */
  readonly advanceClock: (ms: number) => void;
}

let service: KeyServiceProcess | undefined;
// Each test's servers are closed and its check's log lines scanned for secrets after it (issue 17).
const { open, scanned } = scanAfterEach([SECRET]);

beforeAll(async () => {
  service = await startKeyService({ ALLOWED_CONTENT_TYPES: "image/*", ALLOW_INSECURE_TRANSPORT: "true" });
});

afterAll(async () => {
  await service?.close();
});

/** A local COS whose trigger follows `schedule`, and the check with a webhook and the sweep's settings in `env`. */
async function setup(schedule: DeliverySchedule = {}, env: Readonly<Record<string, string>> = {}): Promise<Setup> {
  const key = checkRoleKey(LOCATION, "uploads/{sub}/", "quarantine/");
  const trigger = cosTrigger<CheckResult | SweepResult>("uploads/", LOCATION, schedule);
  const cos = await startCosServer({
    issuedKeys: { lookup: (id) => (id === key.tmpSecretId ? key : service!.sts.lookup(id)) },
    ...LOCATION,
    ownerUin: OWNER_UIN,
    onObjectCreated: trigger.onObjectCreated,
  });
  open.push(cos);
  const receiver = await startWebhookReceiver(SECRET);
  open.push(receiver);
  let offset = 0;
  trigger.handler = bundle.handlerFromEnvironment(
    {
      COS_BUCKET: LOCATION.bucket,
      COS_REGION: LOCATION.region,
      OWNER_UIN,
      ALLOW_PREFIX: "uploads/{sub}/",
      ALLOWED_CONTENT_TYPES: "image/*",
      QUARANTINE_PREFIX: "quarantine/",
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: SECRET,
      COS_ENDPOINT: cos.url,
      SWEEP_GRACE_MINUTES: "1",
      ...roleEnvironment(key),
      ...env,
    },
    { retry: { maxAttempts: 2, baseDelayMs: 20, attemptTimeoutMs: 1000 }, clock: () => Date.now() + offset },
  );
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  scanned.push({ log, secrets: [key.tmpSecretKey, key.sessionToken] });
  return { cos, trigger, receiver, key, log, advanceClock: (ms) => (offset += ms) };
}

function appOf(cos: CosServer, sub: string): Promise<Phone> {
  return phone(service!, cos, sub, { transport: "http", contentType: "image/png" });
}

/** The verdict each object's tags record, if they verify; `undefined` for none. */
function taggedVerdicts(cos: CosServer, prefix: string): Record<string, string | undefined> {
  const verdicts: Record<string, string | undefined> = {};
  for (const [key, object] of cos.objects) {
    if (key.startsWith(prefix)) {
      const tags = Object.entries(object.tags ?? {}).map(([name, value]) => ({ key: name, value }));
      verdicts[key] = verifiedVerdict(VERDICT_KEY, { bucket: LOCATION.bucket, key, etag: object.etag }, tags);
    }
  }
  return verdicts;
}

function summary(log: jest.SpyInstance): Record<string, unknown>[] {
  return loggedLines(log).filter((line) => "sweep" in line);
}

test("every upload ends with a valid verdict though the trigger drops every 3rd event and fails every 4th", async () => {
  const { cos, trigger, receiver, log, advanceClock } = await setup(
    { drop: everyNth(3), fail: everyNth(4) },
    { SWEEP_MAX_OBJECTS: "4" },
  );
  const alice = await appOf(cos, "alice");
  const bob = await appOf(cos, "bob");
  const uploads: { app: Phone; key: string; body: Buffer; good: boolean }[] = [];
  for (let i = 0; i < 24; i += 1) {
    const good = i % 5 !== 0;
    const app = i % 2 === 0 ? alice : bob;
    uploads.push({
      app,
      key: `uploads/${i % 2 === 0 ? "alice" : "bob"}/file-${String(i).padStart(2, "0")}.png`,
      body: good ? png(i) : HTML,
      good,
    });
  }
  for (const { app, key, body } of uploads) {
    await app.cos.putObject({ ...app.target, Key: key, Body: body, ContentType: "image/png" });
  }
  const invocations = await trigger.settled(24 - trigger.dropped.length);

  expect(trigger.dropped).toHaveLength(8);
  expect(invocations.filter((invocation) => String(invocation.error).includes(SCHEDULED_FAILURE))).toHaveLength(4);
  // Dropped: events 3, 6, …, 24; failed: 4, 8, 16, 20. Those twelve objects are where their upload left them, untagged.
  const missed = Object.entries(taggedVerdicts(cos, "uploads/")).filter(([, verdict]) => verdict === undefined);
  expect(missed).toHaveLength(12);

  // Too young for the sweep: it lists them and checks none.
  const early = (await trigger.fireTimer()) as SweepResult;
  expect(early).toMatchObject({ end: "done", checked: 0, young: early.listed });

  // A minute later (the grace period here), each run checks at most four, until nothing is left.
  advanceClock(61_000);
  const runs: SweepResult[] = [];
  do {
    runs.push((await trigger.fireTimer()) as SweepResult);
  } while (runs[runs.length - 1].end === "limit");

  expect(runs.map((run) => [run.end, run.checked])).toEqual([
    ["limit", 4],
    ["limit", 4],
    ["limit", 4],
    ["done", 0],
  ]);
  expect(runs.every((run) => run.failed === 0)).toBe(true);
  const final = taggedVerdicts(cos, "uploads/");
  const expected = Object.fromEntries(uploads.filter((u) => u.good).map((u) => [u.key, "accepted"]));
  expect(final).toEqual(expected);
  expect(taggedVerdicts(cos, "quarantine/")).toEqual(
    Object.fromEntries(uploads.filter((u) => !u.good).map((u) => [`quarantine/${u.key}`, "quarantined"])),
  );
  // Each accepted upload announced once, by its event or by the sweep.
  const ids = receiver.deliveries.map((d) => JSON.parse(d.body) as { key: string });
  expect(ids.map((d) => d.key).sort()).toEqual(Object.keys(expected).sort());
  expect(summary(log).at(-1)).toMatchObject({ sweep: "done", outcome: "sweep-done", checked: 0, failed: 0 });
  expect(loggedLines(log).filter((line) => line.eventName === "sweep" && line.verdict !== undefined)).toHaveLength(12);
});

test("the sweep leaves objects in no caller's folder alone, and a run past its limit to the next run", async () => {
  const { cos, trigger, log, advanceClock } = await setup({ drop: () => true }, { SWEEP_MAX_OBJECTS: "1" });
  const alice = await appOf(cos, "alice");
  await alice.cos.putObject({ ...alice.target, Key: "uploads/alice/a.png", Body: png(1), ContentType: "image/png" });
  await alice.cos.putObject({ ...alice.target, Key: "uploads/alice/b.png", Body: png(2), ContentType: "image/png" });
  // An operator's object beside the callers' folders.
  cos.objects.set("uploads/README.txt", {
    body: Buffer.from("hi"),
    contentType: "text/plain",
    etag: '"x"',
    lastModified: new Date(0),
  });
  advanceClock(61_000);

  const first = (await trigger.fireTimer()) as SweepResult;
  const second = (await trigger.fireTimer()) as SweepResult;
  const third = (await trigger.fireTimer()) as SweepResult;

  expect([first, second, third].map((run) => [run.end, run.listed, run.judged, run.checked])).toEqual([
    ["limit", 1, 0, 1],
    ["limit", 2, 1, 1],
    ["done", 2, 2, 0],
  ]);
  expect(cos.objects.get("uploads/README.txt")?.tags).toBeUndefined();
  expect(summary(log).map((line) => line.sweep)).toEqual(["limit", "limit", "done"]);
});

test("pages through a listing of more than 1000 objects to the ones left unjudged", async () => {
  const { cos, trigger } = await setup({}, { SWEEP_MAX_OBJECTS: "10" });
  const old = new Date(Date.now() - 3_600_000);
  for (let i = 0; i < 1003; i += 1) {
    const key = `uploads/alice/${String(i).padStart(4, "0")}.png`;
    const body = png(i + 1);
    const etag = `"${crypto.createHash("md5").update(body).digest("hex")}"`;
    // All but the last three carry their verdict already.
    const tags =
      i < 1000
        ? Object.fromEntries(
            verdictTags(VERDICT_KEY, { bucket: LOCATION.bucket, key, etag }, "accepted").map((t) => [t.key, t.value]),
          )
        : undefined;
    cos.objects.set(key, {
      body,
      contentType: "image/png",
      etag,
      lastModified: old,
      ...(tags === undefined ? {} : { tags }),
    });
  }

  const run = (await trigger.fireTimer()) as SweepResult;

  expect(run).toMatchObject({ end: "done", listed: 1003, judged: 1000, checked: 3, failed: 0 });
  expect(run.verdicts.map((v) => [v.key, v.verdict])).toEqual([
    ["uploads/alice/1000.png", "accepted"],
    ["uploads/alice/1001.png", "accepted"],
    ["uploads/alice/1002.png", "accepted"],
  ]);
  expect(cos.requests.filter((r) => r.action === "name/cos:GetBucket").map((r) => r.status)).toEqual([200, 200]);
});

describe("tags a client sets", () => {
  const forged = `verdict=accepted&verdict-sig=${encodeURIComponent(`v1:${"0".repeat(64)}`)}`;

  test("are not trusted by the event's check: the mismatch is quarantined and the forged tag replaced", async () => {
    const { cos, trigger, receiver, log } = await setup();
    const alice = await appOf(cos, "alice");

    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/page.png",
      Body: HTML,
      ContentType: "image/png",
      Headers: { "x-cos-tagging": forged },
    });
    await trigger.settled(1);

    expect(loggedLines(log).find((line) => line.verdict !== undefined)).toMatchObject({
      verdict: "quarantined",
      reason: "type-mismatch",
      untrustedVerdictTag: true,
    });
    expect(cos.objects.has("uploads/alice/page.png")).toBe(false);
    expect(taggedVerdicts(cos, "quarantine/")).toEqual({ "quarantine/uploads/alice/page.png": "quarantined" });
    expect(receiver.deliveries).toEqual([]);
  });

  test("are not trusted by the sweep, even a valid signature copied from another object", async () => {
    const { cos, trigger, advanceClock } = await setup({ drop: () => true });
    const alice = await appOf(cos, "alice");
    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/good.png",
      Body: png(5),
      ContentType: "image/png",
    });
    const good = cos.objects.get("uploads/alice/good.png")!;
    // Were a signature ever to leak, it names its own object: replayed onto another, it verifies nowhere.
    const leaked = verdictTags(
      VERDICT_KEY,
      { bucket: LOCATION.bucket, key: "uploads/alice/good.png", etag: good.etag },
      "accepted",
    );
    const replay = leaked.map((t) => `${t.key}=${encodeURIComponent(t.value)}`).join("&");
    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/page.png",
      Body: HTML,
      ContentType: "image/png",
      Headers: { "x-cos-tagging": replay },
    });
    await alice.cos.putObject({
      ...alice.target,
      Key: "uploads/alice/other.png",
      Body: HTML,
      ContentType: "image/png",
      Headers: { "x-cos-tagging": forged },
    });
    advanceClock(61_000);

    const run = (await trigger.fireTimer()) as SweepResult;

    expect(run.verdicts.map((v) => [v.key, v.verdict, v.untrustedVerdictTag])).toEqual([
      ["uploads/alice/good.png", "accepted", undefined],
      ["uploads/alice/other.png", "quarantined", true],
      ["uploads/alice/page.png", "quarantined", true],
    ]);
    expect(taggedVerdicts(cos, "uploads/")).toEqual({ "uploads/alice/good.png": "accepted" });
  });
});

test("a key from the key service can neither tag, read tags, nor list the bucket", async () => {
  const { cos, trigger } = await setup();
  const alice = await appOf(cos, "alice");
  await alice.cos.putObject({ ...alice.target, Key: "uploads/alice/photo.png", Body: png(), ContentType: "image/png" });
  await trigger.settled(1);
  const refused = (request: Promise<unknown>) =>
    request.then(
      () => "allowed",
      (error: { statusCode?: number; code?: string }) => `${error.statusCode} ${error.code}`,
    );

  const answers = [
    await refused(
      alice.cos.putObjectTagging({
        ...alice.target,
        Key: "uploads/alice/photo.png",
        Tags: [{ Key: "verdict", Value: "accepted" }],
      }),
    ),
    await refused(alice.cos.getObjectTagging({ ...alice.target, Key: "uploads/alice/photo.png" })),
    await refused(alice.cos.deleteObjectTagging({ ...alice.target, Key: "uploads/alice/photo.png" })),
    await refused(alice.cos.getBucket({ ...alice.target, Prefix: "uploads/alice/" })),
  ];

  expect(answers).toEqual(["403 AccessDenied", "403 AccessDenied", "403 AccessDenied", "403 AccessDenied"]);
  expect(cos.objects.get("uploads/alice/photo.png")?.tags?.verdict).toBe("accepted");
});
