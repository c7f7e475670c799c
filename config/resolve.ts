import { z } from "zod";
import { environmentSchema, MISSING, ResolvedEnvironment, WHOLE_MESSAGE } from "./environment-config";

export type { ResolvedEnvironment, ResolvedKeyService } from "./environment-config";
export {
  DEFAULT_MAX_KEYS_PER_CALLER_PER_MINUTE,
  KEY_DURATION_RANGE,
  MAX_SIMPLE_UPLOAD_BYTES,
} from "./environment-config";

/** Thrown when a configuration cannot be deployed; the message lists every problem found. */
export class ConfigError extends Error {
  constructor(
    readonly environment: string,
    readonly problems: readonly string[],
  ) {
    super(`invalid configuration for environment "${environment}":\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

/**
 * Checks an environment record and applies the defaults. Every problem is reported at once, each naming the field,
 * the value received and what is allowed, so that a bad record fails synth before anything is deployed. The record
 * is `unknown` because records reach synth through `tsx`, which does not type-check: nothing about it is assumed.
 */
export function resolveEnvironment(config: unknown): ResolvedEnvironment {
  const result = environmentSchema.safeParse(config, { reportInput: true });
  if (result.success) {
    return result.data;
  }
  const name =
    typeof config === "object" && config !== null && "name" in config && typeof config.name === "string"
      ? config.name
      : "(unnamed)";
  throw new ConfigError(name, [...new Set(result.error.issues.flatMap(problemsOf))]);
}

/** One issue as lines of the form `<field>: received <value>; allowed: <what>`. */
function problemsOf(issue: z.core.$ZodIssue): string[] {
  const field = fieldName(issue.path);
  if (issue.code === "unrecognized_keys") {
    // The strict objects of the schema put one hint per refused key in the message (environment-config.ts).
    const hints = issue.message.split("\n");
    return issue.keys.map((key, index) => `${fieldName([...issue.path, key])}: unknown field; ${hints[index] ?? ""}`);
  }
  let input: unknown = issue.input;
  if (issue.code === "invalid_union" && "discriminator" in issue && typeof issue.discriminator === "string") {
    // A discriminated union reports the whole object; the value that failed is its discriminator.
    input =
      typeof input === "object" && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : input;
  }
  // A rule between fields names a field that is absent; zod sets such an issue's input to the whole record.
  const conditional = issue.code === "custom" && issue.params?.[MISSING] === true;
  if (conditional || input === undefined) {
    return [`${field}: missing; ${conditional ? "" : "required; allowed: "}${issue.message}`];
  }
  const whole = issue.code === "custom" && issue.params?.[WHOLE_MESSAGE] === true;
  return [`${field}: received ${JSON.stringify(input)}; ${whole ? "" : "allowed: "}${issue.message}`];
}

/** `keyService.runtime`, `corsOrigins[1]`; the record itself when the path is empty. */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) {
    return "(the record)";
  }
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join("");
}
