/** Caller tokens for tests: HS256 with a shared secret, RS256/ES256 from a local JWKS endpoint, and forgeries. */
import http from "node:http";
import { AddressInfo } from "node:net";
import { exportJWK, exportSPKI, generateKeyPair, JWTPayload, KeyLike, SignJWT, UnsecuredJWT } from "jose";

/** A secret long enough for `AUTH_JWT_SECRET`. */
export function testSecret(): string {
  return `test-secret-${Math.random().toString(36).slice(2)}-0123456789abcdef`;
}

/** Claims valid for an hour, for `sub`, plus `extra`. */
export function claims(sub: string | undefined, extra: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return { ...(sub === undefined ? {} : { sub }), iat: now, exp: now + 3600, ...extra };
}

/** An HS256 token signed with the UTF-8 bytes of `secret`. */
export function hs256Token(secret: string | Uint8Array, payload: JWTPayload): Promise<string> {
  const key = typeof secret === "string" ? new TextEncoder().encode(secret) : secret;
  return new SignJWT(payload).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(key);
}

/** An unsigned token (`alg: none`). */
export function unsecuredToken(payload: JWTPayload): string {
  return new UnsecuredJWT(payload).encode();
}

/** A JWKS endpoint on 127.0.0.1 with one RS256 and one ES256 key. */
export interface JwksServer {
  /** `http://127.0.0.1:<port>/jwks.json`, usable as `AUTH_JWKS_URL`. */
  readonly url: string;
  /** The RSA public key as SPKI PEM: the classic HS/RS confusion uses it as an HMAC secret. */
  readonly rsaPublicKeyPem: string;
  /** Signs `payload` with the server's key for `alg`. */
  sign(payload: JWTPayload, alg?: "RS256" | "ES256"): Promise<string>;
  /** How many times the key set was fetched. */
  readonly fetches: () => number;
  close(): Promise<void>;
}

/** Starts a JWKS endpoint at a free port. */
export async function startJwksServer(): Promise<JwksServer> {
  const rsa = await generateKeyPair("RS256");
  const ec = await generateKeyPair("ES256");
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: "rsa-1", alg: "RS256", use: "sig" },
    { ...(await exportJWK(ec.publicKey)), kid: "ec-1", alg: "ES256", use: "sig" },
  ];
  const body = JSON.stringify({ keys });
  let fetches = 0;
  const server = http.createServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { "Content-Type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const signers: Record<"RS256" | "ES256", { key: KeyLike; kid: string }> = {
    RS256: { key: rsa.privateKey, kid: "rsa-1" },
    ES256: { key: ec.privateKey, kid: "ec-1" },
  };
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    rsaPublicKeyPem: await exportSPKI(rsa.publicKey),
    sign: (payload, alg = "RS256") =>
      new SignJWT(payload).setProtectedHeader({ alg, kid: signers[alg].kid }).sign(signers[alg].key),
    fetches: () => fetches,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
