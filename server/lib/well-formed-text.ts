/**
 * Text the database cannot keep as it was sent is refused, naming the field:
 * SQLite stores text with a NUL character (U+0000) but reads it back cut
 * short there (a name "Ali\u0000Reza" would come back "Ali"), and a lone
 * surrogate, half of a character, has no UTF-8 form and would be stored as
 * U+FFFD. JSON carries either only as an escape (\u0000, \uD800…\uDFFF), so
 * the raw body is searched for those first, and parsed only when one is there.
 */
import type { MiddlewareHandler } from 'hono';
import { fieldPath, Problem } from './problem';

const SUSPECT_ESCAPE = /\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})/;
const ILL_FORMED = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MESSAGE = 'must be text without the NUL character (U+0000) or a lone surrogate (half of a character)';

/** The path of the first key or text in `value` that is not well formed, or null. */
function illFormedAt(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return ILL_FORMED.test(value) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = Array.isArray(value) ? [...path, Number(key)] : [...path, key];
    if (ILL_FORMED.test(key)) return at;
    const inside = illFormedAt(item, at);
    if (inside) return inside;
  }
  return null;
}

export const refuseIllFormedText: MiddlewareHandler = async (c, next) => {
  if (/json/.test(c.req.header('content-type') ?? '')) {
    const text = await c.req.text();
    if (SUSPECT_ESCAPE.test(text)) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return next(); // not JSON at all: the route's validation says so
      }
      const at = illFormedAt(body);
      if (at) {
        const field = fieldPath(at) || 'body';
        throw new Problem(400, 'Invalid request body', `${field}: ${MESSAGE}`, [{ field, message: MESSAGE }]);
      }
    }
  }
  await next();
};
