/**
 * Headers every response carries: no content-type sniffing, no referrer,
 * never framed, and a content security policy by what is served. The API's
 * JSON loads nothing; the demo page loads its own stylesheet and nothing else
 * (it has no script). The API reference (/docs) still loads its viewer from
 * a CDN with an inline start-up script, so it gets no policy of its own yet.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const NOTHING = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] };

const withPolicy = (policy: Record<string, string[]> | undefined) => secureHeaders({
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  // A response of the API's is read by its clients through CORS: another origin may read it, never embed it.
  crossOriginResourcePolicy: 'same-site',
  crossOriginOpenerPolicy: 'same-origin',
  strictTransportSecurity: false,
  ...(policy ? { contentSecurityPolicy: policy } : {}),
});

const api = withPolicy(NOTHING);
const demo = withPolicy({ ...NOTHING, styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'] });
const docs = withPolicy(undefined);

export const securityHeaders: MiddlewareHandler = (c, next) => {
  const { path } = c.req;
  if (path === '/docs') return docs(c, next);
  if (path === '/demo' || path === '/demo.css') return demo(c, next);
  return api(c, next);
};
