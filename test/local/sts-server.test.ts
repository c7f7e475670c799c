import http from "node:http";
import net from "node:net";
import { Client } from "tencentcloud-sdk-nodejs/tencentcloud/services/sts/v20180813/sts_client";
import { StsCall, startStsServer, StsServer } from "../../local/sts-server";

const ROLE_ARN = "qcs::cam::uin/100000000001:roleName/upload";

/**
 * The real SDK client, signing with `server`'s keys (or `secretKey` instead). The SDK signs for the service the
 * endpoint's first DNS label names, so the endpoint says `sts.tencentcloudapi.com` and the agent connects to 127.0.0.1.
 */
function client(server: StsServer, secretKey = server.keys.secretKey): Client {
  const agent = new http.Agent({ keepAlive: true });
  agent.createConnection = () => net.createConnection({ host: "127.0.0.1", port: server.port });
  return new Client({
    credential: { secretId: server.keys.secretId, secretKey, token: server.keys.token },
    region: "ap-guangzhou",
    profile: {
      httpProfile: {
        reqMethod: "POST",
        protocol: "http://",
        endpoint: `sts.tencentcloudapi.com:${server.port}`,
        agent,
      },
    },
  });
}

describe("local STS endpoint options", () => {
  let server: StsServer | undefined;

  afterEach(async () => {
    await server?.close();
  });

  test("records every call and issued key by default", async () => {
    server = await startStsServer();
    await client(server).AssumeRole({ RoleArn: ROLE_ARN, RoleSessionName: "recorded", DurationSeconds: 900 });
    expect(server.calls).toHaveLength(1);
    expect(server.issued).toHaveLength(1);
    expect(server.lookup(server.issued[0].tmpSecretId)).toBe(server.issued[0]);
  });

  test("keeps nothing with record false, and hands every call, refused ones too, to onCall", async () => {
    const seen: StsCall[] = [];
    server = await startStsServer({ record: false, onCall: (call) => seen.push(call) });
    const { Credentials } = await client(server).AssumeRole({
      RoleArn: ROLE_ARN,
      RoleSessionName: "unrecorded",
      DurationSeconds: 900,
    });
    await expect(
      client(server, "wrong-key").AssumeRole({ RoleArn: ROLE_ARN, RoleSessionName: "unrecorded" }),
    ).rejects.toThrow();
    expect(server.calls).toEqual([]);
    expect(server.issued).toEqual([]);
    expect(server.lookup(String(Credentials?.TmpSecretId))).toBeUndefined();
    expect(seen.map((call) => [call.action, call.rejected])).toEqual([
      ["AssumeRole", undefined],
      ["AssumeRole", "AuthFailure.SignatureFailure"],
    ]);
  });

  test("counts the connections it accepted", async () => {
    server = await startStsServer();
    expect(server.connections).toBe(0);
    await client(server).AssumeRole({ RoleArn: ROLE_ARN, RoleSessionName: "counted", DurationSeconds: 900 });
    expect(server.connections).toBeGreaterThanOrEqual(1);
  });
});
