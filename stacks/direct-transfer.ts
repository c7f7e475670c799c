import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { EnvironmentConfig } from "../config/environment-config";
import { ResolvedEnvironment, resolveEnvironment } from "../config/resolve";
import { allow, camAccountPrincipal, policyDocument, prefixRoot, trustPolicy, TransferScope } from "../policy";
import { keyServiceVariables, MIN_SECRET_BYTES } from "../policy/function-variables";
import { SSM_READ_SECRET_ACTIONS, ssmSecretResource } from "../policy/ssm";
import { ALARM_POLICY_NAME_MAX_LENGTH } from "../policy/monitor";
import { alarmPolicyName, physicalName, PROJECT } from "./naming";
import { AlarmNotice } from "./constructs/alarm-notice";
import { CustomDomain } from "./constructs/custom-domain";
import { FunctionAlarms } from "./constructs/function-alarms";
import { KeyService } from "./constructs/key-service";
import { Role } from "./constructs/role";
import { UploadBucket } from "./constructs/upload-bucket";
import { UploadCheck } from "./constructs/upload-check";

/** Properties of a {@link DirectTransfer}. */
export interface DirectTransferProps {
  /** The environment to build; validated (and its defaults applied) before anything is declared. */
  readonly environment: EnvironmentConfig;
}

/** Name of the Terraform variable holding the HS256 secret, where no SSM secret is configured. */
export const JWT_SECRET_VARIABLE = "key_service_jwt_secret";

/** Name of the Terraform variable holding the upload check's webhook secret, for a webhook without `webhookSecretName`. */
export const WEBHOOK_SECRET_VARIABLE = "upload_check_webhook_secret";

/** Name of the Terraform variable holding the verdict tags' secret, for a check without webhook or `verdictSecretName`. */
export const VERDICT_SECRET_VARIABLE = "upload_check_verdict_secret";

/**
 * Direct transfer for one environment, without provider or backend, so any `TerraformStack` can contain it: the
 * bucket, the upload role whose policy is the ceiling of every temporary key, the key service and its execution
 * role. The stack supplies a `tencentcloud` provider for the environment's region.
 *
 * Give it the id `Default` to keep Terraform addresses as if its children were the stack's own (cdktf leaves
 * `Default` out of logical ids); {@link DirectTransferStack} does.
 */
export class DirectTransfer extends Construct {
  /** The validated environment, defaults applied. */
  readonly environment: ResolvedEnvironment;
  /** The bucket apps upload into. */
  readonly uploadBucket: UploadBucket;
  /** The role temporary keys are issued for. */
  readonly uploadRole: Role;
  /** The role the key service runs as; it may only assume the upload role (and read its JWT secret, if in SSM). */
  readonly keyServiceRole: Role;
  /** The temporary-key service. */
  readonly keyService: KeyService;
  /** The sensitive variable carrying the HS256 secret; only for HS256 without `authJwtSecretName`. */
  readonly jwtSecret?: TerraformVariable;
  /** The post-upload check; only where the environment sets `uploadCheck`. */
  readonly uploadCheck?: UploadCheck;
  /** The key service's own domain; only where the environment sets `keyService.customDomain`. */
  readonly customDomain?: CustomDomain;
  /** Who hears of the alarms; only where the environment sets `alarms.enabled`. */
  readonly alarmNotice?: AlarmNotice;

  constructor(scope: Construct, id: string, props: DirectTransferProps) {
    super(scope, id);
    const env = resolveEnvironment(props.environment);
    this.environment = env;
    const tags = { project: PROJECT, environment: env.name, "managed-by": "cdktf", ...env.tags };

    this.uploadBucket = new UploadBucket(this, "bucket", {
      bucket: env.bucket,
      region: env.region,
      appId: env.appId,
      acl: env.bucketAcl,
      corsOrigins: env.corsOrigins,
      abortIncompleteMultipartDays: env.abortIncompleteMultipartDays,
      noncurrentVersionExpirationDays: env.noncurrentVersionExpirationDays,
      protected: env.protected,
      tags,
    });

    this.uploadRole = new Role(this, "upload-role", {
      name: physicalName(env.name, "upload"),
      description: `Temporary upload keys for ${env.bucket}`,
      ownerUin: env.ownerUin,
      trust: trustPolicy({ qcs: [camAccountPrincipal(env.ownerUin)] }),
      sessionDurationSeconds: env.keyDurationSeconds,
      tags,
    });
    const scopes: TransferScope[] = env.allowDownload ? ["upload", "download"] : ["upload"];
    this.uploadBucket.grantTransfer(this.uploadRole, prefixRoot(env.keyPrefixTemplate), scopes, {
      maxUploadBytes: env.maxUploadBytes,
      multipartUpload: env.multipartUpload,
      allowedContentTypes: env.allowedContentTypes,
    });

    this.keyServiceRole = new Role(this, "key-service-role", {
      name: physicalName(env.name, "key-service"),
      description: "Runs the temporary-key service; may only assume the upload role",
      ownerUin: env.ownerUin,
      trust: trustPolicy({ service: ["scf.qcloud.com"] }),
      tags,
    });
    this.uploadRole.grantAssumeRole(this.keyServiceRole);

    const secretName = env.keyService.authJwtSecretName;
    if (secretName !== undefined) {
      this.keyServiceRole.attachPolicy(
        "jwt-secret",
        `May read the SSM secret ${secretName} only`,
        policyDocument([allow(SSM_READ_SECRET_ACTIONS, [ssmSecretResource(env.region, env.ownerUin, secretName)])]),
      );
    } else if (env.keyService.authJwksUrl === undefined) {
      this.jwtSecret = secretVariable(this, JWT_SECRET_VARIABLE, "HS256 secret that caller JWTs are signed with");
    }
    const ticketSecretName = env.keyService.uploadTicketSecretName;
    if (ticketSecretName !== undefined) {
      this.keyServiceRole.attachPolicy(
        "ticket-secret",
        `May read the SSM secret ${ticketSecretName} only`,
        policyDocument([
          allow(SSM_READ_SECRET_ACTIONS, [ssmSecretResource(env.region, env.ownerUin, ticketSecretName)]),
        ]),
      );
    }

    const checkLogs = env.uploadCheck?.clsLogging === true;
    this.keyService = new KeyService(this, "key-service", {
      functionName: physicalName(env.name, "key-service"),
      role: this.keyServiceRole,
      environment: keyServiceVariables(env, {
        uploadRoleArn: this.uploadRole.arn,
        scopes,
        jwtSecret: this.jwtSecret?.value,
      }),
      runtime: env.keyService.runtime,
      memorySizeMb: env.keyService.memorySizeMb,
      timeoutSeconds: env.keyService.timeoutSeconds,
      reservedConcurrency: env.keyService.reservedConcurrency,
      instanceConcurrency: env.keyService.instanceConcurrency,
      clsLogging: env.keyService.clsLogging,
      logRetentionDays: env.keyService.logRetentionDays,
      // The environment's logset, shared by both functions' topics, lives in the key service (its Terraform address).
      sharedLogset: checkLogs,
      tags,
    });

    if (env.uploadCheck !== undefined) {
      const {
        quarantinePrefix,
        webhookUrl,
        webhookSecretName,
        reservedConcurrency,
        maxWebhooksPerMinute,
        logRetentionDays,
        verdictSecretName,
      } = env.uploadCheck;
      this.uploadCheck = new UploadCheck(this, "upload-check", {
        functionName: physicalName(env.name, "upload-check"),
        ownerUin: env.ownerUin,
        bucket: this.uploadBucket,
        keyPrefixTemplate: env.keyPrefixTemplate,
        limits: { maxUploadBytes: env.maxUploadBytes, allowedContentTypes: env.allowedContentTypes },
        quarantinePrefix,
        webhookUrl,
        webhookSecretName,
        reservedConcurrency,
        maxWebhooksPerMinute,
        logsetId: checkLogs ? this.keyService.logset?.id : undefined,
        logRetentionDays,
        // A Terraform variable only without a Secrets Manager secret: its value would be in the state.
        webhookSecret:
          webhookUrl === undefined || webhookSecretName !== undefined
            ? undefined
            : secretVariable(
                this,
                WEBHOOK_SECRET_VARIABLE,
                "HMAC-SHA256 secret the upload check signs webhook deliveries with",
              ).value,
        verdictSecretName,
        verdictSecret:
          webhookUrl !== undefined || verdictSecretName !== undefined
            ? undefined
            : secretVariable(
                this,
                VERDICT_SECRET_VARIABLE,
                "secret the upload check derives its verdict tags' HMAC key from",
              ).value,
        sweepSchedule: env.uploadCheck.sweepSchedule,
        sweepGraceMinutes: env.uploadCheck.sweepGraceMinutes,
        sweepMaxObjects: env.uploadCheck.sweepMaxObjects,
        asyncRetries: env.uploadCheck.asyncRetries,
        tags,
      });
    }

    const domain = env.keyService.customDomain;
    if (domain !== undefined) {
      this.customDomain = new CustomDomain(this, "key-service-domain", {
        domain: domain.domain,
        certificateId: domain.certificateId,
        wafInstanceId: domain.waf?.instanceId,
        fn: this.keyService.fn,
      });
    }
    if (env.alarms.enabled) {
      this.alarmNotice = this.declareAlarms(env);
    }
  }

  /** One notice for the environment, one alarm policy (and binding) per function. */
  private declareAlarms(env: ResolvedEnvironment): AlarmNotice {
    const { receivers, noticeWays, language, durationAlarmPercent } = env.alarms;
    const notice = new AlarmNotice(this, "alarm-notice", {
      name: physicalName(env.name, "alarms"),
      userIds: receivers.userIds,
      groupIds: receivers.groupIds,
      webhookUrls: receivers.webhookUrls,
      noticeWays,
      language,
    });
    const common = { region: env.region, noticeIds: [notice.noticeId], durationAlarmPercent };
    new FunctionAlarms(this, "key-service-alarms", {
      ...common,
      fn: this.keyService.fn,
      policyName: alarmPolicyName(env.name, "key-service", ALARM_POLICY_NAME_MAX_LENGTH),
      timeoutSeconds: env.keyService.timeoutSeconds,
      reservedConcurrency: env.keyService.reservedConcurrency,
    });
    if (this.uploadCheck !== undefined && env.uploadCheck !== undefined) {
      // A failed verdict fails the invocation (the check throws, SCF retries), so it counts in `Error`. A quarantine
      // is a verdict, not a failure: no SCF metric counts it (see FunctionAlarms).
      new FunctionAlarms(this, "upload-check-alarms", {
        ...common,
        fn: this.uploadCheck.fn,
        policyName: alarmPolicyName(env.name, "upload-check", ALARM_POLICY_NAME_MAX_LENGTH),
        // The function's own setting, which the check construct chooses; unset, SCF's default (CreateFunction
        // `Timeout`: 3 s).
        timeoutSeconds: this.uploadCheck.fn.timeoutInput ?? 3,
        reservedConcurrency: env.uploadCheck.reservedConcurrency,
      });
    }
    return notice;
  }
}

/**
 * A secret as a sensitive Terraform variable, so it is never in committed configuration. Its name is fixed, whatever
 * the construct's id, because people set it as `TF_VAR_<name>`; two environments in one stack therefore share it.
 *
 * No `validation` block checks it: Terraform prints the value of a variable that fails its validation in the error,
 * sensitive or not (seen with Terraform 1.11.4: `var.key_service_jwt_secret is "short"`). Its length is checked where
 * the value is known, by the function at start-up, which then fails closed (the key service answers 503
 * `ServiceMisconfigured`, the check touches no object), naming the variable and the length, never the value.
 */
function secretVariable(scope: Construct, name: string, purpose: string): TerraformVariable {
  const variable = new TerraformVariable(scope, name, {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `${purpose} (at least ${MIN_SECRET_BYTES} characters); set TF_VAR_${name}`,
  });
  variable.overrideLogicalId(name);
  return variable;
}
