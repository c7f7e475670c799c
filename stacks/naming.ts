/** The project's name, the first part of every physical name. */
export const PROJECT = "direct-transfer";

/**
 * The physical name of one of an environment's resources: `direct-transfer-<environment>-<thing>`. Every CAM and
 * SCF name comes from here, so that two environments in one account never collide.
 */
export function physicalName(environment: string, thing: string): string {
  return `${PROJECT}-${environment}-${thing}`;
}
