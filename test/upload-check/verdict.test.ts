import {
  callerIdOf,
  decide,
  keyProblem,
  mediaType,
  nonCanonicalQuarantineKey,
  quarantineKey,
} from "../../lambda/upload-check/verdict";

const png = { size: 100, declaredType: "image/png", detectedType: "image/png", declaredTypeDetectable: true };

describe("decide", () => {
  test("accepts content of the declared type within the limits", () => {
    expect(decide(png, { maxUploadBytes: 100, allowedContentTypes: ["image/*"] })).toEqual({ accepted: true });
  });

  test("accepts anything of the declared type when the environment sets no limits", () => {
    expect(decide(png, {})).toEqual({ accepted: true });
  });

  test("rejects an object over the size limit, before looking at its type", () => {
    expect(decide({ ...png, size: 101, detectedType: "text/html" }, { maxUploadBytes: 100 })).toEqual({
      accepted: false,
      reason: "oversize",
    });
  });

  test("rejects a declared type the environment does not allow", () => {
    expect(decide(png, { allowedContentTypes: ["video/*", "image/jpeg"] })).toEqual({
      accepted: false,
      reason: "type-not-allowed",
    });
  });

  test("rejects an object without a declared type while types are limited", () => {
    expect(decide({ ...png, declaredType: "" }, { allowedContentTypes: ["image/*"] })).toEqual({
      accepted: false,
      reason: "type-not-allowed",
    });
  });

  test("rejects content of another type than declared", () => {
    expect(decide({ ...png, detectedType: "image/gif" }, {})).toEqual({ accepted: false, reason: "type-mismatch" });
  });

  test("rejects content without a signature declared as a type that has one", () => {
    expect(decide({ ...png, detectedType: undefined }, {})).toEqual({ accepted: false, reason: "type-mismatch" });
  });

  test("accepts content without a signature declared as a type without one", () => {
    expect(
      decide(
        { size: 5, declaredType: "text/plain", declaredTypeDetectable: false },
        { allowedContentTypes: ["text/plain"] },
      ),
    ).toEqual({ accepted: true });
  });

  test("rejects content with a signature declared as a type without one", () => {
    expect(
      decide(
        {
          size: 5,
          declaredType: "text/plain",
          detectedType: "application/x-msdownload",
          declaredTypeDetectable: false,
        },
        {},
      ),
    ).toEqual({
      accepted: false,
      reason: "type-mismatch",
    });
  });
});

describe("mediaType", () => {
  test.each([
    ["image/png", "image/png"],
    ["Image/PNG; charset=binary", "image/png"],
    [" text/plain ;charset=utf-8", "text/plain"],
    ["", ""],
    [undefined, ""],
  ])("reads %p as %p", (value, expected) => {
    expect(mediaType(value)).toBe(expected);
  });
});

describe("callerIdOf", () => {
  test.each([
    ["uploads/{sub}/", "uploads/alice/photo.png", "alice"],
    ["uploads/{sub}/", "uploads/alice/2026/12/01/a.png", "alice"],
    ["apps/photos/{sub}/", "apps/photos/user|42/a.png", "user|42"],
    // The caller's key (uploads/alice/*) can write the folder object itself, so it is checked like any other.
    ["uploads/{sub}/", "uploads/alice/", "alice"],
  ])("reads the caller from the key with template %s", (template, key, caller) => {
    expect(callerIdOf(template, key)).toBe(caller);
  });

  test.each([
    ["directly under the root", "uploads/photo.png"],
    ["outside the root", "elsewhere/alice/photo.png"],
    ["a folder the key service would never issue", "uploads/.hidden/photo.png"],
    ["an empty segment", "uploads//photo.png"],
  ])("finds no caller for a key %s", (_where, key) => {
    expect(callerIdOf("uploads/{sub}/", key)).toBeUndefined();
  });
});

test("quarantineKey keeps the whole key below the quarantine prefix", () => {
  expect(quarantineKey("quarantine/", "uploads/alice/a.png")).toBe("quarantine/uploads/alice/a.png");
});

test("quarantineKey shortens a key that would pass COS's 850 bytes below the prefix, the same way each time", () => {
  const key = `uploads/alice/${"é".repeat(415)}.png`;
  const target = quarantineKey("quarantine/", key);
  expect(Buffer.byteLength(target)).toBeLessThanOrEqual(850);
  expect(target).toMatch(/^quarantine\/uploads\/alice\/é+~[0-9a-f]{16}$/);
  expect(quarantineKey("quarantine/", key)).toBe(target);
  expect(quarantineKey("quarantine/", `${key}x`)).not.toBe(target);
  const fits = `uploads/alice/${"a".repeat(850 - "quarantine/uploads/alice/".length)}`;
  expect(quarantineKey("quarantine/", fits)).toBe(`quarantine/${fits}`);
});

describe("keyProblem", () => {
  test.each([
    "uploads/alice/photo.png",
    "uploads/alice/",
    "uploads/alice/照片 1.png",
    "uploads/alice/a+b.png",
    "uploads/alice/100%.png",
    "uploads/alice/50%25.png",
    "uploads/alice/.hidden",
    "uploads/alice/..backup",
    "uploads/alice/a.b/c..d.png",
  ])("finds nothing wrong with %p", (key) => {
    expect(keyProblem(key)).toBeUndefined();
  });

  test.each([
    ["uploads/alice/../x.png", "has an empty, . or .. segment"],
    ["uploads/alice/..", "has an empty, . or .. segment"],
    ["uploads/alice/./x.png", "has an empty, . or .. segment"],
    ["uploads/alice//x.png", "has an empty, . or .. segment"],
    ["uploads/alice/a\\b.png", "has a backslash"],
    ["uploads/alice/a\tb.png", "has a control character"],
    ["uploads/alice/a\u007fb.png", "has a control character"],
    ["uploads/alice/a\u0085b.png", "has a control character"],
    ["uploads/alice/..%2Fx.png", "has an empty, . or .. segment once percent-decoded"],
    ["uploads/alice/%2e%2e/x.png", "has an empty, . or .. segment once percent-decoded"],
    ["uploads/alice/a%5Cb.png", "has a backslash once percent-decoded"],
    ["uploads/alice/a%00b.png", "has a control character once percent-decoded"],
  ])("refuses %p: it %s", (key, problem) => {
    expect(keyProblem(key)).toBe(problem);
  });
});

test("a non-canonical key is quarantined under a canonical name in its caller's folder, the same each time", () => {
  const key = "uploads/alice/../../uploads/bob/avatar.png";
  const target = nonCanonicalQuarantineKey("quarantine/", "uploads/alice/", key);

  expect(target).toMatch(/^quarantine\/uploads\/alice\/~[0-9a-f]{32}$/);
  expect(keyProblem(target)).toBeUndefined();
  expect(nonCanonicalQuarantineKey("quarantine/", "uploads/alice/", key)).toBe(target);
  expect(nonCanonicalQuarantineKey("quarantine/", "uploads/alice/", "uploads/alice/./x")).not.toBe(target);
});
