import { createHash, randomBytes } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/schemas/enums';
import type { Db } from '../client';
import { fastRead } from '../fast-read';
import { apiTokens } from '../schema';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Tokens look like `sl_` + 32 random bytes in base64url; only their hash is stored. */
const newToken = () => `sl_${randomBytes(32).toString('base64url')}`;

export type TokenOwner = { id: number; name: string; role: Role };

export function tokensRepository(db: Db) {
  // Prepared once: every authenticated request runs it.
  const byHash = fastRead(db, db.select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role })
    .from(apiTokens).where(eq(apiTokens.tokenHash, sql.placeholder('hash'))));
  return {
    /** Creates a token and returns it in the clear, the only time it is ever seen. */
    async issue(name: string, role: Role): Promise<{ token: string; id: number }> {
      const token = newToken();
      const [row] = await db.insert(apiTokens).values({ name, role, tokenHash: hashToken(token) }).returning({ id: apiTokens.id });
      return { token, id: row!.id };
    },

    async verify(token: string): Promise<TokenOwner | null> {
      return (await byHash({ hash: hashToken(token) })) ?? null;
    },

    async touch(id: number) {
      await db.update(apiTokens).set({ lastUsedAt: new Date().toISOString() }).where(eq(apiTokens.id, id));
    },

    list: () => db.select({
      id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt,
    }).from(apiTokens).orderBy(asc(apiTokens.id)),

    async revoke(id: number): Promise<boolean> {
      return (await db.delete(apiTokens).where(eq(apiTokens.id, id)).returning({ id: apiTokens.id })).length > 0;
    },
  };
}
