import { describe, expect, it } from 'vitest';
import { compileSegmentSql } from './compile-sql';
import { InvalidSegmentDefinition } from './validate';

const NOW = new Date('2026-03-21T09:30:00.000Z');
const compile = (rule: unknown, now = NOW) => compileSegmentSql({ rule }, now);

const city = { var: 'profile.city' };
const lead = { var: 'score.lead' };

describe('compiling a segment to SQL', () => {
  it('binds every value from the rule, whatever it holds', () => {
    const hostile = ["x' OR 1=1 --", 'a"; DROP TABLE contacts; --', "'); --", '\\', '%_'];
    const rule = {
      or: [
        ...hostile.map((text) => ({ '==': [city, text] })),
        { in: [city, hostile] },
        { in: [hostile[0], { var: 'profile.name' }] },
        { '<': [{ var: 'profile.name' }, hostile[1]] },
      ],
    };
    const { sql, params } = compile(rule);
    for (const text of hostile) {
      expect(sql).not.toContain(text);
      expect(params).toContain(text);
    }
    expect(sql.split('?').length - 1).toBe(params.length);
  });

  it('binds the measures\' arguments and windows too, so a rule always compiles to the same text', () => {
    const rule = { and: [{ '>=': [{ events_in_last_days: ['pricing_page_view', 30] }, 3] }, { has_tag: ['vip'] }] };
    const today = compile(rule);
    const tomorrow = compile(rule, new Date(NOW.getTime() + 86_400_000));
    expect(today.sql).toBe(tomorrow.sql);
    expect(today.params).toEqual(['pricing_page_view', '2026-02-19T09:30:00.000Z', '2026-03-21T09:30:00.000Z', 3, 'vip']);
    expect(tomorrow.params).toEqual(['pricing_page_view', '2026-02-20T09:30:00.000Z', '2026-03-22T09:30:00.000Z', 3, 'vip']);
  });

  it('compiles a field that may be null case by case, as JavaScript compares null', () => {
    expect(compile({ '<': [lead, 5] })).toEqual({ sql: '((s."lead_score" IS NULL OR s."lead_score" < ?))', params: [5] });
    expect(compile({ '>=': [lead, 5] })).toEqual({ sql: '((s."lead_score" IS NOT NULL AND s."lead_score" >= ?))', params: [5] });
    expect(compile({ '==': [city, null] })).toEqual({ sql: '(c."city" IS NULL)', params: [] });
  });

  it('leaves a field that is never null as a plain comparison, which an index serves', () => {
    expect(compile({ '==': [{ var: 'profile.name' }, 'Ali'] })).toEqual({ sql: '(c."name" = ?)', params: ['Ali'] });
  });

  it('yields 0 or 1 for truthiness, never NULL: "" and [] are false', () => {
    expect(compile(city).sql).toBe(`((c."city" IS NOT NULL AND c."city" <> ''))`);
    expect(compile({ '!': { var: 'profile.interests' } }).sql).toBe('((NOT json_array_length(c."interests") > 0))');
  });

  it('converts constants to numbers at compile time, as JavaScript would', () => {
    expect(compile({ '==': [lead, ''] })).toEqual({ sql: '((s."lead_score" IS NOT NULL AND s."lead_score" = ?))', params: [0] });
    expect(compile({ '==': [{ var: 'profile.consentMarketing' }, true] }).params).toEqual([1]);
    expect(compile({ '<': [lead, 'abc'] }).sql).toBe('(0)');
    expect(compile({ '<': [lead, 'Infinity'] }).sql).toBe('(1)');
  });

  it('folds comparisons of constants with json-logic-js itself', () => {
    expect(compile({ '==': [1, '1'] }).sql).toBe('(1)');
    expect(compile({ '===': [1, '1'] }).sql).toBe('(0)');
    expect(compile({ in: ['', 'abc'] }).sql).toBe('(1)');
    expect(compile({ in: ['', ''] }).sql).toBe('(0)');
  });

  it('keeps only the list items a field can equal strictly', () => {
    expect(compile({ in: [city, ['Tehran', 1, true, null]] })).toEqual({ sql: '((c."city" IS NULL OR c."city" IN (?)))', params: ['Tehran'] });
  });

  it('refuses a definition that does not validate', () => {
    expect(() => compile({ '==': [city, 5] })).toThrow(InvalidSegmentDefinition);
  });
});
