/**
 * The results block of bench/README.md: `npm run bench` replaces what lies between the two markers with the table
 * of the run, and leaves the rest of the file as it is, so the figures live only in a file a command regenerates.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** The line that opens the block. */
export const RESULTS_START = "<!-- bench:results -->";

/** The line that closes the block. */
export const RESULTS_END = "<!-- /bench:results -->";

/**
 * `readme` with the text between the markers replaced by `table` (a fenced block). Throws when the markers are
 * missing, repeated or out of order, rather than append a second block or lose text.
 */
export function replaceResults(readme: string, table: string): string {
  const start = readme.indexOf(RESULTS_START);
  const end = readme.indexOf(RESULTS_END);
  if (start === -1 || end === -1 || end < start || readme.indexOf(RESULTS_START, start + 1) !== -1 || readme.indexOf(RESULTS_END, end + 1) !== -1) {
    throw new Error(`bench/README.md needs exactly one "${RESULTS_START}" … "${RESULTS_END}" block`);
  }
  const block = ["", "Written by `npm run bench`; the next run replaces it.", "", "```text", table.trim(), "```", ""].join("\n");
  return `${readme.slice(0, start + RESULTS_START.length)}${block}${readme.slice(end)}`;
}

/** Writes `table` into the results block of the README at `file`. */
export function writeResults(file: string, table: string): void {
  writeFileSync(file, replaceResults(readFileSync(file, "utf8"), table));
}
