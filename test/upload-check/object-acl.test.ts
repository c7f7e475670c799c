/**
 * Object ACLs: the local COS answers GET Object acl in COS's shape (read back by Tencent's own `cos-nodejs-sdk-v5`
 * and by the check's client, each request authorised by policy), and the check's pure reading of it.
 */
import COS from "cos-nodejs-sdk-v5";
import os from "node:os";
import { grantsToOthers, MAX_LOGGED_GRANTS, parseObjectAcl } from "../../lambda/upload-check/acl";
import { createCosClient } from "../../lambda/upload-check/cos-client";
import { objectAclXml } from "../../local/cos-object-ops";
import { CosServer, startCosServer } from "../../local/cos-server";
import { IssuedKey } from "../../local/issued-keys";
import { checkRoleKey } from "../../local/cos-trigger";

const LOCATION = { bucket: "photos-1250000000", region: "ap-guangzhou", appId: "1250000000" } as const;
const OWNER = "qcs::cam::uin/100000000001:uin/100000000001";
const OTHER = "qcs::cam::uin/100000000011:uin/100000000011";
const ALL_USERS = "http://cam.qcloud.com/groups/global/AllUsers";

describe("the local COS's GET Object acl", () => {
  const uploader = checkRoleKey(LOCATION, "uploads/{sub}/", "quarantine/");
  const check = checkRoleKey(LOCATION, "uploads/{sub}/", "quarantine/");
  let cos: CosServer | undefined;

  beforeAll(async () => {
    const anything: IssuedKey = {
      ...uploader,
      policy: { version: "2.0", statement: [{ effect: "allow", action: ["name/cos:PutObject"], resource: ["*"] }] },
    };
    cos = await startCosServer({
      ...LOCATION,
      ownerUin: "100000000001",
      issuedKeys: {
        lookup: (id) => (id === uploader.tmpSecretId ? anything : id === check.tmpSecretId ? check : undefined),
      },
    });
    const client = sdk(uploader);
    const target = { Bucket: LOCATION.bucket, Region: LOCATION.region, Body: Buffer.from("a") };
    await client.putObject({ ...target, Key: "uploads/alice/private.png" });
    await client.putObject({
      ...target,
      Key: "uploads/alice/shared.png",
      GrantRead: `id="${OTHER}"`,
      GrantFullControl: 'id="100000000012",id="100000000013"',
    });
    await client.putObject({ ...target, Key: "uploads/alice/public.png", ACL: "public-read" });
    await client.putObject({ ...target, Key: "quarantine/uploads/alice/x.png" });
  });

  afterAll(async () => {
    await cos?.close();
  });

  function sdk(key: IssuedKey): COS {
    return new COS({
      ...cos!.clientOptions,
      ConfCwd: os.tmpdir(),
      SecretId: key.tmpSecretId,
      SecretKey: key.tmpSecretKey,
      SecurityToken: key.sessionToken,
    });
  }

  test("names the owner with full control, as Tencent's SDK reads it", async () => {
    const answer = await sdk(check).getObjectAcl({
      Bucket: LOCATION.bucket,
      Region: LOCATION.region,
      Key: "uploads/alice/private.png",
    });
    expect(answer.Owner).toEqual({ ID: OWNER, DisplayName: OWNER });
    expect(answer.Grants).toEqual([{ Grantee: { ID: OWNER, DisplayName: OWNER }, Permission: "FULL_CONTROL" }]);
  });

  test("lists each x-cos-grant-* entry as a grant, a bare uin as the root account's id", async () => {
    const answer = await sdk(check).getObjectAcl({
      Bucket: LOCATION.bucket,
      Region: LOCATION.region,
      Key: "uploads/alice/shared.png",
    });
    expect(answer.Grants.map((g) => [(g.Grantee as { ID?: string }).ID, g.Permission])).toEqual([
      [OWNER, "FULL_CONTROL"],
      [OTHER, "READ"],
      ["qcs::cam::uin/100000000012:uin/100000000012", "FULL_CONTROL"],
      ["qcs::cam::uin/100000000013:uin/100000000013", "FULL_CONTROL"],
    ]);
  });

  test("is read by the check's own client", async () => {
    const client = createCosClient({
      ...LOCATION,
      endpoint: new URL(cos!.url),
      credentials: { secretId: check.tmpSecretId, secretKey: check.tmpSecretKey, token: check.sessionToken },
    });
    expect(await client.readAcl("uploads/alice/public.png")).toEqual({
      owner: OWNER,
      grants: [
        { grantee: OWNER, permission: "FULL_CONTROL" },
        { grantee: ALL_USERS, permission: "READ" },
      ],
    });
    await expect(client.readAcl("uploads/alice/none.png")).rejects.toMatchObject({ status: 404, code: "NoSuchKey" });
  });

  test("is authorised by policy like every other action", async () => {
    const client = createCosClient({
      ...LOCATION,
      endpoint: new URL(cos!.url),
      credentials: { secretId: check.tmpSecretId, secretKey: check.tmpSecretKey, token: check.sessionToken },
    });
    await expect(client.readAcl("quarantine/uploads/alice/x.png")).rejects.toMatchObject({
      status: 403,
      code: "AccessDenied",
    });
    await expect(
      sdk(uploader).getObjectAcl({
        Bucket: LOCATION.bucket,
        Region: LOCATION.region,
        Key: "uploads/alice/private.png",
      }),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(cos!.requests.filter((r) => r.status === 403).map((r) => r.action)).toEqual([
      "name/cos:GetObjectACL",
      "name/cos:GetObjectACL",
    ]);
  });

  test("escapes what a grant header carries", () => {
    expect(objectAclXml({ acl: "default", grants: { "x-cos-grant-read": 'id="a<b>&c"' } }, "100000000001")).toContain(
      "<ID>a&lt;b&gt;&amp;c</ID>",
    );
  });
});

describe("grantsToOthers", () => {
  const acl = (...grants: [string, string][]) => ({
    owner: OWNER,
    grants: grants.map(([grantee, permission]) => ({ grantee, permission })),
  });

  test("finds none in a private object's ACL", () => {
    expect(grantsToOthers(acl([OWNER, "FULL_CONTROL"]), "100000000001")).toEqual([]);
    expect(
      grantsToOthers(acl([OWNER, "FULL_CONTROL"], ["qcs::cam::uin/100000000001:root", "READ"]), "100000000001"),
    ).toEqual([]);
  });

  test.each([
    ["another account", OTHER, "READ"],
    ["a sub-user of the owner", "qcs::cam::uin/100000000001:uin/200000000001", "READ_ACP"],
    ["everyone (public-read)", ALL_USERS, "READ"],
    ["any signed-in user", "http://cam.qcloud.com/groups/global/AuthenticatedUsers", "READ"],
    [
      "an account whose id merely ends like the owner's",
      "qcs::cam::uin/9100000000001:uin/100000000001",
      "FULL_CONTROL",
    ],
  ])("names a grant to %s", (_, grantee, permission) => {
    expect(grantsToOthers(acl([OWNER, "FULL_CONTROL"], [grantee, permission]), "100000000001")).toEqual([
      `${permission} ${grantee}`,
    ]);
  });

  test("takes read by anyone for the bucket's own grant in a public-read bucket, and nothing more", () => {
    const everyoneReads = acl([OWNER, "FULL_CONTROL"], [ALL_USERS, "READ"]);
    expect(grantsToOthers(everyoneReads, "100000000001", "public-read")).toEqual([]);
    expect(grantsToOthers(everyoneReads, "100000000001")).toEqual([`READ ${ALL_USERS}`]);
    expect(grantsToOthers(acl([ALL_USERS, "WRITE_ACP"]), "100000000001", "public-read")).toEqual([
      `WRITE_ACP ${ALL_USERS}`,
    ]);
    expect(
      grantsToOthers(acl(["qcs::cam::uin/100000000011:uin/100000000011", "READ"]), "100000000001", "public-read"),
    ).toEqual(["READ qcs::cam::uin/100000000011:uin/100000000011"]);
  });

  test("counts every grant of an object another account owns", () => {
    expect(
      grantsToOthers({ owner: OTHER, grants: [{ grantee: OWNER, permission: "FULL_CONTROL" }] }, "100000000001"),
    ).toEqual([`FULL_CONTROL ${OWNER}`]);
  });

  test("names a bounded number of grants, each bounded in length", () => {
    const many = acl(
      ...Array.from({ length: 20 }, (_, i): [string, string] => [`qcs::cam::uin/${i}:uin/${"9".repeat(500)}`, "READ"]),
    );
    const named = grantsToOthers(many, "100000000001");
    expect(named).toHaveLength(MAX_LOGGED_GRANTS);
    expect(Math.max(...named.map((line) => line.length))).toBeLessThanOrEqual(16 + 1 + 128);
  });
});

describe("parseObjectAcl", () => {
  test("reads COS's documented shape, group and user grantees alike", () => {
    const xml = `<?xml version='1.0' encoding='utf-8' ?>
<AccessControlPolicy>
  <Owner><ID>${OWNER}</ID><DisplayName>${OWNER}</DisplayName></Owner>
  <AccessControlList>
    <Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>${ALL_USERS}</URI></Grantee><Permission>READ</Permission></Grant>
    <Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>${OTHER}</ID><DisplayName>${OTHER}</DisplayName></Grantee><Permission>WRITE_ACP</Permission></Grant>
  </AccessControlList>
</AccessControlPolicy>`;
    expect(parseObjectAcl(xml)).toEqual({
      owner: OWNER,
      grants: [
        { grantee: ALL_USERS, permission: "READ" },
        { grantee: OTHER, permission: "WRITE_ACP" },
      ],
    });
  });

  test("counts a grant whose grantee it cannot read as someone else's", () => {
    const xml = `<AccessControlPolicy><Owner><ID>${OWNER}</ID></Owner><AccessControlList><Grant><Grantee><Email>x</Email></Grantee><Permission>READ</Permission></Grant></AccessControlList></AccessControlPolicy>`;
    expect(grantsToOthers(parseObjectAcl(xml)!, "100000000001")).toEqual(["READ (unreadable grantee)"]);
  });

  test.each([
    "",
    "<Error><Code>AccessDenied</Code></Error>",
    "<AccessControlPolicy><AccessControlList/></AccessControlPolicy>",
  ])("reads no ACL from %p", (xml) => {
    expect(parseObjectAcl(xml)).toBeUndefined();
  });
});
