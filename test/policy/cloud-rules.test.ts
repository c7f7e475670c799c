import {
  allow,
  assertDocumented,
  conditionKeyApplies,
  COS_ACTION_RULES,
  CONDITION_KEY_RULES,
  policyDocument,
  PolicyStatement,
  undocumentedUses,
} from "../../policy";

const resource = ["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/*"];

describe("the registry of documented cloud behaviour", () => {
  test("cites a Tencent page for every action and condition key", () => {
    for (const rule of [...Object.values(COS_ACTION_RULES), ...Object.values(CONDITION_KEY_RULES)]) {
      expect(rule.source).toMatch(/^https:\/\/(www\.)?(cloud\.tencent\.com|tencentcloud\.com)\/document\//);
    }
  });

  test("registers no x-cos-forbid-overwrite condition key and no form upload, which no page documents for us", () => {
    expect(Object.keys(CONDITION_KEY_RULES)).not.toContain("cos:x-cos-forbid-overwrite");
    expect(Object.values(COS_ACTION_RULES).map((rule) => rule.action)).not.toContain("name/cos:PostObject");
  });

  test("applies the all-request key to every action and a header key to its listed actions only", () => {
    expect(conditionKeyApplies("cos:secure-transport", "name/cos:ListParts")).toBe(true);
    expect(conditionKeyApplies("cos:content-length", "name/cos:PutObject")).toBe(true);
    expect(conditionKeyApplies("cos:content-length", "name/cos:UploadPart")).toBe(false);
    expect(conditionKeyApplies("cos:content-length", "name/cos:InitiateMultipartUpload")).toBe(false);
    expect(conditionKeyApplies("cos:x-cos-acl", "name/cos:CompleteMultipartUpload")).toBe(false);
    expect(conditionKeyApplies("cos:x-cos-forbid-overwrite", "name/cos:PutObject")).toBe(false);
  });

  test("lets a key name an action the page covers only in general words with _if_exist alone", () => {
    expect(conditionKeyApplies("cos:content-length", "name/cos:UploadPart", true)).toBe(true);
    expect(conditionKeyApplies("cos:content-length", "name/cos:ListParts", true)).toBe(false);
    const part = (operator: string) => ({
      effect: "allow" as const,
      action: ["name/cos:UploadPart"],
      resource: ["qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/uploads/*"],
      condition: { [operator]: { "cos:content-length": 1024 } },
    });
    expect(undocumentedUses(part("numeric_less_than_equal_if_exist"))).toEqual([]);
    expect(undocumentedUses(part("numeric_less_than_equal"))).toEqual([
      "cos:content-length is not documented for name/cos:UploadPart",
    ]);
  });
});

describe("undocumentedUses", () => {
  test("accepts a statement of documented keys on their actions", () => {
    const statement = allow(["name/cos:PutObject"], resource, {
      bool_equal: { "cos:secure-transport": "true" },
      numeric_less_than_equal: { "cos:content-length": 10 },
      string_equal_if_exist: { "cos:x-cos-acl": ["private"] },
    });

    expect(undocumentedUses(statement)).toEqual([]);
  });

  test.each([
    [
      "an undocumented condition key",
      allow(["name/cos:PutObject"], resource, { string_equal: { "cos:x-cos-forbid-overwrite": "true" } } as never),
      ["cos:x-cos-forbid-overwrite is not documented for name/cos:PutObject"],
    ],
    [
      "a documented key on an action it does not apply to",
      allow(["name/cos:PutObject", "name/cos:CompleteMultipartUpload"], resource, {
        string_equal_if_exist: { "cos:x-cos-acl": ["private"] },
      }),
      ["cos:x-cos-acl is not documented for name/cos:CompleteMultipartUpload"],
    ],
    [
      "an unregistered action",
      allow(["name/cos:PostObject"], resource),
      ["the action name/cos:PostObject is not registered"],
    ],
    [
      "an unregistered operator",
      allow(["name/cos:PutObject"], resource, { numeric_greater_than: { "cos:content-length": 1 } } as never),
      ["the operator numeric_greater_than is not registered"],
    ],
  ])("names %s", (_what, statement: PolicyStatement, problems) => {
    expect(undocumentedUses(statement)).toEqual(problems);
  });

  test("fails a whole document that uses one, naming it", () => {
    const document = policyDocument([
      allow(["name/cos:UploadPart"], resource, { string_like: { "cos:content-type": ["image/*"] } }),
    ]);

    expect(() => assertDocumented(document)).toThrow(
      "a policy uses cloud behaviour no Tencent page documents: cos:content-type is not documented for name/cos:UploadPart",
    );
  });
});
