import { Testing } from "cdktf";
import { MonitorAlarmNotice } from "../../../.gen/providers/tencentcloud/monitor-alarm-notice";
import { AlarmNotice, AlarmNoticeProps } from "../../../stacks/constructs/alarm-notice";
import "../../helpers/synth";

function synth(props: Partial<AlarmNoticeProps> = {}): string {
  return Testing.synthScope((scope) => {
    new AlarmNotice(scope, "notice", { name: "direct-transfer-dev-alarms", userIds: [100001], ...props });
  });
}

const always = { start_time: 0, end_time: 86399, weekday: [1, 2, 3, 4, 5, 6, 7] };

describe("AlarmNotice", () => {
  test("tells the users by email, in English, when an alarm fires and when it clears, at any hour", () => {
    expect(synth()).toHaveResourceWithProperties(MonitorAlarmNotice, {
      name: "direct-transfer-dev-alarms",
      notice_type: "ALL",
      notice_language: "en-US",
      user_notices: [{ receiver_type: "USER", user_ids: [100001], notice_way: ["EMAIL"], ...always }],
    });
  });

  test("tells groups and webhooks too, by the ways and in the language given", () => {
    const synthesized = synth({
      groupIds: [7],
      webhookUrls: ["https://hooks.example.com/a"],
      noticeWays: ["EMAIL", "SMS"],
      language: "zh-CN",
    });
    expect(synthesized).toHaveResourceWithProperties(MonitorAlarmNotice, {
      notice_language: "zh-CN",
      user_notices: [
        { receiver_type: "USER", user_ids: [100001], notice_way: ["EMAIL", "SMS"], ...always },
        { receiver_type: "GROUP", group_ids: [7], notice_way: ["EMAIL", "SMS"], ...always },
      ],
      url_notices: [{ url: "https://hooks.example.com/a", ...always }],
    });
  });

  test("has no user notice for a webhook alone", () => {
    const json = JSON.parse(synth({ userIds: undefined, webhookUrls: ["https://hooks.example.com/a"] })) as {
      resource: { tencentcloud_monitor_alarm_notice: Record<string, Record<string, unknown>> };
    };
    const notice = Object.values(json.resource.tencentcloud_monitor_alarm_notice)[0];
    expect(notice.user_notices).toBeUndefined();
    expect(notice.url_notices).toEqual([{ url: "https://hooks.example.com/a", ...always }]);
  });

  test.each<[string, Partial<AlarmNoticeProps>, string]>([
    [
      "no receiver",
      { userIds: [] },
      "alarm notice: userIds, groupIds, webhookUrls: received []; allowed: at least one receiver",
    ],
    ["a name over 60 characters", { name: "n".repeat(61) }, "alarm notice: name: received"],
    ["a user id that is not one", { userIds: [-1] }, "alarm notice: userIds: received -1; allowed: positive integers"],
    [
      "a group id that is not one",
      { groupIds: [1.5] },
      "alarm notice: groupIds: received 1.5; allowed: positive integers",
    ],
    [
      "a webhook over http",
      { webhookUrls: ["http://hooks.example.com/a"] },
      'alarm notice: webhookUrls: received "http://hooks.example.com/a"; allowed: https:// URLs of at most 256 characters',
    ],
    [
      "a webhook with credentials",
      { webhookUrls: ["https://u:p@hooks.example.com/a"] },
      "alarm notice: webhookUrls: received",
    ],
    [
      "a webhook over 256 characters",
      { webhookUrls: [`https://hooks.example.com/${"a".repeat(240)}`] },
      "alarm notice: webhookUrls: received",
    ],
    [
      "no notice way",
      { noticeWays: [] },
      "alarm notice: noticeWays: received []; allowed: one or more of EMAIL, SMS, CALL, WECHAT",
    ],
    ["an unknown notice way", { noticeWays: ["FAX" as "EMAIL"] }, 'alarm notice: noticeWays: received "FAX"'],
    [
      "an unknown language",
      { language: "fr-FR" as "en-US" },
      'alarm notice: language: received "fr-FR"; allowed: en-US or zh-CN',
    ],
  ])("fails for %s", (_, props, message) => {
    expect(() => synth(props)).toThrow(message);
  });
});
