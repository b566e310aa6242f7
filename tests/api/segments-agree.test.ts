/**
 * Custom segments, evaluated in memory (json-logic-js) and compiled to SQL,
 * must select the same people: random rules over random people stored in a
 * real SQLite database, worked examples of each operator, and realistic rules
 * over the demo data as the engine scored it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDb, openDb, type Db } from '../../server/db/client';
import { createRepositories } from '../../server/db/repositories';
import { contacts, contactScores, contactTags, events, orders, tags } from '../../server/db/schema';
import { seedDemo } from '../../server/demo/seed';
import { createEngine } from '../../server/engine/recompute';
import { compileSegmentSql } from '../../shared/models/segments/compile-sql';
import { evaluateSegment, type SegmentContext } from '../../shared/models/segments/evaluate';
import { cents, CONTACTS_WITH_SCORES, field, FIELDS, type FieldName } from '../../shared/models/segments/fields';
import { validateSegmentDefinition } from '../../shared/models/segments/validate';
import { Interest } from '../../shared/schemas/enums';

const NOW = new Date('2026-03-21T09:30:00.000Z');
const DAY_MS = 86_400_000;
const WINDOWS = [1, 7, 30, 90];
const TAGS = ['vip', 'loyal', 'churn-risk'];
const ago = (days: number, ms = 0) => new Date(NOW.getTime() - days * DAY_MS + ms).toISOString();

let dir: string;
let db: Db;
const opened: Db[] = [];

async function freshDb(name: string): Promise<Db> {
  const url = `file:${join(dir, name)}`;
  const fresh = openDb(url);
  await migrateDb(fresh, url);
  opened.push(fresh);
  return fresh;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seglens-segments-'));
  db = await freshDb('segments.db');
  await db.insert(tags).values(TAGS.map((slug) => ({ slug, label: slug, color: '#64748b' })));
});

afterAll(() => {
  for (const each of opened) each.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

// --- People ------------------------------------------------------------------

/** Instants on and just either side of each window's start, now, the future, and long ago. */
const instant = fc.constantFrom(...[0, ...WINDOWS].flatMap((days) => [-1, 0, 1].map((ms) => ago(days, ms))), ago(-1), '2020-01-01T00:00:00.000Z');

/**
 * Text from every part of Unicode, where orderings differ: beyond U+FFFF
 * (emoji, mathematical letters), compatibility characters U+E000–U+FFFF (the
 * ﬁ ligature, full-width letters, private use), combining marks beside their
 * precomposed twins, and right-to-left text with its joiners and marks.
 */
const UNICODE_TEXT = [
  '😀', '😀 smile', '𝒜lgebra', '𐍈', 'ﬁ ligature name', 'ﬁ', 'Ａli', '\uE000 private', '\uFFFD',
  'é', 'e\u0301', 'Zoë', 'Zoe\u0308', 'علی', 'کتاب\u200cخانه', 'שלום', '\u200fRTL mark', 'ي', 'ی',
] as const;
/** Any text the API takes, now and then: characters from every plane, but no NUL (server/lib/well-formed-text.ts). */
const anyText = fc.string({ unit: 'grapheme', maxLength: 6 }).filter((text) => !text.includes('\0'));

const person = fc.record({
  name: fc.oneof(fc.constantFrom<string>('Ali', 'ali', '', 'Zahra', '0', 'null', ...UNICODE_TEXT), anyText),
  locale: fc.constantFrom('en', 'fa'),
  city: fc.constantFrom(null, '', 'Tehran', 'tehran', 'Teh', '0', ' 1 ', 'null', 'true', 'a,b', 'شیراز', "x' OR 1=1 --", ...UNICODE_TEXT),
  gender: fc.constantFrom(null, 'female', 'male', 'other'),
  birthday: fc.constantFrom(null, '1985-12-31', '1990-05-01', '2000-01-01'),
  consentMarketing: fc.boolean(),
  interests: fc.subarray([...Interest.options]),
  createdAt: instant,
  score: fc.option(fc.record({
    leadScore: fc.oneof(fc.constantFrom(-5, 0, 1, 3, 50, 100), fc.integer({ min: -10, max: 100 })),
    leadBand: fc.constantFrom('cold', 'warm', 'hot'),
    realisedRevenue: fc.oneof(fc.constantFrom(0, 0.1, 0.3, 99.99, 1000), fc.double({ min: 0, max: 1e6, noNaN: true })),
  }), { nil: null }),
  events: fc.array(fc.record({ type: fc.constantFrom('pricing_page_view', 'email_open'), occurredAt: instant }), { maxLength: 6 }),
  orders: fc.array(fc.record({
    amount: fc.oneof(fc.constantFrom(0, 0.1, 0.2, 0.125, 0.135, 0.005, 12.345, 1000), fc.double({ min: 0, max: 1e6, noNaN: true })),
    orderedAt: instant,
  }), { maxLength: 4 }),
  tags: fc.subarray(TAGS),
});
type Person = typeof person extends fc.Arbitrary<infer P> ? P : never;

/** Replaces everyone in the test database with `people` (ids 1…n). */
async function store(people: Person[]) {
  const rows = people.map((p, i) => ({ ...p, id: i + 1 }));
  await db.batch([
    db.delete(contactTags), db.delete(events), db.delete(orders), db.delete(contactScores), db.delete(contacts),
    db.insert(contacts).values(rows.map(({ id, name, locale, city, gender, birthday, consentMarketing, interests, createdAt }) =>
      ({ id, email: `p${id}@example.test`, name, locale, city, gender, birthday, consentMarketing, interests, createdAt }))),
  ]);
  const scores = rows.filter((r) => r.score).map((r) => ({
    contactId: r.id, ...r.score!, leadGrade: 'C3', leadQualification: 'none' as const, vip: false, lifecycle: 'first_contact' as const,
    computedAt: NOW.toISOString(),
  }));
  const eventRows = rows.flatMap((r) => r.events.map((e, j) => ({ contactId: r.id, ...e, idempotencyKey: `${r.id}-${j}` })));
  const orderRows = rows.flatMap((r) => r.orders.map((o, j) => ({ contactId: r.id, ...o, currency: 'USD', externalId: `${r.id}-${j}` })));
  const tagIds = new Map((await db.select().from(tags)).map((t) => [t.slug, t.id]));
  const tagRows = rows.flatMap((r) => r.tags.map((slug) => ({ contactId: r.id, tagId: tagIds.get(slug)! })));
  if (scores.length) await db.insert(contactScores).values(scores);
  if (eventRows.length) await db.insert(events).values(eventRows);
  if (orderRows.length) await db.insert(orders).values(orderRows);
  if (tagRows.length) await db.insert(contactTags).values(tagRows);
}

/** Everyone's context, read back from the database as drizzle returns the rows. */
async function contexts(database: Db): Promise<Map<number, SegmentContext>> {
  const [people, scores, eventRows, orderRows, tagRows] = await Promise.all([
    database.select().from(contacts), database.select().from(contactScores), database.select().from(events), database.select().from(orders),
    database.select({ contactId: contactTags.contactId, slug: tags.slug }).from(contactTags).innerJoin(tags, eq(tags.id, contactTags.tagId)),
  ]);
  return new Map(people.map((profile) => [profile.id, {
    profile,
    score: scores.find((s) => s.contactId === profile.id) ?? null,
    events: eventRows.filter((e) => e.contactId === profile.id),
    orders: orderRows.filter((o) => o.contactId === profile.id),
    tags: tagRows.filter((t) => t.contactId === profile.id).map((t) => t.slug),
  }]));
}

/** Who the compiled SQL selects, and who the in-memory evaluation accepts. */
async function bothWays(database: Db, definition: unknown, people: Map<number, SegmentContext>) {
  const where = compileSegmentSql(definition, NOW);
  const rows = await database.$client.execute({ sql: `SELECT c.id FROM ${CONTACTS_WITH_SCORES} WHERE ${where.sql} ORDER BY c.id`, args: where.params });
  return {
    sql: rows.rows.map((r) => Number(r.id)),
    memory: [...people].filter(([, context]) => evaluateSegment(definition, context, NOW)).map(([id]) => id),
    where,
  };
}

// --- Rules -------------------------------------------------------------------

const v = (name: string) => ({ var: name });
const isValid = (rule: unknown) => validateSegmentDefinition({ rule }).ok;

const measure = fc.oneof(
  fc.tuple(fc.constantFrom('pricing_page_view', 'email_open', 'download'), fc.constantFrom(...WINDOWS)).map((args) => ({ events_in_last_days: args })),
  fc.constantFrom(...WINDOWS).map((days) => ({ orders_in_last_days: [days] })),
  fc.constantFrom(...WINDOWS, 365).map((days) => ({ revenue_in_last_days: [days] })),
  fc.constantFrom(...TAGS, 'nobody').map((tag) => ({ has_tag: [tag] })),
);
/** Values that JsonLogic compares as numbers: numbers, booleans, and literals of any kind. */
const numeric = fc.oneof(
  fc.constantFrom(v('score.lead'), v('score.revenue'), v('profile.consentMarketing')),
  measure,
  fc.constantFrom(0, -0.5, 1, 3, 0.3, 50, 99.99, 100, 1e21, true, false, null, '', '0', ' 1 ', '3', '0.3', 'abc', '1e2', 'Infinity', '-Infinity', '0x10'),
);
/** Text fields (free, enumerated and dates) and text literals. */
const textual = fc.oneof(
  fc.constantFrom(v('profile.city'), v('profile.name'), v('profile.locale'), v('profile.gender'), v('profile.birthday'), v('profile.createdAt'), v('score.leadBand')),
  fc.constantFrom('', 'Tehran', 'Teh', 'tehran', '0', ' 1 ', 'null', 'true', 'female', 'male', 'en', 'fa', 'hot', '1990-05-01', '2026-03-20', 'Ali', null),
  fc.constantFrom(...UNICODE_TEXT),
  anyText,
);
const operand = fc.oneof(numeric, textual);
const comparisonOp = fc.constantFrom('==', '!=', '===', '!==', '<', '<=', '>', '>=');

const comparison = fc.oneof(
  fc.tuple(comparisonOp, numeric, numeric),
  fc.tuple(comparisonOp, textual, textual),
  fc.tuple(comparisonOp, operand, operand),
).map(([op, a, b]) => ({ [op]: [a, b] })).filter(isValid);

const between = fc.oneof(fc.tuple(numeric, numeric, numeric), fc.tuple(textual, textual, textual))
  .chain((args) => fc.constantFrom('<', '<=').map((op) => ({ [op]: args }))).filter(isValid);

const literal = fc.constantFrom('', 'Tehran', 'Teh', 'e', '1', 'null', 'female', 'en', 0, 1, true, false, null);
const membership = fc.oneof(
  fc.tuple(operand, fc.array(literal, { maxLength: 4 })).map(([needle, items]) => ({ in: [needle, items] })),
  fc.tuple(fc.oneof(textual, literal), fc.constantFrom(v('profile.city'), v('profile.name'), 'Tehran, Karaj', '')).map(([needle, text]) => ({ in: [needle, text] })),
  fc.constantFrom(...Interest.options).map((interest) => ({ in: [interest, v('profile.interests')] })),
).filter(isValid);

const missing = fc.subarray(['profile.city', 'profile.name', 'profile.birthday', 'profile.interests', 'score.lead', 'score.leadBand'], { minLength: 1 })
  .map((fields) => ({ missing: fields }));
/** Anything used for its truthiness alone. */
const truthiness = fc.oneof(operand, fc.constant(v('profile.interests')));
/** A condition used as a value: `!`/`!!` give booleans that can be compared. */
const negatedValue = fc.tuple(fc.constantFrom('!', '!!'), fc.oneof(comparison, membership))
  .chain(([op, inner]) => fc.tuple(fc.constant({ [op]: inner }), numeric, comparisonOp))
  .map(([value, other, op]) => ({ [op]: [value, other] })).filter(isValid);

const leaf = fc.oneof(comparison, comparison, between, membership, membership, missing, truthiness, negatedValue);

const { rule } = fc.letrec<{ rule: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((args) => ({ and: args })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((args) => ({ or: args })),
    tie('rule').map((arg) => ({ '!': arg })),
    tie('rule').map((arg) => ({ '!!': [arg] })),
    fc.array(tie('rule'), { minLength: 2, maxLength: 5 }).map((args) => ({ if: args })),
  ),
}));
/** A rule must be an operation, so a bare literal is asked for its truthiness. */
const definition = rule.map((r) => ({ rule: typeof r === 'object' && r !== null ? r : { '!!': r } }));

// --- Tests -------------------------------------------------------------------

describe('custom segments, in memory and in SQL', () => {
  it('agree on random rules over random people', async () => {
    const PEOPLE = 30;
    const RULES_PER_BASE = 10;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { minLength: PEOPLE, maxLength: PEOPLE }),
        fc.array(definition, { minLength: RULES_PER_BASE, maxLength: RULES_PER_BASE }),
        async (people, definitions) => {
          await store(people);
          const base = await contexts(db);
          for (const def of definitions) {
            expect(validateSegmentDefinition(def)).toEqual({ ok: true });
            const { sql, memory, where } = await bothWays(db, def, base);
            expect(sql, `${JSON.stringify(def.rule)}\n${where.sql}\n${JSON.stringify(where.params)}`).toEqual(memory);
            checked++;
          }
        },
      ),
      { numRuns: 50 },
    );
    expect(checked).toBe(500);
  }, 60_000);
});

// --- Worked examples ---------------------------------------------------------

function somebody(name: string, facts: Partial<Person>): Person {
  return {
    name, locale: 'en', city: null, gender: null, birthday: null, consentMarketing: false, interests: [],
    createdAt: ago(400), score: null, events: [], orders: [], tags: [], ...facts,
  };
}

const EXAMPLE_PEOPLE = [
  somebody('Ava', {
    city: 'Tehran', gender: 'female', birthday: '1990-05-01', consentMarketing: true, interests: ['travel', 'art'], createdAt: ago(10),
    score: { leadScore: 80, leadBand: 'hot', realisedRevenue: 1200.5 },
    events: [ago(1), ago(5), ago(29), ago(40)].map((occurredAt) => ({ type: 'pricing_page_view', occurredAt })),
    orders: [{ amount: 100.1, orderedAt: ago(3) }, { amount: 0.2, orderedAt: ago(60) }, { amount: 50, orderedAt: ago(400) }],
    tags: ['vip'],
  }),
  somebody('Ben', { city: '', gender: 'male', score: { leadScore: 0, leadBand: 'cold', realisedRevenue: 0 } }),
  somebody('Cyrus', {
    interests: ['sport'],
    events: [{ type: 'pricing_page_view', occurredAt: ago(30) }, { type: 'pricing_page_view', occurredAt: ago(-1) }],
    orders: [{ amount: 10, orderedAt: ago(90) }, { amount: 5, orderedAt: ago(90, -1) }],
    tags: ['loyal'],
  }),
  somebody('Dara', { city: "x' OR 1=1 --", gender: 'other', consentMarketing: true, score: { leadScore: 3, leadBand: 'warm', realisedRevenue: 0.3 } }),
];

const city = { var: 'profile.city' };
const lead = { var: 'score.lead' };
const consent = { var: 'profile.consentMarketing' };
const pricingViews = { events_in_last_days: ['pricing_page_view', 30] };

/** [what it shows, rule, who is in]. */
const EXAMPLES: Array<[string, unknown, string[]]> = [
  ['== on text', { '==': [city, 'Tehran'] }, ['Ava']],
  ['a field alone: "" and null are false', city, ['Ava', 'Dara']],
  ['! of a list: [] is false', { '!': { var: 'profile.interests' } }, ['Ben', 'Dara']],
  ['== null matches only the missing', { '==': [lead, null] }, ['Cyrus']],
  ['!= null', { '!=': [city, null] }, ['Ava', 'Ben', 'Dara']],
  ['< on a missing number: null is 0', { '<': [lead, 5] }, ['Ben', 'Cyrus', 'Dara']],
  ['>= on a missing number', { '>=': [lead, 0] }, ['Ava', 'Ben', 'Cyrus', 'Dara']],
  ['== converts text to a number: 0 == ""', { '==': [lead, ''] }, ['Ben']],
  ['== with a number in text', { '==': [lead, '80'] }, ['Ava']],
  ['== converts booleans: true == 1', { '==': [consent, 1] }, ['Ava', 'Dara']],
  ['=== does not convert', { '===': [consent, 1] }, []],
  ['=== on booleans', { '===': [consent, true] }, ['Ava', 'Dara']],
  ['!== across kinds', { '!==': [lead, '3'] }, ['Ava', 'Ben', 'Cyrus', 'Dara']],
  ['< against text that is not a number', { '<': [lead, 'abc'] }, []],
  ['between with <=', { '<=': [1, lead, 80] }, ['Ava', 'Dara']],
  ['between with <: both ends excluded', { '<': [3, lead, 80] }, []],
  ['text ordered as text', { '>': [{ var: 'profile.name' }, 'Ben'] }, ['Cyrus', 'Dara']],
  ['dates ordered as text; a missing date is never ordered', { '<': [{ var: 'profile.birthday' }, '1995-01-01'] }, ['Ava']],
  ['a recent creation date', { '>=': [{ var: 'profile.createdAt' }, ago(30)] }, ['Ava']],
  ['in: text within text', { in: ['Teh', city] }, ['Ava']],
  ['in: "" is within any non-empty text', { in: ['', city] }, ['Ava', 'Dara']],
  ['in: a field within a literal, and "" is within any text', { in: [city, 'Tehran, Karaj'] }, ['Ava', 'Ben']],
  ['in: a list literal, null included', { in: [{ var: 'profile.gender' }, ['female', null]] }, ['Ava', 'Cyrus']],
  ['in: a list field', { in: ['travel', { var: 'profile.interests' }] }, ['Ava']],
  ['events in the window, its start included', { '>=': [pricingViews, 1] }, ['Ava', 'Cyrus']],
  ['events counted', { '>=': [pricingViews, 3] }, ['Ava']],
  ['orders in the window, from its very start', { '>=': [{ orders_in_last_days: [90] }, 1] }, ['Ava', 'Cyrus']],
  ['orders counted', { '==': [{ orders_in_last_days: [90] }, 2] }, ['Ava']],
  ['revenue is summed exactly: 100.1 + 0.2 == 100.3', { '==': [{ revenue_in_last_days: [90] }, 100.3] }, ['Ava']],
  ['has_tag', { has_tag: ['vip'] }, ['Ava']],
  ['! has_tag', { '!': { has_tag: ['vip'] } }, ['Ben', 'Cyrus', 'Dara']],
  ['missing: null or ""', { missing: ['profile.city'] }, ['Ben', 'Cyrus']],
  ['missing: a number is missing only when null', { missing: ['score.lead'] }, ['Cyrus']],
  ['!! of and', { '!!': [{ and: [consent, city] }] }, ['Ava', 'Dara']],
  ['or', { or: [{ '==': [city, 'Tehran'] }, { has_tag: ['loyal'] }] }, ['Ava', 'Cyrus']],
  ['if, with an else', { if: [{ has_tag: ['loyal'] }, { var: 'profile.interests' }, { '==': [{ var: 'profile.gender' }, 'male'] }] }, ['Ben', 'Cyrus']],
  ['if without an else is null', { if: [{ has_tag: ['vip'] }, true] }, ['Ava']],
  ['a condition compared as a value', { '==': [{ '!': city }, true] }, ['Ben', 'Cyrus']],
];

describe('worked examples, both ways', () => {
  let base: Map<number, SegmentContext>;
  const names = (ids: number[]) => ids.map((id) => EXAMPLE_PEOPLE[id - 1]!.name);

  beforeAll(async () => {
    await store(EXAMPLE_PEOPLE);
    base = await contexts(db);
  });

  it.each(EXAMPLES)('%s', async (_, rule, expected) => {
    const { sql, memory } = await bothWays(db, { rule }, base);
    expect({ sql: names(sql), memory: names(memory) }).toEqual({ sql: expected, memory: expected });
  });

  it('binds a hostile text as a value: it cannot change the query', async () => {
    const definition = { rule: { '==': [city, "x' OR 1=1 --"] } };
    const { sql, memory, where } = await bothWays(db, definition, base);
    expect(where.sql).not.toContain('OR 1=1');
    expect(where.params).toContain("x' OR 1=1 --");
    expect(names(sql)).toEqual(['Dara']);
    expect(names(memory)).toEqual(['Dara']);
  });

  it('lets SQLite use the indexes for scores, events, orders and tags', async () => {
    const plan = async (rule: unknown) => {
      const where = compileSegmentSql({ rule }, NOW);
      const rows = await db.$client.execute({ sql: `EXPLAIN QUERY PLAN SELECT c.id FROM ${CONTACTS_WITH_SCORES} WHERE ${where.sql}`, args: where.params });
      return rows.rows.map((r) => String(r.detail)).join('\n');
    };
    expect(await plan({ '>=': [lead, 50] })).toMatch(/SEARCH s USING .*INDEX contact_scores_lead_idx/);
    expect(await plan({ '>=': [pricingViews, 3] })).toMatch(/SEARCH e USING .*INDEX events_contact_type_time_idx \(contact_id=\? AND type=\? AND occurred_at>\? AND occurred_at<\?\)/);
    expect(await plan({ '>=': [{ revenue_in_last_days: [365] }, 100] })).toMatch(/SEARCH o USING .*INDEX orders_contact_time_amount_idx \(contact_id=\? AND ordered_at>\? AND ordered_at<\?\)/);
    expect(await plan({ has_tag: ['vip'] })).toMatch(/SEARCH ct USING .*INDEX .*\(contact_id=\? AND tag_id=\?\)/);
  });
});

describe('text across Unicode, both ways', () => {
  const UNICODE_PEOPLE = ['ﬁ ligature name', '😀 smile', 'Ａli', 'Ali', 'علی', 'e\u0301clair', 'éclair', '𝒜lgebra'].map((name) => somebody(name, {}));
  let base: Map<number, SegmentContext>;
  const names = (ids: number[]) => ids.map((id) => UNICODE_PEOPLE[id - 1]!.name);
  const name = { var: 'profile.name' };

  beforeAll(async () => {
    await store(UNICODE_PEOPLE);
    base = await contexts(db);
  });

  it.each<[string, unknown, string[]]>([
    ['below an emoji: everything under U+1F600, the ﬁ ligature (U+FB01) included', { '<': [name, '😀'] },
      ['ﬁ ligature name', 'Ａli', 'Ali', 'علی', 'e\u0301clair', 'éclair', '𝒜lgebra']],
    ['above the ﬁ ligature: full-width letters and everything beyond U+FFFF', { '>': [name, 'ﬁ'] }, ['ﬁ ligature name', '😀 smile', 'Ａli', '𝒜lgebra']],
    ['a combining mark orders by its base letter, apart from the precomposed letter', { '<': [name, 'f'] }, ['Ali', 'e\u0301clair']],
    ['between Arabic and the emoji', { '<=': ['ا', name, '😀'] }, ['ﬁ ligature name', 'Ａli', 'علی', '𝒜lgebra']],
  ])('%s', async (_, rule, expected) => {
    const { sql, memory } = await bothWays(db, { rule }, base);
    expect({ sql: names(sql), memory: names(memory) }).toEqual({ sql: expected, memory: expected });
  });
});

describe('the catalogue', () => {
  it('names only columns the database has', async () => {
    const unknown = [];
    for (const { name, sql } of (Object.keys(FIELDS) as FieldName[]).map(field)) {
      try {
        await db.$client.execute(`SELECT ${sql} FROM ${CONTACTS_WITH_SCORES} LIMIT 0`);
      } catch {
        unknown.push(`${name}: ${sql}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});

describe('amounts in cents', () => {
  it('are rounded in memory exactly as SQLite rounds them', async () => {
    // Up to the largest amount the API takes, 1e12, and its negative.
    const amount = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ max: 1e8 }).map((n) => n / 1000));
    await fc.assert(fc.asyncProperty(amount, async (value) => {
      const rows = await db.$client.execute({ sql: 'SELECT CAST(round(? * 100) AS INTEGER) AS cents', args: [value] });
      expect(Number(rows.rows[0]!.cents)).toBe(cents(value) || 0); // -0 cents are 0 cents
    }), { numRuns: 500 });
  });
});

describe('the demo data, as the engine scored it', () => {
  const RULES = [
    { and: [{ '==': [{ var: 'score.leadBand' }, 'hot'] }, { '>=': [pricingViews, 1] }] },
    { and: [{ in: [{ var: 'score.valueTier' }, ['gold']] }, { '!': { has_tag: ['vip'] } }] },
    { '>=': [{ revenue_in_last_days: [365] }, 500] },
    { and: [{ '==': [{ var: 'score.lifecycle' }, 'at_risk'] }, { '==': [{ orders_in_last_days: [180] }, 0] }] },
    { or: [{ '==': [{ var: 'score.satisfaction' }, 'angry'] }, { '>=': [{ events_in_last_days: ['complaint', 90] }, 1] }] },
    { and: [{ in: [{ var: 'profile.education' }, ['master', 'doctorate']] }, { var: 'profile.consentMarketing' }] },
    { and: [{ in: ['technology', { var: 'profile.interests' }] }, { '<': [{ var: 'profile.birthday' }, '1990-01-01'] }] },
    { '<=': [40, { var: 'score.lead' }, 70] },
    { if: [{ missing: ['score.rfmSegment'] }, { '>': [{ var: 'profile.createdAt' }, ago(90)] }, { in: [{ var: 'score.rfmSegment' }, ['champions', 'loyal']] }] },
    { '!': { or: [{ var: 'profile.city' }, { var: 'profile.country' }] } },
    { or: [{ var: 'score.vip' }, { '==': [{ var: 'score.leadQualification' }, 'mql'] }] },
    { and: [{ '==': [{ var: 'score.discoveredGroup' }, 0] }, { '!': { missing: ['score.occasion'] } }] },
  ];

  it('selects the same people both ways, and some of them', async () => {
    const demo = await freshDb('demo.db');
    await seedDemo(demo, { seed: 7, now: NOW, contacts: 300 });
    await createEngine(createRepositories(demo)).recomputeAll(NOW);
    const people = await contexts(demo);
    let selected = 0;
    for (const rule of RULES) {
      const { sql, memory } = await bothWays(demo, { rule }, people);
      expect(sql, JSON.stringify(rule)).toEqual(memory);
      selected += sql.length;
    }
    expect(selected).toBeGreaterThan(0);
  });
});
