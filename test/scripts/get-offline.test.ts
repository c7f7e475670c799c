import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/get-offline.mjs");
const SOURCE = "registry.terraform.io/tencentcloudstack/tencentcloud";
const SCHEMA_FILE = "tencentcloud@~%3E%201.83.json";
const { inUse, planned } = JSON.parse(readFileSync(path.join(root, "scripts/provider-types.json"), "utf8")) as {
  readonly inUse: readonly string[];
  readonly planned: Readonly<Record<string, string>>;
};
const listed = [...inUse, ...Object.keys(planned)].sort();

/** A schema in `terraform providers schema -json` shape holding the listed resources and two the project lacks. */
function schema(resources: readonly string[] = [...listed, "tencentcloud_vpc", "tencentcloud_subnet"]) {
  const block = { block: { attributes: { id: { type: "string", computed: true } } }, version: 0 };
  return {
    format_version: "1.0",
    provider_schemas: {
      [SOURCE]: {
        provider: { version: 0, block: { attributes: { region: { type: "string", optional: true } } } },
        resource_schemas: Object.fromEntries(resources.map((name) => [name, block])),
        data_source_schemas: { tencentcloud_user_info: block },
      },
    },
  };
}

/**
 * A folder for PATH with a fake `cdktf` that records its arguments and the schema folder it was handed (each file's
 * name and its resources), and a fake `terraform` that prints `schema` for `providers schema -json`.
 */
function fakeTools(terraformSchema: unknown = schema()): { readonly bin: string; readonly record: string } {
  const bin = mkdtempSync(path.join(tmpdir(), "get-offline-"));
  const record = path.join(bin, "cdktf-record.json");
  writeFileSync(path.join(bin, "terraform-schema.json"), JSON.stringify(terraformSchema));
  writeFileSync(
    path.join(bin, "cdktf"),
    `#!${process.execPath}\nconst fs = require("node:fs"), path = require("node:path");\n` +
      "const dir = process.env.CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH;\n" +
      "const files = Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'main.tf.json').map((f) => {\n" +
      `  const s = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")).provider_schemas[${JSON.stringify(SOURCE)}];\n` +
      "  return [f, { resources: Object.keys(s.resource_schemas).sort(), dataSources: Object.keys(s.data_source_schemas), provider: s.provider !== undefined }];\n" +
      "}));\n" +
      `fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), files, ci: process.env.CI }));\n`,
  );
  writeFileSync(
    path.join(bin, "terraform"),
    `#!/bin/sh\ncase "$1" in\n  init) exit 0 ;;\n  providers) cat "${path.join(bin, "terraform-schema.json")}" ;;\n  *) exit 9 ;;\nesac\n`,
  );
  chmodSync(path.join(bin, "cdktf"), 0o755);
  chmodSync(path.join(bin, "terraform"), 0o755);
  return { bin, record };
}

function getOffline(bin: string, args: readonly string[], schemaDir?: string) {
  const env: NodeJS.ProcessEnv = { PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}` };
  if (schemaDir !== undefined) {
    env.PROVIDER_SCHEMA_DIR = schemaDir;
  }
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8", env, timeout: 60_000 });
  if (result.error) {
    throw result.error;
  }
  return result;
}

function schemaDirWith(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "provider-schema-test-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, SCHEMA_FILE), JSON.stringify(content));
  return dir;
}

describe("get-offline", () => {
  test("hands cdktf get the schema filtered to the listed types, under the name cdktf looks for", () => {
    const { bin, record } = fakeTools();
    const result = getOffline(bin, ["--force"], schemaDirWith(schema()));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(record, "utf8"))).toEqual({
      args: ["get", "--force"],
      files: { [SCHEMA_FILE]: { resources: listed, dataSources: [], provider: true } },
      // stdout is a pipe here: CI=true keeps cdktf's spinner frames out of a log
      ci: "true",
    });
  });

  test("reads the schema from terraform with --from-terraform, and filters it the same way", () => {
    const { bin, record } = fakeTools();
    const result = getOffline(bin, ["--from-terraform"], "/nonexistent");
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(record, "utf8"))).toEqual({
      args: ["get"],
      files: { [SCHEMA_FILE]: { resources: listed, dataSources: [], provider: true } },
      ci: "true",
    });
  });

  test("fails naming the listed types the schema lacks, and does not start cdktf", () => {
    const { bin, record } = fakeTools();
    const lacking = listed.filter((type) => type !== "tencentcloud_scf_trigger" && type !== "tencentcloud_cos_bucket");
    const dir = schemaDirWith(schema(lacking));
    const result = getOffline(bin, [], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "get:offline: scripts/provider-types.json names tencentcloud_cos_bucket, tencentcloud_scf_trigger, which the provider " +
        `schema lacks (${path.join(dir, SCHEMA_FILE)}); .gen/ was left as it is\n`,
    );
    expect(existsSync(record)).toBe(false);
  });

  test("fails naming terraform when it cannot read the schema", () => {
    const { bin, record } = fakeTools();
    writeFileSync(
      path.join(bin, "terraform"),
      "#!/bin/sh\necho 'Error: Failed to query available provider packages' >&2\nexit 1\n",
    );
    const result = getOffline(bin, ["--from-terraform"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("get: terraform could not read the provider schema (1); .gen/ was left as it is");
    expect(existsSync(record)).toBe(false);
  });
});
