import type { EnvironmentConfig } from "../../config/environment-config";
import { ENVIRONMENTS } from "../../config/environments";
import { ConfigError, resolveEnvironment } from "../../config/resolve";
import { CUSTOM_DOMAIN_RULE } from "../../policy/custom-domain";

const minimal = {
  name: "min",
  region: "ap-guangzhou",
  appId: "1250000000",
  ownerUin: "100000000001",
  bucketBaseName: "min",
  stateBackend: { type: "local" },
  protected: false,
} as const satisfies EnvironmentConfig;

/** The one problem a record is refused for; fails the test when it is accepted or refused for several. */
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

const withAlarms = (alarms: unknown): unknown => ({ ...minimal, alarms });
const withDomain = (customDomain: unknown): unknown => ({ ...minimal, keyService: { customDomain } });

describe("alarms", () => {
  test("are off by default, in dev, and on in staging and prod", () => {
    expect(resolveEnvironment(minimal).alarms.enabled).toBe(false);
    expect(resolveEnvironment(ENVIRONMENTS.dev).alarms.enabled).toBe(false);
    expect(resolveEnvironment(ENVIRONMENTS.staging).alarms.enabled).toBe(true);
    expect(resolveEnvironment(ENVIRONMENTS.prod).alarms.enabled).toBe(true);
  });

  test("keep the receivers, ways, language and duration threshold the record sets", () => {
    const alarms = {
      enabled: true,
      receivers: { userIds: [100001], groupIds: [7], webhookUrls: ["https://hooks.example.com/alarm"] },
      noticeWays: ["EMAIL", "WECHAT"],
      language: "zh-CN",
      durationAlarmPercent: 90,
    } as const;
    expect(resolveEnvironment(withAlarms(alarms)).alarms).toEqual(alarms);
  });

  test.each([
    ["userIds", [100001]],
    ["groupIds", [7]],
    ["webhookUrls", ["https://hooks.example.com/a"]],
  ])("accept %s alone as the receiver", (field, value) => {
    expect(resolveEnvironment(withAlarms({ enabled: true, receivers: { [field]: value } })).alarms.enabled).toBe(true);
  });

  test("fails for alarms turned on without a receiver, naming the field", () => {
    expect(onlyProblemOf(withAlarms({ enabled: true }))).toBe(
      "alarms.receivers: missing; at least one of userIds, groupIds or webhookUrls when alarms.enabled is true: an alarm nobody receives tells nobody",
    );
  });

  test("fails for alarms turned on with only empty receiver lists", () => {
    expect(onlyProblemOf(withAlarms({ enabled: true, receivers: { userIds: [], webhookUrls: [] } }))).toMatch(
      /^alarms\.receivers: missing; at least one of/,
    );
  });

  test("fails for a webhook that is not https", () => {
    expect(
      onlyProblemOf(withAlarms({ enabled: true, receivers: { webhookUrls: ["http://hooks.example.com/a"] } })),
    ).toBe(
      'alarms.receivers.webhookUrls[0]: received "http://hooks.example.com/a"; allowed: an https:// URL of at most 256 characters',
    );
  });

  test("fails for a user id that is not a positive integer", () => {
    expect(onlyProblemOf(withAlarms({ enabled: true, receivers: { userIds: [0] } }))).toBe(
      "alarms.receivers.userIds[0]: received 0; allowed: a CAM user UID (a positive integer, CAM console → Users)",
    );
  });

  test("fails for a notice way Cloud Monitor does not offer", () => {
    expect(onlyProblemOf(withAlarms({ enabled: true, receivers: { userIds: [1] }, noticeWays: ["PIGEON"] }))).toBe(
      'alarms.noticeWays[0]: received "PIGEON"; allowed: EMAIL, SMS, CALL, WECHAT',
    );
  });

  test("fails for a duration threshold above the timeout", () => {
    expect(onlyProblemOf(withAlarms({ durationAlarmPercent: 120 }))).toBe(
      "alarms.durationAlarmPercent: received 120; allowed: an integer from 1 to 100",
    );
  });

  test("fails for a misspelled field, naming the field meant", () => {
    expect(onlyProblemOf(withAlarms({ reciever: {} }))).toBe(
      'alarms.reciever: unknown field; did you mean "receivers"?',
    );
  });
});

describe("keyService.customDomain", () => {
  test("is unset by default", () => {
    expect(resolveEnvironment(minimal).keyService.customDomain).toBeUndefined();
  });

  test("keeps the domain, certificate and WAF instance the record sets", () => {
    const customDomain = {
      domain: "keys.example.com",
      certificateId: "8cj4g8h8",
      waf: { instanceId: "waf_2kzh3vlq0umkkha9" },
    };
    expect(resolveEnvironment(withDomain(customDomain)).keyService.customDomain).toEqual(customDomain);
  });

  test.each([
    ["a wildcard", "*.example.com"],
    ["a scheme", "https://keys.example.com"],
    ["a path", "keys.example.com/v1"],
    ["a port", "keys.example.com:443"],
    ["a single label", "localhost"],
    ["an IPv4 address", "10.0.0.1"],
    ["upper case", "Keys.Example.com"],
    ["a label over 63 characters", `${"a".repeat(64)}.example.com`],
    ["a label ending in -", "keys-.example.com"],
  ])("fails for a domain with %s", (_, domain) => {
    expect(onlyProblemOf(withDomain({ domain, certificateId: "8cj4g8h8" }))).toBe(
      `keyService.customDomain.domain: received ${JSON.stringify(domain)}; allowed: ${CUSTOM_DOMAIN_RULE}`,
    );
  });

  test("fails for a certificate id that is not one", () => {
    expect(onlyProblemOf(withDomain({ domain: "keys.example.com", certificateId: "cert-123" }))).toBe(
      'keyService.customDomain.certificateId: received "cert-123"; allowed: a Tencent Cloud SSL certificate id: 8 letters and digits such as "8cj4g8h8" (SSL Certificates console → the certificate\'s ID)',
    );
  });

  test("fails without a certificate, naming the field", () => {
    expect(onlyProblemOf(withDomain({ domain: "keys.example.com" }))).toMatch(
      /^keyService\.customDomain\.certificateId: missing; required; allowed: a Tencent Cloud SSL certificate id/,
    );
  });

  test("fails for a WAF instance id that is not one", () => {
    expect(
      onlyProblemOf(withDomain({ domain: "keys.example.com", certificateId: "8cj4g8h8", waf: { instanceId: "x" } })),
    ).toBe(
      'keyService.customDomain.waf.instanceId: received "x"; allowed: a WAF instance id such as "waf_2kzh3vlq0umkkha9" (Web Application Firewall console)',
    );
  });
});
