import { asc, eq, sql } from 'drizzle-orm';
import { DEFAULT_OFFERS } from '../../../shared/data/offers';
import type { Offer, OfferInput } from '../../../shared/schemas/offers';
import type { Db } from '../client';
import { events, offers } from '../schema';

export class OfferExistsError extends Error {}

export function offersRepository(db: Db) {
  /** Times each offer was redeemed, from the offer_redeemed events. */
  async function redemptions(): Promise<Map<string, number>> {
    const offerKey = sql<string>`json_extract(${events.properties}, '$.offer')`;
    const rows = await db.select({ offer: offerKey, n: sql<number>`count(*)` }).from(events)
      .where(eq(events.type, 'offer_redeemed')).groupBy(offerKey);
    return new Map(rows.map((r) => [r.offer, r.n]));
  }

  const withCounts = async (rows: Array<typeof offers.$inferSelect>): Promise<Offer[]> => {
    const counts = await redemptions();
    return rows.map((o) => ({ ...o, redemptions: counts.get(o.key) ?? 0 }));
  };

  return {
    /** The offers the engine chooses from. */
    all: (): Promise<OfferInput[]> => db.select().from(offers).orderBy(asc(offers.priority), asc(offers.key)),

    list: async () => withCounts(await db.select().from(offers).orderBy(asc(offers.priority), asc(offers.key))),

    get: async (key: string): Promise<Offer | null> => (await withCounts(await db.select().from(offers).where(eq(offers.key, key))))[0] ?? null,

    async create(input: OfferInput) {
      const inserted = await db.insert(offers).values(input).onConflictDoNothing().returning({ key: offers.key });
      if (inserted.length === 0) throw new OfferExistsError(`an offer with key ${input.key} exists`);
    },

    async update(key: string, change: Partial<OfferInput>): Promise<boolean> {
      const updated = await db.update(offers).set({ ...change, updatedAt: new Date().toISOString() }).where(eq(offers.key, key)).returning({ key: offers.key });
      return updated.length > 0;
    },

    async remove(key: string): Promise<boolean> {
      return (await db.delete(offers).where(eq(offers.key, key)).returning({ key: offers.key })).length > 0;
    },

    /** A new workspace starts with the default offers. */
    async seedDefaults() {
      const [row] = await db.select({ n: sql<number>`count(*)` }).from(offers);
      if (row!.n === 0) await db.insert(offers).values(DEFAULT_OFFERS);
    },
  };
}
