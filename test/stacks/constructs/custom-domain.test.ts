import { Testing } from "cdktf";
import { ScfCustomDomain } from "../../../.gen/providers/tencentcloud/scf-custom-domain";
import { ScfFunction } from "../../../.gen/providers/tencentcloud/scf-function";
import { CustomDomain, CustomDomainProps } from "../../../stacks/constructs/custom-domain";
import "../../helpers/synth";

type Overrides = Partial<Omit<CustomDomainProps, "fn">>;

function build(overrides: Overrides = {}): { synthesized: string; url: string } {
  let url = "";
  const synthesized = Testing.synthScope((scope) => {
    const fn = new ScfFunction(scope, "fn", { name: "keys", handler: "index.main_handler", runtime: "Nodejs18.15" });
    url = new CustomDomain(scope, "domain", { domain: "keys.example.com", certificateId: "8cj4g8h8", fn, ...overrides })
      .url;
  });
  return { synthesized, url };
}

describe("CustomDomain", () => {
  test("serves every path of the domain over HTTPS only, with the certificate, to the function's $LATEST version", () => {
    expect(build().synthesized).toHaveResourceWithProperties(ScfCustomDomain, {
      domain: "keys.example.com",
      protocol: "HTTPS",
      cert_config: { certificate_id: "8cj4g8h8" },
      endpoints_config: [
        {
          function_name: "${tencentcloud_scf_function.fn.name}",
          namespace: "default",
          qualifier: "$LATEST",
          path_match: "/*",
        },
      ],
      waf_config: { waf_open: "CLOSE" },
    });
  });

  test("names its URL", () => {
    expect(build().url).toBe("https://keys.example.com/");
  });

  test("turns WAF on with the instance given", () => {
    expect(build({ wafInstanceId: "waf_2kzh3vlq0umkkha9" }).synthesized).toHaveResourceWithProperties(ScfCustomDomain, {
      waf_config: { waf_open: "OPEN", waf_instance_id: "waf_2kzh3vlq0umkkha9" },
    });
  });

  test("routes to another namespace and qualifier when given", () => {
    expect(build({ namespace: "apps", qualifier: "live" }).synthesized).toHaveResourceWithProperties(ScfCustomDomain, {
      endpoints_config: [expect.objectContaining({ namespace: "apps", qualifier: "live" })],
    });
  });

  test.each<[string, Overrides, string]>([
    [
      "a wildcard domain",
      { domain: "*.example.com" },
      'custom domain: domain: received "*.example.com"; allowed: a lower-case host name',
    ],
    [
      "a URL for a domain",
      { domain: "https://keys.example.com/" },
      'custom domain: domain: received "https://keys.example.com/"',
    ],
    ["a domain over 253 characters", { domain: `${"a.".repeat(126)}com` }, "custom domain: domain: received"],
    [
      "a certificate id that is not one",
      { certificateId: "8cj4g8h8x" },
      'custom domain: certificateId: received "8cj4g8h8x"; allowed: a Tencent Cloud SSL certificate id',
    ],
    [
      "a WAF instance id that is not one",
      { wafInstanceId: "WAF-1" },
      'custom domain: wafInstanceId: received "WAF-1"; allowed: a WAF instance id',
    ],
  ])("fails for %s", (_, overrides, message) => {
    expect(() => build(overrides)).toThrow(message);
  });
});
