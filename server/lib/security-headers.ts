/**
 * Headers every response carries: no content-type sniffing, no referrer,
 * never framed, and a content security policy by what is served. The API's
 * JSON loads nothing; the demo page loads its own stylesheet and nothing else
 * (it has no script); the API reference (/docs) its own scripts and styles,
 * images inline, and the API's document.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const NOTHING = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] };

const withPolicy = (policy: Record<string, string[]>) => secureHeaders({
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  // A response of the API's is read by its clients through CORS: another origin may read it, never embed it.
  crossOriginResourcePolicy: 'same-site',
  crossOriginOpenerPolicy: 'same-origin',
  strictTransportSecurity: false,
  contentSecurityPolicy: policy,
});

const api = withPolicy(NOTHING);
const demo = withPolicy({ ...NOTHING, styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'] });
const docs = withPolicy({
  ...NOTHING, scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
});

export const securityHeaders: MiddlewareHandler = (c, next) => {
  const { path } = c.req;
  if (path === '/docs' || path.startsWith('/docs/')) return docs(c, next);
  if (path === '/demo' || path === '/demo.css') return demo(c, next);
  return api(c, next);
};
