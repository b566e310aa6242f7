/** Events, orders and surveys: what a person did, appended and listed per person. */
import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Event, EventInput, Order, OrderInput, Survey, SurveyInput } from '../../../shared/schemas/activity';
import type { Db } from '../client';
import { events, orderLines, orders, surveys } from '../schema';

export type Page<T> = { items: T[]; nextCursor: number | null };
export type PageQuery = { cursor?: number; limit: number };

/** Newest first; the cursor is the id of the last item seen. */
function page<T extends { id: number }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
}

export class DuplicateOrderError extends Error {
  constructor(readonly externalId: string) {
    super(`an order with externalId ${externalId} already exists`);
  }
}

export function activityRepository(db: Db) {
  return {
    /**
     * Stores the events whose idempotency keys are new; returns which were
     * stored and which were already there, and the people they concern.
     */
    async ingestEvents(batch: EventInput[]) {
      const rows = await db.insert(events).values(batch).onConflictDoNothing({ target: events.idempotencyKey })
        .returning({ key: events.idempotencyKey, contactId: events.contactId });
      return { accepted: rows.length, duplicates: batch.length - rows.length, contactIds: [...new Set(rows.map((r) => r.contactId))] };
    },

    async eventsOf(contactId: number, q: PageQuery): Promise<Page<Event>> {
      const rows = await db.select().from(events)
        .where(and(eq(events.contactId, contactId), q.cursor ? lt(events.id, q.cursor) : undefined))
        .orderBy(desc(events.id)).limit(q.limit + 1);
      return page(rows, q.limit);
    },

    async createOrder(contactId: number, input: OrderInput): Promise<Order> {
      try {
        return await db.transaction(async (tx) => {
          const { lines, ...order } = input;
          const [row] = await tx.insert(orders).values({ ...order, contactId }).returning();
          if (lines.length) await tx.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: row!.id })));
          return { ...row!, lines };
        });
      } catch (error) {
        if (String((error as { cause?: unknown }).cause ?? error).includes('orders.external_id')) throw new DuplicateOrderError(input.externalId);
        throw error;
      }
    },

    async ordersOf(contactId: number, q: PageQuery): Promise<Page<Order>> {
      const rows = await db.select().from(orders)
        .where(and(eq(orders.contactId, contactId), q.cursor ? lt(orders.id, q.cursor) : undefined))
        .orderBy(desc(orders.id)).limit(q.limit + 1);
      const lines = rows.length ? await db.select().from(orderLines).where(inArray(orderLines.orderId, rows.map((r) => r.id))).orderBy(asc(orderLines.id)) : [];
      return page(rows.map((o) => ({
        ...o,
        lines: lines.filter((l) => l.orderId === o.id).map(({ sku, productLine, quantity, unitPrice }) => ({ sku, productLine, quantity, unitPrice })),
      })), q.limit);
    },

    async createSurvey(contactId: number, input: SurveyInput): Promise<Survey> {
      const [row] = await db.insert(surveys).values({ ...input, contactId }).returning();
      return row!;
    },

    async surveysOf(contactId: number, q: PageQuery): Promise<Page<Survey>> {
      const rows = await db.select().from(surveys)
        .where(and(eq(surveys.contactId, contactId), q.cursor ? lt(surveys.id, q.cursor) : undefined))
        .orderBy(desc(surveys.id)).limit(q.limit + 1);
      return page(rows, q.limit);
    },
  };
}
