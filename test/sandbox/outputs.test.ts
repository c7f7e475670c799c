/** `npm run outputs`: the outputs file from a deploy's outputs, the synthesized stack and SCF's trigger list. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ENVIRONMENTS } from "../../config/environments";
import { ScfServer, startScfServer } from "../../local/scf-server";
import { synthesizeStack } from "../../sandbox/synthesized-stack";
import { appOutputs, readOutputs, uploadLimitsOf, writeOutputs } from "../../sandbox/outputs-file";
import { readDeployOutputs, readFunctionUrl, runOutputs } from "../../scripts/outputs";

const FUNCTION_URL = "https://1250000000-abcdefghij-gz.scf.tencentcs.com";
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "outputs-test-"));
let scf: ScfServer | undefined;

/** What `cdktf output dev --outputs-file` writes after a deploy. */
const CDKTF_OUTPUTS = {
  dev: {
    bucket_name: "direct-transfer-dev-1250000000",
    bucket_region: "ap-guangzhou",
    upload_role_arn: "qcs::cam::uin/100000000001:roleName/direct-transfer-dev-upload",
    key_service_function_name: "direct-transfer-dev-key-service",
    key_service_url_command:
      "tccli scf ListTriggers --region ap-guangzhou --Namespace default --FunctionName direct-transfer-dev-key-service",
  },
};

beforeAll(async () => {
  scf = await startScfServer({
    functions: [
      {
        namespace: "default",
        name: "direct-transfer-dev-key-service",
        triggers: [
          { TriggerName: "nightly", Type: "timer", TriggerDesc: "0 0 3 * * * *" },
          {
            TriggerName: "url",
            Type: "http",
            TriggerDesc: JSON.stringify({
              AuthType: "NONE",
              NetConfig: { EnableIntranet: false, EnableExtranet: true, ExtranetUrl: FUNCTION_URL, IntranetUrl: "" },
            }),
          },
        ],
      },
      { namespace: "default", name: "no-url-yet", triggers: [] },
    ],
  });
});

afterAll(async () => {
  await scf?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

function writeJson(name: string, value: unknown): string {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

function deployer(): Record<string, string> {
  return {
    TENCENTCLOUD_SECRET_ID: scf!.keys.secretId,
    TENCENTCLOUD_SECRET_KEY: scf!.keys.secretKey,
    SCF_ENDPOINT: scf!.url,
  };
}

test("builds the app's file from the synthesized function variables", () => {
  const stack = synthesizeStack({ ...ENVIRONMENTS.staging }, path.join(workDir, "cdktf.out"));

  const outputs = appOutputs({
    environment: "staging",
    functionVariables: stack.functionVariables,
    keyServiceUrl: null,
    keyServiceUrlCommand: stack.knownOutputs.key_service_url_command,
  });

  expect(outputs).toEqual({
    environment: "staging",
    bucket: "direct-transfer-staging-1250000000",
    region: "ap-guangzhou",
    keyPrefixTemplate: "uploads/{sub}/",
    keyMode: "prefix",
    keyService: {
      url: null,
      urlCommand:
        "tccli scf ListTriggers --region ap-guangzhou --Namespace default --FunctionName direct-transfer-staging-key-service",
    },
    cos: { domain: null, protocol: "https:" },
    uploadLimits: {
      maxObjectBytes: 100 * 1024 * 1024,
      maxRequestBytes: 100 * 1024 * 1024,
      multipartUpload: true,
      maxObjectBytesEnforcedBy: "uploadCheck",
      allowedContentTypes: ["image/*", "video/mp4"],
      multipartThresholdBytes: 1024 * 1024,
      partSizeBytes: 1024 * 1024,
    },
    keyDurationSeconds: 1800,
  });
});

describe("the upload limits of the outputs file", () => {
  const MiB = 1024 * 1024;

  test("state both limits, and that the post-upload check enforces the object's size where keys grant multipart upload", () => {
    expect(uploadLimitsOf({ MAX_UPLOAD_BYTES: String(100 * MiB), MULTIPART_UPLOAD: "true" })).toEqual({
      maxObjectBytes: 100 * MiB,
      maxRequestBytes: 100 * MiB,
      multipartUpload: true,
      maxObjectBytesEnforcedBy: "uploadCheck",
      allowedContentTypes: [],
      // The SDKs' own threshold and part size: parts stay far below the per-request limit.
      multipartThresholdBytes: MiB,
      partSizeBytes: MiB,
    });
  });

  test("send every upload in one request where keys grant no multipart upload, so COS refuses an oversize one by size", () => {
    expect(uploadLimitsOf({ MAX_UPLOAD_BYTES: String(10 * MiB), MULTIPART_UPLOAD: "false" })).toMatchObject({
      multipartUpload: false,
      maxObjectBytesEnforcedBy: "request",
      multipartThresholdBytes: 10 * MiB + 1,
    });
    expect(uploadLimitsOf({ MULTIPART_UPLOAD: "false" })).toMatchObject({
      maxObjectBytes: null,
      multipartThresholdBytes: 5 * 1024 ** 3,
    });
  });

  test("take whether keys grant multipart upload from the environment's record where it says so", () => {
    expect(uploadLimitsOf({ MAX_UPLOAD_BYTES: String(100 * MiB) }, true)).toMatchObject({
      multipartUpload: true,
      maxObjectBytesEnforcedBy: "uploadCheck",
      multipartThresholdBytes: MiB,
    });
    expect(uploadLimitsOf({ MAX_UPLOAD_BYTES: String(100 * MiB), MULTIPART_UPLOAD: "true" }, false)).toMatchObject({
      multipartUpload: false,
      multipartThresholdBytes: 100 * MiB + 1,
    });
  });

  test("send every upload in one request when the limit is below COS's smallest part", () => {
    expect(uploadLimitsOf({ MAX_UPLOAD_BYTES: "1000", MULTIPART_UPLOAD: "true" })).toMatchObject({
      multipartUpload: true,
      multipartThresholdBytes: 1001,
    });
  });

  test("round-trip through the file, and a file without the thresholds fails naming the field", () => {
    const file = path.join(workDir, "outputs", "round-trip.json");
    const outputs = appOutputs({
      environment: "dev",
      functionVariables: { COS_BUCKET: "b-1250000000", COS_REGION: "ap-guangzhou" },
      keyServiceUrl: null,
      keyServiceUrlCommand: "",
    });
    writeOutputs(file, outputs);
    expect(readOutputs(file)).toEqual(outputs);

    fs.writeFileSync(file, JSON.stringify({ ...outputs, uploadLimits: { maxUploadBytes: null, sliceSizeBytes: 1 } }));
    expect(() => readOutputs(file)).toThrow(
      `the outputs file ${file} has no valid uploadLimits.multipartThresholdBytes`,
    );
  });
});

test("no module but a command line imports scripts/ (the outputs file's code is shared from sandbox/outputs-file.ts)", () => {
  const root = path.resolve(__dirname, "../..");
  const importers = ["sandbox", "sandbox/page", "examples", "lambda", "stacks", "policy", "local", "config"].flatMap(
    (dir) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((name) => name.endsWith(".ts"))
        .filter((name) => /from "(\.\.\/)+scripts\//.test(fs.readFileSync(path.join(root, dir, name), "utf8")))
        .map((name) => `${dir}/${name}`),
  );

  expect(importers).toEqual([]);
});

describe("readDeployOutputs", () => {
  test("reads cdktf output's file and terraform output -json alike", () => {
    const fromCdktf = readDeployOutputs(writeJson("cdktf.json", CDKTF_OUTPUTS), "dev");
    const terraform = Object.fromEntries(
      Object.entries(CDKTF_OUTPUTS.dev).map(([name, value]) => [name, { value, type: "string", sensitive: false }]),
    );
    const fromTerraform = readDeployOutputs(writeJson("terraform.json", terraform), "dev");

    expect(fromCdktf).toEqual({
      bucketName: "direct-transfer-dev-1250000000",
      bucketRegion: "ap-guangzhou",
      functionName: "direct-transfer-dev-key-service",
      urlCommand: CDKTF_OUTPUTS.dev.key_service_url_command,
    });
    expect(fromTerraform).toEqual(fromCdktf);
  });

  test("fails naming the output a file lacks", () => {
    const file = writeJson("partial.json", { dev: { bucket_name: "b-1250000000" } });

    expect(() => readDeployOutputs(file, "dev")).toThrow(
      `${file} has no output bucket_region for stack dev; was the stack deployed?`,
    );
  });

  test("fails for a file that is not JSON", () => {
    const file = path.join(workDir, "broken.json");
    fs.writeFileSync(file, "{");

    expect(() => readDeployOutputs(file, "dev")).toThrow(`cannot read the outputs file ${file}`);
  });
});

describe("readFunctionUrl, through tencentcloud-sdk-nodejs's SCF client against the local SCF endpoint", () => {
  test("reads the http trigger's public URL", async () => {
    const result = await readFunctionUrl(
      { region: "ap-guangzhou", credentials: scf!.keys, endpoint: scf!.url },
      "direct-transfer-dev-key-service",
    );

    expect(result).toEqual({ url: FUNCTION_URL });
    expect(scf!.calls.at(-1)).toMatchObject({
      action: "ListTriggers",
      params: { FunctionName: "direct-transfer-dev-key-service", Namespace: "default" },
    });
    expect(scf!.calls.at(-1)?.error).toBeUndefined();
  });

  test("says why when the keys are not the deployer's", async () => {
    const result = await readFunctionUrl(
      { region: "ap-guangzhou", credentials: { secretId: "AKIDsomeoneelse", secretKey: "x" }, endpoint: scf!.url },
      "direct-transfer-dev-key-service",
    );

    expect(result).toEqual({
      problem: expect.stringContaining("SCF ListTriggers failed (AuthFailure.SecretIdNotFound)"),
    });
  });

  test("says why when the request is signed with the wrong secret key", async () => {
    const result = await readFunctionUrl(
      {
        region: "ap-guangzhou",
        credentials: { secretId: scf!.keys.secretId, secretKey: "not-the-key" },
        endpoint: scf!.url,
      },
      "direct-transfer-dev-key-service",
    );

    expect(result).toEqual({ problem: expect.stringContaining("(AuthFailure.SignatureFailure)") });
  });

  test("says why when the function has no Function URL yet", async () => {
    const result = await readFunctionUrl(
      { region: "ap-guangzhou", credentials: scf!.keys, endpoint: scf!.url },
      "no-url-yet",
    );

    expect(result).toEqual({
      problem: "function no-url-yet has no http trigger (Function URL) with a public address yet",
    });
  });
});

describe("runOutputs", () => {
  test("writes outputs/<env>.json with the Function URL", async () => {
    const out = path.join(workDir, "outputs", "dev.json");

    const result = await runOutputs(
      ["dev", "--outputs-file", writeJson("deployed.json", CDKTF_OUTPUTS), "--out", out],
      deployer(),
    );

    expect(result.warning).toBeUndefined();
    const written = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(written).toEqual(result.outputs);
    expect(written).toMatchObject({
      environment: "dev",
      bucket: "direct-transfer-dev-1250000000",
      keyService: { url: FUNCTION_URL, urlCommand: CDKTF_OUTPUTS.dev.key_service_url_command },
      uploadLimits: {
        maxObjectBytes: null,
        maxRequestBytes: null,
        multipartUpload: true,
        maxObjectBytesEnforcedBy: null,
        allowedContentTypes: [],
      },
      keyDurationSeconds: 1800,
    });
  });

  test("keeps the command, with a warning, when no credentials are set", async () => {
    const out = path.join(workDir, "outputs", "dev-no-keys.json");

    const result = await runOutputs(
      ["dev", "--outputs-file", writeJson("deployed2.json", CDKTF_OUTPUTS), "--out", out],
      {},
    );

    expect(result.outputs.keyService).toEqual({ url: null, urlCommand: CDKTF_OUTPUTS.dev.key_service_url_command });
    expect(result.warning).toBe(
      `the key-service URL was not read (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set); run: ${CDKTF_OUTPUTS.dev.key_service_url_command}`,
    );
  });

  test.each([
    [[], "exactly one environment is required"],
    [["qa"], 'unknown environment "qa"; allowed: dev, staging, prod'],
    [["dev", "--colour"], "Unknown option '--colour'"],
  ])("fails for %j", async (argv, message) => {
    await expect(runOutputs(argv, {})).rejects.toThrow(message);
  });
});

test("tells apps of an object-mode environment to ask for a key per upload", () => {
  const stack = synthesizeStack(
    { ...ENVIRONMENTS.dev, keyMode: "object" },
    path.join(os.tmpdir(), "outputs-object-mode-cdktf.out"),
  );

  const outputs = appOutputs({
    environment: "dev",
    functionVariables: stack.functionVariables,
    keyServiceUrl: null,
    keyServiceUrlCommand: "",
  });

  expect(outputs.keyMode).toBe("object");
});

describe("the key service's own domain in the outputs file", () => {
  const DOMAIN_URL = "https://keys.example.com/";

  test("names the URL the synthesized stack gives for keyService.customDomain", () => {
    const environment = {
      ...ENVIRONMENTS.dev,
      name: "devdomain",
      keyService: {
        ...ENVIRONMENTS.dev.keyService,
        customDomain: { domain: "keys.example.com", certificateId: "8cj4g8h8" },
      },
    };
    const stack = synthesizeStack(environment, path.join(workDir, "cdktf-domain.out"));

    const outputs = appOutputs({
      environment: "devdomain",
      functionVariables: stack.functionVariables,
      keyServiceUrl: null,
      keyServiceUrlCommand: stack.knownOutputs.key_service_url_command,
      keyServiceDomainUrl: stack.knownOutputs.key_service_domain_url,
    });

    expect(outputs.keyService.domainUrl).toBe(DOMAIN_URL);
  });

  test("has no domain URL without a custom domain", () => {
    const stack = synthesizeStack({ ...ENVIRONMENTS.dev }, path.join(workDir, "cdktf-nodomain.out"));

    expect(stack.knownOutputs.key_service_domain_url).toBeUndefined();
    expect(
      appOutputs({
        environment: "dev",
        functionVariables: stack.functionVariables,
        keyServiceUrl: null,
        keyServiceUrlCommand: "c",
      }).keyService,
    ).toEqual({
      url: null,
      urlCommand: "c",
    });
  });

  test("reads the deployed stack's domain URL, and writes it beside the Function URL", async () => {
    const deployed = { dev: { ...CDKTF_OUTPUTS.dev, key_service_domain_url: DOMAIN_URL } };
    expect(readDeployOutputs(writeJson("deployed-domain.json", deployed), "dev").domainUrl).toBe(DOMAIN_URL);
    const out = path.join(workDir, "outputs", "dev-domain.json");

    const result = await runOutputs(
      ["dev", "--outputs-file", writeJson("deployed-domain2.json", deployed), "--out", out],
      deployer(),
    );

    expect(JSON.parse(fs.readFileSync(out, "utf8")).keyService).toEqual({
      url: FUNCTION_URL,
      urlCommand: CDKTF_OUTPUTS.dev.key_service_url_command,
      domainUrl: DOMAIN_URL,
    });
    expect(result.warning).toBeUndefined();
  });
});
