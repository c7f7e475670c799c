/**
 * bench/README.md's results block: `npm run bench` replaces the text between the markers and nothing else (the
 * writer alone, without running the bench).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { replaceResults, RESULTS_END, RESULTS_START, writeResults } from "../../bench/lib/readme-results";

const README = [
  "# Benchmarks",
  "",
  "Intro.",
  "",
  RESULTS_START,
  "old figures",
  RESULTS_END,
  "",
  "## Files",
  "",
  "kept",
].join("\n");

test("replaces only the text between the markers", () => {
  const written = replaceResults(README, "\nsynth.ratio  1.2\n");

  expect(written.startsWith(`# Benchmarks\n\nIntro.\n\n${RESULTS_START}\n`)).toBe(true);
  expect(written.endsWith(`${RESULTS_END}\n\n## Files\n\nkept`)).toBe(true);
  expect(written).toContain("```text\nsynth.ratio  1.2\n```");
  expect(written).not.toContain("old figures");
});

test("gives the same file when run twice with the same table", () => {
  const once = replaceResults(README, "a 1");

  expect(replaceResults(once, "a 1")).toBe(once);
});

test.each([
  ["no markers", "# Benchmarks\n"],
  ["no end marker", `${RESULTS_START}\nx\n`],
  ["markers out of order", `${RESULTS_END}\nx\n${RESULTS_START}\n`],
  ["two blocks", `${RESULTS_START}\n${RESULTS_END}\n${RESULTS_START}\n${RESULTS_END}\n`],
])("fails on a README with %s, leaving it unchanged", (_, readme) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-readme-"));
  const file = path.join(dir, "README.md");
  fs.writeFileSync(file, readme);
  try {
    expect(() => writeResults(file, "a 1")).toThrow(/exactly one "<!-- bench:results -->"/);
    expect(fs.readFileSync(file, "utf8")).toBe(readme);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the repository's bench/README.md has exactly one results block", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../bench/README.md"), "utf8");

  expect(() => replaceResults(readme, "a 1")).not.toThrow();
});
