/**
 * A long upload in object mode (issue 15): a multipart upload that outlives its first key completes, because the app
 * renews the key with the `uploadTicket` of its first answer whenever the SDK asks for a key again, and gets a key for
 * the same object. The key service runs as `npm run serve` does, the uploads go through the real `cos-nodejs-sdk-v5`
 * over HTTPS to the local COS, which checks every request's key, its expiry and its session policy.
 *
 * Time passes for COS and for the SDK alike: the COS clock and the SDK's `SystemClockOffset` move on by
 * {@link TIME_PASSING_SECONDS} mid-upload. The local STS dates keys by the real clock, so the first key is issued for
 * {@link FIRST_KEY_SECONDS} (expired once time has passed) and later ones for the service's 1800 seconds (still valid).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import type { CredentialsBody } from "../../lambda/key-service/handler";
import { CosServer } from "../../local/cos-server";
import { useLocalCos } from "../helpers/local-cos";
import { KeyServiceProcess, LOCATION, startKeyService } from "./key-service-process";

const FORBID_OVERWRITE = { "x-cos-forbid-overwrite": "true" };
const PART_BYTES = 1024 * 1024;
const FIRST_KEY_SECONDS = 600;
const TIME_PASSING_SECONDS = 900;
const confDir = fs.mkdtempSync(path.join(os.tmpdir(), "cos-sdk-conf-"));
const localCos = useLocalCos(LOCATION.region);

afterAll(() => fs.rmSync(confDir, { recursive: true, force: true }));

/** Asks the key service, as an app does, with the caller's token. */
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

/** The SDK's credentials from one answer. */
function sdkCredentials(
  answer: CredentialsBody,
): Parameters<Parameters<NonNullable<COS.COSOptions["getAuthorization"]>>[1]>[0] {
  return {
    TmpSecretId: answer.credentials.tmpSecretId,
    TmpSecretKey: answer.credentials.tmpSecretKey,
    SecurityToken: answer.credentials.sessionToken,
    StartTime: answer.startTime,
    ExpiredTime: answer.expiredTime,
  };
}

/**
 * One upload as an app in object mode runs it: one key for one new object first, handed to the SDK the first time it
 * asks; every later time the SDK asks (its key is about to expire), a renewal with the ticket, for the same object.
 */
class Upload {
  /** Every answer of the key service, in order. */
  readonly answers: CredentialsBody[];
  /** Renewals the key service refused. */
  readonly refusals: string[] = [];
  readonly cos: COS;
  private started = false;

  private constructor(service: KeyServiceProcess, server: CosServer, sub: string, first: CredentialsBody) {
    this.answers = [first];
    this.cos = new COS({
      ...server.https?.clientOptions,
      ConfCwd: confDir,
      getAuthorization: (_request, callback) => {
        if (!this.started) {
          this.started = true;
          callback(sdkCredentials(first));
          return;
        }
        ask(service, sub, { uploadTicket: first.uploadTicket ?? "" })
          .then(({ status, body }) => {
            if (status !== 200) {
              throw new Error(`${status} ${JSON.stringify(body)}`);
            }
            return body as unknown as CredentialsBody;
          })
          .then(
            (renewed) => {
              this.answers.push(renewed);
              callback(sdkCredentials(renewed));
            },
            (error: unknown) => {
              // Hands the SDK no key, so that its request fails at once; the test names the refusal.
              this.refusals.push(String(error));
              callback({} as ReturnType<typeof sdkCredentials>);
            },
          );
      },
    });
  }

  /** Asks for the upload's key and object. */
  static async start(
    service: KeyServiceProcess,
    server: CosServer,
    sub: string,
    params: Record<string, string>,
  ): Promise<Upload> {
    const { status, body } = await ask(service, sub, params);
    if (status !== 200) {
      throw new Error(`the key service answered ${status}: ${JSON.stringify(body)}`);
    }
    return new Upload(service, server, sub, body as unknown as CredentialsBody);
  }

  /** The object every key is for. */
  get key(): string {
    return this.answers[0].key ?? "";
  }

  /** Moves this SDK's clock on, as time passing does. */
  timePasses(seconds: number): void {
    // The SDK keeps its clock's offset in `options.SystemClockOffset` and moves it itself when COS says the clock is
    // off (sdk/base.js, getRetryInfo); the typings leave `options` out.
    const { options } = this.cos as unknown as { options: { SystemClockOffset?: number } };
    options.SystemClockOffset = (options.SystemClockOffset ?? 0) + seconds * 1000;
  }
}

describe("a multipart upload that outlives its key, in object mode", () => {
  let service: KeyServiceProcess;

  beforeAll(async () => {
    service = await startKeyService({ KEY_MODE: "object" });
  });

  afterAll(() => service?.close());

  test("completes on the same object with a renewed key, where the first key is refused", async () => {
    let passedMs = 0;
    const server = await localCos.start({ issuedKeys: service.sts, ...LOCATION, clock: () => Date.now() + passedMs });
    const content = crypto.randomBytes(2.5 * PART_BYTES);
    const parts = [0, 1, 2].map((i) => content.subarray(i * PART_BYTES, (i + 1) * PART_BYTES));
    const target = { Bucket: LOCATION.bucket, Region: LOCATION.region };
    const issuedBefore = service.sts.issued.length;
    service.sts.setKeyLifetime(FIRST_KEY_SECONDS);
    const upload = await Upload.start(service, server, "alice-video", { ext: "mp4", contentType: "video/mp4" });
    service.sts.setKeyLifetime(undefined);

    const { UploadId } = await upload.cos.multipartInit({
      ...target,
      Key: upload.key,
      ContentType: "video/mp4",
      Headers: { ...FORBID_OVERWRITE },
    });
    const first = await upload.cos.multipartUpload({
      ...target,
      Key: upload.key,
      UploadId,
      PartNumber: 1,
      Body: parts[0],
    });

    passedMs += TIME_PASSING_SECONDS * 1000;
    upload.timePasses(TIME_PASSING_SECONDS);
    // The first key is over now: COS refuses it, as it would any expired key.
    const stale = new COS({
      ...server.https?.clientOptions,
      ConfCwd: confDir,
      getAuthorization: (_r, callback) => callback(sdkCredentials(upload.answers[0])),
    });
    await expect(
      stale.multipartUpload({ ...target, Key: upload.key, UploadId, PartNumber: 2, Body: parts[1] }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: "ExpiredToken",
    });
    const rest = [];
    for (const [index, Body] of parts.slice(1).entries()) {
      rest.push(
        await upload.cos.multipartUpload({ ...target, Key: upload.key, UploadId, PartNumber: index + 2, Body }),
      );
    }
    await upload.cos.multipartComplete({
      ...target,
      Key: upload.key,
      UploadId,
      Parts: [first, ...rest].map(({ ETag }, index) => ({ PartNumber: index + 1, ETag })),
    });

    expect(upload.refusals).toEqual([]);
    expect(server.objects.get(upload.key)?.body.equals(content)).toBe(true);
    expect(server.objects.get(upload.key)?.contentType).toBe("video/mp4");
    expect(upload.answers).toHaveLength(2);
    const [original, renewed] = upload.answers;
    expect(renewed).toMatchObject({ key: original.key, uploadTicket: original.uploadTicket });
    expect(renewed.credentials.tmpSecretId).not.toBe(original.credentials.tmpSecretId);
    const [firstKey, renewedKey] = service.sts.issued.slice(issuedBefore);
    expect(renewedKey.policy).toEqual(firstKey.policy);
    expect(JSON.stringify(firstKey.policy)).toContain(`${LOCATION.bucket}/${upload.key}"`);
    expect(server.requests.map((r) => [r.action, r.status])).toEqual([
      ["name/cos:InitiateMultipartUpload", 200],
      ["name/cos:UploadPart", 200],
      ["name/cos:UploadPart", 400],
      ["name/cos:UploadPart", 200],
      ["name/cos:UploadPart", 200],
      ["name/cos:CompleteMultipartUpload", 200],
    ]);
  });

  test("refuses another caller's ticket and a tampered one with 403 InvalidTicket, issuing nothing", async () => {
    const { body } = await ask(service, "alice", { ext: "mp4" });
    const ticket = String(body.uploadTicket);
    const calls = service.sts.calls.length;
    const tampered = `${ticket.slice(0, 10)}${ticket[10] === "A" ? "B" : "A"}${ticket.slice(11)}`;

    const other = await ask(service, "mallory", { uploadTicket: ticket });
    const changed = await ask(service, "alice", { uploadTicket: tampered });

    for (const refused of [other, changed]) {
      expect(refused).toEqual({
        status: 403,
        body: { error: { code: "InvalidTicket", message: expect.any(String) }, requestId: expect.any(String) },
      });
    }
    expect(JSON.stringify([other, changed])).not.toContain(ticket);
    expect(service.sts.calls).toHaveLength(calls);
    expect((await ask(service, "alice", { uploadTicket: ticket })).body).toMatchObject({ key: body.key });
  });
});
