import {
  COS_DOWNLOAD_ACTIONS,
  COS_MULTIPART_CONTINUE_ACTIONS,
  COS_SIMPLE_UPLOAD_ACTIONS,
  COS_UPLOAD_ACTIONS,
  COS_UPLOAD_PART_ACTIONS,
  cosObjectResource,
  encodeSessionPolicy,
  PolicyStatement,
  transferPolicy,
  trustPolicy,
} from "../../policy";

const ACL_ACTIONS = ["name/cos:PutObject", "name/cos:InitiateMultipartUpload"];
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
  test("grants simple and multipart upload actions, each over HTTPS only, by default", () => {
    const doc = transferPolicy({ location, prefix: "uploads/alice/", scopes: ["upload"] });
    expect(doc.version).toBe("2.0");
    expect(new Set(actionsOf(doc.statement))).toEqual(new Set(COS_UPLOAD_ACTIONS));
    expect(actionsOf(doc.statement)).toContain("name/cos:AbortMultipartUpload");
    for (const statement of doc.statement) {
      expect(statement.resource).toEqual(["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/*"]);
      expect(statement.condition?.bool_equal).toEqual({ "cos:secure-transport": "true" });
      expect(statement.principal).toBeUndefined();
    }
  });

  test("requires HTTPS on every statement of every scope", () => {
    const doc = transferPolicy({ location, prefix: "uploads/", scopes: ["upload", "download"], maxUploadBytes: 9 });
    expect(doc.statement.every((s) => s.condition?.bool_equal?.["cos:secure-transport"] === "true")).toBe(true);
  });

  test("drops the HTTPS condition only when told not to require it", () => {
    const doc = transferPolicy({
      location,
      prefix: "u/a/",
      scopes: ["upload", "download"],
      requireSecureTransport: false,
    });
    expect(JSON.stringify(doc)).not.toContain("secure-transport");
    expect(doc.statement.find((s) => s.action.includes("name/cos:GetObject"))?.condition).toBeUndefined();
    expect(doc.statement.find((s) => s.action.includes("name/cos:PutObject"))?.condition).toEqual({
      string_equal_if_exist: { "cos:x-cos-acl": ["default", "private"] },
    });
  });

  test.each([
    ["no limits", {}],
    ["a size limit", { maxUploadBytes: 10 }],
    ["an exact type", { contentType: "image/png" }],
    ["type patterns", { allowedContentTypes: ["image/*"] }],
    ["no HTTPS requirement", { requireSecureTransport: false }],
  ])("keeps objects private on every statement that can set an ACL, with %s", (_case, props) => {
    const doc = transferPolicy({ location, prefix: "uploads/a/", scopes: ["upload"], ...props });
    const aclSetting = doc.statement.filter((s) => s.action.some((a) => ACL_ACTIONS.includes(a)));
    expect(aclSetting.length).toBeGreaterThan(0);
    for (const statement of aclSetting) {
      expect(statement.effect).toBe("allow");
      expect(statement.condition?.string_equal_if_exist).toEqual({ "cos:x-cos-acl": ["default", "private"] });
    }
  });

  test("grants only read actions for the download scope", () => {
    const doc = transferPolicy({ location, prefix: "uploads/alice/", scopes: ["download"] });
    expect(actionsOf(doc.statement)).toEqual([...COS_DOWNLOAD_ACTIONS]);
  });

  test("bounds every request that carries object bytes by content length, and keeps multipart upload", () => {
    const doc = transferPolicy({ location, prefix: "uploads/a/", scopes: ["upload"], maxUploadBytes: 1024 });

    const bounded = doc.statement.filter((s) => s.condition?.numeric_less_than_equal !== undefined);
    expect(actionsOf(bounded).sort()).toEqual([...COS_SIMPLE_UPLOAD_ACTIONS].sort());
    for (const statement of bounded) {
      expect(statement.condition?.numeric_less_than_equal).toEqual({ "cos:content-length": 1024 });
    }
    // No page names cos:content-length for UploadPart: each part is bounded only where CAM reads it (_if_exist).
    const parts = doc.statement.filter((s) => s.condition?.numeric_less_than_equal_if_exist !== undefined);
    expect(actionsOf(parts).sort()).toEqual([...COS_UPLOAD_PART_ACTIONS].sort());
    for (const statement of parts) {
      expect(statement.condition?.numeric_less_than_equal_if_exist).toEqual({ "cos:content-length": 1024 });
    }
    expect(new Set(actionsOf(doc.statement))).toEqual(new Set(COS_UPLOAD_ACTIONS));
  });

  test("grants single-request uploads only with multipart upload off", () => {
    const doc = transferPolicy({
      location,
      prefix: "uploads/a/",
      scopes: ["upload"],
      maxUploadBytes: 1024,
      multipartUpload: false,
    });
    expect(doc.statement).toEqual([
      expect.objectContaining({
        action: [...COS_SIMPLE_UPLOAD_ACTIONS],
        condition: expect.objectContaining({ numeric_less_than_equal: { "cos:content-length": 1024 } }),
      }),
    ]);
  });

  test.each([
    ["no limits", {}],
    ["a size limit", { maxUploadBytes: 10 }],
    ["multipart upload off", { multipartUpload: false }],
    ["an exact type", { contentType: "image/png" }],
    ["type patterns", { allowedContentTypes: ["image/*"] }],
  ])("never grants a form upload (PostObject), with %s", (_case, props) => {
    const doc = transferPolicy({ location, prefix: "uploads/a/", scopes: ["upload", "download"], ...props });
    expect(actionsOf(doc.statement)).not.toContain("name/cos:PostObject");
  });

  test("puts the configured patterns on simple uploads and multipart initiation, without form uploads", () => {
    const doc = transferPolicy({
      location,
      prefix: "uploads/a/",
      scopes: ["upload"],
      allowedContentTypes: ["image/*"],
    });
    const typed = doc.statement.filter((s) => s.condition?.string_like);
    expect(actionsOf(typed).sort()).toEqual(["name/cos:InitiateMultipartUpload", "name/cos:PutObject"]);
    const untyped = doc.statement.filter((s) => s.condition?.string_like === undefined);
    expect(actionsOf(untyped)).toEqual([...COS_MULTIPART_CONTINUE_ACTIONS]);
    expect(typed[0].condition?.string_like).toEqual({ "cos:content-type": ["image/*"] });
    expect(actionsOf(doc.statement)).not.toContain("name/cos:PostObject");
  });

  test("narrows a session policy to one exact content type with string_equal on a string", () => {
    const doc = transferPolicy({ location, prefix: "uploads/a/", scopes: ["upload"], contentType: "image/png" });
    const typed = doc.statement.filter((s) => s.condition?.string_equal);
    expect(actionsOf(typed).sort()).toEqual(["name/cos:InitiateMultipartUpload", "name/cos:PutObject"]);
    for (const statement of typed) {
      expect(statement.condition?.string_equal).toEqual({ "cos:content-type": "image/png" });
    }
    expect(JSON.stringify(doc)).not.toContain("string_like");
    expect(actionsOf(doc.statement)).not.toContain("name/cos:PostObject");
  });

  test.each(["image/*", "image/png, text/html", "image/png;charset=x", "IMAGE/PNG", ""])(
    "fails for the inexact content type %j",
    (contentType) => {
      expect(() => transferPolicy({ location, prefix: "u/a/", scopes: ["upload"], contentType })).toThrow(
        /contentType must be one exact media type/,
      );
    },
  );

  test("fails when an exact type and patterns are combined", () => {
    expect(() =>
      transferPolicy({
        location,
        prefix: "u/a/",
        scopes: ["upload"],
        contentType: "image/png",
        allowedContentTypes: ["image/*"],
      }),
    ).toThrow("exclusive");
  });

  test("uses the strict content-length operator on PutObject, the _if_exist form only on UploadPart", () => {
    const json = JSON.stringify(transferPolicy({ location, prefix: "u/a/", scopes: ["upload"], maxUploadBytes: 5 }));
    expect(json).toContain('"numeric_less_than_equal":{"cos:content-length":5}');
    // The other _if_exist conditions are the ACL's, on PutObject and InitiateMultipartUpload.
    expect(json.match(/"[a-z_]+_if_exist"/g)).toEqual([
      '"string_equal_if_exist"',
      '"string_equal_if_exist"',
      '"numeric_less_than_equal_if_exist"',
    ]);
    const single = JSON.stringify(
      transferPolicy({ location, prefix: "u/a/", scopes: ["upload"], maxUploadBytes: 5, multipartUpload: false }),
    );
    expect(single).not.toContain("numeric_less_than_equal_if_exist");
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

describe("transferPolicy in object mode", () => {
  const objectKey = "uploads/alice/2026/12/01/AAAAAAAAAAAAAAAAAAAAAA.jpg";
  const exact = `qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/${objectKey}`;
  const creating = ["name/cos:PutObject", "name/cos:InitiateMultipartUpload"];

  test("names exactly the one object, with no wildcard, for simple and multipart upload", () => {
    const doc = transferPolicy({ location, prefix: "uploads/alice/", scopes: ["upload"], objectKey });

    expect(new Set(actionsOf(doc.statement))).toEqual(
      new Set(COS_UPLOAD_ACTIONS.filter((action) => action !== "name/cos:PostObject")),
    );
    for (const statement of doc.statement) {
      expect(statement.resource).toEqual([exact]);
      expect(statement.condition?.bool_equal).toEqual({ "cos:secure-transport": "true" });
    }
    expect(JSON.stringify(doc)).not.toContain("*");
  });

  test("fixes a private acl and the exact type where the object is created, and asks for no x-cos-forbid-overwrite", () => {
    const doc = transferPolicy({
      location,
      prefix: "uploads/alice/",
      scopes: ["upload"],
      objectKey,
      contentType: "image/jpeg",
    });

    const create = doc.statement.filter((s) => s.action.some((a) => creating.includes(a)));
    expect(actionsOf(create).sort()).toEqual([...creating].sort());
    for (const statement of create) {
      expect(statement.condition?.string_equal).toEqual({ "cos:content-type": "image/jpeg" });
      expect(statement.condition?.string_equal_if_exist).toEqual({ "cos:x-cos-acl": ["default", "private"] });
    }
    const rest = doc.statement.filter((s) => !s.action.some((a) => creating.includes(a)));
    expect(actionsOf(rest).sort()).toEqual([...COS_MULTIPART_CONTINUE_ACTIONS].sort());
    expect(JSON.stringify(doc)).not.toContain("forbid-overwrite");
  });

  test("never grants a form upload, with or without type limits", () => {
    for (const contentType of [undefined, "image/png"]) {
      const doc = transferPolicy({ location, prefix: "uploads/alice/", scopes: ["upload"], objectKey, contentType });
      expect(actionsOf(doc.statement)).not.toContain("name/cos:PostObject");
    }
  });

  test("bounds the upload and each part under a size limit, all on the one object", () => {
    const doc = transferPolicy({
      location,
      prefix: "uploads/alice/",
      scopes: ["upload"],
      objectKey,
      maxUploadBytes: 1024,
    });

    const transport = { bool_equal: { "cos:secure-transport": "true" } };
    const acl = { string_equal_if_exist: { "cos:x-cos-acl": ["default", "private"] } };
    const size = { numeric_less_than_equal: { "cos:content-length": 1024 } };
    const partSize = { numeric_less_than_equal_if_exist: { "cos:content-length": 1024 } };
    expect(doc.statement).toEqual([
      {
        effect: "allow",
        action: ["name/cos:PutObject"],
        resource: [exact],
        condition: { ...transport, ...acl, ...size },
      },
      {
        effect: "allow",
        action: ["name/cos:InitiateMultipartUpload"],
        resource: [exact],
        condition: { ...transport, ...acl },
      },
      { effect: "allow", action: ["name/cos:UploadPart"], resource: [exact], condition: { ...transport, ...partSize } },
      {
        effect: "allow",
        action: [
          "name/cos:ListMultipartUploads",
          "name/cos:ListParts",
          "name/cos:CompleteMultipartUpload",
          "name/cos:AbortMultipartUpload",
        ],
        resource: [exact],
        condition: transport,
      },
    ]);
  });

  test.each([
    ["outside the prefix", "uploads/bob/a.jpg", /^objectKey must name one object under "uploads\/alice\/"/],
    ["the prefix itself", "uploads/alice/", /^objectKey must name one object/],
    ["a folder", "uploads/alice/2026/", /^objectKey must name one object/],
    ["with a wildcard", "uploads/alice/*", /^an exact object resource contains no "\*"/],
  ])("fails for an object key %s", (_what, key, message) => {
    expect(() => transferPolicy({ location, prefix: "uploads/alice/", scopes: ["upload"], objectKey: key })).toThrow(
      message,
    );
  });

  test.each([[["download"]], [["upload", "download"]]] as const)("fails for the scopes %j", (scopes) => {
    expect(() => transferPolicy({ location, prefix: "uploads/alice/", scopes, objectKey })).toThrow(
      /^an object-mode policy grants the upload scope only/,
    );
  });
});
