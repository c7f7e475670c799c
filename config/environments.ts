import type { EnvironmentConfig } from "./environment-config";

/**
 * The environments this project deploys: one record each, one stack each. To add an environment, add a record.
 *
 * The APPID and UIN below are placeholders; replace them with your account's (console → Account Info).
 * Fields, defaults and checks: `environment-config.ts`. `satisfies` lets `tsc` flag a typo here; synth refuses it too,
 * as synth runs through `tsx`, which does not type-check.
 */
export const ENVIRONMENTS = {
  dev: {
    name: "dev",
    region: "ap-guangzhou",
    appId: "1250000000",
    ownerUin: "100000000001",
    bucketBaseName: "direct-transfer-dev",
    corsOrigins: ["http://localhost:3000", "http://localhost:5173"],
    keyDurationSeconds: 1800,
    allowDownload: true,
    abortIncompleteMultipartDays: 1,
    stateBackend: { type: "local" },
    protected: false,
    tags: { owner: "platform" },
    keyService: { reservedConcurrency: 5 },
  },
  staging: {
    name: "staging",
    region: "ap-guangzhou",
    appId: "1250000000",
    ownerUin: "100000000001",
    bucketBaseName: "direct-transfer-staging",
    corsOrigins: ["https://staging.example.com"],
    keyDurationSeconds: 1800,
    maxUploadBytes: 100 * 1024 * 1024,
    allowedContentTypes: ["image/*", "video/mp4"],
    abortIncompleteMultipartDays: 3,
    // Objects whose bytes are not what they were declared as move here rather than being deleted.
    uploadCheck: { quarantinePrefix: "quarantine/", clsLogging: true },
    stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefix: "direct-transfer/staging" },
    protected: false,
    tags: { owner: "platform" },
    keyService: { reservedConcurrency: 20, clsLogging: true },
    // Replace with your CAM users' UIDs (CAM console → Users → the user → UID); they get each alarm by email.
    alarms: { enabled: true, receivers: { userIds: [100000000001] } },
  },
  prod: {
    name: "prod",
    region: "ap-shanghai",
    appId: "1250000000",
    ownerUin: "100000000001",
    bucketBaseName: "direct-transfer-prod",
    corsOrigins: ["https://app.example.com"],
    keyDurationSeconds: 900,
    maxUploadBytes: 100 * 1024 * 1024,
    allowedContentTypes: ["image/*", "video/mp4"],
    abortIncompleteMultipartDays: 7,
    // The verdict tags' secret stays out of the state: created once in Secrets Manager (docs/upload-check.md).
    uploadCheck: {
      quarantinePrefix: "quarantine/",
      clsLogging: true,
      verdictSecretName: "direct-transfer-prod-verdict-secret",
    },
    stateBackend: { type: "cos", bucket: "tfstate-1250000000", prefix: "direct-transfer/prod", region: "ap-guangzhou" },
    protected: true,
    tags: { owner: "platform", "cost-center": "mobile" },
    keyService: {
      memorySizeMb: 256,
      reservedConcurrency: 100,
      clsLogging: true,
      authIssuer: "https://auth.example.com/",
      authAudience: "direct-transfer",
      // Protected: a token older than an hour gets no keys, whatever its exp says (an access token's usual lifetime).
      authMaxTokenAgeSeconds: 3600,
      // Protected: the HS256 secret comes from Secrets Manager, never a Terraform variable (docs/key-service.md).
      authJwtSecretName: "direct-transfer-prod-jwt-secret",
    },
    // Replace with your CAM users' UIDs (CAM console → Users → the user → UID); they get each alarm by email and SMS.
    alarms: { enabled: true, receivers: { userIds: [100000000001] }, noticeWays: ["EMAIL", "SMS"] },
  },
} as const satisfies Record<string, EnvironmentConfig>;

/** Environment names, as a literal union. */
export type EnvironmentName = keyof typeof ENVIRONMENTS;
