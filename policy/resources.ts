/** Builders and patterns for Tencent Cloud names: buckets, regions, `qcs::…` resources. */

/**
 * A COS bucket name as the provider validates it, `<name>-<10-digit APPID>`; the `appId` group is the APPID.
 * Names are at most {@link COS_BUCKET_NAME_MAX_LENGTH} characters.
 */
export const COS_BUCKET_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-(?<appId>[0-9]{10})$/;

/** Longest bucket name COS accepts. */
export const COS_BUCKET_NAME_MAX_LENGTH = 60;

/** A region id such as `ap-guangzhou` or `ap-shanghai-fsi`. */
export const REGION_ID = /^[a-z]{2}-[a-z]+(-[a-z0-9]+)?$/;

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

/**
 * The COS resource of exactly one object, with no wildcard: `qcs::cos:<region>:uid/<appid>:<bucket>/<key>`.
 */
export function cosExactObjectResource(location: BucketLocation, key: string): string {
  if (key.includes("*")) {
    throw new Error(`an exact object resource contains no "*"; received ${JSON.stringify(key)}`);
  }
  return `qcs::cos:${location.region}:uid/${location.appId}:${location.bucket}/${key}`;
}

/** A CAM role, as STS `AssumeRole` and CAM policies name it: `qcs::cam::uin/<uin>:roleName/<name>`. */
export function camRoleArn(ownerUin: string, roleName: string): string {
  return `qcs::cam::uin/${ownerUin}:roleName/${roleName}`;
}

/** The account itself as a trust principal. The provider rejects the `root` shorthand without the uin. */
export function camAccountPrincipal(ownerUin: string): string {
  return `qcs::cam::uin/${ownerUin}:root`;
}
