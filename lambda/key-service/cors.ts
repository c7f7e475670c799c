/** CORS for browser callers: only configured origins get headers, and each gets its own origin echoed. */
import { originAllowed } from "../../policy";
import { ServiceError } from "../shared/service-error";

/**
 * Headers for a response to `origin`: none unless `allowedOrigins` allows it by the rule of `policy/origin.ts`, the
 * environment schema's (`*` allows any well-formed origin, still echoed one by one; `https://*.example.com` any
 * subdomain of `example.com`, one or more host labels in place of the `*`).
 */
export function corsHeaders(origin: string | undefined, allowedOrigins: readonly string[]): Record<string, string> {
  return origin !== undefined && originAllowed(origin, allowedOrigins)
    ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
    : {};
}

/** Headers answering a preflight from `origin`; throws 403 for an origin that is not allowed. */
export function preflightHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
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
