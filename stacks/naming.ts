/** The project's name, the first part of every physical name. */
export const PROJECT = "direct-transfer";

/**
 * The physical name of one of an environment's resources: `direct-transfer-<environment>-<thing>`. Every CAM and
 * SCF name comes from here, so that two environments in one account never collide.
 */
export function physicalName(environment: string, thing: string): string {
  return `${PROJECT}-${environment}-${thing}`;
}

/**
 * The name of one of an environment's alarm policies, `<environment>-<thing>`, within the 20 characters
 * CreateAlarmPolicy allows (`ALARM_POLICY_NAME_MAX_LENGTH`): a long environment name is cut, the thing is kept. Names
 * need not be unique (policies are known by id); the environment is in the notice's name in full.
 */
export function alarmPolicyName(environment: string, thing: string, maxLength: number): string {
  const room = Math.max(maxLength - thing.length - 1, 1);
  return `${environment.slice(0, room).replace(/-+$/, "")}-${thing}`.slice(0, maxLength);
}
