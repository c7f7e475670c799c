import { createHmac } from "node:crypto";

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

const HEADER = base64url({ alg: "HS256", typ: "JWT" });

/** An HS256 JWT for `sub`, valid for an hour, signed with `secret` (UTF-8 bytes, as the key service reads it). */
export function hs256Token(secret: string, sub: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const body = `${HEADER}.${base64url({ sub, iat: nowSeconds, exp: nowSeconds + 3600 })}`;
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}
