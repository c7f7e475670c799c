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

/** What a test file's setups opened, and the function logs they watch (see {@link scanAfterEach}). */
export interface WatchedResources {
  /** Servers to close after each test. */
  readonly open: { close(): Promise<void> }[];
  /** A function's log spy and the secrets it held: its lines are scanned after each test. */
  readonly scanned: { readonly log: jest.SpyInstance; readonly secrets: readonly string[] }[];
}

/**
 * Registers an afterEach in the calling test file: it closes what the test opened, restores mocks, and fails the
 * test when a watched log line holds one of `known`, a secret a setup recorded, or one of {@link SECRET_SHAPES}.
 */
export function scanAfterEach(known: readonly string[]): WatchedResources {
  const watched: WatchedResources = { open: [], scanned: [] };
  afterEach(async () => {
    const lines = watched.scanned.flatMap(({ log }) => log.mock.calls.map(([line]) => String(line)));
    const leaked = secretsIn(lines, [...known, ...watched.scanned.flatMap(({ secrets }) => secrets)]);
    watched.scanned.length = 0;
    jest.restoreAllMocks();
    await Promise.all(watched.open.splice(0).map((server) => server.close()));
    expect(leaked).toEqual([]);
  });
  return watched;
}
