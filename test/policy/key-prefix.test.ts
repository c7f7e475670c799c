import { callerPrefix, prefixRoot, subjectProblem, templateProblem } from "../../policy";

describe("templateProblem", () => {
  test.each(["uploads/{sub}/", "apps/photos/{sub}/", "u_1.x-y/{sub}/"])("accepts %j", (template) => {
    expect(templateProblem(template)).toBeUndefined();
  });

  test.each([
    ["uploads/", "exactly once"],
    ["{sub}/{sub}/", "exactly once"],
    ["uploads/{sub}", 'end with "{sub}/"'],
    ["uploads/{sub}/more/", 'end with "{sub}/"'],
    ["{sub}/", "static folder"],
    ["/uploads/{sub}/", "static folder"],
    ["../{sub}/", "static folder"],
    ["up*/{sub}/", "static folder"],
    ["uploads//{sub}/", "static folder"],
  ])("refuses %j", (template, message) => {
    expect(templateProblem(template)).toContain(message);
  });
});

describe("prefixRoot", () => {
  test("is the static part before the caller id", () => {
    expect(prefixRoot("apps/photos/{sub}/")).toBe("apps/photos/");
  });
});

describe("callerPrefix", () => {
  test("puts the caller id into the template", () => {
    expect(callerPrefix("uploads/{sub}/", "auth0|5f7c8ec7")).toBe("uploads/auth0|5f7c8ec7/");
  });

  test.each([
    ["", "empty"],
    ["a/b", "only letters"],
    ["..", "only letters"],
    [".hidden", "only letters"],
    ["a..b", "only letters"],
    ["tab\there", "only letters"],
    ["null\u0000", "only letters"],
    ["ünïcode", "only letters"],
    ["x".repeat(129), "longer than 128"],
  ])("refuses the caller id %j", (subject, message) => {
    expect(subjectProblem(subject)).toContain(message);
    expect(() => callerPrefix("uploads/{sub}/", subject)).toThrow(message);
  });
});
