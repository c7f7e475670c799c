/**
 * Every relative link and in-page anchor of the README and docs/*.md resolves: the file exists and, for a markdown
 * target, one of its headings makes the anchor as GitHub does. The helper's own cases show it can fail.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { anchors, brokenLinks, docFiles, relativeLinks, ROOT, slug } from "./markdown";

test.each(docFiles())("every relative link and anchor in %s resolves", (file) => {
  expect(brokenLinks(file)).toEqual([]);
});

test("the README links every page under docs/", () => {
  const linked = new Set(
    relativeLinks(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).map(({ target }) => target.split("#")[0]),
  );
  const pages = docFiles().filter((file) => file.startsWith("docs/"));

  expect(pages.length).toBeGreaterThan(0);
  expect(pages.filter((page) => !linked.has(page))).toEqual([]);
});

test("makes anchors as GitHub does: lower case, punctuation dropped, spaces as hyphens, repeats numbered", () => {
  expect(slug('Webhook: "upload completed"')).toBe("webhook-upload-completed");
  expect(slug("CDK for Terraform is archived: CDK Terrain")).toBe("cdk-for-terraform-is-archived-cdk-terrain");
  expect(slug("What we rely on, and the evidence")).toBe("what-we-rely-on-and-the-evidence");
  expect(slug("The `uploadCheck` fields")).toBe("the-uploadcheck-fields");
  expect([...anchors("# A\n## Logs\n```\n# not a heading\n```\n## Logs\n")]).toEqual(["a", "logs", "logs-1"]);
});

test("ignores links inside code and absolute URLs", () => {
  const links = relativeLinks(
    "[a](https://example.com) `[b](nowhere.md)`\n```\n[c](nowhere.md)\n```\n[d](docs/x.md#y)\n",
  );

  expect(links).toEqual([{ line: 5, target: "docs/x.md#y" }]);
});

describe("fails on a broken link", () => {
  let root: string;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "docs-links-"));
    fs.mkdirSync(path.join(root, "docs"));
    fs.writeFileSync(path.join(root, "docs", "page.md"), "# Page\n\n## Post-upload check\n");
  });

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  const check = (markdown: string): string[] => {
    fs.writeFileSync(path.join(root, "README.md"), markdown);
    return brokenLinks("README.md", root);
  };

  test("passes links to a file, a folder and a heading that exist", () => {
    expect(check("[a](docs/page.md) [b](docs/) [c](docs/page.md#post-upload-check) [d](#e)\n\n## E\n")).toEqual([]);
  });

  test("fails on a file that does not exist", () => {
    expect(check("[a](docs/missing.md)\n")).toEqual(["README.md:1 (docs/missing.md): docs/missing.md does not exist"]);
  });

  test("fails on an anchor no heading of the target makes", () => {
    expect(check("[a](docs/page.md#upload-check)\n")).toEqual([
      "README.md:1 (docs/page.md#upload-check): no heading of docs/page.md makes the anchor #upload-check",
    ]);
  });

  test("fails on an in-page anchor that moved to another page", () => {
    expect(check("see [the check](#post-upload-check)\n")).toEqual([
      "README.md:1 (#post-upload-check): no heading of README.md makes the anchor #post-upload-check",
    ]);
  });

  test("fails on a path that leaves the repository", () => {
    expect(check("[a](../outside.md)\n")).toEqual(["README.md:1 (../outside.md): leaves the repository"]);
  });
});
