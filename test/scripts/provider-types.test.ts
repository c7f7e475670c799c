import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const types = JSON.parse(readFileSync(path.join(root, "scripts/provider-types.json"), "utf8")) as {
  readonly inUse: readonly string[];
  readonly planned: Readonly<Record<string, string>>;
};
const listed = [...types.inUse, ...Object.keys(types.planned)];
const schemaFile = path.resolve(root, "../shared/provider-schema/tencentcloud@~%3E%201.83.json");
const SOURCE = "registry.terraform.io/tencentcloudstack/tencentcloud";

/** The folder cdktf generates a type's binding into: `tencentcloud_cos_bucket` → `cos-bucket`. */
function bindingFolder(type: string): string {
  return type.startsWith("data.")
    ? `data-${type.slice("data.".length).replace(/_/g, "-")}`
    : type.replace(/^tencentcloud_/, "").replace(/_/g, "-");
}

/** Every .ts file of the project outside .gen/, node_modules and build output. */
function sources(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return [".gen", ".git", "node_modules", "cdktf.out", "dist", "work"].includes(entry.name) ? [] : sources(file);
    }
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

describe("scripts/provider-types.json", () => {
  test("has a binding in .gen/ for every type it lists, the provider's, and no other", () => {
    const generated = readdirSync(path.join(root, ".gen/providers/tencentcloud"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(generated).toEqual(["provider", ...listed.map(bindingFolder)].sort());
  });

  test("lists each type once", () => {
    expect(listed.filter((type, i) => listed.indexOf(type) !== i)).toEqual([]);
  });

  test("lists in use only types some source imports the binding of", () => {
    const imported = new Set(
      sources().flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/\.gen\/providers\/tencentcloud\/([a-z0-9-]+)["/]/g)].map(
          (match) => match[1],
        ),
      ),
    );
    expect(types.inUse.filter((type) => !imported.has(bindingFolder(type)))).toEqual([]);
    expect(imported.has("provider")).toBe(true);
  });

  test("says for each planned type which construct will import it", () => {
    expect(Object.entries(types.planned).filter(([, why]) => !/^issue \d+, .{10,}/.test(why))).toEqual([]);
  });

  (existsSync(schemaFile) ? test : test.skip)("lists only types the shared provider schema has", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")).provider_schemas[SOURCE];
    const has = (type: string) =>
      type.startsWith("data.")
        ? type.slice("data.".length) in schema.data_source_schemas
        : type in schema.resource_schemas;
    expect(listed.filter((type) => !has(type))).toEqual([]);
  });
});
