/** The environment record's fields for renewing object-mode upload keys (issue 15). */
import type { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { ConfigError, resolveEnvironment } from "../../config/resolve";

const dev: EnvironmentConfig = { ...ENVIRONMENTS.dev, keyMode: "prefix" };
const jwks = {
  authJwksUrl: "https://idp.example.com/.well-known/jwks.json",
  authIssuer: "https://idp.example.com/",
  authAudience: "dt",
};

function problemsOf(config: unknown): readonly string[] {
  try {
    resolveEnvironment(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error("expected a ConfigError");
}

test("renews upload keys for a day by default, and keeps a window the record sets", () => {
  expect(resolveEnvironment({ ...dev, keyMode: "object" }).keyService.renewalWindowSeconds).toBe(86_400);
  expect(
    resolveEnvironment({ ...dev, keyMode: "object", keyService: { renewalWindowSeconds: 7200 } }).keyService
      .renewalWindowSeconds,
  ).toBe(7200);
});

test("accepts object mode with a key set and a ticket secret in secrets manager", () => {
  const resolved = resolveEnvironment({
    ...dev,
    keyMode: "object",
    keyService: { ...jwks, uploadTicketSecretName: "dev-tickets" },
  });

  expect(resolved.keyService.uploadTicketSecretName).toBe("dev-tickets");
});

test.each([
  [
    "object mode with a key set and no ticket secret",
    { ...dev, keyMode: "object", keyService: jwks },
    'keyService.uploadTicketSecretName: missing; required with keyMode "object" and keyService.authJwksUrl: upload tickets are signed with a secret, and a key set shares none',
  ],
  [
    "a ticket secret in prefix mode",
    { ...dev, keyService: { uploadTicketSecretName: "dev-tickets" } },
    'keyService.uploadTicketSecretName: received "dev-tickets"; allowed: unset unless keyMode is "object" (only object-mode keys are renewed with upload tickets)',
  ],
  [
    "a renewal window shorter than the key lifetime",
    { ...dev, keyMode: "object", keyDurationSeconds: 3600, keyService: { renewalWindowSeconds: 1800 } },
    "keyService.renewalWindowSeconds: received 1800; allowed: at least keyDurationSeconds (3600): a ticket that expires before its key renews nothing",
  ],
  [
    "a renewal window over a week",
    { ...dev, keyService: { renewalWindowSeconds: 604_801 } },
    "keyService.renewalWindowSeconds: received 604801; allowed: an integer from 900 to 604800",
  ],
  [
    "a ticket secret name that is not one",
    { ...dev, keyMode: "object", keyService: { uploadTicketSecretName: "-tickets" } },
    'keyService.uploadTicketSecretName: received "-tickets"; allowed: an SSM secret name: 1-128 characters of A-Z, a-z, 0-9, _ and -, starting with a letter or digit',
  ],
])("fails for %s, naming the field", (_what, record, message) => {
  expect(problemsOf(record)).toEqual([message]);
});
