/**
 * What CLS accepts for the log topics this project creates, which neither the provider's schema (`period` is any
 * number) nor `terraform validate` checks: a wrong value fails only at apply, in the API. Plain data, no imports.
 *
 * Source: CreateTopic, https://www.tencentcloud.com/document/product/614/42785 (Chinese: 生命周期，单位天，标准存储取值范围
 * 1~3600，低频存储取值范围7~3600天。取值为3640时代表永久保存; the provider's `tencentcloud_cls_topic.period` documents the same).
 */

/**
 * A topic's lifetime on standard (`hot`) storage, in days: "Standard storage value range: 1 to 3600 … A value of 3640
 * indicates permanent retention" (CreateTopic `Period`). Our topics use standard storage, the default `StorageType`.
 */
const CLS_RETENTION_DAYS = { min: 1, max: 3600, forever: 3640 } as const;

/** Log retention when the record sets none, in days. */
export const DEFAULT_LOG_RETENTION_DAYS = 30;

/** Whether `days` is a retention CreateTopic accepts for a standard-storage topic. */
export function isLogRetentionDays(days: number): boolean {
  return (
    Number.isInteger(days) &&
    ((days >= CLS_RETENTION_DAYS.min && days <= CLS_RETENTION_DAYS.max) || days === CLS_RETENTION_DAYS.forever)
  );
}

/** What {@link isLogRetentionDays} allows, for error messages. */
export const LOG_RETENTION_RULE = `a whole number of days from ${CLS_RETENTION_DAYS.min} to ${CLS_RETENTION_DAYS.max}, or ${CLS_RETENTION_DAYS.forever} to keep logs forever (CLS CreateTopic, standard storage)`;
