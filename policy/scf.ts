/**
 * What SCF's CreateFunction accepts for the values this project sets and that neither the provider's schema nor
 * `terraform validate` checks: they would fail only at apply, in the API. Plain data, no imports.
 *
 * Source: CreateFunction, https://cloud.tencent.com/document/api/583/18586 (English:
 * https://www.tencentcloud.com/document/api/583/18586), whose text the SDK carries beside the parameters
 * (`CreateFunctionRequest` in tencentcloud-sdk-nodejs, `services/scf/v20180416/scf_models`).
 */

/**
 * The Node.js runtimes from 16 up in CreateFunction's `Runtime` list ("目前支持的运行环境": … Nodejs14.18, Nodejs16.13,
 * Nodejs18.15, then Php…), https://cloud.tencent.com/document/api/583/18586. The list names no Node.js 20 runtime;
 * `Nodejs20.15`, seen in third-party configurations, is in no Tencent page found, so it is not offered: a name the
 * API does not document may be refused at create time.
 */
export const SCF_NODEJS_RUNTIMES = ["Nodejs16.13", "Nodejs18.15"] as const;

/** A documented Node.js runtime name. */
export type ScfNodejsRuntime = (typeof SCF_NODEJS_RUNTIMES)[number];

/** Whether `value` is one of {@link SCF_NODEJS_RUNTIMES}. */
export function isScfNodejsRuntime(value: string): value is ScfNodejsRuntime {
  return (SCF_NODEJS_RUNTIMES as readonly string[]).includes(value);
}

/** The Node.js major version of a documented runtime: `Nodejs18.15` → 18. */
export function nodeMajorOf(runtime: ScfNodejsRuntime): number {
  return Number(/^Nodejs(\d+)\./.exec(runtime)?.[1]);
}

/** Longest function `Description`, in characters (CreateFunction: "up to 1,000 characters"). */
export const SCF_DESCRIPTION_MAX_LENGTH = 1000;

/**
 * The characters CreateFunction documents for `Description`: "letters, digits, spaces, commas (,), periods (.), and
 * Chinese characters" (https://www.tencentcloud.com/document/api/583/18586; the Chinese page adds line breaks, which
 * the English one does not list, so they are left out). No apostrophe, hyphen, semicolon or slash.
 */
export const SCF_DESCRIPTION = /^[A-Za-z0-9 ,.\u4e00-\u9fff]*$/;
