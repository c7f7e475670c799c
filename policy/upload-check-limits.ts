/**
 * The post-upload check's bounds, shared by the function (`MAX_WEBHOOKS_PER_MINUTE`), the construct and the
 * environment record, so that all three accept the same values.
 */

/**
 * Instances of the check at most, unless configured otherwise: 20 × 128 MB = 2,560 MB, 2 % of a 128,000 MB
 * region's concurrency quota (4 % of a 64,000 MB one, https://cloud.tencent.com/document/product/583/11637), so a
 * flood of uploads leaves the key service and other functions their share; events beyond it are not lost, SCF
 * retries them every minute for up to 6 hours (https://cloud.tencent.com/document/product/583/41138).
 */
export const DEFAULT_UPLOAD_CHECK_RESERVED_CONCURRENCY = 20;

/** Most reserved instances accepted (as for the key service). */
export const MAX_UPLOAD_CHECK_RESERVED_CONCURRENCY = 1000;

/**
 * Announcements one instance of the check makes in any minute, unless configured otherwise: one a second, more than
 * one instance checks in a burst of ordinary uploads (a check takes well under a second), so the bound stops floods,
 * not uploads.
 */
export const DEFAULT_MAX_WEBHOOKS_PER_MINUTE = 60;

/** Highest accepted bound (100 a second per instance). */
export const MAX_WEBHOOKS_PER_MINUTE_LIMIT = 6000;
