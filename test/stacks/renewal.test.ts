/** The stack's part in renewing object-mode upload keys (issue 15): the function's variables and its ticket secret. */
import { parseConfig } from "../../lambda/key-service/config";
import { devWith, resourcesOf, synthJson } from "../helpers/synth";

const jwks = {
  authJwksUrl: "https://idp.example.com/.well-known/jwks.json",
  authIssuer: "https://idp.example.com/",
  authAudience: "dt",
};

function functionEnvironment(json: ReturnType<typeof synthJson>): Record<string, string> {
  const fn = resourcesOf(json, "tencentcloud_scf_function").find((f) => String(f.name).endsWith("-key-service"));
  return fn?.environment as Record<string, string>;
}

test("gives an object-mode key service its renewal window, and a prefix-mode one none", () => {
  expect(functionEnvironment(synthJson(devWith({ keyMode: "object" })))).toMatchObject({
    RENEWAL_WINDOW_SECONDS: "86400",
  });
  expect(
    functionEnvironment(synthJson(devWith({ keyMode: "object", keyService: { renewalWindowSeconds: 7200 } }))),
  ).toMatchObject({
    RENEWAL_WINDOW_SECONDS: "7200",
  });
  expect(functionEnvironment(synthJson(devWith({ keyMode: "prefix" })))).not.toHaveProperty("RENEWAL_WINDOW_SECONDS");
});

test("names the ticket secret to a key service with a key set, which reads that one secret and nothing else", () => {
  const json = synthJson(
    devWith({ keyMode: "object", keyService: { ...jwks, uploadTicketSecretName: "direct-transfer-dev-tickets" } }),
  );

  const variables = functionEnvironment(json);
  expect(variables).toMatchObject({
    UPLOAD_TICKET_SECRET_NAME: "direct-transfer-dev-tickets",
    AUTH_JWKS_URL: jwks.authJwksUrl,
  });
  const policies = resourcesOf(json, "tencentcloud_cam_policy");
  expect(
    JSON.parse(String(policies.find((p) => p.name === "direct-transfer-dev-key-service-ticket-secret")?.document)),
  ).toEqual({
    version: "2.0",
    statement: [
      {
        effect: "allow",
        action: ["name/ssm:GetSecretValue"],
        resource: ["qcs::ssm:ap-guangzhou:uin/100000000001:secret/creatorUin/*/direct-transfer-dev-tickets"],
      },
    ],
  });
  const attachments = resourcesOf(json, "tencentcloud_cam_role_policy_attachment").map((a) => String(a.policy_id));
  expect(attachments.filter((id) => id.includes("ticket-secret"))).toHaveLength(1);
  // The function accepts what the stack sets.
  const config = parseConfig({ ...variables, TENCENTCLOUD_SECRETID: "AKIDx", TENCENTCLOUD_SECRETKEY: "x" });
  expect(config.uploadTicket).toMatchObject({
    renewalWindowSeconds: 86_400,
    secret: { kind: "ssm", ssm: { secretName: "direct-transfer-dev-tickets" } },
  });
});

test("fails at synth for object mode with a key set and no ticket secret, naming the field", () => {
  expect(() => synthJson(devWith({ keyMode: "object", keyService: jwks }))).toThrow(
    /keyService\.uploadTicketSecretName: missing; required with keyMode "object" and keyService\.authJwksUrl/,
  );
});
