/** Builders for Tencent Cloud resource names (`qcs::…`). */

/** Where a bucket lives and who owns it. */
export interface BucketLocation {
  /** Region, such as `ap-guangzhou`. */
  readonly region: string;
  /** The account's 10-digit APPID. */
  readonly appId: string;
  /** Full bucket name, `<name>-<appid>`. */
  readonly bucket: string;
}

/**
 * The COS resource covering every object whose key starts with `prefix`:
 * `qcs::cos:<region>:uid/<appid>:<bucket>/<prefix>*`.
 */
export function cosObjectResource(location: BucketLocation, prefix: string): string {
  return `qcs::cos:${location.region}:uid/${location.appId}:${location.bucket}/${prefix}*`;
}

/** A CAM role, as STS `AssumeRole` and CAM policies name it: `qcs::cam::uin/<uin>:roleName/<name>`. */
export function camRoleArn(ownerUin: string, roleName: string): string {
  return `qcs::cam::uin/${ownerUin}:roleName/${roleName}`;
}

/** The account itself as a trust principal. The provider rejects the `root` shorthand without the uin. */
export function camAccountPrincipal(ownerUin: string): string {
  return `qcs::cam::uin/${ownerUin}:root`;
}
