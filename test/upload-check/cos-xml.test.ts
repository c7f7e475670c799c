import { parseObjectList, parseTagging, taggingXml } from "../../lambda/upload-check/cos-xml";

describe("tagging bodies", () => {
  test("write tags as PUT Object tagging takes them, escaping XML", () => {
    expect(taggingXml([{ key: "verdict", value: "a&b<c>" }])).toBe(
      "<Tagging><TagSet><Tag><Key>verdict</Key><Value>a&amp;b&lt;c&gt;</Value></Tag></TagSet></Tagging>",
    );
  });

  test("read the tags of a GET Object tagging answer, as the page shows it", () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><Tagging><TagSet><Tag><Key>age</Key><Value>18</Value></Tag><Tag><Key>name</Key><Value>xiaoming</Value></Tag></TagSet></Tagging>';
    expect(parseTagging(body)).toEqual([
      { key: "age", value: "18" },
      { key: "name", value: "xiaoming" },
    ]);
  });

  test.each(["<Tagging><TagSet></TagSet></Tagging>", "<Tagging><TagSet/></Tagging>", "<Tagging/>"])(
    "read %s as no tags",
    (body) => {
      expect(parseTagging(body)).toEqual([]);
    },
  );

  test("read what is not a tagging body as nothing", () => {
    expect(parseTagging("<Error><Code>AccessDenied</Code></Error>")).toBeUndefined();
  });

  test("keep a tag's spaces", () => {
    expect(parseTagging("<Tagging><TagSet><Tag><Key> k </Key><Value> v </Value></Tag></TagSet></Tagging>")).toEqual([
      { key: " k ", value: " v " },
    ]);
  });
});

describe("GET Bucket bodies", () => {
  const page = (truncated: boolean, nextMarker = "") =>
    `<?xml version='1.0' encoding='utf-8' ?><ListBucketResult><Name>photos-1250000000</Name><Prefix>uploads/</Prefix><Marker/><MaxKeys>2</MaxKeys><IsTruncated>${truncated}</IsTruncated>${nextMarker}` +
    "<Contents><Key>uploads/alice/a &amp; b.png</Key><LastModified>2026-01-02T03:04:05.000Z</LastModified><ETag>&quot;e1&quot;</ETag><Size>12</Size><Owner><ID>1</ID></Owner><StorageClass>STANDARD</StorageClass></Contents>" +
    '<Contents><Key> uploads/bob/ space.png</Key><LastModified>2026-01-02T03:04:06.000Z</LastModified><ETag>"e2-3"</ETag><Size>0</Size></Contents></ListBucketResult>';

  test("read each object's key (XML-unescaped, spaces kept), ETag, size and time", () => {
    expect(parseObjectList(page(false))).toEqual({
      objects: [
        {
          key: "uploads/alice/a & b.png",
          etag: '"e1"',
          size: 12,
          lastModified: Date.parse("2026-01-02T03:04:05.000Z"),
        },
        {
          key: " uploads/bob/ space.png",
          etag: '"e2-3"',
          size: 0,
          lastModified: Date.parse("2026-01-02T03:04:06.000Z"),
        },
      ],
    });
  });

  test("go on from NextMarker on a truncated page, or from the last key without one", () => {
    expect(parseObjectList(page(true, "<NextMarker>uploads/x</NextMarker>"))?.nextMarker).toBe("uploads/x");
    expect(parseObjectList(page(true))?.nextMarker).toBe(" uploads/bob/ space.png");
    expect(parseObjectList(page(false, "<NextMarker>uploads/x</NextMarker>"))?.nextMarker).toBeUndefined();
  });

  test("read what is not a listing as nothing", () => {
    expect(parseObjectList("<Error><Code>AccessDenied</Code></Error>")).toBeUndefined();
  });
});
