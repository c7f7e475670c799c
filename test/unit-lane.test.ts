import path from "node:path";

const root = path.resolve(__dirname, "..");

/** The suites `npm run test:unit` leaves out, relative to the project root. */
function leftOut(): string[] {
  const config = require(path.join(root, "jest.unit.config.js")) as { testPathIgnorePatterns: string[] };
  return config.testPathIgnorePatterns
    .filter((pattern) => pattern.startsWith("^"))
    .map((pattern) => path.relative(root, pattern.slice(1, -1).replace(/\\(.)/g, "$1")));
}

describe("npm run test:unit", () => {
  test("leaves out a suite that imports child_process itself", () => {
    expect(leftOut()).toContain("test/scripts/terraform-check.test.ts");
  });

  test("leaves out a suite that starts processes through a test helper", () => {
    expect(leftOut()).toEqual(
      expect.arrayContaining(["test/lambda/serve.test.ts", "test/sandbox/sandbox-process.test.ts"]),
    );
  });

  test("leaves out the browser suites", () => {
    expect(leftOut()).toContain("test/browser/sandbox-page.test.ts");
  });

  test("keeps suites that run in-process, local stand-ins included", () => {
    const out = leftOut();
    for (const suite of [
      "test/config/resolve.test.ts",
      "test/local/cos-server.test.ts",
      "test/stacks/constructs/key-service.test.ts",
      "test/unit-lane.test.ts",
    ]) {
      expect(out).not.toContain(suite);
    }
  });
});
