import { Construct } from "constructs";
import { CosBackend, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
import { EnvironmentConfig } from "../config/environment-config";
import { ResolvedEnvironment, resolveEnvironment } from "../config/resolve";
import { camAccountPrincipal, prefixRoot, trustPolicy, TransferScope } from "../policy";
import { PROJECT, physicalName } from "./naming";
import { Role } from "./constructs/role";
import { KeyService, SCF_NAMESPACE } from "./constructs/key-service";
import { UploadBucket } from "./constructs/upload-bucket";

/** Properties of a {@link DirectTransferStack}. */
export interface DirectTransferStackProps {
  /** The environment this stack deploys; validated before anything is declared. */
  readonly environment: EnvironmentConfig;
}

/**
 * Everything one environment needs for direct transfer: the bucket, the upload role whose policy is the ceiling
 * of every temporary key, and the key service's execution role.
 */
export class DirectTransferStack extends TerraformStack {
  /** The validated environment, defaults applied. */
  readonly environment: ResolvedEnvironment;
  /** The bucket apps upload into. */
  readonly uploadBucket: UploadBucket;
  /** The role temporary keys are issued for. */
  readonly uploadRole: Role;
  /** The role the key service runs as; it may only assume the upload role. */
  readonly keyServiceRole: Role;
  /** The temporary-key service. */
  readonly keyService: KeyService;

  constructor(scope: Construct, id: string, props: DirectTransferStackProps) {
    super(scope, id);
    const env = resolveEnvironment(props.environment);
    this.environment = env;
    const tags = { project: PROJECT, environment: env.name, "managed-by": "cdktf", ...env.tags };

    new TencentcloudProvider(this, "tencentcloud", { region: env.region });
    if (env.stateBackend.type === "cos") {
      new CosBackend(this, {
        bucket: env.stateBackend.bucket,
        prefix: env.stateBackend.prefix,
        region: env.stateBackend.region ?? env.region,
        encrypt: true,
        acl: "private",
      });
    } else {
      new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    }

    this.uploadBucket = new UploadBucket(this, "bucket", {
      bucket: env.bucket,
      region: env.region,
      appId: env.appId,
      acl: env.bucketAcl,
      corsOrigins: env.corsOrigins,
      abortIncompleteMultipartDays: env.abortIncompleteMultipartDays,
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

    const functionName = physicalName(env.name, "key-service");
    this.keyService = new KeyService(this, "key-service", {
      functionName,
      role: this.keyServiceRole,
      environment: this.keyServiceEnvironment(env, scopes),
      runtime: env.keyService.runtime,
      memorySizeMb: env.keyService.memorySizeMb,
      timeoutSeconds: env.keyService.timeoutSeconds,
      reservedConcurrency: env.keyService.reservedConcurrency,
      clsLogging: env.keyService.clsLogging,
      tags,
    });

    new TerraformOutput(this, "bucket_name", { value: this.uploadBucket.bucket.bucket });
    new TerraformOutput(this, "bucket_region", { value: env.region });
    new TerraformOutput(this, "upload_role_arn", { value: this.uploadRole.role.roleArn });
    new TerraformOutput(this, "key_service_function_name", { value: this.keyService.fn.name });
    // The provider cannot read a Function URL back (see README, "Key service URL"); this prints where it is.
    new TerraformOutput(this, "key_service_url_command", {
      value: `tccli scf ListTriggers --region ${env.region} --Namespace ${SCF_NAMESPACE} --FunctionName ${functionName}`,
    });
  }

  /** The handler's configuration, in the variable names of lambda/config.ts. */
  private keyServiceEnvironment(env: ResolvedEnvironment, scopes: readonly TransferScope[]): Record<string, string> {
    const auth = env.keyService;
    const variables: Record<string, string | undefined> = {
      COS_BUCKET: env.bucket,
      COS_REGION: env.region,
      UPLOAD_ROLE_ARN: this.uploadRole.arn,
      ALLOW_PREFIX: env.keyPrefixTemplate,
      ALLOWED_SCOPES: scopes.join(","),
      DURATION_SECONDS: String(env.keyDurationSeconds),
      ALLOWED_ORIGINS: env.corsOrigins.length ? env.corsOrigins.join(",") : undefined,
      MAX_UPLOAD_BYTES: env.maxUploadBytes === undefined ? undefined : String(env.maxUploadBytes),
      ALLOWED_CONTENT_TYPES: env.allowedContentTypes.length ? env.allowedContentTypes.join(",") : undefined,
      AUTH_JWKS_URL: auth.authJwksUrl,
      AUTH_JWT_SECRET: auth.authJwksUrl === undefined ? this.jwtSecret().value : undefined,
      AUTH_ISSUER: auth.authIssuer,
      AUTH_AUDIENCE: auth.authAudience,
    };
    return Object.fromEntries(Object.entries(variables).filter((e): e is [string, string] => e[1] !== undefined));
  }

  /** The HS256 secret of caller tokens: a sensitive variable, so it is never in committed configuration. */
  private jwtSecret(): TerraformVariable {
    return new TerraformVariable(this, "key_service_jwt_secret", {
      type: "string",
      sensitive: true,
      nullable: false,
      description: "HS256 secret that caller JWTs are signed with (at least 32 characters); set TF_VAR_key_service_jwt_secret",
      validation: [
        {
          condition: "${length(var.key_service_jwt_secret) >= 32}",
          errorMessage: "key_service_jwt_secret must be at least 32 characters.",
        },
      ],
    });
  }
}
