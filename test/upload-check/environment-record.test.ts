/** The `uploadCheck` part of an environment record: the webhook secret's rules (config/environment-config.ts). */
import { ENVIRONMENTS } from "../../config/environments";
import { resolveEnvironment } from "../../config/resolve";

const HOOK = "https://backend.example.com/uploads";

describe("uploadCheck.webhookSecretName", () => {
  test("is accepted with a webhook, in a protected environment too", () => {
    const resolved = resolveEnvironment({ ...ENVIRONMENTS.prod, uploadCheck: { webhookUrl: HOOK, webhookSecretName: "direct-transfer-prod-webhook-secret" } });
    expect(resolved.uploadCheck).toEqual({ webhookUrl: HOOK, webhookSecretName: "direct-transfer-prod-webhook-secret", reservedConcurrency: 20 });
  });

  test("is optional outside protected environments", () => {
    expect(resolveEnvironment({ ...ENVIRONMENTS.dev, uploadCheck: { webhookUrl: HOOK } }).uploadCheck).toEqual({ webhookUrl: HOOK, reservedConcurrency: 20 });
  });

  test.each([
    [
      "a protected environment with a webhook but no secret name",
      { ...ENVIRONMENTS.prod, uploadCheck: { webhookUrl: HOOK } },
      "uploadCheck.webhookSecretName: missing; required in a protected environment with uploadCheck.webhookUrl: a secret passed as a Terraform variable is stored in plain text in the state",
    ],
    [
      "a secret name without a webhook",
      { ...ENVIRONMENTS.dev, uploadCheck: { quarantinePrefix: "quarantine/", webhookSecretName: "hook" } },
      'uploadCheck.webhookSecretName: received "hook"; allowed: unset unless uploadCheck.webhookUrl is set',
    ],
    [
      "a name SSM would refuse",
      { ...ENVIRONMENTS.dev, uploadCheck: { webhookUrl: HOOK, webhookSecretName: "hook/secret" } },
      'uploadCheck.webhookSecretName: received "hook/secret"; allowed: an SSM secret name: 1-128 characters of A-Z, a-z, 0-9, _ and -, starting with a letter or digit',
    ],
    [
      "a name longer than 128 characters",
      { ...ENVIRONMENTS.dev, uploadCheck: { webhookUrl: HOOK, webhookSecretName: "h".repeat(129) } },
      /uploadCheck\.webhookSecretName: .*at most 128/,
    ],
  ])("fails for %s, naming the field", (_, record, message) => {
    expect(() => resolveEnvironment(record)).toThrow(message);
  });
});
