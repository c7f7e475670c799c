/**
 * What the docs tests read in markdown: headings as GitHub anchors them, relative links, and tables. Code is never
 * read for links: fenced blocks and inline code are blanked first.
 */
import fs from "node:fs";
import path from "node:path";

/** The repository's root. */
export const ROOT = path.resolve(__dirname, "../..");

/** The README and every page under docs/, as paths relative to the root. */
export function docFiles(): string[] {
  const pages = fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...pages];
}

const FENCE = /^\s*(```|~~~)/;

/** The text with fenced code blocks and inline code spans replaced by blanks, so that line numbers stay. */
export function withoutCode(markdown: string): string {
  let fenced = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return "";
      }
      return fenced ? "" : line.replace(/(`+)[^`]*?\1/g, (span) => " ".repeat(span.length));
    })
    .join("\n");
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, each space a hyphen. */
export function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a page offers: its headings (a repeated one gets `-1`, `-2`, …) and `<a id>`/`<a name>` targets. */
export function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (FENCE.test(line)) {
      fenced = !fenced;
      continue;
    }
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      found.add(count === 0 ? base : `${base}-${count}`);
    }
  }
  for (const [, id] of withoutCode(markdown).matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) {
    found.add(id);
  }
  return found;
}

/** A link target in a page, with the line it is on. */
export interface Link {
  readonly line: number;
  readonly target: string;
}

/** Every inline link and image target outside code, except absolute URLs (`https:`, `mailto:`, …). */
export function relativeLinks(markdown: string): Link[] {
  const links: Link[] = [];
  withoutCode(markdown)
    .split("\n")
    .forEach((text, index) => {
      for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          links.push({ line: index + 1, target });
        }
      }
    });
  return links;
}

/**
 * What is wrong with each relative link of `file` (a path relative to `root`): a file or folder that does not
 * exist, a path leaving the repository, or an anchor that no heading of the target page makes. Empty when all
 * resolve.
 */
export function brokenLinks(file: string, root = ROOT): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const problems: string[] = [];
  for (const { line, target } of relativeLinks(source)) {
    const [pathPart, anchor] = target.split("#", 2) as [string, string | undefined];
    const resolved =
      pathPart === "" ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), decodeURI(pathPart));
    const where = `${file}:${line} (${target})`;
    if (!resolved.startsWith(root + path.sep) && resolved !== root) {
      problems.push(`${where}: leaves the repository`);
    } else if (!fs.existsSync(resolved)) {
      problems.push(`${where}: ${path.relative(root, resolved)} does not exist`);
    } else if (anchor !== undefined) {
      if (!resolved.endsWith(".md")) {
        problems.push(`${where}: an anchor into a file that is not markdown`);
      } else if (!anchors(fs.readFileSync(resolved, "utf8")).has(anchor)) {
        problems.push(`${where}: no heading of ${path.relative(root, resolved)} makes the anchor #${anchor}`);
      }
    }
  }
  return problems;
}

/**
 * The rows of the first table whose header row starts with `firstHeader` after the heading `section` (`## …`), as
 * arrays of cells. Throws when there is no such table, so that a renamed section fails rather than checks nothing.
 */
export function tableRows(markdown: string, section: string, firstHeader: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.replace(/^#+\s+/, "").trim() === section);
  if (start === -1) {
    throw new Error(`no heading "${section}"`);
  }
  const header = lines.findIndex((line, i) => i > start && line.startsWith(`| ${firstHeader} |`));
  if (header === -1) {
    throw new Error(`no table starting "| ${firstHeader} |" under "${section}"`);
  }
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) {
      break;
    }
    rows.push(splitRow(line));
  }
  return rows;
}

/** A table row's cells; `|` inside inline code does not split. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let code = false;
  for (const char of line.slice(1, line.endsWith("|") ? -1 : undefined)) {
    if (char === "`") {
      code = !code;
    }
    if (char === "|" && !code) {
      cells.push(cell.trim());
      cell = "";
    } else {
      cell += char;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** The names in a cell written as inline code (`` `a`, `b` `` → `["a", "b"]`). */
export function codeNames(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(([, name]) => name);
}
