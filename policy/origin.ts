/**
 * Which browser origins may call the key service and the bucket: one rule, read by the environment schema
 * (`corsOrigins`), the key service (`ALLOWED_ORIGINS`, and the CORS headers it answers with) and the sandbox.
 *
 * A configured entry is one of
 * - `*`: any origin (the schema refuses it in a protected environment);
 * - `https://<host>[:<port>]`, such as `https://app.example.com`;
 * - `https://*.<domain>[:<port>]`, such as `https://*.example.com`: any subdomain of `<domain>`, one or more labels
 *   in place of the `*` (the bucket's CORS rule takes the same entry, as COS allows a `*` in `AllowedOrigin`:
 *   https://cloud.tencent.com/document/product/436/8279); `<domain>` has at least two labels, so `https://*.com` is
 *   refused;
 * - `http://localhost[:<port>]` or `http://127.0.0.1[:<port>]`: plain http only for this machine, for development.
 *
 * Hosts are lower case, as browsers send them; a port is written only when it is not the scheme's default, which a
 * browser's `Origin` never carries (RFC 6454 §6.1), so an entry with it could never match. Plain data, no imports.
 */

/** What a configured origin entry may be, for error messages. */
export const ORIGIN_ENTRY_RULE =
  'origins such as "https://app.example.com", "https://*.example.com" or "http://localhost:3000" ' +
  '(plain http only for localhost and 127.0.0.1; no path, no default port), or "*"';

/** Hosts that may be named over plain http: this machine. */
const LOOPBACK_ORIGIN_HOSTS: readonly string[] = ["localhost", "127.0.0.1"];

const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: "80", https: "443" };
const LABEL = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";
const HOST = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
/** `scheme://host[:port]`, the host still to be checked. */
const ORIGIN_SHAPE = /^(https?):\/\/([^/:?#@\s]+)(?::([1-9][0-9]{0,4}))?$/;

interface Origin {
  readonly scheme: string;
  readonly host: string;
  /** Empty for the scheme's default port. */
  readonly port: string;
}

/** An origin as a browser serialises it, or undefined. IPv6 hosts are not supported. */
function parse(value: string): Origin | undefined {
  const match = ORIGIN_SHAPE.exec(value);
  if (match === null) {
    return undefined;
  }
  const [, scheme, host, port = ""] = match;
  if (port !== "" && (Number(port) > 65535 || port === DEFAULT_PORTS[scheme])) {
    return undefined;
  }
  return { scheme, host, port };
}

/** Whether `entry` is an origin entry this project accepts (see the module comment). */
export function isOriginEntry(entry: string): boolean {
  if (entry === "*") {
    return true;
  }
  const origin = parse(entry);
  if (origin === undefined) {
    return false;
  }
  if (origin.host.startsWith("*.")) {
    const domain = origin.host.slice(2);
    return origin.scheme === "https" && HOST.test(domain) && domain.includes(".");
  }
  return HOST.test(origin.host) && (origin.scheme === "https" || LOOPBACK_ORIGIN_HOSTS.includes(origin.host));
}

/** Whether `entry` is `http://localhost:<port>` or `http://127.0.0.1:<port>`, with the port written. */
export function isLoopbackOrigin(entry: string): boolean {
  const origin = parse(entry);
  return (
    origin !== undefined &&
    origin.scheme === "http" &&
    origin.port !== "" &&
    LOOPBACK_ORIGIN_HOSTS.includes(origin.host)
  );
}

/**
 * Whether a request's `Origin` header is allowed by `entries` (each already accepted by {@link isOriginEntry}; any
 * other entry allows nothing). The origin itself must be a well-formed `scheme://host[:port]`, even for `*`, since
 * the allowed origin is echoed in a response header.
 */
export function originAllowed(origin: string | undefined, entries: readonly string[]): boolean {
  const request = origin === undefined ? undefined : parse(origin);
  if (origin === undefined || request === undefined || !HOST.test(request.host)) {
    return false;
  }
  return entries.some((entry) => isOriginEntry(entry) && entryMatches(entry, origin, request));
}

function entryMatches(entry: string, origin: string, request: Origin): boolean {
  if (entry === "*" || entry === origin) {
    return true;
  }
  const allowed = parse(entry);
  if (
    allowed === undefined ||
    !allowed.host.startsWith("*.") ||
    allowed.scheme !== request.scheme ||
    allowed.port !== request.port
  ) {
    return false;
  }
  const suffix = allowed.host.slice(1);
  return request.host.endsWith(suffix) && request.host.length > suffix.length;
}
