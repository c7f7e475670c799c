/** The local SSM endpoint, driven by the real SDK client: SSM's answer shape, and its signature and token checks. */
import { Client } from "tencentcloud-sdk-nodejs/tencentcloud/services/ssm/v20190923/ssm_client";
import type { FunctionCredentials } from "../../lambda/shared/credentials";
import { DEFAULT_SSM_HOST } from "../../lambda/shared/ssm";
import { clientOptions } from "../../lambda/shared/tencent-api";
import { startSsmServer, SsmServer } from "../../local/ssm-server";

let ssm: SsmServer | undefined;

afterEach(async () => {
  await ssm?.close();
  ssm = undefined;
});

function client(server: SsmServer, keys: FunctionCredentials = server.keys): Client {
  return new Client(
    clientOptions(
      { endpoint: new URL(server.url), region: "ap-guangzhou", timeoutMs: 2000, credentials: () => keys },
      DEFAULT_SSM_HOST,
    ),
  );
}

test("answers GetSecretValue in ssm's shape for a request signed with the expected keys", async () => {
  ssm = await startSsmServer({ secrets: { "jwt-secret": { active: "a-secret-of-thirty-two-bytes-or-more" } } });

  const response = await client(ssm).GetSecretValue({ SecretName: "jwt-secret", VersionId: "active" });

  expect(response).toEqual({
    SecretName: "jwt-secret",
    VersionId: "active",
    SecretBinary: "",
    SecretString: "a-secret-of-thirty-two-bytes-or-more",
    RequestId: ssm.calls[0].requestId,
  });
  expect(ssm.calls[0]).toMatchObject({ action: "GetSecretValue", secretId: ssm.keys.secretId, rejected: undefined });
});

test("serves the value a later UpdateSecret stored", async () => {
  ssm = await startSsmServer({ secrets: { "jwt-secret": { active: "old" } } });
  ssm.setSecret("jwt-secret", "active", "new");

  expect((await client(ssm).GetSecretValue({ SecretName: "jwt-secret", VersionId: "active" })).SecretString).toBe(
    "new",
  );
});

test.each([
  [
    "another secret id",
    (keys: FunctionCredentials) => ({ ...keys, secretId: "AKIDother" }),
    "AuthFailure.SecretIdNotFound",
  ],
  [
    "a wrong secret key",
    (keys: FunctionCredentials) => ({ ...keys, secretKey: "wrong" }),
    "AuthFailure.SignatureFailure",
  ],
  [
    "no session token",
    (keys: FunctionCredentials) => ({ secretId: keys.secretId, secretKey: keys.secretKey }),
    "AuthFailure.TokenFailure",
  ],
] as const)("refuses a request with %s", async (_name, change, code) => {
  ssm = await startSsmServer({ secrets: { "jwt-secret": { active: "x".repeat(32) } } });

  await expect(
    client(ssm, change(ssm.keys)).GetSecretValue({ SecretName: "jwt-secret", VersionId: "active" }),
  ).rejects.toMatchObject({ code });
  expect(ssm.calls[0].rejected).toBe(code);
});

test("answers ResourceNotFound for an unknown secret or version", async () => {
  ssm = await startSsmServer({ secrets: { "jwt-secret": { active: "x".repeat(32) } } });

  await expect(client(ssm).GetSecretValue({ SecretName: "other", VersionId: "active" })).rejects.toMatchObject({
    code: "ResourceNotFound",
  });
  await expect(client(ssm).GetSecretValue({ SecretName: "jwt-secret", VersionId: "v2" })).rejects.toMatchObject({
    code: "ResourceNotFound",
  });
});

test("refuses other actions", async () => {
  ssm = await startSsmServer();

  await expect(client(ssm).ListSecrets({})).rejects.toMatchObject({ code: "InvalidAction" });
});

test("refuses a request signed for another service", async () => {
  ssm = await startSsmServer();
  const { Client: StsClient } = await import("tencentcloud-sdk-nodejs/tencentcloud/services/sts/v20180813/sts_client");
  const keys = ssm.keys;
  const sts = new StsClient(
    clientOptions(
      { endpoint: new URL(ssm.url), region: "ap-guangzhou", timeoutMs: 2000, credentials: () => keys },
      "sts.tencentcloudapi.com",
    ),
  );

  await expect(sts.request("GetSecretValue", { SecretName: "s", VersionId: "active" })).rejects.toMatchObject({
    code: "AuthFailure.SignatureFailure",
  });
});
