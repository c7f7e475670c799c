import { ENVIRONMENTS } from "../../config/environments";
import { devWith, resourcesOf, synthJson, TerraformJson } from "../helpers/synth";

/** Every resource's address, `<type>.<name>`. */
function addresses(json: TerraformJson): string[] {
  return Object.entries(json.resource).flatMap(([type, byName]) =>
    Object.keys(byName).map((name) => `${type}.${name}`),
  );
}

/**
 * The addresses of the functions' resources as they were before both functions were built by one `NodejsFunction`
 * (taken from `cdktf.out/stacks/{staging,prod}/cdk.tf.json` of that commit). A change here destroys and recreates the
 * resource (for the Function URL: a new URL for every app) unless the state is moved.
 */
const FUNCTION_ADDRESSES = [
  "tencentcloud_cls_logset.key-service_logset_F723E681",
  "tencentcloud_cls_topic.key-service_log-topic_E86B637C",
  "tencentcloud_scf_function.key-service_function_721BD567",
  "tencentcloud_scf_reserved_concurrency_config.key-service_concurrency_7172C353",
  "tencentcloud_scf_trigger.key-service_url_2B7E6F1F",
  "tencentcloud_cam_role.upload-check_role_77264E4F",
  "tencentcloud_cam_policy.upload-check_role_check-policy_709A2336",
  "tencentcloud_cam_role_policy_attachment.upload-check_role_check-attachment_D1A75CDF",
  "tencentcloud_scf_function.upload-check_function_3688890B",
  "tencentcloud_scf_reserved_concurrency_config.upload-check_concurrency_0648A090",
  "tencentcloud_scf_trigger.upload-check_trigger_906AB765",
];

describe("function resources", () => {
  test.each([ENVIRONMENTS.staging, ENVIRONMENTS.prod])(
    "keep the terraform addresses they had in $name",
    (environment) => {
      expect(addresses(synthJson(environment))).toEqual(expect.arrayContaining(FUNCTION_ADDRESSES));
    },
  );

  test.each([ENVIRONMENTS.staging, ENVIRONMENTS.prod])(
    "log both functions of $name to one logset, a topic each, for 30 days",
    (environment) => {
      const json = synthJson(environment);
      const [logset] = Object.keys(json.resource.tencentcloud_cls_logset);
      expect(Object.keys(json.resource.tencentcloud_cls_logset)).toEqual(["key-service_logset_F723E681"]);
      const topics = json.resource.tencentcloud_cls_topic as Record<
        string,
        { logset_id: string; topic_name: string; period: number }
      >;
      expect(topics).toEqual({
        "key-service_log-topic_E86B637C": expect.objectContaining({
          logset_id: `\${tencentcloud_cls_logset.${logset}.id}`,
          topic_name: `direct-transfer-${environment.name}-key-service`,
          period: 30,
        }),
        "upload-check_log-topic_EA7C956A": expect.objectContaining({
          logset_id: `\${tencentcloud_cls_logset.${logset}.id}`,
          topic_name: `direct-transfer-${environment.name}-upload-check`,
          period: 30,
        }),
      });
      const functions = json.resource.tencentcloud_scf_function as Record<
        string,
        { cls_logset_id?: string; cls_topic_id?: string }
      >;
      expect(functions["key-service_function_721BD567"].cls_topic_id).toBe(
        "${tencentcloud_cls_topic.key-service_log-topic_E86B637C.id}",
      );
      expect(functions["upload-check_function_3688890B"]).toMatchObject({
        cls_logset_id: `\${tencentcloud_cls_logset.${logset}.id}`,
        cls_topic_id: "${tencentcloud_cls_topic.upload-check_log-topic_EA7C956A.id}",
      });
    },
  );

  test("keep each function's logs as long as its record says", () => {
    const json = synthJson(
      devWith({
        keyService: { clsLogging: true, logRetentionDays: 7 },
        uploadCheck: { clsLogging: true, logRetentionDays: 3640 },
      }),
    );
    expect(
      Object.fromEntries(resourcesOf(json, "tencentcloud_cls_topic").map((topic) => [topic.topic_name, topic.period])),
    ).toEqual({
      "direct-transfer-dev-key-service": 7,
      "direct-transfer-dev-upload-check": 3640,
    });
  });

  test("log the check alone in the environment's logset when only the check asks", () => {
    const json = synthJson(devWith({ uploadCheck: { clsLogging: true } }));
    expect(Object.keys(json.resource.tencentcloud_cls_logset)).toEqual(["key-service_logset_F723E681"]);
    expect(resourcesOf(json, "tencentcloud_cls_topic").map((topic) => topic.topic_name)).toEqual([
      "direct-transfer-dev-upload-check",
    ]);
    expect(
      resourcesOf(json, "tencentcloud_scf_function").map((fn) => [fn.name, fn.cls_topic_id !== undefined]),
    ).toEqual([
      ["direct-transfer-dev-key-service", false],
      ["direct-transfer-dev-upload-check", true],
    ]);
  });

  test("declare no log resources where no function asks", () => {
    const json = synthJson(devWith({ uploadCheck: {} }));
    expect(json.resource.tencentcloud_cls_logset).toBeUndefined();
    expect(json.resource.tencentcloud_cls_topic).toBeUndefined();
  });

  test("fails synth for a retention CLS does not accept, naming the field", () => {
    expect(() => synthJson(devWith({ uploadCheck: { clsLogging: true, logRetentionDays: 365.5 } }))).toThrow(
      'invalid configuration for environment "dev":\n  - uploadCheck.logRetentionDays: received 365.5; allowed: a whole number of days from 1 to 3600, or 3640 to keep logs forever (CLS CreateTopic, standard storage)',
    );
  });
});
