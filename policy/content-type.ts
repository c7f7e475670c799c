/**
 * Content types as the `cos:content-type` condition compares them: as plain strings, so the client must send
 * exactly the value a policy names. The stack's configuration and the key service accept the same forms.
 */

// RFC 6838 restricted names, lower case only. No parameters.
const NAME = "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";
const CONTENT_TYPE = new RegExp(`^${NAME}/${NAME}$`);
const CONTENT_TYPE_PATTERN = new RegExp(`^${NAME}/(\\*|${NAME})$`);

/**
 * Types a browser renders as a document or runs as a script when it opens the object: HTML, XHTML, SVG and other
 * XML (any `…+xml` too, see {@link isActiveContentType}), and every JavaScript MIME type of the WHATWG MIME Sniffing
 * standard (https://mimesniff.spec.whatwg.org/#javascript-mime-type). Served from the bucket's domain, such an
 * object could script against it, so a wildcard such as `image/*` or `text/*` never admits one.
 */
const ACTIVE_CONTENT_TYPES: readonly string[] = [
  "text/html",
  "application/xhtml+xml",
  "image/svg+xml",
  "text/xml",
  "application/xml",
  "text/xsl",
  "text/javascript",
  "application/javascript",
  "application/ecmascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
];

/** Whether `value` is one exact media type such as `image/png` (no `*`: it would widen a `string_like` condition). */
export function isContentType(value: string): boolean {
  return CONTENT_TYPE.test(value);
}

/** Whether `pattern` is a usable allowed-content-type entry: `image/png` or `image/*`. */
export function isContentTypePattern(pattern: string): boolean {
  return CONTENT_TYPE_PATTERN.test(pattern);
}

/** Whether a browser may render or run `contentType` (see {@link ACTIVE_CONTENT_TYPES}): those, and any `…+xml`. */
export function isActiveContentType(contentType: string): boolean {
  return ACTIVE_CONTENT_TYPES.includes(contentType) || contentType.endsWith("+xml");
}

/**
 * Whether the exact type `contentType` is admitted by `patterns`: listed exactly, or under a wildcard such as
 * `image/*` unless it is active content, which only an exact entry admits.
 */
export function contentTypeAllowed(contentType: string, patterns: readonly string[]): boolean {
  return patterns.some(
    (pattern) =>
      pattern === contentType ||
      (pattern.endsWith("/*") && contentType.startsWith(pattern.slice(0, -1)) && !isActiveContentType(contentType)),
  );
}
