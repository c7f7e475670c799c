/**
 * What SCF's CreateCustomDomain accepts for the values this project sets, and that neither the provider's schema
 * nor `terraform validate` checks: a wrong one fails only at apply, in the API. Plain data, no imports.
 *
 * Source: CreateCustomDomain, https://cloud.tencent.com/document/api/583/111926: `Domain` "不支持泛域名" (no wildcard
 * domains); `Protocol` one of `HTTP`, `HTTPS`, `HTTP&HTTPS`; `CertConfig` "有使用HTTPS协议时候必须传" (required with
 * HTTPS); `EndpointsConfig` routes a `PathMatch` to a function's `Namespace`, `FunctionName` and `Qualifier`;
 * `WafConfig.WafOpen` `OPEN` or `CLOSE`. The provider's page (terraform-provider-tencentcloud
 * `website/docs/r/scf_custom_domain.html.markdown`) gives `path_match` as one of "/,/*,/xxx,/xxx/a,/xxx/*".
 */

/** The only protocol this project serves a custom domain on: keys never travel in clear text. */
export const CUSTOM_DOMAIN_PROTOCOL = "HTTPS";

/** The route that sends every path to the key service (CreateCustomDomain `PathMatch`). */
export const CUSTOM_DOMAIN_PATH_MATCH = "/*";

/** `WafConfig.WafOpen` values. */
export const WAF_OPEN = { on: "OPEN", off: "CLOSE" } as const;

/** Longest domain name, in characters (RFC 1035 §2.3.4: 255 octets on the wire, 253 as text). */
const DOMAIN_MAX_LENGTH = 253;

/** One DNS label (RFC 1123 §2.1): 1-63 letters, digits and inner hyphens. */
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** What {@link isCustomDomain} allows, for error messages. */
export const CUSTOM_DOMAIN_RULE =
  'a lower-case host name such as "keys.example.com": two or more dot-separated labels of 1-63 a-z, 0-9 and inner "-", at most 253 characters, no wildcard (CreateCustomDomain refuses wildcard domains), no scheme, port or path';

/**
 * Whether `value` is a host name SCF can serve: RFC 1123 labels, at least two of them, the last not all digits (so
 * not an IPv4 address), lower case (DNS is case-insensitive; one spelling keeps the URL in the outputs stable), and
 * no `*` (CreateCustomDomain: no wildcard domains).
 */
export function isCustomDomain(value: string): boolean {
  if (value.length > DOMAIN_MAX_LENGTH) {
    return false;
  }
  const labels = value.split(".");
  return (
    labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^[0-9]+$/.test(labels[labels.length - 1])
  );
}

/**
 * Certificate ids of Tencent Cloud SSL Certificates, as CreateCustomDomain's `CertConfig.CertificateId` takes them:
 * 8 letters and digits, as in the SSL Certificates API's examples (such as `8cj4g8h8`,
 * DescribeCertificate https://www.tencentcloud.com/document/product/1007/36588, and `BxxJ3DK7` in CreateCustomDomain's
 * own example). No page states the grammar: an id of another shape is refused here (fails closed, at synth), where
 * the API would refuse it at apply.
 */
export const SSL_CERTIFICATE_ID = /^[A-Za-z0-9]{8}$/;

/** What {@link SSL_CERTIFICATE_ID} allows, for error messages. */
export const SSL_CERTIFICATE_ID_RULE =
  'a Tencent Cloud SSL certificate id: 8 letters and digits such as "8cj4g8h8" (SSL Certificates console → the certificate\'s ID)';

/**
 * WAF instance ids, as `WafConfig.WafInstanceId` takes them: `waf_` and lower-case letters and digits, as in
 * CreateCustomDomain's example (`waf_2kzh3vlq0umkkha9`). No page states the grammar; fails closed, at synth.
 */
export const WAF_INSTANCE_ID = /^waf_[a-z0-9]+$/;

/** What {@link WAF_INSTANCE_ID} allows, for error messages. */
export const WAF_INSTANCE_ID_RULE =
  'a WAF instance id such as "waf_2kzh3vlq0umkkha9" (Web Application Firewall console)';

/** The URL apps reach the key service at on its custom domain. */
export function customDomainUrl(domain: string): string {
  return `https://${domain}/`;
}
