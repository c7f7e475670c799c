import { JWTPayload, SignJWT } from "jose";
import { FunctionUrlEvent } from "../../lambda/key-service/event";
import { claims, hs256Token, JwksServer, startJwksServer, unsecuredToken } from "../helpers/jwt";
import {
  bodyOf,
  closeFixtures,
  functionUrlEvent,
  RequestParts,
  serviceFixture,
  fixtureSecrets,
} from "./service-fixture";
import { secretsIn } from "../helpers/log-scan";

const ISSUER = "https://login.example.com";
const AUDIENCE = "photos-app";

/** What a hostile request may use: the service's own secret, and a key set the service does not trust. */
interface Kit {
  readonly secret: string;
  readonly foreign: JwksServer;
}

/** A valid token for `sub` with `extra` claims, signed with the service's secret. */
function tokenFor(kit: Kit, sub: unknown, extra: Record<string, unknown> = {}): Promise<string> {
  const payload = {
    ...claims(undefined, { iss: ISSUER, aud: AUDIENCE }),
    ...(sub === undefined ? {} : { sub }),
    ...extra,
  };
  // Deliberately not always a valid JWTPayload: hostile tokens carry a numeric sub.
  return hs256Token(kit.secret, payload as JWTPayload);
}

async function bearer(kit: Kit, parts: RequestParts = {}, sub: unknown = "alice"): Promise<FunctionUrlEvent> {
  return functionUrlEvent({
    ...parts,
    headers: { authorization: `Bearer ${await tokenFor(kit, sub)}`, ...parts.headers },
  });
}

const now = (): number => Math.floor(Date.now() / 1000);

type Row = readonly [name: string, status: number, event: (kit: Kit) => Promise<unknown> | unknown];

const rows: readonly Row[] = [
  // Authentication
  ["no authorization header", 401, () => functionUrlEvent()],
  ["an empty bearer", 401, () => functionUrlEvent({ headers: { authorization: "Bearer " } })],
  ["basic instead of bearer", 401, () => functionUrlEvent({ headers: { authorization: "Basic YWxpY2U6c2VjcmV0" } })],
  ["a garbled token", 401, () => functionUrlEvent({ headers: { authorization: "Bearer not.a.jwt" } })],
  [
    "two tokens",
    401,
    async (kit) =>
      functionUrlEvent({
        headers: { authorization: `Bearer ${await tokenFor(kit, "a")} ${await tokenFor(kit, "b")}` },
      }),
  ],
  [
    "an oversized authorization header",
    401,
    () => functionUrlEvent({ headers: { authorization: `Bearer ${"a".repeat(9000)}` } }),
  ],
  [
    "alg none",
    401,
    () =>
      functionUrlEvent({
        headers: { authorization: `Bearer ${unsecuredToken(claims("alice", { iss: ISSUER, aud: AUDIENCE }))}` },
      }),
  ],
  [
    "a token signed with another secret",
    401,
    async () =>
      functionUrlEvent({
        headers: {
          authorization: `Bearer ${await hs256Token("another-secret-that-is-long-enough-0123", claims("alice", { iss: ISSUER, aud: AUDIENCE }))}`,
        },
      }),
  ],
  [
    "an rs256 token to an hs256 service",
    401,
    async (kit) =>
      functionUrlEvent({
        headers: { authorization: `Bearer ${await kit.foreign.sign(claims("alice", { iss: ISSUER, aud: AUDIENCE }))}` },
      }),
  ],
  [
    "a tampered payload",
    401,
    async (kit) => {
      const [header, , signature] = (await tokenFor(kit, "alice")).split(".");
      const payload = Buffer.from(JSON.stringify(claims("admin", { iss: ISSUER, aud: AUDIENCE }))).toString(
        "base64url",
      );
      return functionUrlEvent({ headers: { authorization: `Bearer ${header}.${payload}.${signature}` } });
    },
  ],
  [
    "an expired token",
    401,
    async (kit) =>
      functionUrlEvent({ headers: { authorization: `Bearer ${await tokenFor(kit, "alice", { exp: now() - 60 })}` } }),
  ],
  [
    "a token not valid before the future",
    401,
    async (kit) =>
      functionUrlEvent({ headers: { authorization: `Bearer ${await tokenFor(kit, "alice", { nbf: now() + 3600 })}` } }),
  ],
  [
    "a token without exp",
    401,
    async (kit) =>
      functionUrlEvent({
        headers: {
          authorization: `Bearer ${await hs256Token(kit.secret, { sub: "alice", iss: ISSUER, aud: AUDIENCE })}`,
        },
      }),
  ],
  [
    "the wrong issuer",
    401,
    async (kit) =>
      functionUrlEvent({
        headers: { authorization: `Bearer ${await tokenFor(kit, "alice", { iss: "https://evil.example.com" })}` },
      }),
  ],
  [
    "the wrong audience",
    401,
    async (kit) =>
      functionUrlEvent({ headers: { authorization: `Bearer ${await tokenFor(kit, "alice", { aud: "other-app" })}` } }),
  ],
  [
    "a missing sub",
    401,
    async (kit) => functionUrlEvent({ headers: { authorization: `Bearer ${await tokenFor(kit, undefined)}` } }),
  ],
  ["a numeric sub", 401, (kit) => bearer(kit, {}, 42)],
  [
    "an iat ten years in the future",
    401,
    async (kit) =>
      functionUrlEvent({
        headers: { authorization: `Bearer ${await tokenFor(kit, "alice", { iat: now() + 10 * 365 * 86400 })}` },
      }),
  ],
  [
    "a typ header of another token kind",
    401,
    async (kit) => {
      const payload = claims("alice", { iss: ISSUER, aud: AUDIENCE });
      const token = await new SignJWT(payload)
        .setProtectedHeader({ alg: "HS256", typ: "JWE" })
        .sign(new TextEncoder().encode(kit.secret));
      return functionUrlEvent({ headers: { authorization: `Bearer ${token}` } });
    },
  ],
  [
    "a numeric typ header",
    401,
    async (kit) => {
      const payload = claims("alice", { iss: ISSUER, aud: AUDIENCE });
      const header = { alg: "HS256", typ: 7 } as unknown as { alg: string };
      const token = await new SignJWT(payload).setProtectedHeader(header).sign(new TextEncoder().encode(kit.secret));
      return functionUrlEvent({ headers: { authorization: `Bearer ${token}` } });
    },
  ],
  // Caller ids that are not one safe path segment
  ["a sub with a slash", 403, (kit) => bearer(kit, {}, "alice/../bob")],
  ["a sub of ..", 403, (kit) => bearer(kit, {}, "..")],
  ["a sub of .", 403, (kit) => bearer(kit, {}, ".")],
  ["a sub with a control character", 403, (kit) => bearer(kit, {}, "alice\u0000")],
  ["a sub with a newline", 403, (kit) => bearer(kit, {}, "alice\nbob")],
  ["an empty sub", 403, (kit) => bearer(kit, {}, "")],
  ["a 500-character sub", 403, (kit) => bearer(kit, {}, "a".repeat(500))],
  ["a unicode sub", 403, (kit) => bearer(kit, {}, "用户")],
  ["a sub with a wildcard", 403, (kit) => bearer(kit, {}, "alice*")],
  // Parameters
  ["an unknown scope", 400, (kit) => bearer(kit, { query: { scope: "admin" } })],
  ["an empty scope", 400, (kit) => bearer(kit, { query: { scope: "" } })],
  ["a repeated scope", 400, (kit) => bearer(kit, { query: { scope: ["upload", "download"] } })],
  ["a repeated contentType", 400, (kit) => bearer(kit, { query: { contentType: ["image/png", "text/html"] } })],
  ["a content type that is not allowed", 403, (kit) => bearer(kit, { query: { contentType: "text/html" } })],
  ["an upload without the content type the service requires", 400, (kit) => bearer(kit)],
  ["svg under a wildcard", 403, (kit) => bearer(kit, { query: { contentType: "image/svg+xml" } })],
  ["an +xml type under a wildcard", 403, (kit) => bearer(kit, { query: { contentType: "image/x+xml" } })],
  ["two content types in one", 400, (kit) => bearer(kit, { query: { contentType: "image/png, text/html" } })],
  [
    "a content type smuggling another after a semicolon",
    400,
    (kit) => bearer(kit, { query: { contentType: "image/x;text/html" } }),
  ],
  ["a wildcard content type", 400, (kit) => bearer(kit, { query: { contentType: "image/*" } })],
  ["a content type with parameters", 400, (kit) => bearer(kit, { query: { contentType: "image/png; charset=utf-8" } })],
  ["an upper-case content type", 400, (kit) => bearer(kit, { query: { contentType: "IMAGE/PNG" } })],
  [
    "a content type for downloads",
    400,
    (kit) => bearer(kit, { query: { scope: "download", contentType: "image/png" } }),
  ],
  ["an ext with a slash", 400, (kit) => bearer(kit, { query: { ext: "../png" } })],
  ["an ext too long", 400, (kit) => bearer(kit, { query: { ext: "abcdefghijk" } })],
  // Bodies and methods
  [
    "an oversize body",
    413,
    (kit) => bearer(kit, { method: "POST", body: JSON.stringify({ scope: "upload", pad: "x".repeat(9000) }) }),
  ],
  ["an oversize base64 body", 413, (kit) => bearer(kit, { method: "POST", body: "x".repeat(8193), base64: true })],
  ["malformed json", 400, (kit) => bearer(kit, { method: "POST", body: '{"scope": "upload"' })],
  ["a json array", 400, (kit) => bearer(kit, { method: "POST", body: '["upload"]' })],
  ["a json string", 400, (kit) => bearer(kit, { method: "POST", body: '"upload"' })],
  ["json null", 400, (kit) => bearer(kit, { method: "POST", body: "null" })],
  ["a numeric scope", 400, (kit) => bearer(kit, { method: "POST", body: '{"scope": 1}' })],
  ["a null contentType", 400, (kit) => bearer(kit, { method: "POST", body: '{"contentType": null}' })],
  ["put", 405, (kit) => bearer(kit, { method: "PUT" })],
  ["delete", 405, (kit) => bearer(kit, { method: "DELETE" })],
  ["head", 405, (kit) => bearer(kit, { method: "HEAD" })],
  [
    "a preflight from an origin that is not allowed",
    403,
    () => functionUrlEvent({ method: "OPTIONS", headers: { origin: "https://evil.example.com" } }),
  ],
  ["an event that is not http", 400, () => ({ Records: [] })],
  ["no event at all", 400, () => undefined],
];

let foreign: JwksServer | undefined;

beforeAll(async () => {
  foreign = await startJwksServer();
});

afterAll(() => foreign?.close());

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

test("the table holds at least 30 hostile inputs", () => {
  expect(rows.length).toBeGreaterThanOrEqual(30);
});

test.each(rows)("refuses %s with %i, no credentials and no sts call", async (_name, status, build) => {
  const service = await serviceFixture({
    env: {
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      ALLOWED_CONTENT_TYPES: "image/*,video/mp4",
      ALLOWED_ORIGINS: "https://app.example.com",
    },
  });
  const event = await build({ secret: service.secret, foreign: foreign! });

  const response = await service.handler(event, { request_id: "hostile" });

  expect(response.statusCode).toBe(status);
  expect(response.headers["Content-Type"]).toBe("application/json");
  expect(response.headers["X-Content-Type-Options"]).toBe("nosniff");
  expect(bodyOf(response)).toEqual({
    error: { code: expect.any(String), message: expect.any(String) },
    requestId: "hostile",
  });
  expect(response.body).not.toMatch(/credentials|tmpSecret|sessionToken|\n\s+at /);
  expect(service.sts.calls).toHaveLength(0);
});

describe("a service that trusts a key set", () => {
  let trusted: JwksServer | undefined;

  beforeAll(async () => {
    trusted = await startJwksServer();
  });

  afterAll(() => trusted?.close());

  const forgeries: readonly (readonly [string, () => Promise<string> | string])[] = [
    // The classic confusion: the RSA public key is public, so an HS256 token "signed" with it must not verify.
    [
      "an hs256 token signed with the rsa public key",
      () => hs256Token(trusted!.rsaPublicKeyPem, claims("alice", { iss: ISSUER, aud: AUDIENCE })),
    ],
    ["alg none", () => unsecuredToken(claims("alice", { iss: ISSUER, aud: AUDIENCE }))],
    [
      "a token from another key set with the same key id",
      () => foreign!.sign(claims("alice", { iss: ISSUER, aud: AUDIENCE })),
    ],
    [
      "a token from the trusted key set for another audience",
      () => trusted!.sign(claims("alice", { iss: ISSUER, aud: "another-tenant" })),
    ],
    [
      "a token from the trusted key set from another issuer",
      () => trusted!.sign(claims("alice", { iss: "https://evil.example.com", aud: AUDIENCE })),
    ],
    [
      "a token naming an unknown key id",
      async () => {
        const { privateKey } = await import("jose").then((jose) => jose.generateKeyPair("RS256"));
        return new SignJWT(claims("alice", { iss: ISSUER, aud: AUDIENCE }))
          .setProtectedHeader({ alg: "RS256", kid: "unknown" })
          .sign(privateKey);
      },
    ],
  ];

  test.each(forgeries)("refuses %s with 401 and no sts call", async (_name, forge) => {
    const service = await serviceFixture({
      env: { AUTH_JWT_SECRET: undefined, AUTH_JWKS_URL: trusted!.url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE },
    });

    const response = await service.handler(functionUrlEvent({ headers: { authorization: `Bearer ${await forge()}` } }));

    expect(response.statusCode).toBe(401);
    expect(bodyOf(response).error).toMatchObject({ code: "InvalidToken" });
    expect(service.sts.calls).toHaveLength(0);
  });
});
