import { sweepScheduleProblem } from "../../policy/sweep";

describe("sweepScheduleProblem", () => {
  test.each([
    "0 0 * * * * *",
    "0 */5 * * * * *",
    "0 0 2 1 * * *",
    "0 30 9-17 ? * MON-FRI *",
    "0 0 0 L * ? *",
    "0 0 12 15W * ? 2026",
    "0 0 0 ? * 5#2 *",
    "0 0 0 ? * FRIL *",
    "0,30 0 0 1 JAN,jul ? 1970-2099",
  ])("accepts %s, a seven-field SCF timer expression", (expression) => {
    expect(sweepScheduleProblem(expression)).toBeUndefined();
  });

  test.each([
    ["0 * * * *", "it has 5 field(s), not 7"],
    ["0 0 * * * * * *", "it has 8 field(s), not 7"],
    ["0  0 * * * * *", "it has 8 field(s), not 7"],
    ["60 0 * * * * *", 'its second field "60"'],
    ["0 0 24 * * * *", 'its hour field "24" is not a value from 0 to 23'],
    ["0 0 * 0 * * *", 'its day field "0" is not a value from 1 to 31'],
    ["0 0 * * 13 * *", 'its month field "13" is not a value from 1 to 12 or JAN-DEC'],
    ["0 0 * * * 7 *", 'its week field "7" is not a value from 0 to 6 or SUN-SAT'],
    ["0 0 * * * * 2100", 'its year field "2100"'],
    ["0 0 * * * 1W *", 'its week field "1W"'],
    ["0 0 ? * * * *", 'its hour field "?"'],
    ["0 */0 * * * * *", 'its minute field "*/0"'],
    ["0 0 * * FOO * *", 'its month field "FOO"'],
    ["0 0 * * * * $", "has characters the field does not take"],
    ["@hourly", "it has 1 field(s), not 7"],
  ])("refuses %s: %s", (expression, problem) => {
    expect(sweepScheduleProblem(expression)).toContain(problem);
  });
});
