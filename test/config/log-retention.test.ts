import type { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { ConfigError, resolveEnvironment } from "../../config/resolve";

const dev: EnvironmentConfig = ENVIRONMENTS.dev;
const checked: EnvironmentConfig = { ...dev, uploadCheck: {} };

/** The one problem a record is refused for; fails the test when it is accepted. */
function onlyProblemOf(config: unknown): string {
  try {
    resolveEnvironment(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      expect(error.problems).toHaveLength(1);
      return error.problems[0];
    }
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const RULE =
  "allowed: a whole number of days from 1 to 3600, or 3640 to keep logs forever (CLS CreateTopic, standard storage)";

describe("log retention", () => {
  test("leaves both functions' retention to the stack's default (30 days) unless set", () => {
    const resolved = resolveEnvironment({
      ...checked,
      keyService: { clsLogging: true },
      uploadCheck: { clsLogging: true },
    });
    expect(resolved.keyService.logRetentionDays).toBeUndefined();
    expect(resolved.uploadCheck?.logRetentionDays).toBeUndefined();
  });

  test.each([1, 30, 3600, 3640])("accepts %i days for either function", (days) => {
    const resolved = resolveEnvironment({
      ...checked,
      keyService: { clsLogging: true, logRetentionDays: days },
      uploadCheck: { clsLogging: true, logRetentionDays: days },
    });
    expect([resolved.keyService.logRetentionDays, resolved.uploadCheck?.logRetentionDays]).toEqual([days, days]);
  });

  test("logs both functions of staging and prod to CLS", () => {
    for (const environment of [ENVIRONMENTS.staging, ENVIRONMENTS.prod]) {
      const resolved = resolveEnvironment(environment);
      expect([resolved.keyService.clsLogging, resolved.uploadCheck?.clsLogging]).toEqual([true, true]);
    }
  });

  test.each([0, 3601, 3639, 3650, 7.5, -1])(
    "fails for a key service retention of %p days, naming the field",
    (days) => {
      expect(onlyProblemOf({ ...dev, keyService: { clsLogging: true, logRetentionDays: days } })).toBe(
        `keyService.logRetentionDays: received ${days}; ${RULE}`,
      );
    },
  );

  test.each([0, 3601, 3650])("fails for a check retention of %p days, naming the field", (days) => {
    expect(onlyProblemOf({ ...checked, uploadCheck: { clsLogging: true, logRetentionDays: days } })).toBe(
      `uploadCheck.logRetentionDays: received ${days}; ${RULE}`,
    );
  });

  test("fails for a retention that is not a number", () => {
    expect(onlyProblemOf({ ...dev, keyService: { clsLogging: true, logRetentionDays: "30" } })).toBe(
      `keyService.logRetentionDays: received "30"; ${RULE}`,
    );
  });

  test("fails for check logging that is not a flag", () => {
    expect(onlyProblemOf({ ...checked, uploadCheck: { clsLogging: "yes" } })).toBe(
      'uploadCheck.clsLogging: received "yes"; allowed: true or false',
    );
  });

  test("fails for a key service retention without its logs, where it would be ignored", () => {
    expect(onlyProblemOf({ ...dev, keyService: { logRetentionDays: 7 } })).toBe(
      "keyService.logRetentionDays: received 7; allowed: unset unless keyService.clsLogging is true (it is how long CLS keeps those logs)",
    );
  });

  test("fails for a check retention without its logs, where it would be ignored", () => {
    expect(onlyProblemOf({ ...checked, uploadCheck: { clsLogging: false, logRetentionDays: 7 } })).toBe(
      "uploadCheck.logRetentionDays: received 7; allowed: unset unless uploadCheck.clsLogging is true (it is how long CLS keeps those logs)",
    );
  });

  test("fails for a misspelt retention field, naming the field meant", () => {
    expect(onlyProblemOf({ ...dev, keyService: { clsLogging: true, logRetentionDay: 7 } })).toContain(
      'did you mean "logRetentionDays"?',
    );
  });
});
