/**
 * Key prefix templates such as `uploads/{sub}/`: where each caller's objects live.
 *
 * The caller's id (`sub`) becomes exactly one path segment. Ids that could escape it are refused rather than
 * rewritten, so two different callers can never be mapped onto the same folder.
 */

/** The placeholder for the caller's id. */
export const SUBJECT_PLACEHOLDER = "{sub}";

/** The default template. */
export const DEFAULT_KEY_PREFIX_TEMPLATE = "uploads/{sub}/";

/** Longest caller id accepted, in characters. */
const MAX_SUBJECT_LENGTH = 128;

const SUBJECT_PATTERN = /^[A-Za-z0-9_@|=+-][A-Za-z0-9._@|=+-]*$/;
const STATIC_PART_PATTERN = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/$/;

/**
 * Why a template is unusable, or `undefined` when it is fine. A usable template is a static prefix ending in `/`,
 * then `{sub}` exactly once, then `/`: for example `uploads/{sub}/` or `apps/photos/{sub}/`.
 */
export function templateProblem(template: string): string | undefined {
  const parts = template.split(SUBJECT_PLACEHOLDER);
  if (parts.length !== 2) {
    return `must contain ${SUBJECT_PLACEHOLDER} exactly once`;
  }
  const [root, rest] = parts;
  if (rest !== "/") {
    return `must end with "${SUBJECT_PLACEHOLDER}/"`;
  }
  if (!STATIC_PART_PATTERN.test(root) || root.split("/").some((segment) => segment === "." || segment === "..")) {
    return `must start with a static folder such as "uploads/" (letters, digits, ".", "_", "-"; no "." or ".." segments)`;
  }
  return undefined;
}

/** The static part of a template: `uploads/` for `uploads/{sub}/`. The upload role is confined to it. */
export function prefixRoot(template: string): string {
  return template.slice(0, template.indexOf(SUBJECT_PLACEHOLDER));
}

/** Why a caller id cannot be one path segment, or `undefined` when it can. */
export function subjectProblem(subject: string): string | undefined {
  if (subject.length === 0) {
    return "is empty";
  }
  if (subject.length > MAX_SUBJECT_LENGTH) {
    return `is longer than ${MAX_SUBJECT_LENGTH} characters`;
  }
  if (!SUBJECT_PATTERN.test(subject) || subject.includes("..")) {
    return 'may contain only letters, digits and "._@|=+-", must not start with "." or contain ".."';
  }
  return undefined;
}

/** The caller's own prefix: the template with `{sub}` replaced. Throws for an unsafe id. */
export function callerPrefix(template: string, subject: string): string {
  const problem = subjectProblem(subject);
  if (problem !== undefined) {
    throw new Error(`caller id ${problem}`);
  }
  return template.replace(SUBJECT_PLACEHOLDER, subject);
}
