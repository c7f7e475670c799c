/** The `uploadCheck` part of an environment record: the webhook secret's rules (config/environment-config.ts). */
import { ENVIRONMENTS } from "../../config/environments";
import { resolveEnvironment } from "../../config/resolve";

const HOOK = "https://backend.example.com/uploads";
/** The sweep's and SCF retries' defaults every resolved `uploadCheck` carries. */
const SWEEP_DEFAULTS = { sweepSchedule: "0 0 * * * * *", sweepGraceMinutes: 30, sweepMaxObjects: 100, asyncRetries: 2 };

describe("uploadCheck.webhookSecretName", () => {
  test("is accepted with a webhook, in a protected environment too", () => {
    const resolved = resolveEnvironment({
      ...ENVIRONMENTS.prod,
      uploadCheck: { webhookUrl: HOOK, webhookSecretName: "direct-transfer-prod-webhook-secret" },
    });
    expect(resolved.uploadCheck).toEqual({
      webhookUrl: HOOK,
      webhookSecretName: "direct-transfer-prod-webhook-secret",
      reservedConcurrency: 20,
      ...SWEEP_DEFAULTS,
    });
  });

  test("is optional outside protected environments", () => {
    expect(resolveEnvironment({ ...ENVIRONMENTS.dev, uploadCheck: { webhookUrl: HOOK } }).uploadCheck).toEqual({
      webhookUrl: HOOK,
      reservedConcurrency: 20,
      ...SWEEP_DEFAULTS,
    });
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

describe("uploadCheck's sweep, retries and verdict secret", () => {
  test("take the record's values", () => {
    const uploadCheck = {
      sweepSchedule: "0 30 * * * * *",
      sweepGraceMinutes: 90,
      sweepMaxObjects: 1000,
      asyncRetries: 0,
    };
    expect(resolveEnvironment({ ...ENVIRONMENTS.dev, uploadCheck }).uploadCheck).toEqual({
      ...uploadCheck,
      reservedConcurrency: 20,
    });
  });

  test("name the verdict secret in Secrets Manager, which a protected environment without a webhook needs", () => {
    expect(resolveEnvironment(ENVIRONMENTS.prod).uploadCheck?.verdictSecretName).toBe(
      "direct-transfer-prod-verdict-secret",
    );
  });

  test.each([
    [
      "a protected environment without a webhook or a verdict secret name",
      { ...ENVIRONMENTS.prod, uploadCheck: { quarantinePrefix: "quarantine/" } },
      "uploadCheck.verdictSecretName: missing; required in a protected environment with uploadCheck and no webhookUrl: the verdict tags' secret, passed as a Terraform variable, would be stored in plain text in the state",
    ],
    [
      "a verdict secret name beside a webhook",
      { ...ENVIRONMENTS.dev, uploadCheck: { webhookUrl: HOOK, verdictSecretName: "verdict" } },
      'uploadCheck.verdictSecretName: received "verdict"; allowed: unset with uploadCheck.webhookUrl (the verdict tags\' key is derived from the webhook secret)',
    ],
    [
      "a schedule of five fields",
      { ...ENVIRONMENTS.dev, uploadCheck: { sweepSchedule: "0 * * * *" } },
      'uploadCheck.sweepSchedule: received "0 * * * *"; allowed: an SCF timer cron expression of seven fields separated by single spaces',
    ],
    [
      "a grace period of 0 minutes",
      { ...ENVIRONMENTS.dev, uploadCheck: { sweepGraceMinutes: 0 } },
      "uploadCheck.sweepGraceMinutes: received 0; allowed: an integer from 1 to 10080",
    ],
    [
      "a limit of 5000 objects",
      { ...ENVIRONMENTS.dev, uploadCheck: { sweepMaxObjects: 5000 } },
      "uploadCheck.sweepMaxObjects: received 5000; allowed: an integer from 1 to 1000",
    ],
    [
      "11 retries",
      { ...ENVIRONMENTS.dev, uploadCheck: { asyncRetries: 11 } },
      "uploadCheck.asyncRetries: received 11; allowed: an integer from 0 to 10",
    ],
    [
      "a typo",
      { ...ENVIRONMENTS.dev, uploadCheck: { sweepShedule: "0 0 * * * * *" } },
      'did you mean "sweepSchedule"?',
    ],
  ])("fail for %s, naming the field", (_, record, message) => {
    expect(() => resolveEnvironment(record as never)).toThrow(message);
  });
});
