/**
 * What no log line of either function may hold (issue 17): a token, a key, a secret, an upload ticket or a signed
 * URL. Lines are scanned for the values a test handed out or received (exact) and for the shapes of such values
 * whatever their origin (patterns).
 */

/** Shapes of secrets, named for the report. */
export const SECRET_SHAPES: readonly (readonly [string, RegExp])[] = [
  ["a JWT", /eyJ[\w-]{2,}\.eyJ[\w-]{2,}\.[\w-]*/],
  ["a COS signature (signed URL or Authorization)", /q-sign-algorithm|q-signature|q-key-time/i],
  ["a TC3 or HmacSHA1 signature", /TC3-HMAC-SHA256|Signature=/],
  [
    "a key field",
    /"(tmpSecretKey|TmpSecretKey|sessionToken|Token|secretKey|SecretKey|uploadTicket|UploadTicket|authorization|Authorization)"\s*:/,
  ],
  ["a bearer token", /Bearer\s+\S/i],
];

/** The problems in `lines`: each names what was found and in which line. Empty when the lines are clean. */
export function secretsIn(lines: readonly string[], known: Iterable<string>): string[] {
  // Short values (an empty token, a one-letter test value) would match by chance; none of those handed out is short.
  const values = [...new Set(known)].filter((value) => value.length >= 12);
  const problems: string[] = [];
  for (const line of lines) {
    for (const value of values) {
      if (line.includes(value))
        problems.push(`a secret handed out in the test (${value.slice(0, 4)}…) in: ${line.slice(0, 200)}`);
    }
    for (const [name, shape] of SECRET_SHAPES) {
      if (shape.test(line)) problems.push(`${name} in: ${line.slice(0, 200)}`);
    }
  }
  return problems;
}
