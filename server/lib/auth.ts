/** Bearer-token authentication and role checks. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import type { TokenOwner } from '../db/repositories/tokens';
import { may, PERMISSION_WORDS, type Permission } from './permissions';
import { createAuthThrottle } from './auth-throttle';
import { Problem, problemResponse } from './problem';

/**
 * Verified tokens are remembered for a short while so the lookup hot path does
 * not pay a query (and a write for last-used) on every call. Revoking a token
 * through this server forgets them all at once.
 */
const CACHE_MS = 30_000;

/** The client's address, as the connection gives it (requests made in-process have none). */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createAuthenticator() {
  const cache = new Map<string, { owner: TokenOwner; until: number }>();
  const throttle = createAuthThrottle();
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new Problem(401, 'Unauthorized', 'Send an API token as "Authorization: Bearer <token>".');
    const now = Date.now();
    let cached = cache.get(token);
    if (!cached || cached.until < now) {
      const address = clientAddress(c);
      const wait = throttle.waitSeconds(address);
      if (wait > 0) {
        const res = problemResponse(c, new Problem(429, 'Too many failed attempts', `Too many invalid API tokens came from this address; try again in ${wait} s.`));
        res.headers.set('Retry-After', String(wait));
        return res;
      }
      const owner = await c.var.repos.tokens.verify(token);
      if (!owner) {
        cache.delete(token);
        throttle.failed(address);
        throw new Problem(401, 'Unauthorized', 'The API token is not valid.');
      }
      await c.var.repos.tokens.touch(owner.id);
      cached = { owner, until: now + CACHE_MS };
      cache.set(token, cached);
    }
    c.set('caller', cached.owner);
    await next();
  });
  return { middleware, forgetAll: () => cache.clear() };
}
export type Authenticator = ReturnType<typeof createAuthenticator>;

export function requires(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { role } = c.var.caller;
    if (!may(role, permission)) {
      throw new Problem(403, 'Forbidden', `The role "${role}" may not ${PERMISSION_WORDS[permission]}.`);
    }
    await next();
  });
}
