import type { Permission } from '../../shared/permissions';

export { may, PERMISSIONS, type Permission } from '../../shared/permissions';

/** Each permission as the 403 problem says it: "The role "viewer" may not <…>". */
export const PERMISSION_WORDS: Record<Permission, string> = {
  read: 'read',
  tag: 'tag people or record offer redemptions',
  write: 'write',
  manageTokens: 'manage tokens',
  readSiteReports: 'read site reports',
};
