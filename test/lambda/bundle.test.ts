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
import { startStsServer, StsServer } from "../../local/sts-server";
import { buildStack } from "../helpers/synth";
import { functionUrlEvent, serviceEnv } from "./service-fixture";

const run = promisify(execFile);
let sts: StsServer;

beforeAll(async () => {
  sts = await startStsServer();
});

afterAll(() => sts.close());

function deployedHandlerDir(): string {
  const { code } = buildStack(ENVIRONMENTS.dev).keyService;
  const files = unzipSync(readFileSync(path.join(code.bundleDir, "archive.zip")));
  const dir = mkdtempSync(path.join(tmpdir(), "key-service-bundle-"));
  writeFileSync(path.join(dir, "index.js"), files["index.js"]);
  return dir;
}

test("the deployed bundle issues a key from a fresh node process without node_modules", async () => {
  const dir = deployedHandlerDir();
  const secret = testSecret();
  const event = functionUrlEvent({ headers: { authorization: `Bearer ${await hs256Token(secret, claims("alice"))}` } });
  const script = `require("./index.js").main_handler(${JSON.stringify(event)}, { request_id: "r1" })
    .then((response) => process.stdout.write("\\n" + JSON.stringify(response)))`;
  const { stdout } = await run(process.execPath, ["-e", script], {
    cwd: dir,
    env: { PATH: process.env.PATH, ...serviceEnv(sts, secret) },
  });
  const response = JSON.parse(stdout.trim().split("\n").pop() ?? "") as { statusCode: number; body: string };
  const body = JSON.parse(response.body) as { credentials: { tmpSecretId: string }; allowPrefix: string };

  expect(response.statusCode).toBe(200);
  expect(body.allowPrefix).toBe("uploads/alice/");
  expect(sts.lookup(body.credentials.tmpSecretId)).toBeDefined();
  expect(sts.calls.filter((call) => !call.rejected)).toHaveLength(1);
});
