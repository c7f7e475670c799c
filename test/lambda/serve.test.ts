import path from "node:path";
import { RunningProcess, runToEnd, startUntil } from "../helpers/child-process";
import { claims, hs256Token, testSecret } from "../helpers/jwt";
import { startStsServer, StsServer } from "../../local/sts-server";
import { requestWithHost } from "../helpers/host-request";
import { BUCKET, REGION, ROLE_ARN } from "./service-fixture";

const ROOT = path.resolve(__dirname, "../..");

let serve: RunningProcess | undefined;
let sts: StsServer | undefined;

afterEach(async () => {
  await serve?.stop();
  await sts?.close();
  serve = undefined;
  sts = undefined;
});

const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const LISTENING = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/m;

test("serves the handler over http, issuing a key from the local sts endpoint", async () => {
  sts = await startStsServer();
  const secret = testSecret();
  const started = await startUntil(
    TSX,
    ["scripts/serve.ts"],
    {
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
    },
    LISTENING,
  );
  serve = started.process;
  const port = Number(started.match[1]);
  const token = await hs256Token(secret, claims("alice"));

  const response = await fetch(`http://127.0.0.1:${port}/keys?scope=upload&ext=jpg`, {
    headers: { Authorization: `Bearer ${token}`, Origin: "https://app.example.com" },
  });
  const body = (await response.json()) as { credentials: { tmpSecretId: string }; allowPrefix: string };
  const refused = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x".repeat(20000) });
  const rebound = await requestWithHost(port, "/keys?scope=upload&ext=jpg", `evil.example:${port}`);

  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
  expect(body.credentials.tmpSecretId).toBe(sts.issued[0].tmpSecretId);
  expect(body.allowPrefix).toBe("uploads/alice/");
  expect(refused.status).toBe(413);
  expect(rebound.status).toBe(421);
  expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: "MisdirectedRequest" } });
  expect(sts.calls).toHaveLength(1);
});

test("fails to start with a message naming the missing variable", async () => {
  const run = await runToEnd(TSX, ["scripts/serve.ts"], { cwd: ROOT, env: { PATH: process.env.PATH, PORT: "0" } });

  expect(run).toMatchObject({ code: 1, signal: null });
  expect(run.stderr).toMatch(/COS_BUCKET is required/);
});
