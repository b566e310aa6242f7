/**
 * Idempotency-Key for writes (the IETF draft's header): a client that sends
 * a write with a key, and sends it again after losing the answer (the
 * extension's outbox, retrying while the API was away), gets the first
 * answer again, status and body, and the write happens once. Keys are the
 * caller's (per token) and kept a day. The same key on another request is
 * refused (422); a retry while the first is still running gets 409. A
 * server failure (5xx) is not kept: a retry runs the request again.
 */
import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { Problem, validationProblem } from './problem';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEPT_MS = 24 * 60 * 60_000;

/** The optional header, as routes declare it (for their document) and as the middleware reads it. */
export const IdempotencyHeaders = z.object({
  [IDEMPOTENCY_HEADER]: z.string().regex(/^[\x21-\x7e]{8,200}$/, 'must be 8–200 visible ASCII characters, such as a UUID').optional()
    .describe('Sent again with a retry of this write, gets the first answer again; the write happens once'),
});

export const idempotent = createMiddleware<AppEnv>(async (c, next) => {
  const parsed = IdempotencyHeaders.safeParse({ [IDEMPOTENCY_HEADER]: c.req.header(IDEMPOTENCY_HEADER) });
  if (!parsed.success) throw validationProblem(parsed.error, 'header');
  const key = parsed.data[IDEMPOTENCY_HEADER];
  if (key === undefined) return next();

  const repo = c.var.repos.idempotency;
  const tokenId = c.var.caller.id;
  // The body is read once here and kept by the request for the route's validation.
  const fingerprint = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`).digest('hex');
  await repo.forgetBefore(new Date(Date.now() - KEPT_MS).toISOString());
  const stored = await repo.claim(tokenId, key, fingerprint);
  if (stored) {
    const field = [{ field: IDEMPOTENCY_HEADER, message: 'was sent with another request' }];
    if (stored.fingerprint !== fingerprint) throw new Problem(422, 'Idempotency key reused', 'This Idempotency-Key was sent with another request.', field);
    if (stored.status === null) throw new Problem(409, 'Request in progress', 'A request with this Idempotency-Key is still running; try again shortly.');
    // An empty body is none at all: a 204 may not have one.
    return new Response(stored.body || null, { status: stored.status, headers: { 'content-type': stored.contentType ?? 'application/json', 'idempotent-replayed': 'true' } });
  }

  try {
    await next();
  } catch (error) {
    await repo.release(tokenId, key);
    throw error;
  }
  if (c.res.status >= 500) return repo.release(tokenId, key);
  await repo.answer(tokenId, key, { status: c.res.status, contentType: c.res.headers.get('content-type'), body: await c.res.clone().text() });
});
