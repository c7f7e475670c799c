import { grantFor, roleSessionName } from "../../lambda/key-service/grant";
import { encodeSessionPolicy, PolicyDocument, subjectProblem, transferPolicy } from "../../policy";
import { seededRandom } from "../helpers/random";

const config = {
  location: { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" },
  prefixTemplate: "uploads/{sub}/",
  allowedScopes: ["upload", "download"] as const,
  limits: {},
  allowInsecureTransport: false,
  keyMode: "prefix" as const,
};

const limited = { ...config, limits: { allowedContentTypes: ["image/*", "video/mp4", "image/svg+xml"] } };

function policyOf(grant: { readonly policy: string }): PolicyDocument {
  return JSON.parse(decodeURIComponent(grant.policy)) as PolicyDocument;
}

test("names the sts session after the caller when the id is a valid session name", () => {
  expect(roleSessionName("alice@example.com")).toBe("alice@example.com");
  expect(roleSessionName("user_42")).toBe("user_42");
  expect(roleSessionName("x".repeat(64))).toBe("x".repeat(64));
});

test("adds a hash where the id had to be rewritten, so rewritten ids stay apart", () => {
  const names = ["auth0|12345", "auth0_12345", "a", "x".repeat(65), "x".repeat(128)].map(roleSessionName);

  expect(names[0]).toMatch(/^auth0_12345,[0-9a-f]{16}$/);
  expect(names[1]).toBe("auth0_12345");
  expect(names[2]).toMatch(/^a,[0-9a-f]{16}$/);
  expect(names[3]).toHaveLength(64);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) {
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
  }
});

test("keys the cache by scope, content type and caller", () => {
  const keys = [
    grantFor(config, "alice", { scope: "upload" }).cacheKey,
    grantFor(config, "alice", { scope: "download" }).cacheKey,
    grantFor(config, "alice", { scope: "upload", contentType: "image/png" }).cacheKey,
    grantFor(config, "bob", { scope: "upload" }).cacheKey,
  ];

  expect(new Set(keys).size).toBe(4);
  expect(grantFor(config, "alice", { scope: "upload" }).cacheKey).toBe(keys[0]);
});

test("hands sts the url-encoded policy for the caller's prefix", () => {
  const grant = grantFor({ ...config, allowInsecureTransport: true }, "alice", { scope: "download" });

  expect(grant.prefix).toBe("uploads/alice/");
  expect(JSON.parse(decodeURIComponent(grant.policy))).toEqual({
    version: "2.0",
    statement: [
      {
        effect: "allow",
        action: ["name/cos:GetObject", "name/cos:HeadObject"],
        resource: ["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/*"],
      },
    ],
  });
});

test("fails with 403 for a caller id that is not one safe path segment", () => {
  expect(() => grantFor(config, "../bob", { scope: "upload" })).toThrow(
    expect.objectContaining({ status: 403, code: "CallerNotAllowed" }),
  );
});

test("fails with 403 for a content type outside the allowed list", () => {
  expect(() => grantFor(limited, "alice", { scope: "upload", contentType: "text/plain" })).toThrow(
    expect.objectContaining({
      status: 403,
      code: "ContentTypeNotAllowed",
      message:
        "contentType must match one of image/*, video/mp4, image/svg+xml (a wildcard admits no HTML, XML, SVG or JavaScript type)",
    }),
  );
});

test("fails with 400 when allowed types are configured and an upload names none, listing them", () => {
  expect(() => grantFor(limited, "alice", { scope: "upload" })).toThrow(
    expect.objectContaining({
      status: 400,
      code: "ContentTypeRequired",
      message: expect.stringContaining("one of image/*, video/mp4, image/svg+xml"),
    }),
  );
});

test("needs no content type for downloads, or when no types are configured", () => {
  expect(grantFor(limited, "alice", { scope: "download" }).prefix).toBe("uploads/alice/");
  expect(grantFor(config, "alice", { scope: "upload" }).prefix).toBe("uploads/alice/");
});

test.each([
  "text/html",
  "application/xhtml+xml",
  "application/atom+xml",
  "text/xml",
  "application/xml",
  "text/javascript",
  "application/javascript",
])("fails with 403 for active content %s under a wildcard", (contentType) => {
  const wide = { ...config, limits: { allowedContentTypes: ["text/*", "application/*", "image/*"] } };

  expect(() => grantFor(wide, "alice", { scope: "upload", contentType })).toThrow(
    expect.objectContaining({ status: 403, code: "ContentTypeNotAllowed" }),
  );
});

test("admits active content listed exactly", () => {
  expect(() => grantFor(limited, "alice", { scope: "upload", contentType: "image/svg+xml" })).not.toThrow();
  expect(() =>
    grantFor({ ...config, limits: { allowedContentTypes: ["image/*"] } }, "alice", {
      scope: "upload",
      contentType: "image/svg+xml",
    }),
  ).toThrow(expect.objectContaining({ status: 403 }));
});

test("limits the key to exactly the requested type with string_equal, never a pattern or a list", () => {
  const policy = policyOf(grantFor(limited, "alice", { scope: "upload", contentType: "image/png" }));
  const typed = policy.statement.filter((statement) => statement.condition?.string_equal !== undefined);

  expect(typed.length).toBeGreaterThan(0);
  expect(actions(typed)).toEqual(expect.arrayContaining(["name/cos:PutObject", "name/cos:InitiateMultipartUpload"]));
  for (const statement of typed) {
    expect(statement.condition?.string_equal).toEqual({ "cos:content-type": "image/png" });
  }
  expect(JSON.stringify(policy)).not.toContain("string_like");
});

test("requires https on every statement unless insecure transport is allowed", () => {
  const secure = policyOf(grantFor(config, "alice", { scope: "upload" }));
  const insecure = policyOf(grantFor({ ...config, allowInsecureTransport: true }, "alice", { scope: "upload" }));

  for (const statement of secure.statement) {
    expect(statement.condition?.bool_equal).toEqual({ "cos:secure-transport": "true" });
  }
  expect(JSON.stringify(insecure)).not.toContain("cos:secure-transport");
});

function actions(statements: PolicyDocument["statement"]): string[] {
  return statements.flatMap((statement) => statement.action);
}

test("fails with 403 for a scope the service does not issue", () => {
  const uploadOnly = { ...config, allowedScopes: ["upload"] as const };

  expect(() => grantFor(uploadOnly, "alice", { scope: "download" })).toThrow(
    expect.objectContaining({
      status: 403,
      code: "ScopeNotAllowed",
      message: "this service issues keys for upload only",
    }),
  );
});

test("property: distinct caller ids always get distinct, valid session names", () => {
  // Every id of up to 4 characters over an alphabet where "|" and "_" collide once rewritten, and ids of 50 to 128
  // characters that share their first 50 and differ only after what fits in a name.
  const chars = "aB0._@|=+-";
  const subjects: string[] = [""];
  for (let length = 1, level = [""]; length <= 4; length += 1) {
    level = level.flatMap((head) => [...chars].map((char) => head + char));
    subjects.push(...level);
  }
  const next = seededRandom(8);
  for (let i = 0; i < 5000; i += 1) {
    const length = 50 + Math.floor(next() * 79);
    const tail = Array.from({ length: length - 50 }, () => chars[Math.floor(next() * chars.length)]).join("");
    subjects.push(`${"x".repeat(50)}${tail}`, `${"x".repeat(49)}|${tail}`, `${"x".repeat(49)}_${tail}`);
  }
  const names = new Map<string, string>();
  for (const subject of new Set(subjects)) {
    if (subjectProblem(subject) !== undefined) {
      continue;
    }
    const name = roleSessionName(subject);
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
    const other = names.get(name);
    if (other !== undefined) {
      throw new Error(`${JSON.stringify(subject)} and ${JSON.stringify(other)} share the session name ${name}`);
    }
    names.set(name, subject);
  }
  expect(names.size).toBeGreaterThan(5000);
});

describe("session policies from a template", () => {
  const variants = [
    config,
    limited,
    { ...config, limits: { maxUploadBytes: 1024 * 1024, multipartUpload: false } },
    { ...config, allowInsecureTransport: true, limits: { maxUploadBytes: 5 } },
    { ...config, keyMode: "object" as const, limits: { allowedContentTypes: ["image/*"], maxUploadBytes: 10 } },
    { ...config, keyMode: "object" as const, prefixTemplate: "apps/x/{sub}/in/" },
  ];
  const alphabet = "abcXYZ019._@|=+-";

  test("equal the policy built in full for every caller, scope, content type and mode", () => {
    const random = seededRandom(17);
    const now = new Date("2026-12-01T10:00:00Z");
    let compared = 0;
    for (let i = 0; i < 400; i++) {
      const variant = variants[i % variants.length];
      const length = 1 + Math.floor(random() * 40);
      const subject = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      if (subjectProblem(subject) !== undefined) continue;
      const scope = random() < 0.7 ? "upload" : "download";
      const contentType =
        scope === "upload" ? ["image/png", "image/jpeg", "image/webp"][Math.floor(random() * 3)] : undefined;
      const grant = grantFor(variant, subject, { scope, contentType, ext: "png" }, now);
      const full = encodeSessionPolicy(
        transferPolicy({
          location: variant.location,
          prefix: grant.prefix,
          scopes: [scope],
          maxUploadBytes: (variant.limits as { maxUploadBytes?: number }).maxUploadBytes,
          multipartUpload: (variant.limits as { multipartUpload?: boolean }).multipartUpload,
          contentType,
          requireSecureTransport: !variant.allowInsecureTransport,
          objectKey: grant.key,
        }),
      );
      expect(grant.policy).toBe(full);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(200);
  });

  test("builds a caller whose id holds the template's mark in full", () => {
    const grant = grantFor(config, "callerpathmark", { scope: "upload" });
    expect(policyOf(grant).statement.flatMap((s) => s.resource)).toContain(
      "qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/callerpathmark/*",
    );
  });
});
