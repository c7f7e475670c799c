/**
 * Renewal of object-mode upload keys (issue 15): an upload that outlives its key sends back the `uploadTicket` of its
 * first answer and gets a fresh key for the same object, through the handler, the real STS client and the local STS.
 */
import { JWT_SECRET_VERSION_ID } from "../../lambda/key-service/config";
import { ScfResponse } from "../../lambda/key-service/event";
import { signUploadTicket, uploadTicketKey } from "../../lambda/key-service/upload-ticket";
import { freshCallerKeys } from "../../local/api-endpoint";
import { startSsmServer } from "../../local/ssm-server";
import { PolicyDocument } from "../../policy";
import { claims, startJwksServer } from "../helpers/jwt";
import {
  bodyOf,
  closeFixtures,
  functionUrlEvent,
  serviceFixture,
  ServiceFixture,
  fixtureSecrets,
} from "./service-fixture";
import { secretsIn } from "../helpers/log-scan";

let logs: string[];

beforeEach(() => {
  logs = [];
  jest.spyOn(console, "log").mockImplementation((line: string) => logs.push(line));
});

afterEach(async () => {
  // Issue 17: no line of the key service holds a token, key, secret or ticket.
  const leaked = secretsIn(logs, fixtureSecrets());
  jest.restoreAllMocks();
  await closeFixtures();
  expect(leaked).toEqual([]);
});

const OBJECT_MODE = { KEY_MODE: "object", ALLOWED_CONTENT_TYPES: "image/*" };
const FIRST = { ext: "jpg", contentType: "image/jpeg" };

function errorOf(response: ScfResponse): unknown {
  return { status: response.statusCode, ...(bodyOf(response).error as object) };
}

function policies(service: ServiceFixture): (PolicyDocument | undefined)[] {
  return service.sts.calls.map((call) => call.policy);
}

/** The first key of an upload, and its ticket. */
async function firstKey(service: ServiceFixture, sub = "alice"): Promise<{ key: string; uploadTicket: string }> {
  const body = bodyOf(await service.get(sub, FIRST));
  return { key: String(body.key), uploadTicket: String(body.uploadTicket) };
}

describe("renewing an object-mode upload key", () => {
  test("answers a ticket with a fresh key for the same object under the same policy, and the same ticket", async () => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const first = bodyOf(await service.get("alice", FIRST));

    const renewed = await service.get("alice", { uploadTicket: String(first.uploadTicket) });
    const again = bodyOf(await service.get("alice", { uploadTicket: String(first.uploadTicket), ...FIRST }));

    expect(renewed.statusCode).toBe(200);
    const body = bodyOf(renewed);
    expect(first.uploadTicket).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/));
    expect(body).toMatchObject({ key: first.key, uploadTicket: first.uploadTicket, allowPrefix: "uploads/alice/" });
    expect(again).toMatchObject({ key: first.key, uploadTicket: first.uploadTicket });
    expect((body.credentials as Record<string, string>).tmpSecretId).not.toBe(
      (first.credentials as Record<string, string>).tmpSecretId,
    );
    expect(service.sts.calls).toHaveLength(3);
    const [original, ...renewals] = policies(service);
    expect(JSON.stringify(original)).toContain(`photos-1250000000/${String(first.key)}"`);
    expect(JSON.stringify(original)).toContain('"cos:content-type":"image/jpeg"');
    expect(renewals).toEqual([original, original]);
    const lines = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.outcome, line.objectKey])).toEqual([
      ["issued", first.key],
      ["renewed", first.key],
      ["renewed", first.key],
    ]);
  });

  test("takes the ticket from a json post as well", async () => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const { key, uploadTicket } = await firstKey(service);
    const token = await service.token("alice");

    const response = await service.handler(
      functionUrlEvent({
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ uploadTicket }),
      }),
    );

    expect(response.statusCode).toBe(200);
    expect(bodyOf(response)).toMatchObject({ key, uploadTicket });
  });

  test("never writes the ticket to the log", async () => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(service);
    await service.get("alice", { uploadTicket });
    await service.get("bob", { uploadTicket });

    expect(logs).toHaveLength(3);
    expect(logs.join("\n")).not.toContain(uploadTicket);
    expect(logs.join("\n")).not.toContain(uploadTicket.slice(-43));
  });

  test("counts renewals against the caller's sts calls per minute", async () => {
    const service = await serviceFixture({ env: { ...OBJECT_MODE, MAX_KEYS_PER_CALLER_PER_MINUTE: "3" } });
    const { uploadTicket } = await firstKey(service);

    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await service.get("alice", { uploadTicket })).statusCode);
    }

    expect(statuses).toEqual([200, 200, 429]);
    expect(service.sts.calls).toHaveLength(3);
  });

  test("derives the ticket key from the token secret in secrets manager", async () => {
    const service = await serviceFixture({ env: OBJECT_MODE, secretFromSsm: true });
    const { key, uploadTicket } = await firstKey(service);

    expect(bodyOf(await service.get("alice", { uploadTicket }))).toMatchObject({ key, uploadTicket });
    expect(bodyOf(await service.get("bob", { uploadTicket })).error).toMatchObject({ code: "InvalidTicket" });
  });

  test("signs tickets with UPLOAD_TICKET_SECRET where set, not with the token secret", async () => {
    const ticketSecret = "a-ticket-secret-of-at-least-32-bytes-0001";
    const service = await serviceFixture({ env: { ...OBJECT_MODE, UPLOAD_TICKET_SECRET: ticketSecret } });
    const { key, uploadTicket } = await firstKey(service);
    const issuedAt = Math.floor(Date.now() / 1000);
    const withTokenSecret = signUploadTicket(uploadTicketKey(new TextEncoder().encode(service.secret)), "alice", {
      key,
      contentType: "image/jpeg",
      issuedAt,
    });
    const withTicketSecret = signUploadTicket(uploadTicketKey(new TextEncoder().encode(ticketSecret)), "alice", {
      key,
      contentType: "image/jpeg",
      issuedAt,
    });

    expect(bodyOf(await service.get("alice", { uploadTicket: withTicketSecret }))).toMatchObject({ key });
    expect(errorOf(await service.get("alice", { uploadTicket: withTokenSecret }))).toMatchObject({
      status: 403,
      code: "InvalidTicket",
    });
    expect(bodyOf(await service.get("alice", { uploadTicket }))).toMatchObject({ key });
  });
});

describe("renewing with a key set", () => {
  const IDP = { AUTH_ISSUER: "https://login.example.com/", AUTH_AUDIENCE: "photos-app" };

  test("signs tickets with the secret in secrets manager that UPLOAD_TICKET_SECRET_NAME names, read once", async () => {
    const ticketSecret = "a-ticket-secret-in-ssm-of-at-least-32-bytes";
    const keys = freshCallerKeys();
    const ssm = await startSsmServer({ keys, secrets: { tickets: { [JWT_SECRET_VERSION_ID]: ticketSecret } } });
    const jwks = await startJwksServer();
    try {
      const service = await serviceFixture({
        sts: { keys },
        env: {
          ...OBJECT_MODE,
          ...IDP,
          AUTH_JWT_SECRET: undefined,
          AUTH_JWKS_URL: jwks.url,
          UPLOAD_TICKET_SECRET_NAME: "tickets",
          SSM_ENDPOINT: ssm.url,
        },
      });
      const ask = async (sub: string, query: Record<string, string>) =>
        service.handler(
          functionUrlEvent({
            query,
            headers: {
              authorization: `Bearer ${await jwks.sign(claims(sub, { iss: IDP.AUTH_ISSUER, aud: IDP.AUTH_AUDIENCE }))}`,
            },
          }),
        );

      const first = bodyOf(await ask("alice", FIRST));
      const renewed = await ask("alice", { uploadTicket: String(first.uploadTicket) });
      const other = await ask("bob", { uploadTicket: String(first.uploadTicket) });

      expect(bodyOf(renewed)).toMatchObject({ key: first.key, uploadTicket: first.uploadTicket });
      expect(errorOf(other)).toMatchObject({ status: 403, code: "InvalidTicket" });
      const expected = signUploadTicket(uploadTicketKey(new TextEncoder().encode(ticketSecret)), "alice", {
        key: String(first.key),
        contentType: "image/jpeg",
        issuedAt: Number(Buffer.from(String(first.uploadTicket), "base64url").readBigUInt64BE(1)),
      });
      expect(first.uploadTicket).toBe(expected);
      expect(ssm.calls.map((call) => call.params)).toEqual([
        { SecretName: "tickets", VersionId: JWT_SECRET_VERSION_ID },
      ]);
    } finally {
      await jwks.close();
      await ssm.close();
    }
  });
});

describe("refused renewals", () => {
  test("fails with 403 InvalidTicket for another caller's ticket, without an sts call", async () => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(service);

    const response = await service.get("bob", { uploadTicket });

    expect(errorOf(response)).toEqual({
      status: 403,
      code: "InvalidTicket",
      message: expect.stringMatching(/^uploadTicket is not one this service issued to this caller/),
    });
    expect(response.headers["Content-Type"]).toBe("application/json");
    expect(service.sts.calls).toHaveLength(1);
  });

  test.each([
    [
      "one character changed",
      (ticket: string) => `${ticket.slice(0, 20)}${ticket[20] === "A" ? "B" : "A"}${ticket.slice(21)}`,
    ],
    ["cut short", (ticket: string) => ticket.slice(0, -2)],
    ["with a character appended", (ticket: string) => `${ticket}A`],
    ["not base64url", (ticket: string) => `${ticket.slice(0, -1)}=`],
    ["far too long", (ticket: string) => ticket.repeat(40)],
  ])("fails with 403 InvalidTicket for a ticket %s, without an sts call", async (_how, tamper) => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(service);

    const response = await service.get("alice", { uploadTicket: tamper(uploadTicket) });

    expect(errorOf(response)).toMatchObject({ status: 403, code: "InvalidTicket" });
    expect(response.body).not.toContain(uploadTicket);
    expect(service.sts.calls).toHaveLength(1);
  });

  test("fails with 403 InvalidTicket once the renewal window after the first key is over", async () => {
    const service = await serviceFixture({ env: { ...OBJECT_MODE, RENEWAL_WINDOW_SECONDS: "3600" } });
    const { key } = await firstKey(service);
    const ticketKey = uploadTicketKey(new TextEncoder().encode(service.secret));
    const now = Math.floor(Date.now() / 1000);
    const ticket = (age: number) =>
      signUploadTicket(ticketKey, "alice", { key, contentType: "image/jpeg", issuedAt: now - age });

    const inside = await service.get("alice", { uploadTicket: ticket(3500) });
    const over = await service.get("alice", { uploadTicket: ticket(3700) });

    expect(bodyOf(inside)).toMatchObject({ key, uploadTicket: ticket(3500) });
    expect(errorOf(over)).toEqual({
      status: 403,
      code: "InvalidTicket",
      message: expect.stringMatching(
        /^the upload ticket has expired: keys are renewed for 3600 seconds after the first/,
      ),
    });
    expect(service.sts.calls).toHaveLength(2);
  });

  test.each([
    ["another contentType", { contentType: "image/png" }],
    ["another ext", { ext: "png" }],
  ])("fails with 400 TicketMismatch for a ticket sent with %s", async (_what, extra) => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(service);

    const response = await service.get("alice", { uploadTicket, ...extra });

    expect(errorOf(response)).toMatchObject({
      status: 400,
      code: "TicketMismatch",
      message: expect.stringMatching(/^the upload ticket is for /),
    });
    expect(service.sts.calls).toHaveLength(1);
  });

  test("fails with 403 ContentTypeNotAllowed when the ticket's type is no longer admitted", async () => {
    const first = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(first);
    // The same secret, so the ticket is genuine: only the rule changed.
    const narrowed = await serviceFixture({
      env: { ...OBJECT_MODE, ALLOWED_CONTENT_TYPES: "image/png", AUTH_JWT_SECRET: first.secret },
    });
    const token = await first.token("alice");

    const response = await narrowed.handler(
      functionUrlEvent({ query: { uploadTicket }, headers: { authorization: `Bearer ${token}` } }),
    );

    expect(errorOf(response)).toMatchObject({ status: 403, code: "ContentTypeNotAllowed" });
    expect(narrowed.sts.calls).toHaveLength(0);
  });

  test("fails with 400 TicketNotApplicable for a ticket in prefix mode", async () => {
    const objectMode = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(objectMode);
    const service = await serviceFixture({ env: { ALLOWED_CONTENT_TYPES: "image/*" } });

    const response = await service.get("alice", { uploadTicket, contentType: "image/jpeg" });

    expect(errorOf(response)).toEqual({
      status: 400,
      code: "TicketNotApplicable",
      message: expect.stringMatching(
        /^uploadTicket renews object-mode upload keys only; .*ask again without uploadTicket/,
      ),
    });
    expect(service.sts.calls).toHaveLength(0);
  });

  test("fails with 400 TicketNotApplicable for a ticket with a download request", async () => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(service);

    const response = await service.get("alice", { scope: "download", uploadTicket });

    expect(errorOf(response)).toMatchObject({
      status: 400,
      code: "TicketNotApplicable",
      message: expect.stringMatching(/download/),
    });
    expect(service.sts.calls).toHaveLength(1);
  });

  test("fails with 401 before looking at the ticket when the token is missing", async () => {
    const service = await serviceFixture({ env: OBJECT_MODE });
    const { uploadTicket } = await firstKey(service);

    const response = await service.handler(functionUrlEvent({ query: { uploadTicket } }));

    expect(errorOf(response)).toMatchObject({ status: 401, code: "InvalidToken" });
  });
});

describe("the ticket in object mode answers", () => {
  test("is absent from prefix-mode answers and from object-mode downloads", async () => {
    const prefix = await serviceFixture();
    const object = await serviceFixture({ env: OBJECT_MODE });

    expect(bodyOf(await prefix.get("alice", FIRST))).not.toHaveProperty("uploadTicket");
    expect(bodyOf(await object.get("alice", { scope: "download" }))).not.toHaveProperty("uploadTicket");
  });
});
