import { parseCheckConfig } from "../../lambda/upload-check/config";

const SECRET = "s".repeat(32);
const BASE = { COS_BUCKET: "photos-1250000000", COS_REGION: "ap-guangzhou" };

describe("parseCheckConfig", () => {
  test("reads a complete configuration", () => {
    const config = parseCheckConfig({
      ...BASE,
      ALLOW_PREFIX: "apps/photos/{sub}/",
      MAX_UPLOAD_BYTES: "1048576",
      ALLOWED_CONTENT_TYPES: "image/*, video/mp4",
      QUARANTINE_PREFIX: "quarantine/",
      WEBHOOK_URL: "https://api.example.com/hooks/uploads",
      WEBHOOK_SECRET: SECRET,
    });
    expect(config).toEqual({
      location: { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" },
      prefixTemplate: "apps/photos/{sub}/",
      prefixRoot: "apps/photos/",
      limits: { maxUploadBytes: 1048576, allowedContentTypes: ["image/*", "video/mp4"] },
      quarantinePrefix: "quarantine/",
      webhook: { url: new URL("https://api.example.com/hooks/uploads"), secret: SECRET },
      cosEndpoint: new URL("https://photos-1250000000.cos.ap-guangzhou.myqcloud.com"),
    });
  });

  test("defaults to the key service's prefix, no limits, deletion and no webhook", () => {
    expect(parseCheckConfig(BASE)).toMatchObject({
      prefixTemplate: "uploads/{sub}/",
      limits: { maxUploadBytes: undefined, allowedContentTypes: undefined },
      quarantinePrefix: undefined,
      webhook: undefined,
    });
  });

  test("sends requests to a local COS when told", () => {
    expect(parseCheckConfig({ ...BASE, COS_ENDPOINT: "http://127.0.0.1:9000" }).cosEndpoint.href).toBe("http://127.0.0.1:9000/");
  });

  test.each([
    [{ COS_BUCKET: undefined }, "COS_BUCKET is required"],
    [{ COS_BUCKET: "photos" }, 'COS_BUCKET must be <name>-<10-digit APPID> in lower case, such as photos-1250000000; received "photos"'],
    [{ COS_REGION: "guangzhou" }, 'COS_REGION must be a COS region such as ap-guangzhou; received "guangzhou"'],
    [{ ALLOW_PREFIX: "uploads/" }, 'ALLOW_PREFIX must contain {sub} exactly once; received "uploads/"'],
    [{ MAX_UPLOAD_BYTES: "1e6" }, "MAX_UPLOAD_BYTES must be a whole number from 1"],
    [{ ALLOWED_CONTENT_TYPES: "image/*,Image/PNG" }, 'ALLOWED_CONTENT_TYPES must list lower-case media types such as image/png or image/*; received "Image/PNG"'],
    [{ QUARANTINE_PREFIX: "uploads/quarantine/" }, 'QUARANTINE_PREFIX must lie outside the prefix root "uploads/", and the root outside it; received "uploads/quarantine/"'],
    [{ QUARANTINE_PREFIX: "quarantine" }, 'QUARANTINE_PREFIX must be a folder such as "quarantine/"'],
    [{ QUARANTINE_PREFIX: "../quarantine/" }, 'QUARANTINE_PREFIX must be a folder such as "quarantine/"'],
    [{ WEBHOOK_URL: "http://api.example.com/hook", WEBHOOK_SECRET: SECRET }, 'WEBHOOK_URL must be an https URL without credentials, or http://127.0.0.1:<port>/… for a local receiver; received "http://api.example.com/hook"'],
    [{ WEBHOOK_URL: "https://user:pw@api.example.com/hook", WEBHOOK_SECRET: SECRET }, "WEBHOOK_URL must be an https URL"],
    [{ WEBHOOK_URL: "https://api.example.com/hook" }, "WEBHOOK_SECRET is required with WEBHOOK_URL"],
    [{ WEBHOOK_SECRET: SECRET }, "WEBHOOK_SECRET is set without WEBHOOK_URL"],
    [{ COS_ENDPOINT: "http://cos.example.com:80" }, "COS_ENDPOINT must be an https origin, or http://127.0.0.1:<port> for the local COS"],
  ])("fails for %p", (change, message) => {
    expect(() => parseCheckConfig({ ...BASE, ...change })).toThrow(message);
  });

  test("fails for a short webhook secret without showing it", () => {
    const read = () => parseCheckConfig({ ...BASE, WEBHOOK_URL: "https://api.example.com/hook", WEBHOOK_SECRET: "short-secret-value" });
    expect(read).toThrow("WEBHOOK_SECRET must be at least 32 bytes; received 18");
    expect(read).not.toThrow(/short-secret-value/);
  });
});
