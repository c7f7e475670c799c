/**
 * The post-upload check's sweep and async-retry settings, stated once for the environment record, the construct and
 * the function (its `SWEEP_*` variables, named in policy/function-variables.ts): defaults, bounds and the timer's cron syntax. Plain data, no imports.
 */

/** Every hour on the hour, in SCF's seven-field syntax (second minute hour day month week year). */
export const DEFAULT_SWEEP_SCHEDULE = "0 0 * * * * *";

/**
 * Minutes an object must have existed before the sweep checks it: the COS trigger's own invocation, with SCF's
 * retries a minute apart (https://cloud.tencent.com/document/product/583/41138), has had its chance by then, and GET
 * Bucket, eventually consistent, lists it (https://cloud.tencent.com/document/product/436/7734).
 */
export const DEFAULT_SWEEP_GRACE_MINUTES = 30;

/** Grace period bounds, in minutes: one minute to one week. */
export const SWEEP_GRACE_MINUTES = { min: 1, max: 7 * 24 * 60 } as const;

/** Objects one sweep run checks at most, unless configured otherwise. */
export const DEFAULT_SWEEP_MAX_OBJECTS = 100;

/** Bounds of the per-run limit: at least one, at most what one run can check well within the function's timeout. */
export const SWEEP_MAX_OBJECTS = { min: 1, max: 1000 } as const;

/**
 * SCF's retries of a failed asynchronous invocation (a COS event or a timer run): its own default, 2 ("错误类型与重试策略",
 * https://cloud.tencent.com/document/product/583/41138).
 */
export const DEFAULT_ASYNC_RETRIES = 2;

/**
 * Accepted retries. No Tencent page found states SCF's range for `RetryNum` (UpdateFunctionEventInvokeConfig,
 * https://cloud.tencent.com/document/api/583/53639, shows 1): 0 to 10 is this project's bound, unverified; a value
 * SCF refuses fails the deploy.
 */
export const ASYNC_RETRIES = { min: 0, max: 10 } as const;

/**
 * How long SCF keeps an asynchronous event while it retries, sent as `MsgTTL`: 6 hours, SCF's default retention
 * (583/41138), in seconds. UpdateFunctionEventInvokeConfig's example sends 3600, which reads as seconds; no page
 * states the unit (unverified: were it hours, events would be kept longer, never shorter).
 */
export const ASYNC_EVENT_TTL_SECONDS = 6 * 60 * 60;

/**
 * The fields of SCF's timer cron expression ("Cron 表达式", https://cloud.tencent.com/document/product/583/9708): seven,
 * separated by spaces, each with its range; day and week also take `?`, `L`, `W` (day) and `L`, `#` (week).
 */
const CRON_FIELDS = [
  { name: "second", min: 0, max: 59, names: [] as readonly string[], special: "" },
  { name: "minute", min: 0, max: 59, names: [], special: "" },
  { name: "hour", min: 0, max: 23, names: [], special: "" },
  { name: "day", min: 1, max: 31, names: [], special: "?LW" },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    special: "",
  },
  { name: "week", min: 0, max: 6, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], special: "?L#" },
  { name: "year", min: 1970, max: 2099, names: [], special: "" },
] as const;

/** What a sweep schedule must look like, for error messages. */
export const SWEEP_SCHEDULE_RULE =
  'an SCF timer cron expression of seven fields separated by single spaces: second (0-59) minute (0-59) hour (0-23) day (1-31) month (1-12 or JAN-DEC) week (0-6 or SUN-SAT) year (1970-2099), each a value, "*", a list (,), a range (-) or a step (/), such as "0 0 * * * * *" (hourly)';

/**
 * Why `expression` is not a seven-field SCF timer cron expression, or undefined. The shape and each number's range
 * are checked; whether a day exists in a month (31 in February) is SCF's to judge.
 */
export function sweepScheduleProblem(expression: string): string | undefined {
  const fields = expression.split(" ");
  if (fields.length !== CRON_FIELDS.length) {
    return `it has ${fields.length} field(s), not ${CRON_FIELDS.length}`;
  }
  for (const [index, field] of fields.entries()) {
    const rule = CRON_FIELDS[index];
    const problem = cronFieldProblem(field, rule);
    if (problem !== undefined) {
      return `its ${rule.name} field ${JSON.stringify(field)} ${problem}`;
    }
  }
  return undefined;
}

function cronFieldProblem(field: string, rule: (typeof CRON_FIELDS)[number]): string | undefined {
  if (field === "" || !/^[0-9A-Za-z*,\-/?#]+$/.test(field)) {
    return "has characters the field does not take";
  }
  for (const token of field.split(",")) {
    if (!cronTokenValid(token.toUpperCase(), rule)) {
      return `is not a value from ${rule.min} to ${rule.max}${rule.names.length > 0 ? ` or ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : ""}, "*", a range or a step`;
    }
  }
  return undefined;
}

function cronTokenValid(token: string, rule: (typeof CRON_FIELDS)[number]): boolean {
  if ((token === "?" || token === "L") && rule.special.includes(token)) {
    return true;
  }
  const value = (text: string): boolean => {
    const number = /^\d+$/.test(text) ? Number(text) : rule.names.indexOf(text as never) + rule.min;
    return /^\d+$/.test(text) || (rule.names as readonly string[]).includes(text)
      ? number >= rule.min && number <= rule.max
      : false;
  };
  if (rule.special.includes("W") && /^\d+W$/.test(token)) {
    return value(token.slice(0, -1));
  }
  if (rule.special.includes("#") && /^\w+#[1-5]$/.test(token)) {
    return value(token.slice(0, token.indexOf("#")));
  }
  if (rule.special.includes("L") && /^\w+L$/.test(token)) {
    return value(token.slice(0, -1));
  }
  const [base, step, ...rest] = token.split("/");
  if (rest.length > 0 || (step !== undefined && !/^[1-9]\d*$/.test(step))) {
    return false;
  }
  if (base === "*") {
    return true;
  }
  const [from, to, ...more] = base.split("-");
  return more.length === 0 && value(from) && (to === undefined || value(to));
}
