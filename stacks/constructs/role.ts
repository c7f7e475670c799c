import { Construct } from "constructs";
import { CamPolicy } from "../../.gen/providers/tencentcloud/cam-policy";
import { CamRole } from "../../.gen/providers/tencentcloud/cam-role";
import { CamRolePolicyAttachment } from "../../.gen/providers/tencentcloud/cam-role-policy-attachment";
import { camRoleArn, policyDocument, PolicyDocument, allow } from "../../policy";

/** Properties of a {@link Role}. */
export interface RoleProps {
  /** Role name; also the prefix of its policies' names. */
  readonly name: string;
  /** One line saying what the role is for. */
  readonly description: string;
  /** UIN of the account owning the role, for its ARN. */
  readonly ownerUin: string;
  /** Who may assume the role. */
  readonly trust: PolicyDocument;
  /** Longest session STS may grant for this role, in seconds. @default the CAM default (7200) */
  readonly sessionDurationSeconds?: number;
  /** Tags of the role. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/** A CAM role and the custom policies attached to it. */
export class Role extends Construct {
  /** The role resource. */
  readonly role: CamRole;
  /** `qcs::cam::uin/<uin>:roleName/<name>`, known at synth so policies can name it literally. */
  readonly arn: string;
  private readonly props: RoleProps;

  constructor(scope: Construct, id: string, props: RoleProps) {
    super(scope, id);
    this.props = props;
    this.arn = camRoleArn(props.ownerUin, props.name);
    this.role = new CamRole(this, "role", {
      name: props.name,
      description: props.description,
      document: JSON.stringify(props.trust),
      sessionDuration: props.sessionDurationSeconds,
      consoleLogin: false,
      tags: props.tags && { ...props.tags },
    });
  }

  /** Creates a custom policy `<role name>-<id>` from `document` and attaches it to this role. */
  attachPolicy(id: string, description: string, document: PolicyDocument): CamPolicy {
    const policy = new CamPolicy(this, `${id}-policy`, {
      name: `${this.props.name}-${id}`,
      description,
      document: JSON.stringify(document),
    });
    new CamRolePolicyAttachment(this, `${id}-attachment`, {
      roleId: this.role.id,
      policyId: policy.id,
    });
    return policy;
  }

  /** Lets `grantee` call `sts:AssumeRole` on this role, and on nothing else through this grant. */
  grantAssumeRole(grantee: Role): CamPolicy {
    return grantee.attachPolicy(
      "assume-role",
      `May assume ${this.props.name} only`,
      policyDocument([allow(["name/sts:AssumeRole"], [this.arn])]),
    );
  }
}
