import { Testing } from "cdktf";
import { CamPolicy } from "../../../.gen/providers/tencentcloud/cam-policy";
import { CamRole } from "../../../.gen/providers/tencentcloud/cam-role";
import { CamRolePolicyAttachment } from "../../../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { trustPolicy } from "../../../policy";
import { Role } from "../../../stacks/constructs/role";
import { UploadBucket } from "../../../stacks/constructs/upload-bucket";
import "../../helpers/synth";

const trust = trustPolicy({ service: ["scf.qcloud.com"] });

describe("Role", () => {
  test("declares the role with its trust policy as a JSON document", () => {
    const synthesized = Testing.synthScope(
      (scope) => new Role(scope, "r", { name: "runner", description: "d", ownerUin: "100000000001", trust }),
    );
    expect(synthesized).toHaveResourceWithProperties(CamRole, {
      name: "runner",
      console_login: false,
      document: JSON.stringify(trust),
    });
  });

  test("knows its ARN at synth", () => {
    Testing.synthScope((scope) => {
      const role = new Role(scope, "r", { name: "runner", description: "d", ownerUin: "100000000001", trust });
      expect(role.arn).toBe("qcs::cam::uin/100000000001:roleName/runner");
    });
  });

  test("lets a grantee assume it and nothing else", () => {
    const synthesized = Testing.synthScope((scope) => {
      const target = new Role(scope, "target", { name: "target", description: "d", ownerUin: "100000000001", trust });
      const grantee = new Role(scope, "grantee", {
        name: "grantee",
        description: "d",
        ownerUin: "100000000001",
        trust,
      });
      target.grantAssumeRole(grantee);
    });
    expect(synthesized).toHaveResourceWithProperties(CamPolicy, {
      name: "grantee-assume-role",
      document: JSON.stringify({
        version: "2.0",
        statement: [
          {
            effect: "allow",
            action: ["name/sts:AssumeRole"],
            resource: ["qcs::cam::uin/100000000001:roleName/target"],
          },
        ],
      }),
    });
    expect(synthesized).toHaveResourceWithProperties(CamRolePolicyAttachment, {
      role_id: expect.stringContaining("tencentcloud_cam_role.grantee"),
    });
  });

  test("receives a bucket's transfer grant on one prefix", () => {
    const synthesized = Testing.synthScope((scope) => {
      const bucket = new UploadBucket(scope, "bucket", {
        bucket: "photos-1250000000",
        region: "ap-guangzhou",
        appId: "1250000000",
        abortIncompleteMultipartDays: 3,
        noncurrentVersionExpirationDays: 30,
      });
      const role = new Role(scope, "upload", { name: "upload", description: "d", ownerUin: "100000000001", trust });
      bucket.grantTransfer(role, "uploads/", ["download"]);
    });
    expect(synthesized).toHaveResourceWithProperties(CamPolicy, {
      name: "upload-transfer",
      document: JSON.stringify({
        version: "2.0",
        statement: [
          {
            effect: "allow",
            action: ["name/cos:GetObject", "name/cos:HeadObject"],
            resource: ["qcs::cos:ap-guangzhou:uid/1250000000:photos-1250000000/uploads/*"],
            condition: { bool_equal: { "cos:secure-transport": "true" } },
          },
        ],
      }),
    });
  });
});
