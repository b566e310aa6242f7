/** The record of full recomputes, kept so that one cut short is found and run again at start-up. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { recomputeRuns } from '../schema';

export function recomputeRunsRepository(db: Db) {
  return {
    async begin(reason: string, startedAt: string): Promise<number> {
      const [row] = await db.insert(recomputeRuns).values({ reason, state: 'running', startedAt }).returning({ id: recomputeRuns.id });
      return row!.id;
    },
    async finish(id: number, state: 'done' | 'failed', finishedAt: string) {
      await db.update(recomputeRuns).set({ state, finishedAt }).where(eq(recomputeRuns.id, id));
    },
    /** At start-up: the runs still marked running were cut short. They are marked so, and the latest is answered. */
    async takeInterrupted(): Promise<{ reason: string; startedAt: string } | null> {
      const cut = await db.update(recomputeRuns).set({ state: 'interrupted' }).where(eq(recomputeRuns.state, 'running'))
        .returning({ reason: recomputeRuns.reason, startedAt: recomputeRuns.startedAt });
      return cut.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0] ?? null;
    },
  };
}
