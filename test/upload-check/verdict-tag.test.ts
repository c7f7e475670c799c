import { uploadTicketKey } from "../../lambda/key-service/upload-ticket";
import { ObjectTag, verdictTagKey, verdictTags, verifiedVerdict } from "../../lambda/upload-check/verdict-tag";

const SECRET = "w".repeat(32);
const key = verdictTagKey(SECRET);
const OBJECT = {
  bucket: "photos-1250000000",
  key: "uploads/alice/photo.png",
  etag: '"9a0364b9e99bb480dd25e1f0284c8555"',
};

describe("verdict tags", () => {
  test("record the verdict beside a signature that verifies for the same object", () => {
    const tags = verdictTags(key, OBJECT, "accepted");
    expect(tags).toEqual([
      { key: "verdict", value: "accepted" },
      { key: "verdict-sig", value: expect.stringMatching(/^v1:[0-9a-f]{64}$/) },
    ]);
    expect(verifiedVerdict(key, OBJECT, tags)).toBe("accepted");
    expect(verifiedVerdict(key, OBJECT, verdictTags(key, OBJECT, "quarantined"))).toBe("quarantined");
  });

  test("verify whether COS quotes the ETag or not, as headers and listings differ", () => {
    const tags = verdictTags(key, OBJECT, "accepted");
    expect(verifiedVerdict(key, { ...OBJECT, etag: OBJECT.etag.replace(/"/g, "") }, tags)).toBe("accepted");
  });

  test("sit beside the object's other tags", () => {
    const tags: ObjectTag[] = [{ key: "project", value: "x" }, ...verdictTags(key, OBJECT, "accepted")];
    expect(verifiedVerdict(key, OBJECT, tags)).toBe("accepted");
  });

  test.each([
    ["another key", { ...OBJECT, key: "uploads/alice/other.png" }],
    ["another bucket", { ...OBJECT, bucket: "other-1250000000" }],
    ["other content (another ETag)", { ...OBJECT, etag: '"00000000000000000000000000000000"' }],
  ])("do not verify for %s", (_, other) => {
    expect(verifiedVerdict(key, other, verdictTags(key, OBJECT, "accepted"))).toBeUndefined();
  });

  test("do not verify with a key derived from another secret", () => {
    expect(
      verifiedVerdict(verdictTagKey("x".repeat(32)), OBJECT, verdictTags(key, OBJECT, "accepted")),
    ).toBeUndefined();
  });

  test.each([
    ["no tags", []],
    ["a verdict without a signature, as a client would set it", [{ key: "verdict", value: "accepted" }]],
    [
      "a made-up signature",
      [
        { key: "verdict", value: "accepted" },
        { key: "verdict-sig", value: `v1:${"0".repeat(64)}` },
      ],
    ],
    [
      "a malformed signature",
      [
        { key: "verdict", value: "accepted" },
        { key: "verdict-sig", value: "v1:zz" },
      ],
    ],
    [
      "another signature version",
      [
        { key: "verdict", value: "accepted" },
        { key: "verdict-sig", value: `v2:${"0".repeat(64)}` },
      ],
    ],
    [
      "a verdict the signature was not made for",
      [{ key: "verdict", value: "quarantined" }, verdictTags(key, OBJECT, "accepted")[1]],
    ],
    ["an unknown verdict", [{ key: "verdict", value: "trusted" }, verdictTags(key, OBJECT, "accepted")[1]]],
    ["two verdict tags", [...verdictTags(key, OBJECT, "accepted"), { key: "verdict", value: "accepted" }]],
  ])("count %s as no verdict", (_, tags) => {
    expect(verifiedVerdict(key, OBJECT, tags as ObjectTag[])).toBeUndefined();
  });

  test("cannot be made from the other keys derived from the same secret", () => {
    // The upload tickets' key, from the same secret with another HKDF info, signs nothing here.
    const ticketKey = uploadTicketKey(Buffer.from(SECRET));
    expect(verifiedVerdict(key, OBJECT, verdictTags(ticketKey, OBJECT, "accepted"))).toBeUndefined();
    expect(key.equals(Buffer.from(SECRET))).toBe(false);
    expect(verdictTagKey(Buffer.from(SECRET)).equals(key)).toBe(true);
  });

  test("fit COS's tag rules: at most 127-character keys, 255-character values of letters, digits and + - = . _ : / @", () => {
    for (const tag of verdictTags(key, { ...OBJECT, key: `uploads/alice/${"照".repeat(200)}` }, "quarantined")) {
      expect(tag.key.length).toBeLessThanOrEqual(127);
      expect(tag.value.length).toBeLessThanOrEqual(255);
      expect(`${tag.key}${tag.value}`).toMatch(/^[A-Za-z0-9 +\-=._:/@]+$/);
    }
  });
});
