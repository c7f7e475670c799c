/**
 * The key service as `npm run serve` runs it (scripts/serve.ts in its own process), issuing keys from a local STS
 * endpoint, for end-to-end tests that go over HTTP exactly as an app does.
 */
import path from "node:path";
import { startUntil } from "../helpers/child-process";
import { claims, hs256Token, testSecret } from "../helpers/jwt";
import { startStsServer, StsServer } from "../../local/sts-server";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "../..");

/** The bucket every end-to-end test uses. */
export const LOCATION = { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" } as const;

/** A running key service. */
export interface KeyServiceProcess {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** Its STS endpoint, which also knows every key it issued and that key's session policy. */
  readonly sts: StsServer;
  /** An HS256 token for `sub`, valid for an hour, signed with the service's secret. */
  token(sub: string): Promise<string>;
  /** Stops the process and the STS endpoint. */
  close(): Promise<void>;
}

/**
 * Starts `scripts/serve.ts` on a free port with a complete configuration for {@link LOCATION}, plus `env`
 * (ALLOW_PREFIX, MAX_UPLOAD_BYTES, ALLOWED_CONTENT_TYPES, …).
 */
export async function startKeyService(env: Readonly<Record<string, string>> = {}): Promise<KeyServiceProcess> {
  const sts = await startStsServer();
  const secret = testSecret();
  let started: Awaited<ReturnType<typeof startUntil>>;
  try {
    started = await startUntil(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/serve.ts"],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          PORT: "0",
          COS_BUCKET: LOCATION.bucket,
          COS_REGION: LOCATION.region,
          UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/direct-transfer-upload",
          AUTH_JWT_SECRET: secret,
          DURATION_SECONDS: "1800",
          ALLOWED_SCOPES: "upload,download",
          STS_ENDPOINT: sts.url,
          TENCENTCLOUD_SECRETID: sts.keys.secretId,
          TENCENTCLOUD_SECRETKEY: sts.keys.secretKey,
          TENCENTCLOUD_SESSIONTOKEN: sts.keys.token ?? "",
          ...env,
        },
      },
      /listening on http:\/\/127\.0\.0\.1:(\d+)/,
    );
  } catch (error) {
    await sts.close();
    throw error;
  }
  const { process: serve, match } = started;
  return {
    url: `http://127.0.0.1:${match[1]}/`,
    sts,
    token: (sub) => hs256Token(secret, claims(sub)),
    async close() {
      await serve.stop();
      await sts.close();
    },
  };
}
