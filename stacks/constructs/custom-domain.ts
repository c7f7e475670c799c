import { Construct } from "constructs";
import { ScfCustomDomain } from "../../.gen/providers/tencentcloud/scf-custom-domain";
import { ScfFunction } from "../../.gen/providers/tencentcloud/scf-function";
import {
  CUSTOM_DOMAIN_PATH_MATCH,
  CUSTOM_DOMAIN_PROTOCOL,
  CUSTOM_DOMAIN_RULE,
  customDomainUrl,
  isCustomDomain,
  SSL_CERTIFICATE_ID,
  SSL_CERTIFICATE_ID_RULE,
  WAF_INSTANCE_ID,
  WAF_INSTANCE_ID_RULE,
  WAF_OPEN,
} from "../../policy/custom-domain";
import { SCF_LATEST_VERSION } from "../../policy/monitor";

/** Properties of a {@link CustomDomain}. */
export interface CustomDomainProps {
  /** The host name, such as `keys.example.com`; its DNS record points at SCF (a CNAME, set outside Terraform). */
  readonly domain: string;
  /** The Tencent Cloud SSL certificate for `domain`, by id (SSL Certificates console). */
  readonly certificateId: string;
  /** The function every path of the domain goes to. */
  readonly fn: ScfFunction;
  /** Web Application Firewall instance that screens the domain's requests. @default none: WAF off */
  readonly wafInstanceId?: string;
  /** SCF namespace of the function. @default "default" */
  readonly namespace?: string;
  /** The version or alias invoked, as the Function URL invokes it. @default "$LATEST" */
  readonly qualifier?: string;
}

/**
 * A custom domain in front of a function, HTTPS only (CreateCustomDomain, https://cloud.tencent.com/document/api/583/111926:
 * `Protocol` `HTTPS`, whose certificate `CertConfig` must then name): every path (`/*`) goes to the function.
 */
export class CustomDomain extends Construct {
  /** The custom domain. */
  readonly customDomain: ScfCustomDomain;
  /** `https://<domain>/`, where apps reach the function. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: CustomDomainProps) {
    super(scope, id);
    validate(props);
    this.customDomain = new ScfCustomDomain(this, "domain", {
      domain: props.domain,
      protocol: CUSTOM_DOMAIN_PROTOCOL,
      certConfig: { certificateId: props.certificateId },
      endpointsConfig: [
        {
          functionName: props.fn.name,
          namespace: props.namespace ?? "default",
          qualifier: props.qualifier ?? SCF_LATEST_VERSION,
          pathMatch: CUSTOM_DOMAIN_PATH_MATCH,
        },
      ],
      wafConfig:
        props.wafInstanceId === undefined
          ? { wafOpen: WAF_OPEN.off }
          : { wafOpen: WAF_OPEN.on, wafInstanceId: props.wafInstanceId },
    });
    this.url = customDomainUrl(props.domain);
  }
}

function validate(props: CustomDomainProps): void {
  const fail = (field: string, value: unknown, allowed: string): never => {
    throw new Error(`custom domain: ${field}: received ${JSON.stringify(value)}; allowed: ${allowed}`);
  };
  if (!isCustomDomain(props.domain)) {
    fail("domain", props.domain, CUSTOM_DOMAIN_RULE);
  }
  if (!SSL_CERTIFICATE_ID.test(props.certificateId)) {
    fail("certificateId", props.certificateId, SSL_CERTIFICATE_ID_RULE);
  }
  if (props.wafInstanceId !== undefined && !WAF_INSTANCE_ID.test(props.wafInstanceId)) {
    fail("wafInstanceId", props.wafInstanceId, WAF_INSTANCE_ID_RULE);
  }
}
