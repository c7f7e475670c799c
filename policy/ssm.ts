/** Names of Tencent Secrets Manager (SSM) secrets, as CAM policies need them. */

/** Reading one secret's value: what the key service needs to load its HS256 secret. */
export const SSM_READ_SECRET_ACTIONS: readonly string[] = ["name/ssm:GetSecretValue"];

/**
 * One secret: `qcs::ssm:<region>:uin/<uin>:secret/creatorUin/` + `*` + `/<name>`. Tencent's resource format for a single
 * secret is `qcs::ssm:$region:uin/$uin:secret/creatorUin/$creatorUin/$secretName`
 * (https://www.tencentcloud.com/document/product/1078/38612, "Creating an Access Control Policy"). Who created the
 * secret (the owner or a sub-account running `tccli`) is not known at synth, so that segment is a wildcard; a secret
 * name is unique in a region of an account, so the resource still names exactly one secret.
 */
export function ssmSecretResource(region: string, ownerUin: string, secretName: string): string {
  return `qcs::ssm:${region}:uin/${ownerUin}:secret/creatorUin/*/${secretName}`;
}

/**
 * A Secrets Manager secret name, CreateSecret's `SecretName` (https://www.tencentcloud.com/document/api/1078/38656):
 * 1 to 128 letters, digits, `_` and `-`, starting with a letter or digit. The characters and the length are two
 * rules so that the environment schema can say which one a name breaks.
 */
export const SSM_SECRET_NAME_CHARS = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Longest Secrets Manager secret name (see {@link SSM_SECRET_NAME_CHARS}). */
export const SSM_SECRET_NAME_MAX_LENGTH = 128;

/** The rule of {@link isSsmSecretName}, as the functions' and the constructs' messages state it. */
export const SSM_SECRET_NAME_RULE =
  "a Secrets Manager secret name: 1 to 128 letters, digits, _ or -, starting with a letter or digit";

/** Whether `name` is a Secrets Manager secret name (see {@link SSM_SECRET_NAME_CHARS}). */
export function isSsmSecretName(name: string): boolean {
  return name.length <= SSM_SECRET_NAME_MAX_LENGTH && SSM_SECRET_NAME_CHARS.test(name);
}
