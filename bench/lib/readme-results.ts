/**
 * The generated blocks of bench/README.md: `npm run bench` replaces what lies between each pair of markers (the
 * results table of the run, the capacity model computed from it) and leaves the rest of the file as it is, so the
 * figures live only in text a command regenerates.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** The line that opens the results block. */
export const RESULTS_START = "<!-- bench:results -->";

/** The line that closes the results block. */
export const RESULTS_END = "<!-- /bench:results -->";

/** The line that opens the capacity block. */
const CAPACITY_START = "<!-- bench:capacity -->";

/** The line that closes the capacity block. */
const CAPACITY_END = "<!-- /bench:capacity -->";

const NOTE = "Written by `npm run bench`; the next run replaces it.";

/**
 * `readme` with the text between `start` and `end` replaced by `body`. Throws when the markers are missing, repeated
 * or out of order, rather than append a second block or lose text.
 */
function replaceBlock(readme: string, start: string, end: string, body: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (
    from === -1 ||
    to === -1 ||
    to < from ||
    readme.indexOf(start, from + 1) !== -1 ||
    readme.indexOf(end, to + 1) !== -1
  ) {
    throw new Error(`bench/README.md needs exactly one "${start}" … "${end}" block`);
  }
  return `${readme.slice(0, from + start.length)}${body}${readme.slice(to)}`;
}

/** `readme` with the results block replaced by `table` (a fenced block). */
export function replaceResults(readme: string, table: string): string {
  return replaceBlock(
    readme,
    RESULTS_START,
    RESULTS_END,
    ["", NOTE, "", "```text", table.trim(), "```", ""].join("\n"),
  );
}

/** `readme` with the capacity block replaced by `tables` (Markdown). */
export function replaceCapacity(readme: string, tables: string): string {
  return replaceBlock(readme, CAPACITY_START, CAPACITY_END, ["", NOTE, "", tables.trim(), ""].join("\n"));
}

/** The text of the capacity block in `readme`, as {@link replaceCapacity} wrote it. */
export function capacityBlock(readme: string): string {
  const from = readme.indexOf(CAPACITY_START);
  const to = readme.indexOf(CAPACITY_END);
  return from === -1 || to < from
    ? ""
    : readme
        .slice(from + CAPACITY_START.length, to)
        .replace(NOTE, "")
        .trim();
}

/** Writes `table` into the results block of the README at `file`. */
export function writeResults(file: string, table: string): void {
  writeFileSync(file, replaceResults(readFileSync(file, "utf8"), table));
}

/** Writes `tables` into the capacity block of the README at `file`. */
export function writeCapacity(file: string, tables: string): void {
  writeFileSync(file, replaceCapacity(readFileSync(file, "utf8"), tables));
}
