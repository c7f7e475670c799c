/**
 * What the reference tables are checked against: the fields of the zod schema of an environment record, and the
 * function variables the stack synthesizes.
 */
import { z } from "zod";

/** The parts of a zod 4 schema's definition the walk reads. */
interface Def {
  readonly type: string;
  readonly in?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly options?: readonly z.ZodType[];
}

/**
 * Every field path of `schema`: each object field by name, nested ones as `parent.child` (the fields of every
 * branch of a union under the union's own path), through optional, default, readonly and pipe wrappers.
 */
export function schemaFields(schema: z.ZodType, prefix = ""): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case "pipe":
      return schemaFields(def.in as z.ZodType, prefix);
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
    case "readonly":
      return schemaFields(def.innerType as z.ZodType, prefix);
    case "object":
      return Object.entries(def.shape ?? {}).flatMap(([name, field]) => {
        const fieldPath = prefix === "" ? name : `${prefix}.${name}`;
        return [fieldPath, ...schemaFields(field, fieldPath)];
      });
    case "union":
      return [...new Set((def.options ?? []).flatMap((option) => schemaFields(option, prefix)))];
    default:
      return [];
  }
}

/** Where a reference and what it describes disagree: names it lacks, and names it has that do not exist. */
export interface Drift {
  readonly missing: readonly string[];
  readonly unknown: readonly string[];
}

/** Compares the names a table documents with the names that exist. */
export function drift(documented: Iterable<string>, actual: Iterable<string>): Drift {
  const have = new Set(documented);
  const want = new Set(actual);
  return {
    missing: [...want].filter((name) => !have.has(name)).sort(),
    unknown: [...have].filter((name) => !want.has(name)).sort(),
  };
}
