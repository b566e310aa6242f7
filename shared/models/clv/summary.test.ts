import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, CDNOW_REFERENCE, loadCdnowPublishedSummary, loadCdnowSample } from '../../../scripts/lib/lifetime-reference';
import { countHoldoutPurchases, summarizeCustomers, type Transaction } from './summary';

describe('summarizeCustomers', () => {
  const transactions: Transaction[] = [
    { customerId: 'a', at: '2024-01-01', amount: 10 },
    { customerId: 'a', at: '2024-01-01', amount: 5 }, // same day: merged with the first purchase
    { customerId: 'a', at: '2024-01-15', amount: 20 },
    { customerId: 'a', at: new Date('2024-01-29T18:30:00Z'), amount: 40 },
    { customerId: 'a', at: '2024-02-12', amount: 99 }, // after the calibration end
    { customerId: 'b', at: '2024-01-22', amount: 7 },
  ];

  it('merges same-day purchases, counts repeat days and measures weeks up to the calibration end', () => {
    expect(summarizeCustomers(transactions, '2024-02-05')).toEqual([
      { id: 'a', frequency: 2, recency: 4, T: 5, monetary: 30 },
      { id: 'b', frequency: 0, recency: 0, T: 2, monetary: 0 },
    ]);
  });

  it('includes purchases on the calibration end day', () => {
    expect(summarizeCustomers(transactions, '2024-01-29')[0]).toMatchObject({ frequency: 2, recency: 4, T: 4 });
  });

  it('takes a refund for money returned, not a purchase: no purchase day, and less spent on every day in proportion', () => {
    const withRefund = [...transactions, { customerId: 'a', at: '2024-02-01', amount: -15 }];
    // a spent 15 + 20 + 40 = 75 and got 15 back: 80 % kept, so the repeat days' mean of 30 becomes 24.
    expect(summarizeCustomers(withRefund, '2024-02-05')[0]).toEqual({ id: 'a', frequency: 2, recency: 4, T: 5, monetary: 24 });
  });

  it('leaves no spend, never a negative one, when refunds exceed purchases, and no customer for a refund alone', () => {
    const refunds = [...transactions, { customerId: 'a', at: '2024-02-01', amount: -500 }, { customerId: 'c', at: '2024-01-10', amount: -9 }];
    const summaries = summarizeCustomers(refunds, '2024-02-05');
    expect(summaries[0]).toMatchObject({ id: 'a', frequency: 2, monetary: 0 });
    expect(summaries.map((s) => s.id)).toEqual(['a', 'b']);
    expect(countHoldoutPurchases([...refunds, { customerId: 'b', at: '2024-02-06', amount: -7 }], '2024-02-05', '2024-03-01')).toEqual(new Map([['a', 1]]));
  });

  it('counts holdout purchases as distinct days after the calibration end', () => {
    const more = [...transactions, { customerId: 'a', at: '2024-02-12', amount: 1 }, { customerId: 'b', at: '2024-02-06', amount: 1 }];
    expect(countHoldoutPurchases(more, '2024-02-05', '2024-03-01')).toEqual(new Map([['a', 1], ['b', 1]]));
  });
});

describe('CDNOW sample summaries', () => {
  const transactions = loadCdnowSample();
  const summaries = summarizeCustomers(transactions, CDNOW_CALIBRATION_END);

  it('reproduce the published summary to its 2 decimals', () => {
    const published = loadCdnowPublishedSummary();
    expect(summaries).toHaveLength(published.length);
    const ours = new Map(summaries.map((s) => [s.id, s]));
    // Half a cent (or a hundredth of a week), with room for the binary representation of x.xx5.
    const roundsTo = (value: number, rounded: number) => Math.abs(value - rounded) <= 0.005 + 1e-9;
    for (const row of published) {
      const s = ours.get(row.id)!;
      expect(s.frequency).toBe(row.frequency);
      expect(roundsTo(s.recency, row.recency) && roundsTo(s.T, row.T) && roundsTo(s.monetary, row.monetary), `customer ${row.id}`).toBe(true);
    }
    expect(summaries.filter((s) => s.frequency > 0)).toHaveLength(CDNOW_REFERENCE.gg.repeatBuyers);
  });

  it('count 1,882 repeat purchases in the holdout', () => {
    const holdout = countHoldoutPurchases(transactions, CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END);
    expect([...holdout.values()].reduce((a, b) => a + b, 0)).toBe(CDNOW_REFERENCE.holdout.actual);
  });
});
