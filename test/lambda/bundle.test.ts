/**
 * The artefact that is deployed, not the sources: the zip the stack hands to SCF, unpacked outside the project and
 * loaded by a fresh `node`, issues a key through the real SDK client against the local STS endpoint.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { ENVIRONMENTS } from "../../config/environments";
import { claims, hs256Token, testSecret } from "../helpers/jwt";
import { JWT_SECRET_VERSION_ID } from "../../lambda/key-service/config";
import { startSsmServer, SsmServer } from "../../local/ssm-server";
import { startStsServer, StsServer } from "../../local/sts-server";
import { buildStack } from "../helpers/synth";
import { functionUrlEvent, serviceEnv } from "./service-fixture";

const run = promisify(execFile);
let sts: StsServer | undefined;
let ssm: SsmServer | undefined;

beforeAll(async () => {
  sts = await startStsServer();
  ssm = await startSsmServer({ keys: sts.keys });
});

afterAll(async () => {
  await sts?.close();
  await ssm?.close();
});

/** Runs the bundle in `dir` with `env` on one event; its response. */
async function invoke(
  dir: string,
  env: Record<string, string>,
  event: unknown,
): Promise<{ statusCode: number; body: string }> {
  const script = `require("./index.js").main_handler(${JSON.stringify(event)}, { request_id: "r1" })
    .then((response) => process.stdout.write("\\n" + JSON.stringify(response)))`;
  const { stdout } = await run(process.execPath, ["-e", script], { cwd: dir, env: { PATH: process.env.PATH, ...env } });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "") as { statusCode: number; body: string };
}

function deployedHandlerDir(): string {
  const { code } = buildStack(ENVIRONMENTS.dev).keyService;
  const files = unzipSync(readFileSync(path.join(code.bundleDir, "archive.zip")));
  const dir = mkdtempSync(path.join(tmpdir(), "key-service-bundle-"));
  writeFileSync(path.join(dir, "index.js"), files["index.js"]);
  return dir;
}

test("the deployed bundle issues a key from a fresh node process without node_modules", async () => {
  if (sts === undefined) {
    throw new Error("the local sts endpoint did not start");
  }
  const dir = deployedHandlerDir();
  const secret = testSecret();
  const event = functionUrlEvent({ headers: { authorization: `Bearer ${await hs256Token(secret, claims("alice"))}` } });
  const response = await invoke(dir, serviceEnv(sts, secret), event);
  const body = JSON.parse(response.body) as { credentials: { tmpSecretId: string }; allowPrefix: string };

  expect(response.statusCode).toBe(200);
  expect(body.allowPrefix).toBe("uploads/alice/");
  expect(sts.lookup(body.credentials.tmpSecretId)).toBeDefined();
  expect(sts.calls.filter((call) => !call.rejected)).toHaveLength(1);
});

test("the deployed bundle reads its token secret from secrets manager with the ssm client it carries", async () => {
  if (sts === undefined || ssm === undefined) {
    throw new Error("the local sts and ssm endpoints did not start");
  }
  const dir = deployedHandlerDir();
  const secret = testSecret();
  ssm.setSecret("bundle-jwt-secret", JWT_SECRET_VERSION_ID, secret);
  const { AUTH_JWT_SECRET: _inline, ...env } = serviceEnv(sts, secret);
  const event = functionUrlEvent({ headers: { authorization: `Bearer ${await hs256Token(secret, claims("bob"))}` } });

  const response = await invoke(
    dir,
    { ...env, AUTH_JWT_SECRET_NAME: "bundle-jwt-secret", SSM_ENDPOINT: ssm.url },
    event,
  );

  expect(response.statusCode).toBe(200);
  expect(ssm.calls.map((call) => [call.action, call.rejected])).toEqual([["GetSecretValue", undefined]]);
  // Only the two clients it uses: no other service's client is bundled.
  const code = readFileSync(path.join(dir, "index.js"), "utf8");
  expect(code).not.toMatch(/cvm\.tencentcloudapi\.com|cam\.tencentcloudapi\.com/);
});
