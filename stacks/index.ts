/**
 * The package's public API (`import { DirectTransfer } from "cos-direct-transfer"`): the construct any
 * `TerraformStack` can contain, the per-environment stack, their building blocks, and the configuration they take.
 */
export {
  DirectTransfer,
  JWT_SECRET_VARIABLE,
  VERDICT_SECRET_VARIABLE,
  WEBHOOK_SECRET_VARIABLE,
} from "./direct-transfer";
export type { DirectTransferProps } from "./direct-transfer";
export { DirectTransferStack, defaultStateDirectory } from "./direct-transfer-stack";
export type { DirectTransferStackProps } from "./direct-transfer-stack";
export { UploadBucket, CORS_METHODS, CORS_EXPOSE_HEADERS } from "./constructs/upload-bucket";
export type { UploadBucketProps } from "./constructs/upload-bucket";
export { Role } from "./constructs/role";
export type { RoleProps } from "./constructs/role";
export { KeyService, SCF_NAMESPACE, KEY_SERVICE_UNUSED_MODULES } from "./constructs/key-service";
export type { KeyServiceProps } from "./constructs/key-service";
export { UploadCheck, UPLOAD_CHECK_RUNTIME, UPLOAD_CHECK_EVENT } from "./constructs/upload-check";
export type { UploadCheckProps } from "./constructs/upload-check";
export { NodejsFunction, DEFAULT_MEMORY_SIZE_MB, SCF_HANDLER } from "./constructs/nodejs-function";
export type { NodejsFunctionProps, FunctionLogsProps, CosTriggerProps } from "./constructs/nodejs-function";
export { DEFAULT_LOG_RETENTION_DAYS, LOG_RETENTION_RULE } from "../policy/cls";
export { AlarmNotice } from "./constructs/alarm-notice";
export type { AlarmNoticeProps } from "./constructs/alarm-notice";
export { FunctionAlarms } from "./constructs/function-alarms";
export type { FunctionAlarmsProps } from "./constructs/function-alarms";
export { CustomDomain } from "./constructs/custom-domain";
export type { CustomDomainProps } from "./constructs/custom-domain";
export { FunctionCode, bundleFunctionCode } from "./constructs/function-code";
export type { FunctionCodeProps } from "./constructs/function-code";
export { PROJECT, physicalName } from "./naming";
export { ConfigError, resolveEnvironment } from "../config/resolve";
export type { ResolvedEnvironment, ResolvedKeyService } from "../config/resolve";
export type {
  EnvironmentConfig,
  KeyServiceConfig,
  StateBackendConfig,
  BucketAcl,
  KeyMode,
} from "../config/environment-config";
export * as policy from "../policy";
export { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
export type { TencentcloudProviderConfig } from "../.gen/providers/tencentcloud/provider";
