import { allow, joinConditions, policyDocument, PolicyDocument } from "../../policy";
import { AuthorizationRequest, evaluatePolicy, wildcardMatch } from "../../local/policy-evaluation";

const resource = "qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/cat.png";
const uploadsOfAlice = "qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/*";

function request(overrides: Partial<AuthorizationRequest> = {}): AuthorizationRequest {
  return {
    action: "name/cos:PutObject",
    resource,
    conditionKeys: { "cos:content-length": "100", "cos:content-type": "image/png" },
    ...overrides,
  };
}

describe("evaluatePolicy", () => {
  test("allows a request an allow statement covers", () => {
    const document = policyDocument([allow(["name/cos:PutObject"], [uploadsOfAlice])]);

    expect(evaluatePolicy(document, request())).toBe("allow");
  });

  test("denies implicitly when no statement covers the action or resource", () => {
    const document = policyDocument([allow(["name/cos:PutObject"], [uploadsOfAlice])]);

    expect(evaluatePolicy(document, request({ action: "name/cos:GetObject" }))).toBe("implicit-deny");
    expect(evaluatePolicy(document, request({ resource: resource.replace("alice", "bob") }))).toBe("implicit-deny");
    expect(
      evaluatePolicy(document, request({ resource: resource.replace("/uploads/alice/cat.png", "/uploads/alice") })),
    ).toBe("implicit-deny");
  });

  test("lets an explicit deny win over an allow", () => {
    const document: PolicyDocument = policyDocument([
      allow(["name/cos:*"], ["*"]),
      { effect: "deny", action: ["name/cos:PutObject"], resource: [uploadsOfAlice] },
    ]);

    expect(evaluatePolicy(document, request())).toBe("explicit-deny");
    expect(evaluatePolicy(document, request({ action: "name/cos:GetObject" }))).toBe("allow");
  });

  test("applies numeric_less_than_equal to cos:content-length", () => {
    const document = policyDocument([
      allow(["name/cos:PutObject"], [uploadsOfAlice], { numeric_less_than_equal: { "cos:content-length": 100 } }),
    ]);

    expect(evaluatePolicy(document, request())).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:content-length": "101" } }))).toBe("implicit-deny");
  });

  test("applies string_like with wildcards to cos:content-type", () => {
    const document = policyDocument([
      allow(["name/cos:PutObject"], [uploadsOfAlice], {
        string_like: { "cos:content-type": ["image/*", "video/mp4"] },
      }),
    ]);

    expect(evaluatePolicy(document, request())).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:content-type": "video/mp4" } }))).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:content-type": "text/html" } }))).toBe(
      "implicit-deny",
    );
  });

  test("does not apply a statement whose condition key the request lacks", () => {
    const document = policyDocument([
      allow(["name/cos:PutObject"], [uploadsOfAlice], { string_like: { "cos:content-type": ["*"] } }),
    ]);

    expect(evaluatePolicy(document, request({ conditionKeys: {} }))).toBe("implicit-deny");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:content-type": "" } }))).toBe("implicit-deny");
  });

  test("fails for a condition operator it does not evaluate", () => {
    const document = {
      version: "2.0",
      statement: [
        { ...allow(["name/cos:PutObject"], [uploadsOfAlice]), condition: { ip_equal: { "qcs:ip": ["10.0.0.1"] } } },
      ],
    };

    expect(() => evaluatePolicy(document as PolicyDocument, request())).toThrow(
      'does not evaluate condition operator "ip_equal"',
    );
  });
});

describe("wildcardMatch", () => {
  test("matches * across path separators and nothing else loosely", () => {
    expect(wildcardMatch("a/*", "a/b/c")).toBe(true);
    expect(wildcardMatch("a/*", "a")).toBe(false);
    expect(wildcardMatch("a.b", "axb")).toBe(false);
    expect(wildcardMatch("*", "")).toBe(true);
  });
});

/** A condition on the exact type and on `cos:x-cos-forbid-overwrite`, a key no page documents (so never offered). */
const FORBID_OVERWRITE_AND_PNG = joinConditions({ string_equal: { "cos:x-cos-forbid-overwrite": "true" } } as never, {
  string_equal: { "cos:content-type": "image/png" },
});

describe("evaluatePolicy with the operators issue 8 needs", () => {
  test("applies string_equal to the exact value only", () => {
    const document = policyDocument([
      allow(["name/cos:PutObject"], [uploadsOfAlice], { string_equal: { "cos:content-type": "image/png" } }),
    ]);

    expect(evaluatePolicy(document, request())).toBe("allow");
    for (const type of ["image/png, text/html", "image/png;x", "IMAGE/PNG", "image/png ", "image/*"]) {
      expect(evaluatePolicy(document, request({ conditionKeys: { "cos:content-type": type } }))).toBe("implicit-deny");
    }
    expect(evaluatePolicy(document, request({ conditionKeys: {} }))).toBe("implicit-deny");
  });

  test("lets string_equal_if_exist pass a request without the key and check one that has it", () => {
    const document = policyDocument([
      allow(["name/cos:PutObject"], [uploadsOfAlice], {
        string_equal_if_exist: { "cos:x-cos-acl": ["default", "private"] },
      }),
    ]);

    expect(evaluatePolicy(document, request())).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:x-cos-acl": "private" } }))).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:x-cos-acl": "default" } }))).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:x-cos-acl": "public-read" } }))).toBe(
      "implicit-deny",
    );
  });

  test("fails a string_equal condition, without _if_exist, when the request lacks the key", () => {
    const document = policyDocument([
      allow(["name/cos:PutObject"], [uploadsOfAlice], { string_equal: { "cos:x-cos-acl": ["private"] } } as never),
    ]);

    expect(evaluatePolicy(document, request())).toBe("implicit-deny");
  });

  test("requires every key of a string_equal condition, so one the request lacks fails the statement", () => {
    const document = policyDocument([allow(["name/cos:PutObject"], [uploadsOfAlice], FORBID_OVERWRITE_AND_PNG)]);
    const keys = (forbid?: string) => ({
      conditionKeys: { "cos:content-type": "image/png", "cos:x-cos-forbid-overwrite": forbid },
    });

    expect(evaluatePolicy(document, request(keys("true")))).toBe("allow");
    expect(evaluatePolicy(document, request(keys()))).toBe("implicit-deny");
    expect(evaluatePolicy(document, request(keys("false")))).toBe("implicit-deny");
    expect(evaluatePolicy(document, request(keys("")))).toBe("implicit-deny");
  });

  test("applies bool_equal to cos:secure-transport", () => {
    const document = policyDocument([
      allow(["name/cos:PutObject"], [uploadsOfAlice], { bool_equal: { "cos:secure-transport": "true" } }),
    ]);

    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:secure-transport": "true" } }))).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:secure-transport": "false" } }))).toBe(
      "implicit-deny",
    );
    expect(evaluatePolicy(document, request({ conditionKeys: {} }))).toBe("implicit-deny");
  });

  test("lets a deny with string_not_equal_if_exist refuse what it names and a request without the key", () => {
    const document: PolicyDocument = {
      version: "2.0",
      statement: [
        allow(["name/cos:PutObject"], [uploadsOfAlice]),
        {
          effect: "deny",
          action: ["name/cos:PutObject"],
          resource: [uploadsOfAlice],
          condition: { string_not_equal_if_exist: { "cos:x-cos-acl": ["private"] } } as never,
        },
      ],
    };

    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:x-cos-acl": "private" } }))).toBe("allow");
    expect(evaluatePolicy(document, request({ conditionKeys: { "cos:x-cos-acl": "public-read" } }))).toBe(
      "explicit-deny",
    );
    expect(evaluatePolicy(document, request({ conditionKeys: {} }))).toBe("explicit-deny");
  });
});
