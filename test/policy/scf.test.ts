import { isScfNodejsRuntime, nodeMajorOf, SCF_DESCRIPTION } from "../../policy/scf";
import { KEY_SERVICE_DESCRIPTION } from "../../stacks/constructs/key-service";
import { UPLOAD_CHECK_DESCRIPTION } from "../../stacks/constructs/upload-check";

test("names only the Node.js runtimes CreateFunction lists, none for Node.js 20", () => {
  expect(["Nodejs16.13", "Nodejs18.15", "Nodejs20.15", "Nodejs14.18", "nodejs18.15", "Nodejs18"].map(isScfNodejsRuntime)).toEqual([
    true,
    true,
    false,
    false,
    false,
    false,
  ]);
  expect(nodeMajorOf("Nodejs18.15")).toBe(18);
});

test("the functions' descriptions use only the characters CreateFunction documents", () => {
  expect(KEY_SERVICE_DESCRIPTION).toMatch(SCF_DESCRIPTION);
  expect(UPLOAD_CHECK_DESCRIPTION).toMatch(SCF_DESCRIPTION);
});

test.each([
  "Issues short-lived COS keys scoped to the caller's own folder",
  "Checks each uploaded object's real type and size; quarantines or deletes mismatches",
  "uploads/alice/",
])("fails the description %j, with characters CreateFunction does not list", (description) => {
  expect(description).not.toMatch(SCF_DESCRIPTION);
});
