import { describe, expect, it } from 'vitest';
import { midRanks, rocAuc } from './roc-auc';

describe('rocAuc', () => {
  it('is the share of positive–negative pairs ranked right', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
    expect(rocAuc([1, 2, 3], [false, true, true])).toBe(1);
    expect(rocAuc([3, 2, 1], [false, true, true])).toBe(0);
  });

  it('counts a tie between a positive and a negative as half', () => {
    // Pairs (positive, negative): (2, 1) 1, (2, 2) ½, (3, 1) 1, (3, 2) 1 → 3.5 / 4.
    expect(rocAuc([1, 2, 2, 3], [false, true, false, true])).toBe(0.875);
    expect(rocAuc([5, 5, 5, 5], [true, false, true, false])).toBe(0.5);
  });

  it('needs both classes', () => {
    expect(() => rocAuc([1, 2], [true, true])).toThrow(RangeError);
  });
});

describe('midRanks', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(midRanks([30, 10, 20, 10])).toEqual([4, 1.5, 3, 1.5]);
  });
});
