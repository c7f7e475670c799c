import { Construct } from "constructs";
import { CosBackend, LocalBackend, TerraformOutput, TerraformStack } from "cdktf";
import { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
import { EnvironmentConfig } from "../config/environment-config";
import { ResolvedEnvironment, resolveEnvironment } from "../config/resolve";
import { camAccountPrincipal, prefixRoot, trustPolicy, TransferScope } from "../policy";
import { PROJECT, physicalName } from "./naming";
import { Role } from "./constructs/role";
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

    new TerraformOutput(this, "bucket_name", { value: this.uploadBucket.bucket.bucket });
    new TerraformOutput(this, "bucket_region", { value: env.region });
    new TerraformOutput(this, "upload_role_arn", { value: this.uploadRole.role.roleArn });
  }
}
