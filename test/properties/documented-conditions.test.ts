/**
 * Property: every statement the stack synthesizes (the upload role's ceiling, the check's role, every other CAM
 * policy) and every statement the key service can issue uses only what `policy/cloud-rules.ts` documents: registered
 * actions, registered operators, and each condition key only on an action its Tencent page lists it for. A condition
 * on an undocumented key is one CAM treats as absent, so it would deny every request in production (or, with
 * `_if_exist`, never apply); this is where such a change fails first. Every environment, both key modes, multipart
 * upload on and off. No statement grants a form upload (`PostObject`).
 */
import { ENVIRONMENTS } from "../../config/environments";
import { EnvironmentConfig } from "../../config/environment-config";
import { grantFor } from "../../lambda/key-service/grant";
import { KEY_MODES, PolicyDocument, undocumentedUses } from "../../policy";
import { issuedPolicies, synthesizedKeyServiceConfig } from "../helpers/issued-policies";
import { resourcesOf, synthJson } from "../helpers/synth";

const CONTENT_TYPES = [undefined, "image/png", "image/jpeg", "video/mp4", "text/plain", "text/html", "image/svg+xml"];

/** Every record to check: each environment in each key mode, and with multipart upload off. */
const RECORDS: [string, EnvironmentConfig][] = Object.values(ENVIRONMENTS).flatMap((environment) => [
  ...KEY_MODES.map((keyMode): [string, EnvironmentConfig] => [
    `${environment.name}, ${keyMode} mode`,
    { ...environment, keyMode },
  ]),
  [`${environment.name}, multipart upload off`, { ...environment, multipartUpload: false }],
]);

describe.each(RECORDS)("in %s", (_name, environment) => {
  const json = synthJson(environment);
  const documents = resourcesOf(json, "tencentcloud_cam_policy").map((p) => ({
    name: String(p.name),
    document: JSON.parse(String(p.document)) as PolicyDocument,
  }));
  const config = synthesizedKeyServiceConfig(json);

  test("every synthesized statement uses only documented actions, operators and condition keys, and no form upload", () => {
    expect(documents.map((d) => d.name)).toEqual(expect.arrayContaining([expect.stringMatching(/-upload-transfer$/)]));
    for (const { name, document } of documents) {
      for (const statement of document.statement) {
        expect({ name, problems: undocumentedUses(statement) }).toEqual({ name, problems: [] });
        expect(statement.action).not.toContain("name/cos:PostObject");
      }
    }
  });

  test("every statement the key service can issue uses only documented condition keys, and no form upload", () => {
    let issued = 0;
    for (const { request, policy } of issuedPolicies(config, {
      seed: environment.name.length + 7,
      count: 300,
      contentTypes: CONTENT_TYPES,
      subject: (i) => `user${i}`,
      ext: () => "jpg",
    })) {
      issued += 1;
      for (const statement of policy.statement) {
        if (undocumentedUses(statement).length > 0 || statement.action.includes("name/cos:PostObject")) {
          throw new Error(
            `case ${request.case}: ${JSON.stringify(statement)}: ${undocumentedUses(statement).join("; ") || "grants PostObject"}`,
          );
        }
      }
    }
    expect(issued).toBeGreaterThan(50);
  });

  test("the service grants multipart upload exactly when the role does", () => {
    const ceiling = documents.find((d) => d.name.endsWith("-upload-transfer"))!.document;
    const roleMultipart = ceiling.statement.some((s) => s.action.includes("name/cos:UploadPart"));
    expect(roleMultipart).toBe(environment.multipartUpload !== false);
    const grant = grantFor(config, "alice", { scope: "upload", contentType: "image/png", ext: "png" });
    const policy = JSON.parse(decodeURIComponent(grant.policy)) as PolicyDocument;
    expect(policy.statement.some((s) => s.action.includes("name/cos:UploadPart"))).toBe(roleMultipart);
  });
});
