/**
 * Who besides the bucket owner may use an object: its ACL as GET Object acl answers it, read as pure functions.
 *
 * COS offers no condition key for the `x-cos-grant-*` headers (docs/security.md), so a key holder can upload
 * an object and grant another account read (or full control) on it; the check refuses such objects after the fact.
 * Response shape (https://cloud.tencent.com/document/product/436/7744): `<AccessControlPolicy><Owner><ID>…</ID>…
 * </Owner><AccessControlList><Grant><Grantee xsi:type="CanonicalUser"><ID>qcs::cam::uin/<uin>:uin/<uin></ID>…
 * </Grantee><Permission>FULL_CONTROL</Permission></Grant><Grant><Grantee xsi:type="Group"><URI>…/AllUsers</URI>
 * </Grantee><Permission>READ</Permission></Grant>…</AccessControlList></AccessControlPolicy>`.
 */

/** One grant of an object's ACL. */
export interface AclGrant {
  /** A `CanonicalUser`'s `ID` (`qcs::cam::uin/<uin>:uin/<uin>`) or a `Group`'s `URI`. */
  readonly grantee: string;
  /** `READ`, `READ_ACP`, `WRITE_ACP`, `FULL_CONTROL` (or `WRITE`). */
  readonly permission: string;
}

/** An object's ACL. */
export interface ObjectAcl {
  /** The `Owner`'s `ID`. */
  readonly owner: string;
  readonly grants: readonly AclGrant[];
}

/** The group COS names for anyone, signed in or not. */
const ALL_USERS = "http://cam.qcloud.com/groups/global/AllUsers";

/** Most grants named in a log line; a hostile upload could carry many. */
export const MAX_LOGGED_GRANTS = 5;
/** Longest grantee named in a log line. */
const MAX_GRANTEE_LENGTH = 128;

/** The ACL in a GET Object acl body, or undefined when the body is not one. */
export function parseObjectAcl(xml: string): ObjectAcl | undefined {
  const policy = /<AccessControlPolicy[^>]*>([\s\S]*)<\/AccessControlPolicy>/.exec(xml)?.[1];
  const ownerBlock = policy === undefined ? undefined : /<Owner>([\s\S]*?)<\/Owner>/.exec(policy)?.[1];
  const owner = ownerBlock === undefined ? undefined : element(ownerBlock, "ID");
  if (policy === undefined || owner === undefined) {
    return undefined;
  }
  const grants: AclGrant[] = [];
  for (const [, body] of policy.matchAll(/<Grant>([\s\S]*?)<\/Grant>/g)) {
    const grantee = /<Grantee[^>]*>([\s\S]*?)<\/Grantee>/.exec(body)?.[1] ?? "";
    // A grant naming nobody the check can read is still a grant: it counts as someone else's.
    grants.push({
      grantee: element(grantee, "ID") ?? element(grantee, "URI") ?? "(unreadable grantee)",
      permission: element(body, "Permission") ?? "(none)",
    });
  }
  return { owner, grants };
}

/**
 * The grants that go to anyone but the bucket owner, the account `ownerUin` (its root identity,
 * `qcs::cam::uin/<uin>:uin/<uin>`, as COS writes it, or `:root`): another account, a sub-user, a group such as
 * AllUsers (a `public-read` ACL). An ACL whose owner is not the bucket owner is someone else's object: all its grants
 * count. Each as `"<PERMISSION> <grantee>"`, at most {@link MAX_LOGGED_GRANTS}, for the log.
 *
 * In a `public-read` bucket everyone may read every object already, so `READ` for {@link ALL_USERS} shares nothing
 * the bucket does not; COS does not document whether it lists the bucket's grant on each object, and counting it
 * would quarantine every upload there. Every other grant still counts.
 */
export function grantsToOthers(
  acl: ObjectAcl,
  ownerUin: string,
  bucketAcl: "private" | "public-read" = "private",
): string[] {
  const owners = [`qcs::cam::uin/${ownerUin}:uin/${ownerUin}`, `qcs::cam::uin/${ownerUin}:root`];
  const ownedByOwner = owners.includes(acl.owner);
  const bucketGrant = (grant: AclGrant): boolean =>
    bucketAcl === "public-read" && grant.grantee === ALL_USERS && grant.permission === "READ";
  return acl.grants
    .filter((grant) => !ownedByOwner || !(owners.includes(grant.grantee) || bucketGrant(grant)))
    .slice(0, MAX_LOGGED_GRANTS)
    .map((grant) => `${grant.permission.slice(0, 16)} ${grant.grantee.slice(0, MAX_GRANTEE_LENGTH)}`);
}

function element(xml: string, name: string): string | undefined {
  const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
  return value === undefined ? undefined : unescapeXml(value.trim());
}

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|amp|apos|quot|#\d+);/g, (_, entity: string) =>
    entity.startsWith("#")
      ? String.fromCharCode(Number(entity.slice(1)))
      : ({ lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' }[entity] ?? ""),
  );
}
