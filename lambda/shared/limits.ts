/**
 * The upload limits both functions read under the same names (policy/function-variables.ts), so that the key service
 * and the check judge an upload alike.
 */
import { isContentTypePattern } from "../../policy";
import { list, problem, Read } from "./env";

/**
 * `ALLOWED_CONTENT_TYPES`: the media types an upload may declare, such as `image/png` or `image/*`; unset means any.
 * Throws {@link ConfigError} for a malformed pattern, and for a set but empty list (","), which would mean no limit
 * at all.
 */
export function readAllowedContentTypes(read: Read<"ALLOWED_CONTENT_TYPES">): string[] | undefined {
  const patterns = list(read, "ALLOWED_CONTENT_TYPES");
  const badType = patterns?.find((pattern) => !isContentTypePattern(pattern));
  if (badType !== undefined || patterns?.length === 0) {
    throw problem(
      "ALLOWED_CONTENT_TYPES",
      badType ?? read("ALLOWED_CONTENT_TYPES") ?? "",
      "must list lower-case media types such as image/png or image/*",
    );
  }
  return patterns;
}
