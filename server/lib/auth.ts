/** Bearer-token authentication and role checks. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { may, PERMISSION_WORDS, PERMISSIONS, type Permission } from './permissions';
import { security } from './openapi';
import { createAuthThrottle } from './auth-throttle';
import { Problem, problemResponse } from './problem';

/**
 * A token's last use is written at most this often: the lookup hot path would
 * otherwise pay a write on every call.
 */
const TOUCH_EVERY_MS = 60_000;

/** The client's address, as the connection gives it (requests made in-process have none). */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Every request's token is checked against the database — one indexed read —
 * so a token revoked through any process stops working everywhere at once.
 */
export function createAuthenticator() {
  /** Tokens this process verified, and when it last wrote their last use: they skip the throttle meant for guesses. */
  const verified = new Map<string, number>();
  const throttle = createAuthThrottle();
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new Problem(401, 'Unauthorized', 'Send an API token as "Authorization: Bearer <token>".');
    const touched = verified.get(token);
    const address = touched === undefined ? clientAddress(c) : null;
    const wait = address === null ? 0 : throttle.waitSeconds(address);
    if (wait > 0) {
      const res = problemResponse(c, new Problem(429, 'Too many failed attempts', `Too many invalid API tokens came from this address; try again in ${wait} s.`));
      res.headers.set('Retry-After', String(wait));
      return res;
    }
    const owner = await c.var.repos.tokens.verify(token);
    if (!owner) {
      verified.delete(token);
      if (address !== null) throttle.failed(address);
      throw new Problem(401, 'Unauthorized', 'The API token is not valid.');
    }
    const now = Date.now();
    if (touched === undefined || now - touched >= TOUCH_EVERY_MS) {
      verified.set(token, now);
      await c.var.repos.tokens.touch(owner.id);
    }
    c.set('caller', owner);
    await next();
  });
}

/**
 * A route's access, spread into its definition: a bearer token whose role has
 * `permission`, checked before anything else (`after` runs next, then the
 * validators), and stated in the API document with the roles that have it.
 */
export function guarded(permission: Permission, ...after: MiddlewareHandler<AppEnv>[]) {
  return { security, middleware: [requires(permission), ...after], 'x-permission': permission, 'x-roles': PERMISSIONS[permission] };
}

function requires(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { role } = c.var.caller;
    if (!may(role, permission)) {
      throw new Problem(403, 'Forbidden', `The role "${role}" may not ${PERMISSION_WORDS[permission]}.`);
    }
    await next();
  });
}
