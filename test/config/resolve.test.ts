import { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { ConfigError, DEFAULTS, resolveEnvironment } from "../../config/resolve";

const dev: EnvironmentConfig = ENVIRONMENTS.dev;

function problemsOf(config: EnvironmentConfig): readonly string[] {
  try {
    resolveEnvironment(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("resolveEnvironment", () => {
  test.each(Object.values(ENVIRONMENTS))("accepts the $name example", (config) => {
    expect(resolveEnvironment(config).name).toBe(config.name);
  });

  test("applies the defaults", () => {
    const resolved = resolveEnvironment({
      name: "min",
      region: "ap-guangzhou",
      appId: "1250000000",
      ownerUin: "100000000001",
      bucketBaseName: "min",
      stateBackend: { type: "local" },
      protected: false,
    });
    expect(resolved).toMatchObject({
      bucket: "min-1250000000",
      bucketAcl: "private",
      corsOrigins: [],
      keyPrefixTemplate: "uploads/{sub}/",
      keyDurationSeconds: 1800,
      allowDownload: false,
      abortIncompleteMultipartDays: 3,
      keyService: DEFAULTS.keyService,
    });
    expect(resolved.maxUploadBytes).toBeUndefined();
  });

  test("reports every problem at once, naming the environment", () => {
    expect(() => resolveEnvironment({ ...dev, region: "guangzhou", appId: "12" })).toThrow(
      /invalid configuration for environment "dev":\n {2}- region: .*\n {2}- appId: /,
    );
  });

  const invalid: [string, Partial<EnvironmentConfig>, string][] = [
    ["name with upper case", { name: "Prod" }, 'name: received "Prod"; allowed: 1-20 characters'],
    ["malformed region", { region: "Guangzhou" }, 'region: received "Guangzhou"; allowed: a region id'],
    ["appid not 10 digits", { appId: "125000" }, "appId: received \"125000\"; allowed: the account's 10-digit APPID"],
    ["uin with letters", { ownerUin: "uin-1" }, 'ownerUin: received "uin-1"'],
    ["bucket name with upper case", { bucketBaseName: "Photos" }, 'bucketBaseName: received "Photos"'],
    ["bucket name ending in a dash", { bucketBaseName: "photos-" }, 'bucketBaseName: received "photos-"'],
    ["bucket name over 60 characters", { bucketBaseName: "b".repeat(50) }, "is at most 60 characters"],
    ["public-read-write acl", { bucketAcl: "public-read-write" as "private" }, 'bucketAcl: received "public-read-write"'],
    ["origin with a path", { corsOrigins: ["https://app.example.com/x"] }, 'corsOrigins: received "https://app.example.com/x"'],
    ["plain http origin", { corsOrigins: ["http://app.example.com"] }, 'corsOrigins: received "http://app.example.com"'],
    ["* origin in a protected environment", { corsOrigins: ["*"], protected: true }, '"*" is refused in a protected environment'],
    ["template without {sub}", { keyPrefixTemplate: "uploads/" }, "keyPrefixTemplate: received \"uploads/\"; allowed: a template that must contain {sub} exactly once"],
    ["template without a static folder", { keyPrefixTemplate: "{sub}/" }, "must start with a static folder"],
    ["lifetime below 900 s", { keyDurationSeconds: 899 }, "keyDurationSeconds: received 899; allowed: an integer from 900 to 7200"],
    ["lifetime above 7200 s", { keyDurationSeconds: 7201 }, "keyDurationSeconds: received 7201"],
    ["fractional lifetime", { keyDurationSeconds: 1000.5 }, "keyDurationSeconds: received 1000.5"],
    ["zero upload size", { maxUploadBytes: 0 }, "maxUploadBytes: received 0; allowed: an integer from 1 to 5368709120"],
    ["upload size over 5 GiB", { maxUploadBytes: 6 * 1024 ** 3 }, "maxUploadBytes: received 6442450944"],
    ["malformed content type", { allowedContentTypes: ["images"] }, 'allowedContentTypes: received "images"'],
    ["zero days before abort", { abortIncompleteMultipartDays: 0 }, "abortIncompleteMultipartDays: received 0"],
    ["state bucket without appid", { stateBackend: { type: "cos", bucket: "tfstate", prefix: "x" } }, 'stateBackend.bucket: received "tfstate"'],
    ["state prefix with a leading slash", { stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefix: "/x" } }, 'stateBackend.prefix: received "/x"'],
    ["malformed state region", { stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefix: "x", region: "gz" } }, 'stateBackend.region: received "gz"'],
    ["tag key with spaces", { tags: { "cost center": "x" } }, 'tags: received {"cost center":"x"}'],
    ["python runtime", { keyService: { runtime: "Python3.9" } }, 'keyService.runtime: received "Python3.9"'],
    ["memory not a multiple of 128", { keyService: { memorySizeMb: 200 } }, "keyService.memorySizeMb: received 200"],
    ["timeout too short for STS", { keyService: { timeoutSeconds: 3 } }, "keyService.timeoutSeconds: received 3"],
    ["zero reserved concurrency", { keyService: { reservedConcurrency: 0 } }, "keyService.reservedConcurrency: received 0"],
    ["plain http JWKS URL", { keyService: { authJwksUrl: "http://idp.example.com/jwks" } }, "keyService.authJwksUrl: received"],
  ];

  test.each(invalid)("fails for a %s", (_, overrides, message) => {
    const problems = problemsOf({ ...dev, ...overrides });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  test("accepts * as an origin in an unprotected environment", () => {
    expect(resolveEnvironment({ ...dev, corsOrigins: ["*"] }).corsOrigins).toEqual(["*"]);
  });
});
