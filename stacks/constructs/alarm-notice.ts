import { Construct } from "constructs";
import {
  MonitorAlarmNotice,
  MonitorAlarmNoticeUserNotices,
} from "../../.gen/providers/tencentcloud/monitor-alarm-notice";
import {
  ALARM_NOTICE_NAME_MAX_LENGTH,
  EVERY_WEEKDAY,
  NOTICE_LANGUAGES,
  NOTICE_URL_MAX_LENGTH,
  NOTICE_WAYS,
  NoticeLanguage,
  NoticeWay,
  WHOLE_DAY_END_SECONDS,
} from "../../policy/monitor";

/** Properties of an {@link AlarmNotice}. */
export interface AlarmNoticeProps {
  /** Template name, at most 60 characters (CreateAlarmNotice `Name`). */
  readonly name: string;
  /** CAM user UIDs told of every alarm, by `noticeWays` (an email goes to the user's verified address). @default none */
  readonly userIds?: readonly number[];
  /** CAM user group ids told of every alarm, by `noticeWays`. @default none */
  readonly groupIds?: readonly number[];
  /** https:// endpoints Cloud Monitor POSTs every alarm to (at most 256 characters each). @default none */
  readonly webhookUrls?: readonly string[];
  /** How users and groups are told: `EMAIL`, `SMS`, `CALL`, `WECHAT`. @default ["EMAIL"] */
  readonly noticeWays?: readonly NoticeWay[];
  /** Language of the notices. @default "en-US" */
  readonly language?: NoticeLanguage;
}

/**
 * A Cloud Monitor notice template: who hears of an alarm, and how. Alarm policies name it by {@link noticeId}. Every
 * receiver is told when an alarm fires and when it clears (`NoticeType` `ALL`), at any hour of any day.
 */
export class AlarmNotice extends Construct {
  /** The notice template. */
  readonly notice: MonitorAlarmNotice;
  /** Its id, for an alarm policy's `notice_ids`. */
  readonly noticeId: string;

  constructor(scope: Construct, id: string, props: AlarmNoticeProps) {
    super(scope, id);
    validate(props);
    const noticeWay = [...(props.noticeWays ?? ["EMAIL"])];
    const always = { startTime: 0, endTime: WHOLE_DAY_END_SECONDS, weekday: [...EVERY_WEEKDAY] };
    const userNotices: MonitorAlarmNoticeUserNotices[] = [];
    if (props.userIds?.length) {
      userNotices.push({ receiverType: "USER", userIds: [...props.userIds], noticeWay, ...always });
    }
    if (props.groupIds?.length) {
      userNotices.push({ receiverType: "GROUP", groupIds: [...props.groupIds], noticeWay, ...always });
    }
    this.notice = new MonitorAlarmNotice(this, "notice", {
      name: props.name,
      noticeType: "ALL",
      noticeLanguage: props.language ?? "en-US",
      userNotices: userNotices.length ? userNotices : undefined,
      urlNotices: props.webhookUrls?.length ? props.webhookUrls.map((url) => ({ url, ...always })) : undefined,
    });
    this.noticeId = this.notice.id;
  }
}

function validate(props: AlarmNoticeProps): void {
  const fail = (field: string, value: unknown, allowed: string): never => {
    throw new Error(`alarm notice: ${field}: received ${JSON.stringify(value)}; allowed: ${allowed}`);
  };
  if (props.name.length < 1 || props.name.length > ALARM_NOTICE_NAME_MAX_LENGTH) {
    fail("name", props.name, `1-${ALARM_NOTICE_NAME_MAX_LENGTH} characters`);
  }
  for (const field of ["userIds", "groupIds"] as const) {
    const bad = props[field]?.find((n) => !Number.isSafeInteger(n) || n < 1);
    if (bad !== undefined) {
      fail(field, bad, "positive integers (CAM user UIDs or user group ids)");
    }
  }
  const badUrl = props.webhookUrls?.find((url) => !isNoticeUrl(url));
  if (badUrl !== undefined) {
    fail("webhookUrls", badUrl, `https:// URLs of at most ${NOTICE_URL_MAX_LENGTH} characters`);
  }
  if (!props.userIds?.length && !props.groupIds?.length && !props.webhookUrls?.length) {
    fail("userIds, groupIds, webhookUrls", [], "at least one receiver: an alarm nobody receives tells nobody");
  }
  const way = props.noticeWays?.find((w) => !(NOTICE_WAYS as readonly string[]).includes(w));
  if (way !== undefined || props.noticeWays?.length === 0) {
    fail("noticeWays", way ?? [], `one or more of ${NOTICE_WAYS.join(", ")}`);
  }
  if (props.language !== undefined && !(NOTICE_LANGUAGES as readonly string[]).includes(props.language)) {
    fail("language", props.language, NOTICE_LANGUAGES.join(" or "));
  }
}

/** An https URL Cloud Monitor can call back: no credentials in it, at most {@link NOTICE_URL_MAX_LENGTH} characters. */
function isNoticeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" && url.username === "" && url.password === "" && value.length <= NOTICE_URL_MAX_LENGTH
    );
  } catch {
    return false;
  }
}
