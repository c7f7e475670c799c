import {
  COS_DOWNLOAD_ACTIONS,
  COS_MULTIPART_CONTINUE_ACTIONS,
  COS_SIMPLE_UPLOAD_ACTIONS,
  COS_UPLOAD_ACTIONS,
  cosObjectResource,
  encodeSessionPolicy,
  PolicyStatement,
  transferPolicy,
  trustPolicy,
} from "../../policy";

const location = { region: "ap-guangzhou", appId: "1250000000", bucket: "photos-1250000000" };

function actionsOf(statements: readonly PolicyStatement[]): string[] {
  return statements.flatMap((s) => s.action);
}

describe("cosObjectResource", () => {
  test("names every object under a prefix of one bucket", () => {
    expect(cosObjectResource(location, "uploads/alice/")).toBe(
      "qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/*",
    );
  });
});

describe("transferPolicy", () => {
  test("grants simple and multipart upload actions without conditions by default", () => {
    const doc = transferPolicy({ location, prefix: "uploads/alice/", scopes: ["upload"] });
    expect(doc.version).toBe("2.0");
    expect(new Set(actionsOf(doc.statement))).toEqual(new Set(COS_UPLOAD_ACTIONS));
    expect(actionsOf(doc.statement)).toContain("name/cos:AbortMultipartUpload");
    for (const statement of doc.statement) {
      expect(statement.resource).toEqual(["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/*"]);
      expect(statement.condition).toBeUndefined();
      expect(statement.principal).toBeUndefined();
    }
  });

  test("grants only read actions for the download scope", () => {
    const doc = transferPolicy({ location, prefix: "uploads/alice/", scopes: ["download"] });
    expect(actionsOf(doc.statement)).toEqual([...COS_DOWNLOAD_ACTIONS]);
  });

  test("bounds single-request uploads by content length and turns multipart upload off", () => {
    const doc = transferPolicy({ location, prefix: "uploads/a/", scopes: ["upload"], maxUploadBytes: 1024 });
    expect(doc.statement).toEqual([
      expect.objectContaining({
        action: [...COS_SIMPLE_UPLOAD_ACTIONS],
        condition: { numeric_less_than_equal: { "cos:content-length": 1024 } },
      }),
    ]);
  });

  test("puts the content-type condition on simple uploads and multipart initiation only", () => {
    const doc = transferPolicy({ location, prefix: "uploads/a/", scopes: ["upload"], allowedContentTypes: ["image/*"] });
    const typed = doc.statement.filter((s) => s.condition?.string_like);
    expect(actionsOf(typed).sort()).toEqual(["name/cos:InitiateMultipartUpload", "name/cos:PostObject", "name/cos:PutObject"]);
    const untyped = doc.statement.filter((s) => s.condition === undefined);
    expect(actionsOf(untyped)).toEqual([...COS_MULTIPART_CONTINUE_ACTIONS]);
    expect(typed[0].condition?.string_like).toEqual({ "cos:content-type": ["image/*"] });
  });

  test("uses the strict content-length operator, not an _if_exist form", () => {
    const json = JSON.stringify(transferPolicy({ location, prefix: "u/a/", scopes: ["upload"], maxUploadBytes: 5 }));
    expect(json).toContain('"numeric_less_than_equal":{"cos:content-length":5}');
    expect(json).not.toContain("if_exist");
  });

  test("never grants a wildcard action or a bucket-wide resource", () => {
    const doc = transferPolicy({ location, prefix: "uploads/", scopes: ["upload", "download"] });
    for (const statement of doc.statement) {
      expect(statement.action.every((a) => a.startsWith("name/cos:") && !a.includes("*"))).toBe(true);
      expect(statement.resource?.every((r) => r.endsWith("/uploads/*"))).toBe(true);
    }
  });

  test("fails without a scope", () => {
    expect(() => transferPolicy({ location, prefix: "uploads/", scopes: [] })).toThrow("at least one scope");
  });

  test.each(["uploads", "uploads/*/", ""])("fails for the prefix %j", (prefix) => {
    expect(() => transferPolicy({ location, prefix, scopes: ["upload"] })).toThrow(/prefix must end in "\/"/);
  });
});

describe("encodeSessionPolicy", () => {
  test("URL-encodes the JSON document", () => {
    const doc = transferPolicy({ location, prefix: "uploads/a/", scopes: ["download"] });
    const encoded = encodeSessionPolicy(doc);
    expect(encoded).not.toMatch(/[{}":/ ]/);
    expect(JSON.parse(decodeURIComponent(encoded))).toEqual(doc);
  });

  test("fails for a document with a principal", () => {
    expect(() => encodeSessionPolicy(trustPolicy({ service: ["scf.qcloud.com"] }))).toThrow("principal");
  });
});
