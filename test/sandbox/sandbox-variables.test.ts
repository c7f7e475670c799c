/** How the sandbox turns the synthesized function variables into a local configuration. */
import path from "node:path";
import os from "node:os";
import { ENVIRONMENTS } from "../../config/environments";
import type { CosServer } from "../../local/cos-server";
import type { StsServer } from "../../local/sts-server";
import { sandboxVariables } from "../../sandbox/sandbox";
import { SynthesizedStack, synthesizeStack } from "../../sandbox/synthesized-stack";

const local = {
  secret: "s".repeat(48),
  sts: {
    url: "http://127.0.0.1:4001",
    keys: { secretId: "AKIDlocal", secretKey: "key", token: "token" },
  } as unknown as StsServer,
  cos: { url: "http://127.0.0.1:4002" } as unknown as CosServer,
};

function stackWith(functionVariables: Record<string, string>): SynthesizedStack {
  return { name: "dev", functionVariables, functionName: "fn", corsRules: [], knownOutputs: {} };
}

test("keeps what dev's stack synthesizes and supplies the secret, the local STS and its keys", () => {
  const stack = synthesizeStack(ENVIRONMENTS.dev, path.join(os.tmpdir(), "sandbox-variables-cdktf.out"));

  expect(stack.functionVariables.AUTH_JWT_SECRET).toBe("${var.key_service_jwt_secret}");
  expect(sandboxVariables(stack, local)).toEqual({
    COS_BUCKET: "direct-transfer-dev-1250000000",
    COS_REGION: "ap-guangzhou",
    UPLOAD_ROLE_ARN: "qcs::cam::uin/100000000001:roleName/direct-transfer-dev-upload",
    ALLOW_PREFIX: "uploads/{sub}/",
    ALLOWED_SCOPES: "upload,download",
    DURATION_SECONDS: "1800",
    KEY_MODE: "prefix",
    MAX_KEYS_PER_CALLER_PER_MINUTE: "10",
    MULTIPART_UPLOAD: "true",
    ALLOWED_ORIGINS: "http://localhost:3000,http://localhost:5173",
    AUTH_JWT_SECRET: local.secret,
    STS_ENDPOINT: "http://127.0.0.1:4001",
    TENCENTCLOUD_SECRETID: "AKIDlocal",
    TENCENTCLOUD_SECRETKEY: "key",
    TENCENTCLOUD_SESSIONTOKEN: "token",
    ALLOW_INSECURE_TRANSPORT: "true",
  });
});

test("replaces an SSM secret name or a JWKS URL with the sandbox secret", () => {
  const variables = sandboxVariables(
    stackWith({
      COS_BUCKET: "b-1250000000",
      AUTH_JWT_SECRET_NAME: "prod-secret",
      SSM_ENDPOINT: "ssm.tencentcloudapi.com",
      AUTH_AUDIENCE: "app",
    }),
    local,
  );

  expect(variables).not.toHaveProperty("AUTH_JWT_SECRET_NAME");
  expect(variables).not.toHaveProperty("SSM_ENDPOINT");
  expect(variables).toMatchObject({ AUTH_JWT_SECRET: local.secret, AUTH_AUDIENCE: "app" });
  expect(sandboxVariables(stackWith({ AUTH_JWKS_URL: "https://id.example.com/jwks" }), local)).not.toHaveProperty(
    "AUTH_JWKS_URL",
  );
});

test("points a COS endpoint variable at the local COS", () => {
  expect(sandboxVariables(stackWith({ COS_ENDPOINT: "cos.ap-guangzhou.myqcloud.com" }), local).COS_ENDPOINT).toBe(
    "http://127.0.0.1:4002",
  );
});

test("fails naming a variable left to Terraform that the sandbox cannot supply", () => {
  expect(() => sandboxVariables(stackWith({ WEBHOOK_SECRET: "${var.webhook_secret}" }), local)).toThrow(
    "the sandbox cannot supply the function variable WEBHOOK_SECRET (${var.webhook_secret}); add it to sandbox/sandbox.ts",
  );
});
