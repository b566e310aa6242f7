import type { Role } from '../../shared/schemas/enums';

/**
 * What each role may do. Viewers read; support and sales read and tag;
 * managers and admins do everything but tokens, which are the admin's alone.
 */
export const PERMISSIONS = {
  read: ['admin', 'manager', 'sales', 'support', 'viewer'],
  tag: ['admin', 'manager', 'sales', 'support'],
  write: ['admin', 'manager'],
  manageTokens: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const may = (role: Role, permission: Permission) => (PERMISSIONS[permission] as readonly Role[]).includes(role);
