/**
 * Content types as the `cos:content-type` condition compares them: as plain strings, so the client must send
 * exactly the value a policy names. The stack's configuration and the key service accept the same forms.
 */

// RFC 6838 restricted names, lower case only. No parameters.
const NAME = "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";
const CONTENT_TYPE = new RegExp(`^${NAME}/${NAME}$`);
const CONTENT_TYPE_PATTERN = new RegExp(`^${NAME}/(\\*|${NAME})$`);

/** Whether `value` is one exact media type such as `image/png` (no `*`: it would widen a `string_like` condition). */
export function isContentType(value: string): boolean {
  return CONTENT_TYPE.test(value);
}

/** Whether `pattern` is a usable allowed-content-type entry: `image/png` or `image/*`. */
export function isContentTypePattern(pattern: string): boolean {
  return CONTENT_TYPE_PATTERN.test(pattern);
}

/** Whether `contentType` matches one of `patterns` the way COS `string_like` matches them. */
export function contentTypeAllowed(contentType: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => (pattern.endsWith("/*") ? contentType.startsWith(pattern.slice(0, -1)) : pattern === contentType));
}
