/**
 * Property: no key can tag. Verdict tags are the check's alone (lambda/upload-check/verdict-tag.ts): in every
 * environment, key mode and with multipart upload on and off, no statement the key service can issue and no
 * synthesized statement but the check role's grants any `*Tagging*` action, and no statement at all grants `*`.
 * (The check's tags are signed anyway, since a key may be able to tag with `x-cos-tagging`; this keeps the grants
 * from making that easier.)
 */
import { ENVIRONMENTS } from "../../config/environments";
import { EnvironmentConfig } from "../../config/environment-config";
import { KEY_MODES, PolicyDocument } from "../../policy";
import { PROJECT } from "../../stacks/naming";
import { issuedPolicies, synthesizedKeyServiceConfig } from "../helpers/issued-policies";
import { resourcesOf, synthJson } from "../helpers/synth";

const CONTENT_TYPES = [undefined, "image/png", "image/jpeg", "video/mp4", "text/plain"];
const TAGGING = /tagging/i;

const RECORDS: [string, EnvironmentConfig][] = Object.values(ENVIRONMENTS).flatMap((environment) => [
  ...KEY_MODES.map((keyMode): [string, EnvironmentConfig] => [
    `${environment.name}, ${keyMode} mode`,
    { ...environment, keyMode },
  ]),
  [`${environment.name}, multipart upload off`, { ...environment, multipartUpload: false }],
  // Every environment with the check on, so that the check's own grants are there to be told apart.
  [
    `${environment.name}, with the check`,
    {
      ...environment,
      uploadCheck: (environment as EnvironmentConfig).uploadCheck ?? { quarantinePrefix: "quarantine/" },
    },
  ],
]);

describe.each(RECORDS)("in %s", (_name, environment) => {
  const json = synthJson(environment);
  const documents = resourcesOf(json, "tencentcloud_cam_policy").map((p) => ({
    name: String(p.name),
    document: JSON.parse(String(p.document)) as PolicyDocument,
  }));
  const config = synthesizedKeyServiceConfig(json);

  test("no synthesized statement but the check role's grants a tagging action, and none grants *", () => {
    const taggers = documents.filter((d) =>
      d.document.statement.some((s) => s.action.some((a) => TAGGING.test(a) || a.includes("*"))),
    );
    expect(taggers.map((d) => d.name)).toEqual(
      environment.uploadCheck === undefined ? [] : [`${PROJECT}-${environment.name}-upload-check-check`],
    );
    const ceiling = documents.find((d) => d.name.endsWith("-upload-transfer"));
    expect(ceiling?.document.statement.flatMap((s) => s.action).filter((a) => TAGGING.test(a))).toEqual([]);
    for (const { document } of taggers) {
      expect(document.statement.flatMap((s) => s.action).some((a) => a.includes("*"))).toBe(false);
    }
  });

  test("no statement the key service can issue grants a tagging action", () => {
    let issued = 0;
    for (const { request, policy } of issuedPolicies(config, {
      seed: environment.name.length + 17,
      count: 200,
      contentTypes: CONTENT_TYPES,
      subject: (i) => `user${i}`,
      ext: () => "png",
    })) {
      issued += 1;
      const tagging = policy.statement.flatMap((s) => s.action).filter((a) => TAGGING.test(a) || a.includes("*"));
      if (tagging.length > 0) {
        throw new Error(`case ${request.case}: ${JSON.stringify(policy)} grants ${tagging.join(", ")}`);
      }
    }
    expect(issued).toBeGreaterThan(50);
  });
});
