import { describe, expect, it } from 'vitest';
import { RFM_SEGMENT_MAP } from '../data/rfm-segment-map';
import { customer, statsOf } from '../../tests/support/customers';
import { cutPoints, scoreByCuts } from './quantiles';
import { rfm } from './rfm';

describe('quintile scores', () => {
  it('cuts 10 distinct values into five equal groups', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const cuts = cutPoints(values, 5);
    expect(cuts).toEqual([2, 4, 6, 8]);
    expect(values.map((v) => scoreByCuts(v, cuts))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('keeps ties in one score, so a base of mostly equal values uses fewer scores', () => {
    const values = [1, 1, 1, 1, 1, 1, 1, 2, 3, 9];
    const cuts = cutPoints(values, 5);
    const scores = values.map((v) => scoreByCuts(v, cuts));
    expect(new Set(scores.slice(0, 7))).toEqual(new Set([1]));
    expect(scores.slice(7)).toEqual([4, 5, 5]);
  });

  it('has no cut points for an empty base', () => {
    expect(cutPoints([], 5)).toEqual([]);
    expect(scoreByCuts(42, [])).toBe(1);
  });
});

describe('rfm', () => {
  const base = Array.from({ length: 10 }, (_, i) => customer((i + 1) * 10, i + 1, (i + 1) * 100));
  const stats = statsOf(base);

  it('scores recent, frequent, big spenders 5 and maps R5 F5 to champions', () => {
    expect(rfm({ recencyDays: 5, frequency: 10, monetary: 1000 }, stats)).toEqual({ r: 5, f: 5, m: 5, segment: 'champions' });
  });

  it('scores long-gone one-time buyers 1 and maps them to hibernating', () => {
    expect(rfm({ recencyDays: 400, frequency: 1, monetary: 50 }, stats)).toEqual({ r: 1, f: 1, m: 1, segment: 'hibernating' });
  });

  it('calls frequent buyers who stopped "can\'t lose"', () => {
    expect(rfm({ recencyDays: 100, frequency: 10, monetary: 900 }, stats).segment).toBe('cant_lose');
  });

  it('has exactly one segment for each of the 25 R×F cells', () => {
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        const matches = RFM_SEGMENT_MAP.filter((s) => r >= s.r[0] && r <= s.r[1] && f >= s.f[0] && f <= s.f[1]);
        expect(matches.length, `R${r} F${f}`).toBe(1);
      }
    }
    expect(new Set(RFM_SEGMENT_MAP.map((s) => s.segment)).size).toBe(10);
  });
});

describe('population statistics', () => {
  it('puts the gold line at the 80th, the low line at the 40th and VIP at the 95th percentile of value', () => {
    // Too few customers to fit the lifetime value models: tiers rank realised revenue.
    const stats = statsOf(Array.from({ length: 20 }, (_, i) => customer(1, 1, (i + 1) * 10)));
    expect(stats.valueBasis).toBe('realised revenue');
    expect(stats.value).toEqual({ goldFrom: 170, lowBelow: 90, vipFrom: 200 });
    expect(stats.customers).toBe(20);
  });
});
