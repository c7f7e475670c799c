/** The shape of one environment's configuration: plain data, no cdktf. */

/** Where Terraform keeps this environment's state. */
export type StateBackendConfig =
  | {
      readonly type: "cos";
      /** State bucket, `<name>-<appid>`; create it once by hand, before the first deploy. */
      readonly bucket: string;
      /** Folder for this environment's state, such as `direct-transfer/prod`. */
      readonly prefix: string;
      /** @default the environment's region */
      readonly region?: string;
    }
  | { readonly type: "local" };

/** Canned bucket ACLs this project accepts. `public-read-write` is refused: anyone could fill the bucket. */
export type BucketAcl = "private" | "public-read";

/** What one temporary key may write: anything in the caller's folder, or one named object. */
export type KeyMode = "prefix" | "object";

/** The temporary-key service (an SCF function behind its Function URL). */
export interface KeyServiceConfig {
  /** SCF runtime. @default "Nodejs18.15" */
  readonly runtime?: string;
  /** Function memory in MB, a multiple of 128. @default 128 */
  readonly memorySizeMb?: number;
  /** Function timeout in seconds (STS gets about 3 s of it). @default 10 */
  readonly timeoutSeconds?: number;
  /**
   * Reserved concurrency: the most instances that may run at once, which also caps what a flood of requests can
   * cost. @default 10
   */
  readonly reservedConcurrency?: number;
  /** Ship the function's logs to a CLS logset and topic created for it. @default false */
  readonly clsLogging?: boolean;
  /**
   * JWKS URL of the identity provider signing caller tokens with RS256/ES256. When unset, tokens are HS256 with
   * the secret given in the sensitive Terraform variable `key_service_jwt_secret`.
   * @default HS256 with the variable's secret
   */
  readonly authJwksUrl?: string;
  /** Expected `iss` of caller tokens. @default not checked */
  readonly authIssuer?: string;
  /** Expected `aud` of caller tokens. @default not checked */
  readonly authAudience?: string;
  /**
   * Name of an SSM secret holding the HS256 secret; the function reads it with its own role, and no Terraform
   * variable carries it. @default the Terraform variable `key_service_jwt_secret`
   */
  readonly authJwtSecretName?: string;
  /** Oldest `iat` accepted, in seconds (jose `maxTokenAge`). @default not checked */
  readonly authMaxTokenAgeSeconds?: number;
  /** STS calls per caller id per instance per minute. @default 10 in prefix mode, 120 in object mode */
  readonly maxKeysPerCallerPerMinute?: number;
}

/** Everything that differs between two environments. */
export interface EnvironmentConfig {
  /** Environment name; becomes the stack name and part of every physical name. Lowercase, digits, `-`. */
  readonly name: string;
  /** Tencent Cloud region, such as `ap-guangzhou`. */
  readonly region: string;
  /** The account's 10-digit APPID; every bucket name ends in it. */
  readonly appId: string;
  /** The account owner's UIN (digits); trust policies and role ARNs name it. */
  readonly ownerUin: string;
  /** Bucket name without the APPID suffix; the bucket is `<bucketBaseName>-<appId>`. */
  readonly bucketBaseName: string;
  /** Canned ACL of the bucket. @default "private" */
  readonly bucketAcl?: BucketAcl;
  /**
   * Origins of web clients allowed by the bucket's CORS rules and by the key service, such as
   * `https://app.example.com`. `*` is refused in protected environments. @default no CORS rules
   */
  readonly corsOrigins?: readonly string[];
  /** Where each caller's objects go; `{sub}` is the caller's id. @default "uploads/{sub}/" */
  readonly keyPrefixTemplate?: string;
  /** Lifetime of a temporary key, 900..7200 seconds. @default 1800 */
  readonly keyDurationSeconds?: number;
  /**
   * Largest object a key may upload, in bytes. Setting it turns multipart upload off (see README).
   * @default no limit
   */
  readonly maxUploadBytes?: number;
  /** Content types keys may upload, such as `image/*`. @default any */
  readonly allowedContentTypes?: readonly string[];
  /** Whether keys may also be issued for reading back the caller's own objects. @default false */
  readonly allowDownload?: boolean;
  /** Days after which incomplete multipart uploads are aborted (their parts are billed). @default 3 */
  readonly abortIncompleteMultipartDays?: number;
  /** Days after which noncurrent object versions expire. @default 30 */
  readonly noncurrentVersionExpirationDays?: number;
  /** What one key may write: the caller's folder (`prefix`) or one object (`object`). @default "prefix" */
  readonly keyMode?: KeyMode;
  /** Where Terraform state lives. */
  readonly stateBackend: StateBackendConfig;
  /** Protected environments keep their data: `prevent_destroy` on the bucket, no `*` CORS origin. */
  readonly protected: boolean;
  /** Tags added to every resource that takes tags. @default none beyond the project's own */
  readonly tags?: Readonly<Record<string, string>>;
  /** The temporary-key service. @default every KeyServiceConfig default */
  readonly keyService?: KeyServiceConfig;
}
