import type { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { ConfigError, resolveEnvironment } from "../../config/resolve";
import { quarantinePrefixProblem } from "../../policy/upload-check-policy";

// In prefix mode whatever a fork's records say, so that object mode's own rules (an upload-ticket secret beside a
// key set) decide no test of another rule.
const dev: EnvironmentConfig = { ...ENVIRONMENTS.dev, keyMode: "prefix" };
const prod: EnvironmentConfig = { ...ENVIRONMENTS.prod, keyMode: "prefix" };

const minimal = {
  name: "min",
  region: "ap-guangzhou",
  appId: "1250000000",
  ownerUin: "100000000001",
  bucketBaseName: "min",
  stateBackend: { type: "local" },
  protected: false,
} as const satisfies EnvironmentConfig;

/** The problems a record is refused for; fails the test when it is accepted. */
function problemsOf(config: unknown): readonly string[] {
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

/** The one problem a record is refused for. */
function onlyProblemOf(config: unknown): string {
  const problems = problemsOf(config);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe("resolveEnvironment", () => {
  test.each(Object.values(ENVIRONMENTS))("accepts the $name example", (config) => {
    expect(resolveEnvironment(config).name).toBe(config.name);
  });

  test("applies the defaults", () => {
    const resolved = resolveEnvironment(minimal);
    expect(resolved).toEqual({
      ...minimal,
      bucket: "min-1250000000",
      bucketAcl: "private",
      corsOrigins: [],
      keyPrefixTemplate: "uploads/{sub}/",
      keyDurationSeconds: 1800,
      allowedContentTypes: [],
      allowDownload: false,
      abortIncompleteMultipartDays: 3,
      noncurrentVersionExpirationDays: 30,
      keyMode: "prefix",
      multipartUpload: true,
      tags: {},
      keyService: {
        runtime: "Nodejs18.15",
        memorySizeMb: 128,
        timeoutSeconds: 10,
        reservedConcurrency: 10,
        instanceConcurrency: 1,
        clsLogging: false,
        maxKeysPerCallerPerMinute: 10,
        renewalWindowSeconds: 86400,
      },
      alarms: { enabled: false, receivers: {}, noticeWays: ["EMAIL"], language: "en-US", durationAlarmPercent: 80 },
    });
    expect(resolved.maxUploadBytes).toBeUndefined();
    expect(resolved.uploadCheck).toBeUndefined();
  });

  test("defaults the per-caller key budget to 120 in object mode, where every upload costs one STS call", () => {
    expect(resolveEnvironment({ ...minimal, keyMode: "object" }).keyService.maxKeysPerCallerPerMinute).toBe(120);
  });

  test("keeps a per-caller key budget that the record sets", () => {
    const resolved = resolveEnvironment({
      ...minimal,
      keyMode: "object",
      keyService: { maxKeysPerCallerPerMinute: 30 },
    });
    expect(resolved.keyService.maxKeysPerCallerPerMinute).toBe(30);
  });

  test("keeps a size limit with multipart upload beside the check, and one for single-request uploads only without it", () => {
    const checked = resolveEnvironment({ ...minimal, maxUploadBytes: 1024, uploadCheck: {} });
    expect([checked.maxUploadBytes, checked.multipartUpload]).toEqual([1024, true]);
    const single = resolveEnvironment({ ...minimal, maxUploadBytes: 1024, multipartUpload: false });
    expect([single.maxUploadBytes, single.multipartUpload]).toEqual([1024, false]);
  });

  test("keeps the new optional fields that the record sets", () => {
    const resolved = resolveEnvironment({
      ...minimal,
      noncurrentVersionExpirationDays: 90,
      keyService: { authJwtSecretName: "dt-min-jwt", authMaxTokenAgeSeconds: 3600 },
      uploadCheck: { quarantinePrefix: "quarantine/", webhookUrl: "https://api.example.com/uploads" },
    });
    expect(resolved.noncurrentVersionExpirationDays).toBe(90);
    expect(resolved.keyService).toMatchObject({ authJwtSecretName: "dt-min-jwt", authMaxTokenAgeSeconds: 3600 });
    expect(resolved.uploadCheck).toEqual({
      quarantinePrefix: "quarantine/",
      webhookUrl: "https://api.example.com/uploads",
      reservedConcurrency: 20,
      sweepSchedule: "0 0 * * * * *",
      sweepGraceMinutes: 30,
      sweepMaxObjects: 100,
      asyncRetries: 2,
    });
  });

  test("keeps the check's bounds that the record sets", () => {
    const resolved = resolveEnvironment({
      ...minimal,
      uploadCheck: {
        webhookUrl: "https://api.example.com/uploads",
        reservedConcurrency: 50,
        maxWebhooksPerMinute: 120,
      },
    });
    expect(resolved.uploadCheck).toMatchObject({ reservedConcurrency: 50, maxWebhooksPerMinute: 120 });
  });

  test.each(["uploads/{sub}/", "apps/photos/{sub}/"])(
    "accepts exactly the quarantine prefixes the check function accepts, with the template %s",
    (keyPrefixTemplate) => {
      const candidates = [
        "quarantine/",
        "quarantine",
        "q/r/",
        "uploads/",
        "uploads/q/",
        "upload/",
        "apps/",
        "apps/photos/",
        "apps/photos2/",
        "./",
        "a/./b/",
        "a/../b/",
        "/quarantine/",
        "quarantine//",
        "quarantine/*/",
        "Q_.-1/",
        `${"q".repeat(255)}/`,
        `${"q".repeat(256)}/`,
        "",
      ];
      const root = keyPrefixTemplate.slice(0, keyPrefixTemplate.indexOf("{sub}"));
      for (const quarantinePrefix of candidates) {
        const accepted = (() => {
          try {
            resolveEnvironment({ ...minimal, keyPrefixTemplate, uploadCheck: { quarantinePrefix } });
            return true;
          } catch {
            return false;
          }
        })();
        expect({ quarantinePrefix, accepted }).toEqual({
          quarantinePrefix,
          accepted: quarantinePrefixProblem(quarantinePrefix, root) === undefined,
        });
      }
    },
  );

  test("gives prod its HS256 secret from Secrets Manager", () => {
    expect(resolveEnvironment(prod).keyService.authJwtSecretName).toBe("direct-transfer-prod-jwt-secret");
  });

  test("reports every problem at once, naming the environment", () => {
    expect(() => resolveEnvironment({ ...dev, region: "guangzhou", appId: "12" })).toThrow(
      /^invalid configuration for environment "dev":\n {2}- region: .*\n {2}- appId: [^\n]*$/,
    );
  });

  test("reports a problem once, even when several checks of one field fail", () => {
    const error = (() => {
      try {
        resolveEnvironment({ ...dev, keyDurationSeconds: 0.5 });
      } catch (caught) {
        return caught as ConfigError;
      }
      throw new Error("expected a ConfigError");
    })();
    expect(error.problems).toEqual(["keyDurationSeconds: received 0.5; allowed: an integer from 900 to 7200"]);
    expect(error.message.split("keyDurationSeconds")).toHaveLength(2);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    [
      "name with upper case",
      { name: "Prod" },
      'name: received "Prod"; allowed: 1-20 characters: a-z first, then a-z, 0-9, -',
    ],
    [
      "name over 20 characters",
      { name: "a".repeat(21) },
      `name: received "${"a".repeat(21)}"; it is 21 characters; allowed: at most 20`,
    ],
    ["name that is not a string", { name: 7 }, "name: received 7; allowed: 1-20 characters"],
    [
      "malformed region",
      { region: "Guangzhou" },
      'region: received "Guangzhou"; allowed: a COS region (ap-beijing-1, ap-beijing,',
    ],
    ["appid not 10 digits", { appId: "125000" }, 'appId: received "125000"; allowed: the account\'s 10-digit APPID'],
    [
      "uin with letters",
      { ownerUin: "uin-1" },
      'ownerUin: received "uin-1"; allowed: the owner account\'s UIN (digits)',
    ],
    [
      "bucket name with upper case",
      { bucketBaseName: "Photos" },
      'bucketBaseName: received "Photos"; allowed: a-z, 0-9 and inner "-"',
    ],
    [
      "bucket name ending in a dash",
      { bucketBaseName: "photos-" },
      'bucketBaseName: received "photos-"; allowed: a-z, 0-9 and inner "-"',
    ],
    [
      "bucket name over 60 characters",
      { bucketBaseName: "b".repeat(52) },
      `bucketBaseName: received "${"b".repeat(52)}"; "<bucketBaseName>-<appId>" is 63 characters; allowed: at most 60`,
    ],
    [
      "public-read-write acl",
      { bucketAcl: "public-read-write" },
      'bucketAcl: received "public-read-write"; allowed: "private" or "public-read" ("public-read-write" lets anyone write)',
    ],
    [
      "origin with a path",
      { corsOrigins: ["https://app.example.com/x"] },
      'corsOrigins[0]: received "https://app.example.com/x"; allowed: origins such as',
    ],
    [
      "plain http origin",
      { corsOrigins: ["https://a.example.com", "http://app.example.com"] },
      'corsOrigins[1]: received "http://app.example.com"',
    ],
    [
      "origin list that is a string",
      { corsOrigins: "https://app.example.com" },
      'corsOrigins: received "https://app.example.com"; allowed: a list of origins',
    ],
    [
      "* origin in a protected environment",
      { ...prod, corsOrigins: ["*"] },
      'corsOrigins[0]: received "*"; allowed: https origins such as "https://app.example.com" ("*" is refused in a protected environment)',
    ],
    [
      "template without {sub}",
      { keyPrefixTemplate: "uploads/" },
      'keyPrefixTemplate: received "uploads/"; allowed: a template that must contain {sub} exactly once',
    ],
    [
      "template without a static folder",
      { keyPrefixTemplate: "{sub}/" },
      "allowed: a template that must start with a static folder",
    ],
    [
      "lifetime below 900 s",
      { keyDurationSeconds: 899 },
      "keyDurationSeconds: received 899; allowed: an integer from 900 to 7200",
    ],
    [
      "lifetime above 7200 s",
      { keyDurationSeconds: 7201 },
      "keyDurationSeconds: received 7201; allowed: an integer from 900 to 7200",
    ],
    ["fractional lifetime", { keyDurationSeconds: 1000.5 }, "keyDurationSeconds: received 1000.5"],
    [
      "lifetime as a string",
      { keyDurationSeconds: "1800" },
      'keyDurationSeconds: received "1800"; allowed: an integer from 900 to 7200',
    ],
    [
      "zero upload size",
      { maxUploadBytes: 0 },
      "maxUploadBytes: received 0; allowed: an integer from 1 to 5368709120 (5 GiB, the single-request limit of COS)",
    ],
    ["upload size over 5 GiB", { maxUploadBytes: 6 * 1024 ** 3 }, "maxUploadBytes: received 6442450944"],
    [
      "malformed content type",
      { allowedContentTypes: ["images"] },
      'allowedContentTypes[0]: received "images"; allowed: MIME types such as "image/png" or "image/*"',
    ],
    ["download flag as a string", { allowDownload: "yes" }, 'allowDownload: received "yes"; allowed: true or false'],
    [
      "zero days before abort",
      { abortIncompleteMultipartDays: 0 },
      "abortIncompleteMultipartDays: received 0; allowed: an integer from 1 to 365",
    ],
    [
      "zero days before noncurrent versions expire",
      { noncurrentVersionExpirationDays: 0 },
      "noncurrentVersionExpirationDays: received 0; allowed: an integer from 1 to 3650",
    ],
    [
      "ten years and a day of noncurrent versions",
      { noncurrentVersionExpirationDays: 3651 },
      "noncurrentVersionExpirationDays: received 3651",
    ],
    ["unknown key mode", { keyMode: "objects" }, 'keyMode: received "objects"; allowed: "prefix" or "object"'],
    ["multipart flag as a string", { multipartUpload: "no" }, 'multipartUpload: received "no"; allowed: true or false'],
    [
      "size limit with multipart upload and no check",
      { maxUploadBytes: 1024 },
      "maxUploadBytes: received 1024; allowed: a size limit with multipart upload (multipartUpload, default true) only beside uploadCheck, which enforces the whole object's size (each part is bounded, not the object); set uploadCheck, or multipartUpload: false for single-request uploads only",
    ],
    [
      "unknown state backend",
      { stateBackend: { type: "s3" } },
      'stateBackend.type: received "s3"; allowed: { type: "cos", bucket, prefix, region? } or { type: "local" }',
    ],
    [
      "state bucket without appid",
      { stateBackend: { type: "cos", bucket: "tfstate", prefix: "x" } },
      'stateBackend.bucket: received "tfstate"; allowed: an existing bucket named',
    ],
    [
      "state prefix with a leading slash",
      { stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefix: "/x" } },
      'stateBackend.prefix: received "/x"; allowed: a folder',
    ],
    [
      "malformed state region",
      { stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefix: "x", region: "gz" } },
      'stateBackend.region: received "gz"; allowed: a COS region (',
    ],
    ["protected as a string", { protected: "true" }, 'protected: received "true"; allowed: true or false'],
    [
      "tag key with spaces",
      { tags: { "cost center": "x" } },
      'tags: received {"cost center":"x"}; allowed: keys of 1-127 characters [A-Za-z0-9_.:/=+@-], values up to 255',
    ],
    [
      "tag value over 255 characters",
      { tags: { owner: "o".repeat(256) } },
      `tags: received {"owner":"${"o".repeat(256)}"}; the value is 256 characters; allowed: keys of 1-127 characters`,
    ],
    [
      "tag key over 127 characters",
      { tags: { ["k".repeat(128)]: "x" } },
      "; the key is 128 characters; allowed: keys of 1-127 characters",
    ],
    ["tag value that is a number", { tags: { owner: 1 } }, "tags.owner: received 1; allowed: a string"],
    [
      "python runtime",
      { keyService: { runtime: "Python3.9" } },
      'keyService.runtime: received "Python3.9"; allowed: "Nodejs18.15", the Node.js runtime from 18 up that CreateFunction documents (it lists none for Node.js 20)',
    ],
    [
      "Node.js 20 runtime, which CreateFunction does not document",
      { keyService: { runtime: "Nodejs20.15" } },
      'keyService.runtime: received "Nodejs20.15"; allowed: "Nodejs18.15"',
    ],
    [
      "Node.js 16 runtime, which lacks AbortSignal.timeout",
      { keyService: { runtime: "Nodejs16.13" } },
      'keyService.runtime: received "Nodejs16.13"; allowed: "Nodejs18.15"',
    ],
    [
      "runtime that is not a release SCF names",
      { keyService: { runtime: "Nodejs18.0" } },
      'keyService.runtime: received "Nodejs18.0"; allowed: "Nodejs18.15"',
    ],
    [
      "memory not a multiple of 128",
      { keyService: { memorySizeMb: 200 } },
      "keyService.memorySizeMb: received 200; allowed: a multiple of 128 from 128 to 3072",
    ],
    [
      "timeout too short for STS",
      { keyService: { timeoutSeconds: 3 } },
      "keyService.timeoutSeconds: received 3; allowed: an integer from 5 to 900 (STS alone may take 3 s)",
    ],
    [
      "zero reserved concurrency",
      { keyService: { reservedConcurrency: 0 } },
      "keyService.reservedConcurrency: received 0; allowed: an integer from 1 to 1000",
    ],
    [
      "instance concurrency of zero",
      { keyService: { instanceConcurrency: 0 } },
      "keyService.instanceConcurrency: received 0; allowed: an integer from 1 to 100",
    ],
    [
      "instance concurrency above scf's 100",
      { keyService: { instanceConcurrency: 101 } },
      "keyService.instanceConcurrency: received 101; allowed: an integer from 1 to 100",
    ],
    [
      "instance concurrency that is not whole",
      { keyService: { instanceConcurrency: 2.5 } },
      "keyService.instanceConcurrency: received 2.5; allowed: an integer from 1 to 100",
    ],
    [
      "cls logging as a number",
      { keyService: { clsLogging: 1 } },
      "keyService.clsLogging: received 1; allowed: true or false",
    ],
    [
      "plain http JWKS URL",
      {
        keyService: {
          authJwksUrl: "http://idp.example.com/jwks",
          authIssuer: "https://idp.example.com/",
          authAudience: "dt",
        },
      },
      'keyService.authJwksUrl: received "http://idp.example.com/jwks"; allowed: an https:// URL',
    ],
    [
      "JWKS URL with credentials, which the function refuses",
      {
        keyService: {
          authJwksUrl: "https://idp:pass@idp.example.com/jwks",
          authIssuer: "https://idp.example.com/",
          authAudience: "dt",
        },
      },
      'keyService.authJwksUrl: received "https://idp:pass@idp.example.com/jwks"; allowed: an https:// URL without credentials',
    ],
    [
      "empty audience",
      { keyService: { authAudience: "" } },
      'keyService.authAudience: received ""; allowed: a non-empty string',
    ],
    [
      "secret name with a slash",
      { keyService: { authJwtSecretName: "prod/jwt" } },
      'keyService.authJwtSecretName: received "prod/jwt"; allowed: an SSM secret name: 1-128 characters of A-Z, a-z, 0-9, _ and -',
    ],
    [
      "secret name starting with a dash",
      { keyService: { authJwtSecretName: "-jwt" } },
      'keyService.authJwtSecretName: received "-jwt"; allowed: an SSM secret name',
    ],
    [
      "secret name over 128 characters",
      { keyService: { authJwtSecretName: "s".repeat(129) } },
      `keyService.authJwtSecretName: received "${"s".repeat(129)}"; it is 129 characters; allowed: at most 128`,
    ],
    [
      "token age below a minute",
      { keyService: { authMaxTokenAgeSeconds: 59 } },
      "keyService.authMaxTokenAgeSeconds: received 59; allowed: an integer of at least 60",
    ],
    [
      "zero keys per caller",
      { keyService: { maxKeysPerCallerPerMinute: 0 } },
      "keyService.maxKeysPerCallerPerMinute: received 0; allowed: an integer from 1 to 600",
    ],
    [
      "601 keys per caller",
      { keyService: { maxKeysPerCallerPerMinute: 601 } },
      "keyService.maxKeysPerCallerPerMinute: received 601",
    ],
    [
      "key service that is a list",
      { keyService: [] },
      "keyService: received []; allowed: an object of key-service settings",
    ],
    [
      "quarantine prefix without a slash",
      { uploadCheck: { quarantinePrefix: "quarantine" } },
      'uploadCheck.quarantinePrefix: received "quarantine"; allowed: a folder such as "quarantine/" (letters, digits, ".", "_", "-", ending in "/", no "." or ".." segment, at most 256 characters)',
    ],
    [
      "quarantine prefix with a .. segment",
      { uploadCheck: { quarantinePrefix: "quarantine/../x/" } },
      'uploadCheck.quarantinePrefix: received "quarantine/../x/"; allowed: a folder such as "quarantine/"',
    ],
    [
      "quarantine prefix over 256 characters",
      { uploadCheck: { quarantinePrefix: `${"q".repeat(256)}/` } },
      "; allowed: a folder such as",
    ],
    [
      "quarantine prefix that is a number",
      { uploadCheck: { quarantinePrefix: 7 } },
      'uploadCheck.quarantinePrefix: received 7; allowed: a folder such as "quarantine/"',
    ],
    [
      "quarantine inside the callers' folders",
      { uploadCheck: { quarantinePrefix: "uploads/quarantine/" } },
      'uploadCheck.quarantinePrefix: received "uploads/quarantine/"; allowed: a folder outside "uploads/", where callers\' keys write, and not containing it',
    ],
    [
      "quarantine around the callers' folders",
      { keyPrefixTemplate: "apps/photos/{sub}/", uploadCheck: { quarantinePrefix: "apps/" } },
      'uploadCheck.quarantinePrefix: received "apps/"; allowed: a folder outside "apps/photos/", where callers\' keys write, and not containing it',
    ],
    [
      "plain http webhook",
      { uploadCheck: { webhookUrl: "http://api.example.com/" } },
      'uploadCheck.webhookUrl: received "http://api.example.com/"; allowed: an https:// URL',
    ],
    [
      "check without reserved instances",
      { uploadCheck: { reservedConcurrency: 0 } },
      "uploadCheck.reservedConcurrency: received 0; allowed: an integer from 1 to 1000",
    ],
    [
      "webhook bound without a webhook",
      { uploadCheck: { maxWebhooksPerMinute: 10 } },
      "uploadCheck.maxWebhooksPerMinute: received 10; allowed: unset unless uploadCheck.webhookUrl is set (it bounds webhook deliveries)",
    ],
    [
      "webhook bound over the limit",
      { uploadCheck: { webhookUrl: "https://api.example.com/uploads", maxWebhooksPerMinute: 6001 } },
      "uploadCheck.maxWebhooksPerMinute: received 6001; allowed: an integer from 1 to 6000",
    ],
  ];

  test.each(invalid)("fails for a %s", (_, overrides, message) => {
    expect(onlyProblemOf({ ...dev, ...overrides })).toContain(message);
  });

  test.each(["name", "region", "appId", "ownerUin", "bucketBaseName", "stateBackend", "protected"])(
    "fails when %s is missing",
    (field) => {
      const record: Record<string, unknown> = { ...minimal };
      delete record[field];
      expect(onlyProblemOf(record)).toMatch(new RegExp(`^${field}: missing; required; allowed: .+`));
    },
  );

  test("fails for a record that is not an object, naming no environment", () => {
    expect(() => resolveEnvironment("prod")).toThrow(
      'invalid configuration for environment "(unnamed)":\n  - (the record): received "prod"; allowed: an environment record',
    );
  });

  test("accepts * as an origin in an unprotected environment", () => {
    expect(resolveEnvironment({ ...dev, corsOrigins: ["*"] }).corsOrigins).toEqual(["*"]);
  });

  test("accepts every COS region, including the financial zones", () => {
    expect(resolveEnvironment({ ...dev, region: "ap-shanghai-fsi" }).region).toBe("ap-shanghai-fsi");
    expect(resolveEnvironment({ ...dev, region: "eu-frankfurt" }).region).toBe("eu-frankfurt");
  });
});

describe("unknown fields", () => {
  test("fails for a misspelled top-level field, naming the field meant", () => {
    expect(onlyProblemOf({ ...dev, protect: true })).toBe('protect: unknown field; did you mean "protected"?');
  });

  test("fails for a field that lost its plural", () => {
    expect(onlyProblemOf({ ...dev, corsOrigin: ["https://app.example.com"] })).toBe(
      'corsOrigin: unknown field; did you mean "corsOrigins"?',
    );
  });

  test("fails for a misspelled key-service field, with its full path", () => {
    expect(onlyProblemOf({ ...dev, keyService: { reservedConcurency: 100 } })).toBe(
      'keyService.reservedConcurency: unknown field; did you mean "reservedConcurrency"?',
    );
  });

  test("fails for a misspelled state backend field", () => {
    const problems = problemsOf({ ...dev, stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefx: "x" } });
    expect(problems).toContain('stateBackend.prefx: unknown field; did you mean "prefix"?');
    expect(problems).toContain(
      'stateBackend.prefix: missing; required; allowed: a folder such as "direct-transfer/prod" (no leading or trailing "/")',
    );
  });

  test("fails for a field on a local state backend", () => {
    expect(onlyProblemOf({ ...dev, stateBackend: { type: "local", path: "x.tfstate" } })).toBe(
      "stateBackend.path: unknown field; known fields: type",
    );
  });

  test("lists the known fields when nothing is close", () => {
    expect(onlyProblemOf({ ...dev, keyService: { colour: "blue" } })).toMatch(
      /^keyService\.colour: unknown field; known fields: runtime, memorySizeMb, timeoutSeconds, reservedConcurrency, /,
    );
  });

  test("reports each of several unknown fields with its own suggestion", () => {
    expect(
      problemsOf({ ...prod, protect: true, tag: {}, keyService: { ...prod.keyService, authAudeince: "x" } }),
    ).toEqual([
      'keyService.authAudeince: unknown field; did you mean "authAudience"?',
      'protect: unknown field; did you mean "protected"?',
      'tag: unknown field; did you mean "tags"?',
    ]);
  });

  test("reports unknown fields beside other problems", () => {
    expect(problemsOf({ ...dev, protect: true, keyDurationSeconds: 60 })).toEqual([
      "keyDurationSeconds: received 60; allowed: an integer from 900 to 7200",
      'protect: unknown field; did you mean "protected"?',
    ]);
  });
});

describe("regions", () => {
  test("fails for a misspelled region, naming the region meant", () => {
    const problem = onlyProblemOf({ ...dev, region: "ap-guangzho" });
    expect(problem).toMatch(
      /^region: received "ap-guangzho"; allowed: a COS region \(.*\); did you mean "ap-guangzhou"\?$/,
    );
  });

  test("fails for a misspelled state backend region, naming the region meant", () => {
    const problem = onlyProblemOf({
      ...dev,
      stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefix: "x", region: "ap-shangai" },
    });
    expect(problem).toMatch(/^stateBackend\.region: received "ap-shangai"; .*did you mean "ap-shanghai"\?$/);
  });

  test("names no region when none is close", () => {
    expect(onlyProblemOf({ ...dev, region: "us-east-1" })).not.toContain("did you mean");
  });

  test("fails for a region that only looks like one", () => {
    expect(onlyProblemOf({ ...dev, region: "ap-mars" })).toContain('region: received "ap-mars"; allowed: a COS region');
  });
});

describe("rules between fields", () => {
  const jwks = {
    authJwksUrl: "https://idp.example.com/.well-known/jwks.json",
    authIssuer: "https://idp.example.com/",
    authAudience: "dt",
  };

  test("accepts a JWKS URL with issuer and audience", () => {
    expect(resolveEnvironment({ ...dev, keyService: jwks }).keyService.authJwksUrl).toBe(jwks.authJwksUrl);
  });

  test("fails for a JWKS URL without an issuer", () => {
    expect(onlyProblemOf({ ...dev, keyService: { ...jwks, authIssuer: undefined } })).toBe(
      "keyService.authIssuer: missing; required with keyService.authJwksUrl, so that only your issuer's tokens are accepted",
    );
  });

  test("fails for a JWKS URL without an audience", () => {
    expect(onlyProblemOf({ ...dev, keyService: { ...jwks, authAudience: undefined } })).toBe(
      "keyService.authAudience: missing; required with keyService.authJwksUrl, so that only tokens meant for this service are accepted",
    );
  });

  test("fails for a JWKS URL beside a secret name", () => {
    expect(onlyProblemOf({ ...dev, keyService: { ...jwks, authJwtSecretName: "dev-jwt" } })).toBe(
      'keyService.authJwtSecretName: received "dev-jwt"; allowed: unset when keyService.authJwksUrl is set (tokens are verified with the key set or with a secret, not both)',
    );
  });

  test("fails for a protected environment without an audience", () => {
    expect(onlyProblemOf({ ...prod, keyService: { ...prod.keyService, authAudience: undefined } })).toBe(
      "keyService.authAudience: missing; required in a protected environment",
    );
  });

  test("fails for a protected HS256 environment whose secret would pass through a Terraform variable", () => {
    expect(onlyProblemOf({ ...prod, keyService: { ...prod.keyService, authJwtSecretName: undefined } })).toMatch(
      /^keyService\.authJwtSecretName: missing; required in a protected environment using HS256 \(or set keyService\.authJwksUrl\): /,
    );
  });

  test("fails for a protected environment without a maximum token age, naming what is allowed", () => {
    expect(onlyProblemOf({ ...prod, keyService: { ...prod.keyService, authMaxTokenAgeSeconds: undefined } })).toBe(
      "keyService.authMaxTokenAgeSeconds: missing; required in a protected environment, so that a token whose exp is years away " +
        "cannot get keys for years; allowed: an integer from 60 to 86400 (seconds), such as 3600",
    );
  });

  test("fails for a protected environment whose maximum token age is over a day", () => {
    expect(onlyProblemOf({ ...prod, keyService: { ...prod.keyService, authMaxTokenAgeSeconds: 86401 } })).toBe(
      "keyService.authMaxTokenAgeSeconds: received 86401; allowed: at most 86400 seconds (a day) in a protected environment",
    );
  });

  test("gives prod a maximum token age of an hour", () => {
    expect(resolveEnvironment(prod).keyService.authMaxTokenAgeSeconds).toBe(3600);
  });

  test("leaves the token age unchecked in an unprotected environment that sets none", () => {
    expect(resolveEnvironment(dev).keyService.authMaxTokenAgeSeconds).toBeUndefined();
  });

  test("accepts a protected environment with a JWKS URL and no secret name", () => {
    const keyService = { ...prod.keyService, ...jwks, authJwtSecretName: undefined };
    expect(resolveEnvironment({ ...prod, keyService }).keyService.authJwksUrl).toBe(jwks.authJwksUrl);
  });

  test("accepts an unprotected HS256 environment with the secret in the Terraform variable", () => {
    expect(resolveEnvironment(dev).keyService.authJwtSecretName).toBeUndefined();
  });

  test("checks the rules between fields even when a field is invalid", () => {
    const record = {
      ...prod,
      keyDurationSeconds: "900",
      protect: true,
      keyService: { ...prod.keyService, authAudience: undefined },
    };
    expect(problemsOf(record)).toEqual([
      'keyDurationSeconds: received "900"; allowed: an integer from 900 to 7200',
      'protect: unknown field; did you mean "protected"?',
      "keyService.authAudience: missing; required in a protected environment",
    ]);
  });
});
