/**
 * What SCF's CreateFunction accepts for the values this project sets and that neither the provider's schema nor
 * `terraform validate` checks: they would fail only at apply, in the API. Plain data, no imports.
 *
 * Source: CreateFunction, https://cloud.tencent.com/document/api/583/18586 (English:
 * https://www.tencentcloud.com/document/api/583/18586), whose text the SDK carries beside the parameters
 * (`CreateFunctionRequest` in tencentcloud-sdk-nodejs, `services/scf/v20180416/scf_models`).
 */

/**
 * The Node.js runtimes in CreateFunction's `Runtime` list ("目前支持的运行环境", between the Python and the Php
 * entries), https://cloud.tencent.com/document/api/583/18586. It names no Node.js 20 runtime: `Nodejs20.15`, seen in
 * third-party configurations, is on no Tencent page found, and a name the API does not document may be refused at
 * create time.
 */
export const SCF_NODEJS_RUNTIMES = [
  "Nodejs6.10",
  "Nodejs8.9",
  "Nodejs10.15",
  "Nodejs12.16",
  "Nodejs14.18",
  "Nodejs16.13",
  "Nodejs18.15",
] as const;

/** A documented Node.js runtime name. */
export type ScfNodejsRuntime = (typeof SCF_NODEJS_RUNTIMES)[number];

/**
 * The documented runtimes this project's functions run on: Node.js 18 and later. Node.js 16.13 lacks
 * `AbortSignal.timeout` (Node.js 16.14), which bounds the key service's STS and Secrets Manager calls, and the
 * check's bundle is built and tested for Node.js 18. Of the documented names, that leaves one.
 */
export const FUNCTION_RUNTIMES = ["Nodejs18.15"] as const satisfies readonly ScfNodejsRuntime[];

/** A runtime of {@link FUNCTION_RUNTIMES}. */
export type FunctionRuntime = (typeof FUNCTION_RUNTIMES)[number];

/** Whether `value` is one of {@link FUNCTION_RUNTIMES}. */
export function isFunctionRuntime(value: string): value is FunctionRuntime {
  return (FUNCTION_RUNTIMES as readonly string[]).includes(value);
}

/** What {@link FUNCTION_RUNTIMES} allows, for error messages. */
export const FUNCTION_RUNTIME_RULE = `${FUNCTION_RUNTIMES.map((name) => JSON.stringify(name)).join(" or ")}, the Node.js runtime from 18 up that CreateFunction documents (it lists none for Node.js 20)`;

/** Longest function `Description`, in characters (CreateFunction: "up to 1,000 characters"). */
export const SCF_DESCRIPTION_MAX_LENGTH = 1000;

/**
 * The characters CreateFunction documents for `Description`: "letters, digits, spaces, commas (,), periods (.), and
 * Chinese characters" (https://www.tencentcloud.com/document/api/583/18586; the Chinese page adds line breaks, which
 * the English one does not list, so they are left out). No apostrophe, hyphen, semicolon or slash.
 */
export const SCF_DESCRIPTION = /^[A-Za-z0-9 ,.\u4e00-\u9fff]*$/;

/**
 * CreateFunction's `FunctionName`: "letters, digits, hyphens and underscores; starts with a letter, does not end
 * with a hyphen or underscore; 2-60 characters" (函数名称支持26个英文字母大小写、数字、连接符和下划线，第一个字符只能以字母开头，
 * 最后一个字符不能为连接符或者下划线，名称长度2-60, https://cloud.tencent.com/document/api/583/18586).
 */
export const SCF_FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]$/;

/** What {@link SCF_FUNCTION_NAME} allows, for error messages. */
export const SCF_FUNCTION_NAME_RULE =
  "2-60 letters, digits, - and _, starting with a letter and ending with a letter or digit";

/**
 * CreateFunction's `MemorySize` in MB: 64, or 128 to 3072 in steps of 128 (https://cloud.tencent.com/document/api/583/18586).
 * This project's functions need at least 128.
 */
export const SCF_MEMORY_MB = { min: 128, max: 3072, step: 128 } as const;

/** CreateFunction's `Timeout` in seconds: 1 to 900 (https://cloud.tencent.com/document/api/583/18586); the default is 3. */
export const SCF_TIMEOUT_SECONDS = { min: 1, max: 900, default: 3 } as const;
