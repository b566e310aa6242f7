import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Deal, DealInput } from '../../../shared/schemas/activity';
import type { DealStage } from '../../../shared/schemas/enums';
import type { Db } from '../client';
import { deals, dealStageHistory } from '../schema';

export function dealsRepository(db: Db) {
  async function withHistory(rows: Array<typeof deals.$inferSelect>): Promise<Deal[]> {
    if (rows.length === 0) return [];
    const history = await db.select().from(dealStageHistory)
      .where(inArray(dealStageHistory.dealId, rows.map((d) => d.id))).orderBy(asc(dealStageHistory.id));
    return rows.map((d) => ({
      ...d,
      history: history.filter((h) => h.dealId === d.id).map(({ fromStage, toStage, changedAt, changedBy }) => ({ fromStage, toStage, changedAt, changedBy })),
    }));
  }

  const get = async (id: number) => (await withHistory(await db.select().from(deals).where(eq(deals.id, id))))[0] ?? null;

  return {
    get,
    ofContact: async (contactId: number) =>
      withHistory(await db.select().from(deals).where(eq(deals.contactId, contactId)).orderBy(desc(deals.id))),

    async create(contactId: number, input: DealInput, by: string): Promise<Deal> {
      const at = new Date().toISOString();
      const id = await db.transaction(async (tx) => {
        const [row] = await tx.insert(deals).values({ ...input, contactId, stageChangedAt: at, createdAt: at }).returning({ id: deals.id });
        await tx.insert(dealStageHistory).values({ dealId: row!.id, fromStage: null, toStage: input.stage, changedAt: at, changedBy: by });
        return row!.id;
      });
      return (await get(id))!;
    },

    /** Moves the deal and records the move; moving to the stage it is in records nothing. */
    async changeStage(id: number, stage: DealStage, by: string): Promise<Deal | null> {
      const current = await get(id);
      if (!current || current.stage === stage) return current;
      const at = new Date().toISOString();
      await db.batch([
        db.update(deals).set({ stage, stageChangedAt: at }).where(eq(deals.id, id)),
        db.insert(dealStageHistory).values({ dealId: id, fromStage: current.stage, toStage: stage, changedAt: at, changedBy: by }),
      ]);
      return get(id);
    },
  };
}
