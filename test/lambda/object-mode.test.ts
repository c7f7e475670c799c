/**
 * Object mode (`KEY_MODE=object`): each upload key is for one new object the service names, issued afresh every time.
 */
import { grantFor } from "../../lambda/key-service/grant";
import { PolicyDocument } from "../../policy";
import { bodyOf, closeFixtures, serviceFixture, fixtureSecrets } from "./service-fixture";
import { secretsIn } from "../helpers/log-scan";

const config = {
  location: { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" },
  prefixTemplate: "uploads/{sub}/",
  allowedScopes: ["upload", "download"] as const,
  limits: {},
  allowInsecureTransport: false,
  keyMode: "object" as const,
};
const limited = { ...config, limits: { allowedContentTypes: ["image/*"] } };
const KEY = /^uploads\/alice\/2026\/12\/01\/[A-Za-z0-9_-]{22}\.jpg$/;
const DAY = new Date("2026-12-01T12:00:00Z");

function policyOf(grant: { readonly policy: string }): PolicyDocument {
  return JSON.parse(decodeURIComponent(grant.policy)) as PolicyDocument;
}

describe("grantFor in object mode", () => {
  test("chooses a new key under the caller's prefix and grants exactly that object, uncached", () => {
    const grant = grantFor(config, "alice", { scope: "upload", ext: "jpg" }, DAY);
    const again = grantFor(config, "alice", { scope: "upload", ext: "jpg" }, DAY);

    expect(grant.key).toMatch(KEY);
    expect(again.key).not.toBe(grant.key);
    expect(grant.prefix).toBe("uploads/alice/");
    expect(grant.cacheKey).toBeUndefined();
    const resources = new Set(policyOf(grant).statement.flatMap((s) => s.resource ?? []));
    expect([...resources]).toEqual([`qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/${grant.key}`]);
    // No condition asks for x-cos-forbid-overwrite: no page documents it as a condition key (policy/cloud-rules.ts).
    expect(JSON.stringify(policyOf(grant))).not.toContain("forbid-overwrite");
  });

  test("fails with 400 ExtensionRequired for an upload without ext", () => {
    expect(() => grantFor(config, "alice", { scope: "upload" })).toThrow(
      expect.objectContaining({
        status: 400,
        code: "ExtensionRequired",
        message: expect.stringMatching(/^name the ext/),
      }),
    );
  });

  test("still requires the exact content type where types are limited, and limits the key to it", () => {
    expect(() => grantFor(limited, "alice", { scope: "upload", ext: "jpg" })).toThrow(
      expect.objectContaining({ status: 400, code: "ContentTypeRequired" }),
    );
    expect(() => grantFor(limited, "alice", { scope: "upload", ext: "jpg", contentType: "text/html" })).toThrow(
      expect.objectContaining({ status: 403, code: "ContentTypeNotAllowed" }),
    );
    const typed = grantFor(limited, "alice", { scope: "upload", ext: "jpg", contentType: "image/jpeg" }, DAY);
    const creating = policyOf(typed).statement.filter((s) => s.action.includes("name/cos:PutObject"));
    expect(creating.map((s) => s.condition?.string_equal)).toEqual([{ "cos:content-type": "image/jpeg" }]);
  });

  test("leaves downloads as in prefix mode: the caller's whole folder, cached, no key", () => {
    const grant = grantFor(config, "alice", { scope: "download", ext: "jpg" });

    expect(grant.key).toBeUndefined();
    expect(grant.cacheKey).toBe("download * alice");
    expect(policyOf(grant).statement.flatMap((s) => s.resource)).toEqual([
      "qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/alice/*",
    ]);
  });
});

describe("the key service in object mode", () => {
  let logs: string[];

  beforeEach(() => {
    logs = [];
    jest.spyOn(console, "log").mockImplementation((line: string) => logs.push(line));
  });

  afterEach(async () => {
    // Issue 17: no line of the key service holds a token, key, secret or ticket.
    const leaked = secretsIn(logs, fixtureSecrets());
    jest.restoreAllMocks();
    await closeFixtures();
    expect(leaked).toEqual([]);
  });

  test("answers every upload request with a new key for a new object, each one sts call", async () => {
    const service = await serviceFixture({ env: { KEY_MODE: "object" } });

    const first = bodyOf(await service.get("alice", { ext: "jpg" }));
    const second = bodyOf(await service.get("alice", { ext: "jpg" }));

    expect(service.sts.calls).toHaveLength(2);
    expect(first.key).toMatch(/^uploads\/alice\/\d{4}\/\d{2}\/\d{2}\/[A-Za-z0-9_-]{22}\.jpg$/);
    expect(second.key).not.toBe(first.key);
    expect(first).toMatchObject({ allowPrefix: "uploads/alice/", bucket: "photos-1250000000" });
    expect(service.sts.calls.map((call) => [...new Set(call.policy?.statement.flatMap((s) => s.resource))])).toEqual(
      [first.key, second.key].map((key) => [`qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/${String(key)}`]),
    );
    const lines = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.outcome, line.objectKey])).toEqual([
      ["issued", first.key],
      ["issued", second.key],
    ]);
    expect(logs.join("\n")).not.toContain(String((first.credentials as Record<string, string>).tmpSecretKey));
  });

  test.each([
    ["no ext", {}, 400, "ExtensionRequired"],
    ["an ext in capitals", { ext: "JPG" }, 400, "InvalidRequest"],
    ["an ext with a dot", { ext: "tar.gz" }, 400, "InvalidRequest"],
  ])("refuses an upload request with %s, without an sts call", async (_what, query, status, code) => {
    const service = await serviceFixture({ env: { KEY_MODE: "object" } });

    const response = await service.get("alice", query);

    expect(response.statusCode).toBe(status);
    expect(bodyOf(response).error).toMatchObject({ code });
    expect(service.sts.calls).toHaveLength(0);
  });

  test("issues 120 keys a minute to one caller by default, then answers 429 with Retry-After", async () => {
    const service = await serviceFixture({ env: { KEY_MODE: "object" } });

    const statuses: number[] = [];
    for (let i = 0; i < 121; i += 1) {
      statuses.push((await service.get("album", { ext: "jpg" })).statusCode);
    }
    const refused = await service.get("album", { ext: "png" });
    const other = await service.get("bob", { ext: "jpg" });

    expect(statuses.slice(0, 120)).toEqual(Array(120).fill(200));
    expect(statuses[120]).toBe(429);
    expect(refused.headers["Retry-After"]).toMatch(/^\d+$/);
    expect(other.statusCode).toBe(200);
    expect(service.sts.calls).toHaveLength(121);
  });

  test("answers prefix-mode keys without a key field", async () => {
    const service = await serviceFixture();

    const body = bodyOf(await service.get("alice", { ext: "jpg" }));

    expect(body).not.toHaveProperty("key");
  });
});
