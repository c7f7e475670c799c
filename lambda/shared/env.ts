/**
 * Reading a function's environment variables, for both functions: a reader that treats an empty value as unset,
 * parsers for the value kinds the variables have, and the one error they throw. A bad value fails with a message
 * that names the variable, says what was received (never a secret, and URLs without their credentials and query)
 * and what is allowed.
 */

/** A configuration problem. The message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** A function's environment, as `process.env` gives it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Reads one variable by name; an empty value reads as unset. `N` is the function's variable names. */
export type Read<N extends string = string> = (name: N) => string | undefined;

/** Inclusive bounds of a whole-number variable. */
export interface IntegerRange {
  readonly min: number;
  readonly max: number;
}

/** The reader of `env`, typed to the names of one function's variables. */
export function envReader<N extends string>(env: Env): Read<N> {
  // One lookup per name: `process.env` is read through the C++ environment each time, and the function's keys are
  // read on every STS call.
  return (name) => {
    const value = env[name];
    return value === "" ? undefined : value;
  };
}

/** The variable's value; throws when it is unset. */
export function required<N extends string>(read: Read<N>, name: N): string {
  const value = read(name);
  if (value === undefined) {
    throw new ConfigError(`${name} is required`);
  }
  return value;
}

/** A whole number within `range`, or undefined when unset. */
export function integer<N extends string>(read: Read<N>, name: N, range: IntegerRange): number | undefined {
  const raw = read(name);
  if (raw === undefined) {
    return undefined;
  }
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= range.min && value <= range.max)) {
    throw problem(name, raw, `must be a whole number from ${range.min} to ${range.max}`);
  }
  return value;
}

/** `true` or `false`; unset reads as false. */
export function flag<N extends string>(read: Read<N>, name: N): boolean {
  const raw = read(name);
  if (raw !== undefined && raw !== "true" && raw !== "false") {
    throw problem(name, raw, "must be true or false");
  }
  return raw === "true";
}

/** A comma-separated list, items trimmed and empty ones dropped; undefined when unset. */
export function list<N extends string>(read: Read<N>, name: N): string[] | undefined {
  const raw = read(name);
  return raw === undefined
    ? undefined
    : raw
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
}

const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost"];

/**
 * An https URL, or plain http to a loopback address with a port (a local emulator), never with credentials or a
 * fragment: keys and tokens never cross a network in clear text. Undefined for anything else.
 */
export function secureUrl(raw: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const secure = url.protocol === "https:";
  const local = url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname) && url.port !== "";
  return (secure || local) && url.username === "" && url.password === "" && url.hash === "" ? url : undefined;
}

/**
 * A Tencent Cloud API endpoint: a {@link secureUrl} without a query that `accept` takes. A bare host means https.
 * Throws naming `name` and `allowed`.
 */
export function serviceUrl(name: string, raw: string, allowed: string, accept: (url: URL) => boolean): URL {
  const url = secureUrl(raw.includes("://") ? raw : `https://${raw}`);
  if (url === undefined || url.search !== "" || !accept(url)) {
    throw problem(name, raw, allowed);
  }
  return url;
}

/** The error for a refused value: `<name> <allowed>; received "<value>"`. */
export function problem(name: string, received: string, allowed: string): ConfigError {
  return new ConfigError(`${name} ${allowed}; received ${JSON.stringify(withoutSecrets(received))}`);
}

/**
 * A refused value as the message may show it: credentials (`//user:pass@`) and a query string (`?token=…`) in a URL
 * are replaced, since the message goes to every request's log line.
 */
function withoutSecrets(received: string): string {
  return received.replace(/\/\/[^/?#]*@/, "//<credentials>@").replace(/\?[^#]*/, "?<query>");
}
