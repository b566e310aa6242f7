import type { Role } from '../../shared/schemas/enums';

/**
 * What each role may do. Viewers read; support and sales read and tag;
 * managers and admins do everything but tokens and the extension's site
 * reports, which are the admin's alone.
 */
export const PERMISSIONS = {
  read: ['admin', 'manager', 'sales', 'support', 'viewer'],
  tag: ['admin', 'manager', 'sales', 'support'],
  write: ['admin', 'manager'],
  manageTokens: ['admin'],
  readSiteReports: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Each permission as the 403 problem says it: "The role "viewer" may not <…>". */
export const PERMISSION_WORDS: Record<Permission, string> = {
  read: 'read',
  tag: 'tag',
  write: 'write',
  manageTokens: 'manage tokens',
  readSiteReports: 'read site reports',
};

export const may = (role: Role, permission: Permission) => (PERMISSIONS[permission] as readonly Role[]).includes(role);
