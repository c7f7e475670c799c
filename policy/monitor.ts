/**
 * What Tencent Cloud Observability (Cloud Monitor) accepts for the alarm values this project sets, and the SCF
 * metrics it alarms on. Neither the provider's schema nor `terraform validate` checks these values: a wrong one fails
 * only at apply, in the API. Plain data, no imports.
 *
 * Pages (read for this registry):
 * - SCF metrics, namespace `QCE/SCF_V2`, their statistics and dimensions:
 *   https://cloud.tencent.com/document/product/248/37207 (English: https://www.tencentcloud.com/document/product/248/34638).
 * - CreateAlarmPolicy (`PolicyName` "up to 20 characters", `MonitorType` `MT_QCE`, operators):
 *   https://www.tencentcloud.com/document/api/248/39326.
 * - CreateAlarmNotice (`Name` "up to 60 characters", `NoticeType` ALARM, OK or ALL, `NoticeLanguage` zh-CN or en-US):
 *   https://www.tencentcloud.com/document/api/248/39304.
 * - The `UserNotice` and `URLNotice` structures, as tencentcloud-sdk-nodejs carries the API's text beside them
 *   (`services/monitor/v20180724/monitor_models`): `ReceiverType` USER or GROUP, `StartTime`/`EndTime` seconds after
 *   00:00:00 (0-86399), `NoticeWay` EMAIL, SMS, CALL, WECHAT, RTX; a callback `URL` of at most 256 characters.
 */

/**
 * The alarm-policy type of SCF functions (CreateAlarmPolicy's `Namespace`, an `Id` that DescribeAllNamespaces
 * returns: "SCF", whose value is `QCE/SCF_V2`, product "SCF-version"). No Tencent page lists the ids;
 * this one is as `data.tencentcloud_monitor_alarm_all_namespaces` returns it. Unverified: a wrong id fails the
 * policy's create, closed (no policy), never a policy on other resources.
 */
export const SCF_ALARM_POLICY_TYPE = "SCF";

/** CreateAlarmPolicy's `MonitorType` for Tencent Cloud services. */
export const MONITOR_TYPE = "MT_QCE";

/**
 * The SCF metrics the alarms use (namespace `QCE/SCF_V2`, reported by functionName, namespace, version and alias,
 * https://cloud.tencent.com/document/product/248/37207), with the statistic Cloud Monitor computes per period
 * (https://cloud.tencent.com/document/product/248/37207, "统计规则"):
 * - `Error`: failed invocations, the function's and the platform's, summed;
 * - `Throttle`: requests refused because the function was at its concurrency ("达到函数并发后的请求将受限"), summed;
 * - `ConcurrentExecutions`: requests running at once, the maximum;
 * - `Duration`: run time in milliseconds, the average.
 */
export const SCF_METRICS = {
  error: "Error",
  throttle: "Throttle",
  concurrentExecutions: "ConcurrentExecutions",
  duration: "Duration",
} as const;

/** The version a function's Function URL and its COS trigger invoke unless they name another. */
export const SCF_LATEST_VERSION = "$LATEST";

/**
 * Longest alarm policy name, in characters: CreateAlarmPolicy's English page says "up to 20 characters", the SDK's
 * text 60; the shorter holds for both.
 */
export const ALARM_POLICY_NAME_MAX_LENGTH = 20;

/** Longest notice template name, in characters (CreateAlarmNotice `Name`). */
export const ALARM_NOTICE_NAME_MAX_LENGTH = 60;

/**
 * How a user or group notice is delivered (UserNotice `NoticeWay`, less `RTX`, WeCom, which needs its own setup). An
 * email goes to the address the CAM user has verified: the API takes user and group ids, not addresses.
 */
export const NOTICE_WAYS = ["EMAIL", "SMS", "CALL", "WECHAT"] as const;

/** A delivery way of {@link NOTICE_WAYS}. */
export type NoticeWay = (typeof NOTICE_WAYS)[number];

/** Notice languages (CreateAlarmNotice `NoticeLanguage`). */
export const NOTICE_LANGUAGES = ["en-US", "zh-CN"] as const;

/** A language of {@link NOTICE_LANGUAGES}. */
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** Longest callback URL, in characters (URLNotice `URL`). */
export const NOTICE_URL_MAX_LENGTH = 256;

/** Seconds after midnight a notice window ends: the whole day (UserNotice `StartTime`/`EndTime`, 0..86399). */
export const WHOLE_DAY_END_SECONDS = 86399;

/** Every weekday, Monday (1) to Sunday (7) (UserNotice `Weekday`). */
export const EVERY_WEEKDAY: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
