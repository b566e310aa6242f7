import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RulesLogic } from 'json-logic-js';
import { compareCodePoints, jsonLogic } from './json-logic';

const sign = Math.sign;
/** A rule over any values, as stored definitions may hold them. */
const apply = (rule: unknown, data?: unknown) => jsonLogic.apply(rule as RulesLogic, data);

describe('text in segment rules', () => {
  it('orders by code point, as SQLite orders UTF-8 bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
      expect(sign(compareCodePoints(a, b))).toBe(sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))));
    }), { numRuns: 2000 });
  });

  it('puts the ﬁ ligature (U+FB01) before an emoji (U+1F600), where JavaScript\'s < puts it after', () => {
    const name = 'ﬁ ligature name';
    expect(name < '😀').toBe(false);
    expect(apply({ '<': [{ var: 'name' }, '😀'] }, { name })).toBe(true);
    expect(apply({ '>=': [{ var: 'name' }, '😀'] }, { name })).toBe(false);
    expect(apply({ '<=': ['a', { var: 'name' }, '😀'] }, { name })).toBe(true);
    expect(apply({ '>': ['😀', { var: 'name' }] }, { name })).toBe(true);
  });

  it('leaves every other comparison as JavaScript makes it', () => {
    const values = [null, true, false, 0, 1, -2.5, '', '0', ' 1 ', 'abc', '1e2', 'Infinity', [1], ['a', 'b'], []];
    for (const a of values) {
      for (const b of values) {
        if (typeof a === 'string' && typeof b === 'string') continue;
        const [x, y] = [a as number, b as number];
        expect([apply({ '<': [a, b] }), apply({ '<=': [a, b] }), apply({ '>': [a, b] }), apply({ '>=': [a, b] })],
          `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toEqual([x < y, x <= y, x > y, x >= y]);
      }
    }
  });
});
