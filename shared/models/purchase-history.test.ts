import { describe, expect, it } from 'vitest';
import { purchaseHistory, summariseOrders } from './purchase-history';

describe('summariseOrders', () => {
  it('sums up each customer from rows sorted by customer and time, same-day orders on one purchase day', () => {
    const rows = [
      [3, '2026-01-05T09:00:00.000Z', 10],
      [3, '2026-01-05T17:30:00.000Z', 5],
      [3, '2026-02-01T08:00:00.000Z', 20],
      [3, '2026-03-01T08:00:00.000Z', 30],
      [8, '2026-04-10T12:00:00.000Z', 7],
    ] as const;
    expect([...summariseOrders(rows)]).toEqual([
      [3, { count: 4, revenue: 65, lastOrderedAt: '2026-03-01T08:00:00.000Z', purchases: { days: 3, firstDay: '2026-01-05', lastDay: '2026-03-01', total: 65, firstDayTotal: 15 } }],
      [8, { count: 1, revenue: 7, lastOrderedAt: '2026-04-10T12:00:00.000Z', purchases: { days: 1, firstDay: '2026-04-10', lastDay: '2026-04-10', total: 7, firstDayTotal: 7 } }],
    ]);
  });

  it('gives the lifetime value models repeat purchase days, weeks and the mean repeat spend', () => {
    const [summary] = [...summariseOrders([[1, '2026-01-01T10:00:00.000Z', 40], [1, '2026-01-15T10:00:00.000Z', 60], [1, '2026-01-29T10:00:00.000Z', 80]])];
    expect(purchaseHistory(summary![1].purchases, new Date('2026-02-12T00:00:00.000Z'))).toEqual({ frequency: 2, recency: 4, T: 6, monetary: 70 });
  });

  it('has nothing to say of no orders', () => {
    expect([...summariseOrders([])]).toEqual([]);
  });
});
