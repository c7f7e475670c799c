/**
 * The COS XML bodies of object tagging and GET Bucket, as pure functions.
 *
 * - Tagging (PUT/GET Object tagging, https://cloud.tencent.com/document/product/436/42997 and
 *   https://cloud.tencent.com/document/product/436/42998): `<Tagging><TagSet><Tag><Key>…</Key><Value>…</Value></Tag>…
 *   </TagSet></Tagging>`, at most 10 tags.
 * - GET Bucket (List Objects, https://cloud.tencent.com/document/product/436/7734): `<ListBucketResult>…
 *   <IsTruncated>…</IsTruncated><NextMarker>…</NextMarker><Contents><Key>…</Key><LastModified>…</LastModified>
 *   <ETag>…</ETag><Size>…</Size>…</Contents>…</ListBucketResult>`. Keys are read as sent, XML-unescaped; no
 *   `encoding-type` is asked for, since whether COS's `url` encoding writes a space as `+` (as S3's does) no page
 *   states.
 */
import type { ObjectTag } from "./verdict-tag";

/** One object of a listing. */
export interface ListedObject {
  readonly key: string;
  /** As listed, quoted. */
  readonly etag: string;
  readonly size: number;
  /** When the object was last written, ms since the epoch; NaN when unreadable. */
  readonly lastModified: number;
}

/** One page of a listing. */
export interface ObjectListing {
  readonly objects: readonly ListedObject[];
  /** Where the next page starts, when this one is truncated. */
  readonly nextMarker?: string;
}

/** A PUT Object tagging body. */
export function taggingXml(tags: readonly ObjectTag[]): string {
  const items = tags.map((tag) => `<Tag><Key>${escapeXml(tag.key)}</Key><Value>${escapeXml(tag.value)}</Value></Tag>`);
  return `<Tagging><TagSet>${items.join("")}</TagSet></Tagging>`;
}

/** The tags of a GET Object tagging body, or undefined when the body is not one. */
export function parseTagging(xml: string): ObjectTag[] | undefined {
  const body = /<Tagging(?:\s[^>]*)?>([\s\S]*)<\/Tagging>|<Tagging\s*\/>/.exec(xml);
  if (body === null) {
    return undefined;
  }
  return [...(body[1] ?? "").matchAll(/<Tag>([\s\S]*?)<\/Tag>/g)].map(([, tag]) => ({
    key: element(tag, "Key", false) ?? "",
    value: element(tag, "Value", false) ?? "",
  }));
}

/** The objects of a GET Bucket body, or undefined when the body is not one. */
export function parseObjectList(xml: string): ObjectListing | undefined {
  const result = /<ListBucketResult[^>]*>([\s\S]*)<\/ListBucketResult>/.exec(xml)?.[1];
  if (result === undefined) {
    return undefined;
  }
  const objects = [...result.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)].map(([, body]) => ({
    // Keys are literal: a leading or trailing space is part of the key.
    key: element(body, "Key", false) ?? "",
    etag: element(body, "ETag") ?? "",
    size: Number(element(body, "Size")),
    lastModified: Date.parse(element(body, "LastModified") ?? ""),
  }));
  const rest = result.replace(/<Contents>[\s\S]*?<\/Contents>/g, "");
  if (element(rest, "IsTruncated") !== "true") {
    return { objects };
  }
  // COS returns NextMarker when a page is truncated; without it, the last key listed is where the next page starts.
  const nextMarker = element(rest, "NextMarker", false) || objects.at(-1)?.key;
  return nextMarker === undefined ? { objects } : { objects, nextMarker };
}

function element(xml: string, name: string, trim = true): string | undefined {
  const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
  return value === undefined ? undefined : unescapeXml(trim ? value.trim() : value);
}

function escapeXml(value: string): string {
  return value.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );
}

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|amp|apos|quot|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) =>
    entity.startsWith("#x")
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith("#")
        ? String.fromCodePoint(Number(entity.slice(1)))
        : ({ lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' }[entity] ?? ""),
  );
}
