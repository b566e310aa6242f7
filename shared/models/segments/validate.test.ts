import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_MEASURES, SegmentDefinition, validateSegmentDefinition } from './validate';

const city = { var: 'profile.city' };
const lead = { var: 'score.lead' };

describe('a valid definition', () => {
  it('is accepted with every kind of operator', () => {
    const rule = {
      and: [
        { '==': [city, 'Tehran'] },
        { or: [{ '>=': [{ events_in_last_days: ['pricing_page_view', 30] }, 3] }, { has_tag: ['vip'] }] },
        { '<=': [10, lead, 90] },
        { in: [{ var: 'profile.gender' }, ['female', 'other']] },
        { in: ['travel', { var: 'profile.interests' }] },
        { in: ['@example.com', { var: 'profile.email' }] },
        { '!': { missing: ['score.leadBand'] } },
        { if: [{ var: 'profile.consentMarketing' }, { '>': [{ revenue_in_last_days: [365] }, 100] }, { '!!': [{ orders_in_last_days: [90] }] }] },
        { '!==': [{ var: 'profile.birthday' }, null] },
        { '==': [{ '!': city }, false] },
      ],
    };
    expect(validateSegmentDefinition({ rule })).toEqual({ ok: true });
  });

  it('may mix numbers, booleans, null and literals of any kind, as JsonLogic converts those predictably', () => {
    for (const rule of [{ '==': [lead, '50'] }, { '<': [lead, null] }, { '==': [{ var: 'profile.consentMarketing' }, 1] }, { '>': [{ has_tag: ['vip'] }, lead] }]) {
      expect(validateSegmentDefinition({ rule }), JSON.stringify(rule)).toEqual({ ok: true });
    }
  });
});

describe('an invalid definition', () => {
  it.each([
    ['an unknown field', { and: [{ '==': [city, 'x'] }, { '>=': [{ var: 'profile.cty' }, 3] }] }, 'rule.and[1].>=[0].var', 'unknown field "profile.cty"'],
    ['a whole source', { var: 'profile' }, 'rule.var', 'unknown field "profile"'],
    ['a var default', { var: ['profile.city', 'Tehran'] }, 'rule.var', 'takes just a field name (defaults are not supported), got 2 arguments'],
    ['an unsupported operator', { map: [[1], { var: '' }] }, 'rule', 'unknown operator "map"'],
    ['arithmetic', { '>': [{ '+': [lead, 1] }, 2] }, 'rule.>[0]', 'unknown operator "+"'],
    ['an inherited property as operator', { toString: [] }, 'rule', 'unknown operator "toString"'],
    ['too few arguments', { '==': [city] }, 'rule.==', 'takes 2 values, got 1 argument'],
    ['a between with >', { '>': [1, lead, 3] }, 'rule.>', 'takes 2 values, got 3 arguments'],
    ['an empty and', { and: [] }, 'rule.and', 'takes one or more conditions, got 0 arguments'],
    ['! with two arguments', { '!': [city, lead] }, 'rule.!', 'takes one argument, got 2 arguments'],
    ['a window as text', { '>=': [{ events_in_last_days: ['pricing_page_view', '30'] }, 3] }, 'rule.>=[0].events_in_last_days[1]', 'the window in days must be a whole number from 1 to 36500'],
    ['a window of zero days', { orders_in_last_days: [0] }, 'rule.orders_in_last_days[0]', 'the window in days must be a whole number from 1 to 36500'],
    ['a fractional window', { revenue_in_last_days: 1.5 }, 'rule.revenue_in_last_days', 'the window in days must be a whole number from 1 to 36500'],
    ['a measure without its window', { events_in_last_days: ['pricing_page_view'] }, 'rule.events_in_last_days', 'takes [eventType, days], got 1 argument'],
    ['an event type that is not snake_case', { events_in_last_days: ['Pricing Page', 30] }, 'rule.events_in_last_days[0]', 'must be an event type in snake_case, e.g. "pricing_page_view"'],
    ['a tag that is not a slug', { has_tag: ['VIP!'] }, 'rule.has_tag[0]', 'must be a tag slug, e.g. "vip"'],
    ['text compared with a number', { '==': [city, 5] }, 'rule.==[0]', '"profile.city" is text and can only be compared with text or null (JsonLogic would turn it into a number)'],
    ['text compared with a boolean value', { '!=': [city, { has_tag: ['vip'] }] }, 'rule.!=[0]', '"profile.city" is text and can only be compared with text or null (JsonLogic would turn it into a number)'],
    ['text ordered against null', { '<': [{ var: 'profile.name' }, null] }, 'rule.<[0]', '"profile.name" is text and can only be ordered against text that is never missing (JsonLogic would turn it into a number)'],
    ['text ordered against text that may be missing', { '<': [city, { var: 'profile.province' }] }, 'rule.<[0]', '"profile.city" is text and can only be ordered against text that is never missing (JsonLogic would turn it into a number)'],
    ['an enumerated field and a value it never takes', { '==': [{ var: 'profile.gender' }, 'femal'] }, 'rule.==[1]', '"femal" is not a value of "profile.gender": female, male, other'],
    ['a list item an enumerated field never takes', { in: [{ var: 'score.leadBand' }, ['hot', 'cool']] }, 'rule.in[1][1]', '"cool" is not a value of "score.leadBand": cold, warm, hot'],
    ['an interest that does not exist', { in: ['travl', { var: 'profile.interests' }] }, 'rule.in[0]', '"travl" is not a value of "profile.interests": travel, art, technology, sport, environment'],
    ['a date compared with words', { '>': [{ var: 'profile.birthday' }, 'last year'] }, 'rule.>[1]', '"last year" is not a date to compare "profile.birthday" with: write "2024-01-31" or an ISO 8601 instant'],
    ['a list compared', { '==': [{ var: 'profile.interests' }, 'travel'] }, 'rule.==[0]', '"profile.interests" is a list: test membership with {"in": ["travel", {"var": "profile.interests"}]}'],
    ['a list literal outside in', { '==': [[1], 1] }, 'rule.==[0]', 'a list is only allowed as the second argument of "in"'],
    ['a condition compared', { '==': [{ and: [city] }, true] }, 'rule.==[0]', '"and" is a condition, not a value: it cannot be compared or searched'],
    ['in over a number', { in: ['5', lead] }, 'rule.in[1]', '"in" searches a list or text'],
    ['a number searched for in text', { in: [lead, city] }, 'rule.in[0]', 'only text can be searched for in text'],
    ['a field looked up in a list field', { in: [city, { var: 'profile.interests' }] }, 'rule.in[0]', 'a list field holds text: look for a text literal, e.g. "travel"'],
    ['an object in a list', { in: [city, [{ var: 'profile.name' }]] }, 'rule.in[1][0]', 'list items must be text, numbers, true, false or null'],
    ['a between around a condition', { '<': [0, { '!': city }, 2] }, 'rule.<[1]', 'the middle of a between must be a field, a literal or a measure'],
    ['a plain object', { '==': [{}, 1] }, 'rule.==[0]', 'must be an operation: an object with exactly one operator, e.g. {"var": "profile.city"}'],
    ['an object with two operators', { '==': [city, 'x'], '!=': [city, 'y'] }, 'rule', 'must be a JsonLogic operation, e.g. {"and": [...]}'],
    ['a literal as the whole rule', true, 'rule', 'must be a JsonLogic operation, e.g. {"and": [...]}'],
    ['a number that JSON cannot hold', { '>': [lead, Number.NaN] }, 'rule.>[1]', 'must be a finite number'],
    ['text with a lone surrogate', { '==': [city, '\ud800'] }, 'rule.==[1]', 'must be well-formed text (no lone surrogates)'],
    ['a value that is not JSON', { '==': [city, undefined] }, 'rule.==[1]', 'must be a JSON value'],
  ])('names the place and the fault: %s', (_, rule, path, message) => {
    expect(validateSegmentDefinition({ rule })).toEqual({ ok: false, errors: [{ path, message }] });
  });

  it('reports every fault, not just the first', () => {
    const rule = { or: [{ var: 'profile.cty' }, { foo: [] }, { has_tag: [''] }] };
    const result = validateSegmentDefinition({ rule });
    expect(result.ok || result.errors.map((e) => e.path)).toEqual(['rule.or[0].var', 'rule.or[1]', 'rule.or[2].has_tag[0]']);
  });

  it('refuses a missing rule, and keys besides it', () => {
    expect(validateSegmentDefinition({})).toEqual({ ok: false, errors: [{ path: 'rule', message: 'must be a JsonLogic operation, e.g. {"and": [...]}' }] });
    const extra = validateSegmentDefinition({ rule: city, name: 'x' });
    expect(extra.ok || extra.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('"name"') })]);
  });

  it('refuses a rule nested too deeply', () => {
    let rule: unknown = city;
    for (let i = 0; i < MAX_DEPTH + 5; i++) rule = { '!': rule };
    const result = validateSegmentDefinition({ rule });
    expect(result.ok || result.errors).toEqual([expect.objectContaining({ message: `is nested too deeply (at most ${MAX_DEPTH} levels)` })]);
  });

  it('keeps a rule within its cost budget: at most MAX_MEASURES behavioural measures', () => {
    const measures = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ '>': [{ events_in_last_days: ['page_view', i + 1] }, 1000] })) });
    expect(validateSegmentDefinition({ rule: measures(MAX_MEASURES) }).ok).toBe(true);
    const result = validateSegmentDefinition({ rule: measures(120) });
    expect(result.ok || result.errors).toEqual([{ path: 'rule', message: `uses 120 behavioural measures; at most ${MAX_MEASURES} are allowed, as each reads through everyone's activity` }]);
  });
});

describe('the zod schema', () => {
  it('carries the issues with their paths, for the API to report like any other field', () => {
    const result = SegmentDefinition.safeParse({ rule: { and: [city, { '==': [{ var: 'profile.cty' }, 'x'] }] } });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['rule', 'and', 1, '==', 0, 'var'], message: 'unknown field "profile.cty"' })]);
  });
});
