import { ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { claims, hs256Token, testSecret } from "../helpers/jwt";
import { startStsServer, StsServer } from "../../local/sts-server";
import { BUCKET, REGION, ROLE_ARN } from "./service-fixture";

const ROOT = path.resolve(__dirname, "../..");

let child: ChildProcess | undefined;
let sts: StsServer | undefined;

afterEach(async () => {
  child?.kill();
  await sts?.close();
  child = undefined;
  sts = undefined;
});

/** Resolves with the port once the server prints its "listening on" line; rejects if it exits first. */
function listening(process: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    process.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/m.exec(output);
      if (match) {
        resolve(Number(match[1]));
      }
    });
    process.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    process.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

test("serves the handler over http, issuing a key from the local sts endpoint", async () => {
  sts = await startStsServer();
  const secret = testSecret();
  child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: "0",
      COS_BUCKET: BUCKET,
      COS_REGION: REGION,
      UPLOAD_ROLE_ARN: ROLE_ARN,
      AUTH_JWT_SECRET: secret,
      ALLOWED_ORIGINS: "https://app.example.com",
      STS_ENDPOINT: sts.url,
      TENCENTCLOUD_SECRET_ID: sts.keys.secretId,
      TENCENTCLOUD_SECRET_KEY: sts.keys.secretKey,
      TENCENTCLOUD_SESSION_TOKEN: sts.keys.token,
    },
  });
  const port = await listening(child);
  const token = await hs256Token(secret, claims("alice"));

  const response = await fetch(`http://127.0.0.1:${port}/keys?scope=upload&ext=jpg`, {
    headers: { Authorization: `Bearer ${token}`, Origin: "https://app.example.com" },
  });
  const body = (await response.json()) as { credentials: { tmpSecretId: string }; allowPrefix: string };
  const refused = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x".repeat(20000) });

  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
  expect(body.credentials.tmpSecretId).toBe(sts.issued[0].tmpSecretId);
  expect(body.allowPrefix).toBe("uploads/alice/");
  expect(refused.status).toBe(413);
  expect(sts.calls).toHaveLength(1);
});

test("fails to start with a message naming the missing variable", async () => {
  child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts"], { cwd: ROOT, env: { PATH: process.env.PATH, PORT: "0" } });

  await expect(listening(child)).rejects.toThrow(/COS_BUCKET is required/);
});
