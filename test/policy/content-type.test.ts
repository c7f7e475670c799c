import { contentTypeAllowed, isActiveContentType, isContentType, isContentTypePattern } from "../../policy";

test("matches content types the way cos string_like does", () => {
  expect(contentTypeAllowed("image/png", ["image/*"])).toBe(true);
  expect(contentTypeAllowed("video/mp4", ["image/*", "video/mp4"])).toBe(true);
  expect(contentTypeAllowed("video/mpeg", ["image/*", "video/mp4"])).toBe(false);
  expect(contentTypeAllowed("imagex/png", ["image/*"])).toBe(false);
});

test("accepts media types and type wildcards as allowed patterns, nothing else", () => {
  expect(["image/png", "image/*", "application/vnd.api+json"].every(isContentTypePattern)).toBe(true);
  expect(["*/*", "image", "image/", "Image/png", "image/png; q=1", "*"].some(isContentTypePattern)).toBe(false);
});

test("accepts one exact media type as a content type, never a wildcard or parameters", () => {
  expect(["image/png", "application/vnd.api+json"].every(isContentType)).toBe(true);
  expect(["image/*", "*/*", "image/png; charset=x", "Image/png", "image"].some(isContentType)).toBe(false);
});

test("a wildcard never admits active content; an exact entry does", () => {
  const active = [
    "text/html",
    "application/xhtml+xml",
    "image/svg+xml",
    "application/rss+xml",
    "text/xml",
    "application/xml",
    "text/javascript",
    "application/javascript",
    "application/x-javascript",
    "text/ecmascript",
  ];
  for (const type of active) {
    expect(isActiveContentType(type)).toBe(true);
    expect(contentTypeAllowed(type, ["text/*", "application/*", "image/*"])).toBe(false);
    expect(contentTypeAllowed(type, [type])).toBe(true);
  }
  expect(
    ["image/png", "text/plain", "application/pdf", "application/json", "video/mp4"].some(isActiveContentType),
  ).toBe(false);
  expect(contentTypeAllowed("text/plain", ["text/*"])).toBe(true);
});
