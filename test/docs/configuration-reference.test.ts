/**
 * The configuration reference (docs/configuration.md, "Fields") names exactly the fields of the environment
 * schema, nested ones by their path, and the function-variable tables name every variable the stack writes.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { environmentSchema } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { resourcesOf, synthJson } from "../helpers/synth";
import { codeNames, ROOT, tableRows } from "./markdown";
import { drift, schemaFields } from "./reference";

const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The field names the reference table's first column gives, one row possibly naming several. */
function documentedFields(): string[] {
  return tableRows(read("docs/configuration.md"), "Fields", "field").flatMap(([first]) => codeNames(first ?? ""));
}

/** The variable names a function-variables table's first column gives (`_SECRETKEY`-style shorthands left out). */
function documentedVariables(file: string, section: string): string[] {
  return tableRows(read(file), section, "variable")
    .flatMap(([first]) => codeNames(first ?? ""))
    .filter((name) => /^[A-Z][A-Z0-9_]*$/.test(name));
}

/** Every variable the stack sets on the function whose name ends in `suffix`, over every environment. */
function synthesizedVariables(suffix: string): string[] {
  const names = Object.values(ENVIRONMENTS).flatMap((environment) =>
    resourcesOf(synthJson(environment), "tencentcloud_scf_function")
      .filter((fn) => String(fn.name).endsWith(suffix))
      .flatMap((fn) => Object.keys((fn.environment ?? {}) as Record<string, string>)),
  );
  return [...new Set(names)].sort();
}

test("the configuration reference has one row per schema field, nested fields by path, and no other", () => {
  const fields = schemaFields(environmentSchema);

  expect(fields).toEqual(
    expect.arrayContaining(["keyService.runtime", "uploadCheck.webhookUrl", "stateBackend.bucket"]),
  );
  expect(drift(documentedFields(), fields)).toEqual({ missing: [], unknown: [] });
});

test("reads nested fields through defaults, optionals, pipes and unions", () => {
  const schema = z
    .object({
      a: z.string(),
      b: z.object({ c: z.number().default(1), d: z.object({ e: z.boolean() }).optional() }).prefault({}),
      f: z.discriminatedUnion("type", [
        z.object({ type: z.literal("x"), g: z.string() }),
        z.object({ type: z.literal("y") }),
      ]),
    })
    .transform((value) => value);

  expect(schemaFields(schema)).toEqual(["a", "b", "b.c", "b.d", "b.d.e", "f", "f.type", "f.g"]);
});

test("fails when a schema field has no row, or a row names a field the schema lacks", () => {
  expect(drift(["name", "keyService.runtim"], ["name", "keyService.runtime"])).toEqual({
    missing: ["keyService.runtime"],
    unknown: ["keyService.runtim"],
  });
});

test.each([
  ["the key service", "-key-service", "docs/key-service.md", "Configuration of the function"],
  ["the post-upload check", "-upload-check", "docs/upload-check.md", "Configuration of the check"],
])(
  "the variables table of %s names every variable the stack writes, in every environment",
  (_, suffix, file, section) => {
    const written = synthesizedVariables(suffix);

    expect(written.length).toBeGreaterThan(0);
    expect(drift(documentedVariables(file, section), written).missing).toEqual([]);
  },
);

test.each([
  ["docs/key-service.md", "Configuration of the function"],
  ["docs/upload-check.md", "Configuration of the check"],
])("every variable %s documents is one a function reads", (file, section) => {
  const sources = fs
    .readdirSync(path.join(ROOT, "lambda"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => read(path.join("lambda", name)))
    .join("\n");
  const unread = documentedVariables(file, section).filter(
    (name) => !sources.includes(`"${name}"`) && !sources.includes(`'${name}'`) && !sources.includes(`\`${name}\``),
  );

  expect(unread).toEqual([]);
});
