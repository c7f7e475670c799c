import { evaluatePolicy } from "../../local/policy-evaluation";
import { quarantinePrefixProblem, uploadCheckPolicy } from "../../policy/upload-check-policy";

const LOCATION = { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" } as const;
const resource = (key: string): string => `qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/${key}`;

describe("uploadCheckPolicy", () => {
  const underRoot = {
    effect: "allow",
    action: [
      "name/cos:GetObject",
      "name/cos:GetObjectACL",
      "name/cos:DeleteObject",
      "name/cos:GetObjectTagging",
      "name/cos:PutObjectTagging",
    ],
    resource: [`${resource("uploads/")}*`],
  };
  const listing = { effect: "allow", action: ["name/cos:GetBucket"], resource: [`${resource("")}*`] };

  test("grants reading, tagging and deleting objects under the root, listing the bucket, and writing and tagging copies under the quarantine prefix", () => {
    expect(uploadCheckPolicy({ location: LOCATION, prefixRoot: "uploads/", quarantinePrefix: "quarantine/" })).toEqual({
      version: "2.0",
      statement: [
        underRoot,
        listing,
        {
          effect: "allow",
          action: ["name/cos:PutObjectCopy", "name/cos:PutObject", "name/cos:PutObjectTagging"],
          resource: [`${resource("quarantine/")}*`],
        },
      ],
    });
  });

  test("grants no write but tags at all without a quarantine prefix", () => {
    expect(uploadCheckPolicy({ location: LOCATION, prefixRoot: "uploads/" }).statement).toEqual([underRoot, listing]);
  });

  test.each([
    ["name/cos:GetObject", "uploads/alice/a.png", "allow"],
    ["name/cos:DeleteObject", "uploads/alice/a.png", "allow"],
    ["name/cos:GetObjectACL", "uploads/alice/a.png", "allow"],
    ["name/cos:GetObjectACL", "quarantine/uploads/alice/a.png", "implicit-deny"],
    ["name/cos:PutObjectACL", "uploads/alice/a.png", "implicit-deny"],
    ["name/cos:PutObjectCopy", "quarantine/uploads/alice/a.png", "allow"],
    ["name/cos:PutObject", "uploads/alice/a.png", "implicit-deny"],
    ["name/cos:PutObjectCopy", "uploads/alice/a.png", "implicit-deny"],
    ["name/cos:GetObject", "quarantine/uploads/alice/a.png", "implicit-deny"],
    ["name/cos:DeleteObject", "quarantine/uploads/alice/a.png", "implicit-deny"],
    ["name/cos:GetObject", "other/a.png", "implicit-deny"],
    ["name/cos:PutBucketPolicy", "", "implicit-deny"],
    ["name/cos:GetBucket", "", "allow"],
    ["name/cos:PutObjectTagging", "uploads/alice/a.png", "allow"],
    ["name/cos:GetObjectTagging", "uploads/alice/a.png", "allow"],
    ["name/cos:DeleteObjectTagging", "uploads/alice/a.png", "implicit-deny"],
    ["name/cos:PutObjectTagging", "quarantine/uploads/alice/a.png", "allow"],
    ["name/cos:GetObjectTagging", "quarantine/uploads/alice/a.png", "implicit-deny"],
    ["name/cos:PutObjectTagging", "other/a.png", "implicit-deny"],
  ])("decides %s on %s: %s", (action, key, decision) => {
    const policy = uploadCheckPolicy({ location: LOCATION, prefixRoot: "uploads/", quarantinePrefix: "quarantine/" });
    expect(evaluatePolicy(policy, { action, resource: resource(key), conditionKeys: {} })).toBe(decision);
  });

  test("fails for a quarantine prefix inside the root", () => {
    expect(() =>
      uploadCheckPolicy({ location: LOCATION, prefixRoot: "uploads/", quarantinePrefix: "uploads/q/" }),
    ).toThrow(
      'quarantinePrefix must lie outside the prefix root "uploads/", and the root outside it; received "uploads/q/"',
    );
  });

  test("fails for a prefix with a wildcard", () => {
    expect(() => uploadCheckPolicy({ location: LOCATION, prefixRoot: "uploads/*" })).toThrow(
      'prefix must end in "/" and contain no "*"',
    );
  });
});

describe("quarantinePrefixProblem", () => {
  test.each(["quarantine/", "quarantine/uploads/", "q.v1/rejected/"])("accepts %s beside uploads/", (prefix) => {
    expect(quarantinePrefixProblem(prefix, "uploads/")).toBeUndefined();
  });

  test.each([
    ["uploads/quarantine/", "outside the prefix root"],
    ["apps/", "outside the prefix root"],
    ["quarantine", "must be a folder"],
    ["/quarantine/", "must be a folder"],
    ["quarantine/../x/", "must be a folder"],
    ["quar antine/", "must be a folder"],
    [`${"q".repeat(300)}/`, "must be a folder"],
  ])("refuses %s beside apps/photos/ or uploads/", (prefix, problem) => {
    const root = prefix === "apps/" ? "apps/photos/" : "uploads/";
    expect(quarantinePrefixProblem(prefix, root)).toContain(problem);
  });
});
