import { FUNCTION_RUNTIMES, isFunctionRuntime, SCF_DESCRIPTION, SCF_NODEJS_RUNTIMES } from "../../policy/scf";
import { KEY_SERVICE_DESCRIPTION } from "../../stacks/constructs/key-service";
import { UPLOAD_CHECK_DESCRIPTION } from "../../stacks/constructs/upload-check";

test("offers the documented Node.js runtimes from 18 up, which names none for Node.js 20", () => {
  expect(FUNCTION_RUNTIMES).toEqual(
    SCF_NODEJS_RUNTIMES.filter((name) => Number(/^Nodejs(\d+)\./.exec(name)?.[1]) >= 18),
  );
  expect(["Nodejs18.15", "Nodejs20.15", "Nodejs16.13", "nodejs18.15", "Nodejs18"].map(isFunctionRuntime)).toEqual([
    true,
    false,
    false,
    false,
    false,
  ]);
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
