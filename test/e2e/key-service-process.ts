/**
 * The key service as `npm run serve` runs it (scripts/serve.ts in its own process), issuing keys from a local STS
 * endpoint, for end-to-end tests that go over HTTP exactly as an app does.
 */
import { ChildProcess, spawn } from "node:child_process";
import path from "node:path";
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
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
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
  });
  let port: number;
  try {
    port = await announcedPort(child);
  } catch (error) {
    await sts.close();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    sts,
    token: (sub) => hs256Token(secret, claims(sub)),
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await exited;
      }
      await sts.close();
    },
  };
}

/** The port from the "listening on …" line; rejects with the process's output if it exits before printing it. */
function announcedPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port !== undefined) {
        resolve(Number(port));
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`the key service exited with ${code} before listening:\n${output}`)));
  });
}
