/**
 * CORS as COS applies a bucket's rules (https://cloud.tencent.com/document/product/436/8279 PUT Bucket cors,
 * https://cloud.tencent.com/document/product/436/8288 OPTIONS Object): a preflight is answered from the first rule
 * that allows its origin, method and every requested header, and refused with 403 otherwise; an actual request from
 * an allowed origin gets `Access-Control-Allow-Origin` and the rule's exposed headers, errors included. Rules are in
 * the shape the stack synthesizes (`tencentcloud_cos_bucket.cors_rules`).
 *
 * Differs knowingly from COS: the `Vary` header is always sent; COS's exact refusal message is not documented, so
 * S3's is used.
 */

/** One CORS rule, as `UploadBucket` declares it. */
export interface CosCorsRule {
  /** Origins, each possibly with one `*` wildcard (`*` alone: any). */
  readonly allowedOrigins: readonly string[];
  /** `PUT`, `POST`, `GET`, `HEAD`, `DELETE`. */
  readonly allowedMethods: readonly string[];
  /** Request headers a preflight may ask for (`*`: any); case-insensitive. */
  readonly allowedHeaders: readonly string[];
  /** Response headers scripts may read, such as `ETag`. */
  readonly exposeHeaders: readonly string[];
  /** How long a browser may cache the preflight answer. */
  readonly maxAgeSeconds?: number;
}

/** A preflight's answer: the headers to send with 200, or the refusal. */
export type PreflightAnswer =
  | { readonly allowed: true; readonly headers: Readonly<Record<string, string>> }
  | { readonly allowed: false; readonly code: "AccessForbidden"; readonly message: string };

/** Answers `OPTIONS` with `Origin` and `Access-Control-Request-Method` (and `-Headers`). */
export function corsPreflight(
  rules: readonly CosCorsRule[],
  origin: string | undefined,
  requestMethod: string | undefined,
  requestHeaders: string | undefined,
): PreflightAnswer {
  if (rules.length === 0) {
    return { allowed: false, code: "AccessForbidden", message: "CORSResponse: CORS is not enabled for this bucket." };
  }
  const headers = (requestHeaders ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  const rule =
    origin === undefined || requestMethod === undefined
      ? undefined
      : rules.find(
          (r) =>
            originAllowed(r, origin) &&
            r.allowedMethods.includes(requestMethod.toUpperCase()) &&
            headers.every((name) => r.allowedHeaders.some((pattern) => wildcardMatch(pattern.toLowerCase(), name))),
        );
  if (rule === undefined || origin === undefined) {
    return {
      allowed: false,
      code: "AccessForbidden",
      message:
        "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / " +
        "Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
    };
  }
  return {
    allowed: true,
    headers: {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": rule.allowedMethods.join(","),
      ...(headers.length > 0 ? { "Access-Control-Allow-Headers": headers.join(",") } : {}),
      ...(rule.exposeHeaders.length > 0 ? { "Access-Control-Expose-Headers": rule.exposeHeaders.join(",") } : {}),
      ...(rule.maxAgeSeconds === undefined ? {} : { "Access-Control-Max-Age": String(rule.maxAgeSeconds) }),
      Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    },
  };
}

/** Headers for an actual (non-preflight) request from `origin` with `method`; none when no rule allows it. */
export function corsResponseHeaders(
  rules: readonly CosCorsRule[],
  origin: string | undefined,
  method: string,
): Record<string, string> {
  const rule =
    origin === undefined ? undefined : rules.find((r) => originAllowed(r, origin) && r.allowedMethods.includes(method.toUpperCase()));
  if (rule === undefined || origin === undefined) {
    return {};
  }
  return {
    "Access-Control-Allow-Origin": origin,
    ...(rule.exposeHeaders.length > 0 ? { "Access-Control-Expose-Headers": rule.exposeHeaders.join(",") } : {}),
    Vary: "Origin",
  };
}

function originAllowed(rule: CosCorsRule, origin: string): boolean {
  return rule.allowedOrigins.some((pattern) => wildcardMatch(pattern, origin));
}

/** `*` matches any run of characters; everything else literally. */
function wildcardMatch(pattern: string, value: string): boolean {
  const at = pattern.indexOf("*");
  if (at === -1) {
    return pattern === value;
  }
  const head = pattern.slice(0, at);
  const tail = pattern.slice(at + 1);
  return value.length >= head.length + tail.length && value.startsWith(head) && value.endsWith(tail);
}
