import { grantFor, roleSessionName } from "../../lambda/grant";

const config = {
  location: { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" },
  prefixTemplate: "uploads/{sub}/",
  allowedScopes: ["upload", "download"] as const,
  limits: {},
};

test("names the sts session after the caller within sts's charset and length", () => {
  expect(roleSessionName("alice@example.com")).toBe("alice@example.com");
  expect(roleSessionName("auth0|12345")).toBe("auth0_12345");
  expect(roleSessionName("a")).toBe("a_");
  expect(roleSessionName("x".repeat(128))).toHaveLength(128);
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
  const grant = grantFor(config, "alice", { scope: "download" });

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
  expect(() => grantFor(config, "../bob", { scope: "upload" })).toThrow(expect.objectContaining({ status: 403, code: "CallerNotAllowed" }));
});

test("fails with 403 for a content type outside the allowed list", () => {
  const limited = { ...config, limits: { allowedContentTypes: ["image/*"] } };

  expect(() => grantFor(limited, "alice", { scope: "upload", contentType: "text/html" })).toThrow(
    expect.objectContaining({ status: 403, code: "ContentTypeNotAllowed", message: "contentType must match one of image/*" }),
  );
});

test("fails with 403 for a scope the service does not issue", () => {
  const uploadOnly = { ...config, allowedScopes: ["upload"] as const };

  expect(() => grantFor(uploadOnly, "alice", { scope: "download" })).toThrow(
    expect.objectContaining({ status: 403, code: "ScopeNotAllowed", message: "this service issues keys for upload only" }),
  );
});
