import type { Role } from './schemas/enums';

/**
 * What each role may do. Viewers read; support and sales read and act on a
 * person from the page (tag them, make a tag, record an offer they redeemed);
 * managers and admins do everything but tokens and the extension's site
 * reports, which are the admin's alone. The API enforces it (each route states
 * its permission); the extension reads it to offer only what the user's role may do.
 */
export const PERMISSIONS = {
  read: ['admin', 'manager', 'sales', 'support', 'viewer'],
  tag: ['admin', 'manager', 'sales', 'support'],
  write: ['admin', 'manager'],
  manageTokens: ['admin'],
  readSiteReports: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const may = (role: Role, permission: Permission) => (PERMISSIONS[permission] as readonly Role[]).includes(role);
