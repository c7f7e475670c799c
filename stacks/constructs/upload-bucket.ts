import { Construct } from "constructs";
import { CamPolicy } from "../../.gen/providers/tencentcloud/cam-policy";
import { CosBucket } from "../../.gen/providers/tencentcloud/cos-bucket";
import { BucketLocation, TransferScope, transferPolicy, UploadLimits } from "../../policy";
import { BucketAcl } from "../../config/environment-config";
import { Role } from "./role";

/** Properties of an {@link UploadBucket}. */
export interface UploadBucketProps {
  /** Full bucket name, `<name>-<appid>`. */
  readonly bucket: string;
  /** The bucket's region. */
  readonly region: string;
  /** The account's APPID, the bucket name's suffix. */
  readonly appId: string;
  /** Canned ACL. @default "private" */
  readonly acl?: BucketAcl;
  /** Origins allowed to upload from a browser. @default none: no CORS rule */
  readonly corsOrigins?: readonly string[];
  /** Days before incomplete multipart uploads are aborted. */
  readonly abortIncompleteMultipartDays: number;
  /** Days after which a version that was overwritten or deleted (a noncurrent version) expires. */
  readonly noncurrentVersionExpirationDays: number;
  /** Refuse `terraform destroy` of the bucket (`prevent_destroy`). @default false */
  readonly protected?: boolean;
  /** Tags of the bucket. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Methods browsers need for simple, form and multipart uploads and for reading back. */
export const CORS_METHODS = ["PUT", "POST", "GET", "HEAD"] as const;

/** Headers browsers must be able to read: multipart completion needs each part's `ETag`. */
export const CORS_EXPOSE_HEADERS = ["ETag", "x-cos-request-id"] as const;

/** How long browsers may cache a preflight answer. */
const CORS_MAX_AGE_SECONDS = 600;

/**
 * The bucket apps upload into: private unless asked otherwise, encrypted at rest (SSE-COS, AES256), versioned,
 * with incomplete multipart uploads and old versions cleaned up, and never force-cleaned by Terraform.
 */
export class UploadBucket extends Construct {
  /** The bucket resource. */
  readonly bucket: CosBucket;
  /** Region, APPID and name, as policies need them. */
  readonly location: BucketLocation;
  /** The bucket's canned ACL. */
  readonly acl: BucketAcl;

  constructor(scope: Construct, id: string, props: UploadBucketProps) {
    super(scope, id);
    const acl = props.acl ?? "private";
    this.acl = acl;
    if ((acl as string) === "public-read-write") {
      throw new Error(`acl: received "public-read-write"; allowed: "private" or "public-read"`);
    }
    const origins = props.corsOrigins ?? [];
    this.location = { region: props.region, appId: props.appId, bucket: props.bucket };
    this.bucket = new CosBucket(this, "bucket", {
      bucket: props.bucket,
      acl,
      encryptionAlgorithm: "AES256",
      versioningEnable: true,
      forceClean: false,
      corsRules:
        origins.length === 0
          ? undefined
          : [
              {
                allowedOrigins: [...origins],
                allowedMethods: [...CORS_METHODS],
                allowedHeaders: ["*"],
                exposeHeaders: [...CORS_EXPOSE_HEADERS],
                maxAgeSeconds: CORS_MAX_AGE_SECONDS,
              },
            ],
      lifecycleRules: [
        {
          abortIncompleteMultipartUpload: { daysAfterInitiation: props.abortIncompleteMultipartDays },
          // Versioning keeps every overwritten object; without an expiry they are billed forever.
          nonCurrentExpiration: { nonCurrentDays: props.noncurrentVersionExpirationDays },
        },
      ],
      tags: props.tags && { ...props.tags },
      lifecycle: props.protected ? { preventDestroy: true } : undefined,
    });
  }

  /**
   * Lets `role` transfer objects under `prefix` (and nothing else in the bucket): the scopes' COS actions on
   * `<bucket>/<prefix>*`, under the given upload limits.
   */
  grantTransfer(role: Role, prefix: string, scopes: readonly TransferScope[], limits: UploadLimits = {}): CamPolicy {
    return role.attachPolicy(
      "transfer",
      `${scopes.join(" and ")} under ${this.location.bucket}/${prefix}`,
      transferPolicy({ location: this.location, prefix, scopes, ...limits }),
    );
  }
}
