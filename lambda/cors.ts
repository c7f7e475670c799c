/** CORS for browser callers: only configured origins get headers, and each gets its own origin echoed. */
import { ServiceError } from "./service-error";

/**
 * Headers for a response to `origin`: none unless it is allowed (`*` allows any, still echoed one by one). An entry
 * `https://*.example.com`, which the environment schema accepts because the bucket's CORS does, allows the origins
 * of that scheme on any subdomain of `example.com`, default port: one or more host labels in place of the `*`.
 */
export function corsHeaders(origin: string | undefined, allowedOrigins: readonly string[]): Record<string, string> {
  const allowed =
    origin !== undefined &&
    (allowedOrigins.includes(origin) || allowedOrigins.includes("*") || allowedOrigins.some((entry) => subdomainMatch(entry, origin)));
  return allowed ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {};
}

const HOST_LABELS = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

function subdomainMatch(entry: string, origin: string): boolean {
  const wildcard = /^(https?:\/\/)\*(\.[^*]+)$/.exec(entry);
  if (wildcard === null) {
    return false;
  }
  const [, scheme, suffix] = wildcard;
  if (!origin.startsWith(scheme) || !origin.endsWith(suffix)) {
    return false;
  }
  return HOST_LABELS.test(origin.slice(scheme.length, origin.length - suffix.length));
}

/** Headers answering a preflight from `origin`; throws 403 for an origin that is not allowed. */
export function preflightHeaders(origin: string | undefined, allowedOrigins: readonly string[]): Record<string, string> {
  const headers = corsHeaders(origin, allowedOrigins);
  if (Object.keys(headers).length === 0) {
    throw new ServiceError(403, "OriginNotAllowed", "this origin may not call the key service from a browser");
  }
  return {
    ...headers,
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "authorization, content-type",
    "Access-Control-Max-Age": "600",
  };
}
