/** Just enough XML for COS responses and the `CompleteMultipartUpload` request body. */

/** A text element: `<name>escaped text</name>`. */
export function text(name: string, value: string | number | boolean): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** An element holding already-built children. */
export function group(name: string, children: readonly string[]): string {
  return `<${name}>${children.join("")}</${name}>`;
}

/** A whole document with the declaration COS sends. */
export function xmlDocument(root: string): string {
  return `<?xml version='1.0' encoding='utf-8' ?>\n${root}`;
}

/** One `<Part>` of a `CompleteMultipartUpload` body. */
export interface CompletedPart {
  readonly partNumber: number;
  readonly etag: string;
}

/** The parts listed in a `CompleteMultipartUpload` body, or `undefined` if it is not such a body. */
export function parseCompleteMultipartUpload(body: string): CompletedPart[] | undefined {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<CompleteMultipartUpload>[\s\S]*<\/CompleteMultipartUpload>\s*$/.test(body)) {
    return undefined;
  }
  const parts: CompletedPart[] = [];
  for (const match of body.matchAll(/<Part>([\s\S]*?)<\/Part>/g)) {
    const partNumber = /<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(match[1]);
    const etag = /<ETag>([\s\S]*?)<\/ETag>/.exec(match[1]);
    if (!partNumber || !etag) {
      return undefined;
    }
    parts.push({ partNumber: Number(partNumber[1]), etag: unescapeXml(etag[1]).trim() });
  }
  return parts;
}

function escapeXml(value: string): string {
  return value.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );
}

function unescapeXml(value: string): string {
  return value.replace(
    /&(lt|gt|amp|apos|quot);/g,
    (_, entity: string) => ({ lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' })[entity] ?? "",
  );
}
