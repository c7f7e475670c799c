import { existsSync } from "node:fs";
import path from "node:path";
import { Construct } from "constructs";
import { CosBackend, LocalBackend, TerraformOutput, TerraformStack } from "cdktf";
import { TencentcloudProvider } from "../.gen/providers/tencentcloud/provider";
import { EnvironmentConfig } from "../config/environment-config";
import { ResolvedEnvironment } from "../config/resolve";
import { KeyService, SCF_NAMESPACE } from "./constructs/key-service";
import { Role } from "./constructs/role";
import { UploadBucket } from "./constructs/upload-bucket";
import { DirectTransfer } from "./direct-transfer";

/** The output naming the key service's URL on its custom domain, `https://<domain>/`; `npm run outputs` reads it. */
export const KEY_SERVICE_DOMAIN_URL_OUTPUT = "key_service_domain_url";

/** Properties of a {@link DirectTransferStack}. */
export interface DirectTransferStackProps {
  /** The environment this stack deploys; validated before anything is declared. */
  readonly environment: EnvironmentConfig;
  /**
   * Folder of local state files (`<folder>/<stack id>.tfstate`), for environments with `stateBackend: { type: "local" }`;
   * an absolute path outside any build output.
   * @default `state/` in the cdktf project: the nearest folder above this file holding `cdktf.json`
   */
  readonly stateDirectory?: string;
}

/**
 * One environment as its own stack: the `tencentcloud` provider for its region, its state backend, a
 * {@link DirectTransfer} and the outputs apps and operators need.
 */
export class DirectTransferStack extends TerraformStack {
  /** Everything the environment deploys. */
  readonly transfer: DirectTransfer;
  /** The validated environment, defaults applied. */
  readonly environment: ResolvedEnvironment;
  /** The bucket apps upload into (`transfer.uploadBucket`). */
  readonly uploadBucket: UploadBucket;
  /** The role temporary keys are issued for (`transfer.uploadRole`). */
  readonly uploadRole: Role;
  /** The role the key service runs as (`transfer.keyServiceRole`). */
  readonly keyServiceRole: Role;
  /** The temporary-key service (`transfer.keyService`). */
  readonly keyService: KeyService;

  constructor(scope: Construct, id: string, props: DirectTransferStackProps) {
    super(scope, id);
    if (props.stateDirectory !== undefined && !path.isAbsolute(props.stateDirectory)) {
      throw new Error(`stateDirectory: received ${JSON.stringify(props.stateDirectory)}; allowed: an absolute path`);
    }
    // `Default` is left out of logical ids, so resources keep the addresses they had as the stack's own children.
    this.transfer = new DirectTransfer(this, "Default", { environment: props.environment });
    const env = this.transfer.environment;
    this.environment = env;
    const { uploadBucket, uploadRole, keyServiceRole, keyService } = this.transfer;
    this.uploadBucket = uploadBucket;
    this.uploadRole = uploadRole;
    this.keyServiceRole = keyServiceRole;
    this.keyService = keyService;

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
      // Terraform resolves a relative path against cdktf.out/stacks/<id>/, which a clean build deletes.
      new LocalBackend(this, { path: path.join(props.stateDirectory ?? defaultStateDirectory(), `${id}.tfstate`) });
    }

    new TerraformOutput(this, "bucket_name", { value: uploadBucket.bucket.bucket });
    new TerraformOutput(this, "bucket_region", { value: env.region });
    new TerraformOutput(this, "upload_role_arn", { value: uploadRole.role.roleArn });
    new TerraformOutput(this, "key_service_function_name", { value: keyService.fn.name });
    // The provider cannot read a Function URL back (docs/key-service.md, "Key service URL"); this prints where it is.
    new TerraformOutput(this, "key_service_url_command", {
      value: `tccli scf ListTriggers --region ${env.region} --Namespace ${SCF_NAMESPACE} --FunctionName ${keyService.functionName}`,
    });
    if (this.transfer.uploadCheck !== undefined) {
      new TerraformOutput(this, "upload_check_function_name", { value: this.transfer.uploadCheck.fn.name });
    }
    if (this.transfer.customDomain !== undefined) {
      new TerraformOutput(this, KEY_SERVICE_DOMAIN_URL_OUTPUT, { value: this.transfer.customDomain.url });
    }
  }
}

/**
 * `<project>/state`, where `<project>` is the nearest folder above this file that holds `cdktf.json`: this
 * repository when run from source or from `dist/`, the consuming project when installed as a package. Found from
 * `__dirname`, never from the working directory, so synth writes the same path wherever it is started.
 */
export function defaultStateDirectory(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "cdktf.json"))) {
      return path.join(dir, "state");
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`stateDirectory: no cdktf.json found above ${from}; pass stateDirectory, an absolute path`);
    }
  }
}
