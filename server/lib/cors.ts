/**
 * Cross-origin access for the extension (and any origin configured): only
 * these origins may read the API's answers from a browser.
 *
 * Preflights go through Hono's CORS middleware. Every other answer gets its
 * CORS headers once the route has made it: Hono's middleware sets them on
 * `c.res` before the route runs, and an answer made after that is rebuilt
 * as a whole web Response, its body a stream, on every request.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const EXPOSED_HEADERS = ['Idempotent-Replayed'];

export function corsFor(allowed: ReadonlySet<string>): MiddlewareHandler {
  const preflight = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposeHeaders: EXPOSED_HEADERS,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    maxAge: 600,
  });
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const origin = c.req.header('origin');
    if (origin && allowed.has(origin)) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(','));
    }
    // The answer depends on the origin: a cache keeps one per origin.
    c.res.headers.append('Vary', 'Origin');
  };
}
