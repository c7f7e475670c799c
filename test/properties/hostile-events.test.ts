/**
 * Property: no event, however malformed, makes the key service fail open or fall over. Hundreds of generated events
 * (random shapes, methods, headers, query values, bodies, and tokens that are almost right) each get a 4xx JSON
 * error, marked nosniff, without credentials or a stack trace, and STS is never called: neither with the token
 * secret in the environment nor read from Secrets Manager (read once at most, however many tokens arrive), nor in
 * object mode, where every accepted upload request would cost an STS call, forged upload tickets included.
 */
import { SignJWT } from "jose";
import { ScfResponse } from "../../lambda/key-service/event";
import { signUploadTicket, uploadTicketKey } from "../../lambda/key-service/upload-ticket";
import { claims, hs256Token } from "../helpers/jwt";
import { closeFixtures, serviceFixture, ServiceFixture } from "../lambda/service-fixture";
import { seededRandom } from "../helpers/random";

type Next = () => number;

const pick = <T>(next: Next, items: readonly T[]): T => items[Math.floor(next() * items.length)];

function junk(next: Next, maxLength = 40): string {
  const length = Math.floor(next() * maxLength);
  return Array.from({ length }, () => String.fromCharCode(Math.floor(next() * 0x2fff))).join("");
}

/** A value of any JSON-ish type, sometimes nested. */
function anyValue(next: Next, depth = 0): unknown {
  switch (Math.floor(next() * 8)) {
    case 0:
      return null;
    case 1:
      return next() * 1e6;
    case 2:
      return next() < 0.5;
    case 3:
      return depth < 2 ? [anyValue(next, depth + 1), anyValue(next, depth + 1)] : [];
    case 4:
      return depth < 2 ? { scope: anyValue(next, depth + 1), contentType: anyValue(next, depth + 1) } : {};
    case 5:
      return pick(next, ["upload", "download", "delete", "", "*", "image/png", "../x", "UPLOAD"]);
    default:
      return junk(next);
  }
}

/** A token that is wrong in one way: bad subject, no expiry, expired, wrong secret, from the future, wrong typ, or mangled. */
async function almostToken(next: Next, secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  switch (Math.floor(next() * 8)) {
    case 6:
      return hs256Token(secret, claims("alice", { iat: now + 61 + Math.floor(next() * 1e9) }));
    case 7:
      return new SignJWT(claims("alice"))
        .setProtectedHeader({ alg: "HS256", typ: pick(next, ["JWE", "dpop+jwt", "", "application/json", "jwt "]) })
        .sign(new TextEncoder().encode(secret));
    case 0:
      return hs256Token(secret, claims(pick(next, ["", "../bob", "a/b", ".", "x".repeat(200), "tab\t", "ü"])));
    case 1:
      return hs256Token(secret, { sub: "alice" });
    case 2:
      return hs256Token(secret, claims("alice", { exp: now - 60 }));
    case 3:
      return hs256Token(`${secret}x`, claims("alice"));
    case 4: {
      const token = await hs256Token(secret, claims("alice"));
      const at = Math.floor(next() * token.length);
      return token.slice(0, at) + pick(next, ["A", ".", "", "=="]) + token.slice(at + 1);
    }
    default:
      return junk(next, 200);
  }
}

/**
 * An upload ticket the service never issued to alice: junk, one of the right form but forged, or one signed with the
 * token secret itself instead of the key derived from it.
 */
function forgedTicket(next: Next, secret: string): string {
  const claims = {
    key: "uploads/alice/2026/12/01/AAAAAAAAAAAAAAAAAAAAAA.jpg",
    contentType: "image/png",
    issuedAt: Math.floor(Date.now() / 1000),
  };
  switch (Math.floor(next() * 4)) {
    case 0:
      return junk(next, 60);
    case 1:
      return signUploadTicket(new TextEncoder().encode(secret), "alice", claims);
    case 2:
      return signUploadTicket(
        uploadTicketKey(new TextEncoder().encode(secret)),
        pick(next, ["bob", "alice ", "Alice"]),
        claims,
      );
    default:
      return Buffer.from(junk(next, 120)).toString("base64url");
  }
}

/**
 * A hostile event. With `validTokens`, that share of events carries a valid token and an upload request whose `ext`
 * is missing or malformed, or whose `uploadTicket` is forged, which object mode must refuse before any STS call.
 */
async function hostileEvent(next: Next, secret: string, validTokens = 0): Promise<unknown> {
  if (next() < validTokens) {
    const forged = next() < 0.5;
    const ext = forged
      ? pick(next, [undefined, "png"])
      : pick(next, [undefined, "", "JPG", "../x", "a".repeat(11), "jp g", "tar.gz"]);
    const query = {
      scope: "upload",
      contentType: "image/png",
      ...(ext === undefined ? {} : { ext }),
      ...(forged ? { uploadTicket: forgedTicket(next, secret) } : {}),
      ...(next() < 0.3 ? { stsVersion: "3" } : {}),
    };
    const headers = { authorization: `Bearer ${await hs256Token(secret, claims("alice"))}` };
    return next() < 0.5
      ? { httpMethod: "GET", headers, queryString: query, body: "", isBase64Encoded: false, path: "/" }
      : {
          httpMethod: "POST",
          headers,
          queryString: {},
          body: JSON.stringify(query),
          isBase64Encoded: false,
          path: "/",
        };
  }
  const shape = Math.floor(next() * 10);
  if (shape === 0) {
    return anyValue(next);
  }
  const headers: Record<string, unknown> = {};
  if (next() < 0.9) {
    headers[pick(next, ["authorization", "Authorization", "AUTHORIZATION"])] =
      `${pick(next, ["Bearer ", "bearer ", "Basic ", ""])}${await almostToken(next, secret)}`;
  }
  if (next() < 0.3) {
    headers[junk(next, 10)] = anyValue(next);
  }
  // Some requests are well formed, so that the token and the content type are what decides.
  const wellFormed = {
    scope: pick(next, ["upload", "download"]),
    contentType: pick(next, [undefined, "image/png", "image/svg+xml", "text/html"]),
    ext: pick(next, [undefined, "jpg", "png", "JPG", "../x", "a".repeat(11)]),
    uploadTicket: pick(next, [undefined, undefined, junk(next, 30), forgedTicket(next, secret)]),
    stsVersion: pick(next, [undefined, undefined, "3", "2", 3, ""]),
  };
  const query =
    next() < 0.2
      ? wellFormed
      : next() < 0.7
        ? { scope: anyValue(next), contentType: anyValue(next), ext: anyValue(next) }
        : anyValue(next);
  const body = next() < 0.5 ? JSON.stringify(anyValue(next)) : junk(next, 100);
  const method = pick(next, ["GET", "POST", "PUT", "DELETE", "PATCH", "get", "", 7]);
  return shape === 1
    ? {
        requestContext: { httpMethod: method },
        headers,
        queryStringParameters: query,
        body,
        isBase64Encoded: next() < 0.2,
      }
    : { httpMethod: method, headers, queryString: query, body, isBase64Encoded: next() < 0.2, path: junk(next, 20) };
}

const SERVICES = ["secret in the environment", "secret from secrets manager", "object mode"] as const;
let services: Record<(typeof SERVICES)[number], ServiceFixture>;

beforeAll(async () => {
  const env = { ALLOWED_CONTENT_TYPES: "image/*" };
  services = {
    "secret in the environment": await serviceFixture({ env }),
    "secret from secrets manager": await serviceFixture({ env, secretFromSsm: true }),
    "object mode": await serviceFixture({ env: { ...env, KEY_MODE: "object" } }),
  };
  jest.spyOn(console, "log").mockImplementation(() => undefined);
});

afterAll(async () => {
  jest.restoreAllMocks();
  await closeFixtures();
});

test.each(SERVICES)(
  "answers 400 generated hostile events with a 4xx json error and never calls sts (%s)",
  async (source) => {
    const service = services[source];
    const next = seededRandom(20261129 + 3 * SERVICES.indexOf(source));
    const statuses = new Set<number>();
    for (let i = 0; i < 400; i += 1) {
      const event = await hostileEvent(next, service.secret, source === "object mode" ? 0.2 : 0);
      const response: ScfResponse = await service.handler(event, { request_id: `case-${i}` });
      statuses.add(response.statusCode);
      const failure = `case ${i}: ${JSON.stringify(event).slice(0, 300)} → ${response.statusCode} ${response.body}`;
      if (response.statusCode < 400 || response.statusCode >= 500) {
        throw new Error(`not refused with a 4xx: ${failure}`);
      }
      expect(response.headers["Content-Type"]).toBe("application/json");
      expect(response.headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(JSON.parse(response.body)).toEqual({
        error: { code: expect.any(String), message: expect.any(String) },
        requestId: `case-${i}`,
      });
      expect(response.body).not.toMatch(/tmpSecret|sessionToken|\n\s+at /);
      expect(response.body).not.toContain(service.secret);
    }
    expect(service.sts.calls).toHaveLength(0);
    expect(service.ssm?.calls.length ?? 0).toBeLessThanOrEqual(1);
    // The generator reaches every kind of refusal, not one over and over.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([400, 401, 403, 405]));
  },
);
