/** Stored answers to writes sent with an Idempotency-Key (see server/lib/idempotency.ts). */
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { idempotentRequests } from '../schema';

export type StoredAnswer = { fingerprint: string; status: number | null; contentType: string | null; body: string | null };

export function idempotencyRepository(db: Db) {
  const where = (tokenId: number, key: string) => and(eq(idempotentRequests.tokenId, tokenId), eq(idempotentRequests.key, key));
  return {
    /** Claims the key for a request now starting; null when it was free, else what is stored under it (its answer, or none yet). */
    async claim(tokenId: number, key: string, fingerprint: string): Promise<StoredAnswer | null> {
      const [claimed] = await db.insert(idempotentRequests).values({ tokenId, key, fingerprint }).onConflictDoNothing().returning({ key: idempotentRequests.key });
      if (claimed) return null;
      const [stored] = await db.select({
        fingerprint: idempotentRequests.fingerprint, status: idempotentRequests.status,
        contentType: idempotentRequests.contentType, body: idempotentRequests.body,
      }).from(idempotentRequests).where(where(tokenId, key));
      return stored ?? null;
    },

    async answer(tokenId: number, key: string, answer: { status: number; contentType: string | null; body: string }) {
      await db.update(idempotentRequests).set(answer).where(where(tokenId, key));
    },

    /** The request failed on the server's side: a retry under the key runs it again. */
    async release(tokenId: number, key: string) {
      await db.delete(idempotentRequests).where(and(where(tokenId, key), isNull(idempotentRequests.status)));
    },

    /** Forgets keys claimed before `before` (an ISO time). */
    async forgetBefore(before: string) {
      await db.delete(idempotentRequests).where(lt(idempotentRequests.createdAt, before));
    },
  };
}
