/**
 * A synthetic base of any size, generated in SQL for the benchmarks and the
 * tests that need a large one: companies, contacts with their primary address,
 * orders and their lines, scored events (and a few complaints), surveys, deals
 * and tags. Each table is one INSERT … SELECT over a recursive CTE that steps a
 * seeded MINSTD generator, so nothing crosses into JS per row, and the same
 * sizes always give the same database.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { KnownEventType } from '../../shared/schemas/enums';
import { PRODUCT_LINES } from '../../server/demo/vocabulary';

/** Every time in the data is relative to this fixed instant, so the same sizes always give the same database. */
export const BENCH_NOW = new Date('2025-06-02T09:00:00.000Z');
const DAY_MS = 86_400_000;
/** BENCH_NOW as SQLite's julian day number, which its date functions count from. */
const NOW_JULIAN_DAY = BENCH_NOW.getTime() / DAY_MS + 2440587.5;

/** Park–Miller MINSTD: its products stay within SQLite's 64-bit integers. */
const MODULUS = 2147483647n;
const MULTIPLIER = 48271n;
/** How far apart the tables' streams start: more draws than the largest table takes. */
const STREAM_SPACING = 200_000_000n;

function multiplierPower(exponent: bigint) {
  let result = 1n;
  for (let base = MULTIPLIER, e = exponent; e > 0n; base = base * base % MODULUS, e >>= 1n) if (e & 1n) result = result * base % MODULUS;
  return result;
}

/**
 * Rows n = 1..count, each with three successive draws a, b, c in [1, 2^31 − 1).
 * Stream k starts k × STREAM_SPACING steps into the generator, so no table's
 * draws echo another's.
 */
function draws(count: number, stream: number) {
  const start = multiplierPower(BigInt(stream) * STREAM_SPACING);
  const ahead = (k: number) => multiplierPower(BigInt(k));
  return `with recursive draws(n, a, b, c) as (
    select 1, ${start * ahead(1) % MODULUS}, ${start * ahead(2) % MODULUS}, ${start * ahead(3) % MODULUS}
    union all
    select n + 1, c * ${ahead(1)} % ${MODULUS}, c * ${ahead(2)} % ${MODULUS}, c * ${ahead(3)} % ${MODULUS} from draws where n < ${count})`;
}

/** A draw (or part of one) as a number in [0, 1). */
const unit = (draw: string) => `(${draw} % 1000003 / 1000003.0)`;

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** One of the values, each as likely as its weight, chosen by `draw`. */
function weighted(draw: string, choices: ReadonlyArray<readonly [value: string, weight: number]>) {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let upTo = 0;
  const branches = choices.slice(0, -1).map(([value, weight]) => `when ${draw} % ${total} < ${(upTo += weight)} then ${quote(value)}`);
  return `case ${branches.join(' ')} else ${quote(choices.at(-1)![0])} end`;
}

/** An ISO 8601 UTC time, `daysAgo` (an SQL expression, may be fractional) before BENCH_NOW. */
const isoDaysAgo = (daysAgo: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${NOW_JULIAN_DAY} - (${daysAgo}))`;

/**
 * Spreads indexes 0..size−1 over the ids 1..size (a permutation: the stride is
 * coprime with size), so the busiest people are not simply the first ids. The
 * stride is about `fraction` of size, an irrational one, so neighbouring
 * indexes land far apart; each table uses its own.
 */
function scatter(index: string, size: number, fraction: number) {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  let stride = Math.max(1, Math.round(size * fraction));
  while (gcd(stride, size) !== 1) stride++;
  return `(1 + (${index}) * ${stride} % ${size})`;
}

const GOLDEN_FRACTION = (Math.sqrt(5) - 1) / 2;
const SILVER_FRACTION = Math.SQRT2 - 1;

/** The demo's catalogue as a CTE: slot = line × items per line + item. */
const PRODUCT_LINE_COUNT = Object.keys(PRODUCT_LINES).length;
const CATALOGUE_ITEMS = Math.min(...Object.values(PRODUCT_LINES).map((items) => items.length));
const CATALOGUE = `catalogue(slot, line, sku, price) as (values ${Object.entries(PRODUCT_LINES)
  .flatMap(([line, items], l) => items.slice(0, CATALOGUE_ITEMS).map(([sku, , price], i) => `(${l * CATALOGUE_ITEMS + i}, ${quote(line)}, ${quote(sku)}, ${price})`))
  .join(', ')})`;

/** Scored event types (shared/data/lead-scoring-rules.ts) in a plausible mix, and a few complaints. */
const EVENT_MIX: ReadonlyArray<readonly [KnownEventType, number]> = [
  ['page_view', 300], ['email_open', 250], ['email_click', 100], ['pricing_page_view', 60], ['social_like', 60], ['download', 50],
  ['social_share', 30], ['form_submit', 30], ['email_bounce', 10], ['trial_start', 8], ['demo_request', 8], ['unsubscribe', 5], ['complaint', 1],
];

/** Days of history: events in the last ~200 days, orders over two years, people who joined over about two and a half. */
const EVENT_DAYS = 200;
const ORDER_DAYS = 730;
const CONTACT_DAYS = 900;

/**
 * Fills the tables the engine reads (after migration) with `contactCount`
 * people and `eventCount` events, the same rows for the same sizes.
 */
export async function generateBenchData(url: string, contactCount: number, eventCount: number) {
  const companyCount = Math.ceil(contactCount / 10);
  const orderCount = 3 * contactCount;
  const C = contactCount;
  const statements = [
    `insert into companies (id, name, domain, industry, size, revenue_band, country)
     ${draws(companyCount, 1)}
     select n, 'Company ' || n, 'company' || n || '.bench.example',
            ${weighted('a', ['software', 'manufacturing', 'retail', 'healthcare', 'education', 'finance', 'construction', 'energy', 'logistics', 'hospitality'].map((v) => [v, 1] as const))},
            ${weighted('b', [['1-10', 20], ['11-50', 30], ['51-200', 25], ['201-1000', 15], ['1000+', 10]])},
            ${weighted('c', [['under_1m', 35], ['1m_10m', 35], ['10m_100m', 20], ['over_100m', 10]])},
            case when c / 100 % 5 < 2 then 'IR' else 'US' end
     from draws`,

    // Seven in ten work for a company; two in five write in Persian; three in five told us their birthday.
    `insert into contacts (id, email, name, locale, company_id, job_title, job_level, gender, education, occupation, income_band,
                           acquisition_source, birthday, created_at, updated_at)
     ${draws(C, 2)}
     select n, 'contact' || n || '@bench.example', 'Contact ' || n,
            case when a % 5 < 2 then 'fa' else 'en' end,
            case when a / 5 % 10 < 7 then 1 + b % ${companyCount} end,
            ${weighted('(b / 7)', [['Analyst', 3], ['Engineer', 3], ['Sales manager', 2], ['Head of operations', 1], ['CEO', 1]])},
            ${weighted('(b / 70)', [['staff', 55], ['manager', 25], ['director', 12], ['executive', 8]])},
            ${weighted('c', [['female', 48], ['male', 48], ['other', 4]])},
            ${weighted('(c / 100)', [['below_diploma', 10], ['diploma', 25], ['bachelor', 40], ['master', 20], ['doctorate', 5]])},
            ${weighted('(c / 10000)', [['employee', 70], ['freelancer', 15], ['retired', 8], ['unemployed', 7]])},
            ${weighted('(a / 50)', [['low', 30], ['middle', 50], ['high', 20]])},
            ${weighted('(a / 5000)', [['referral', 15], ['advertising', 25], ['social', 20], ['organic_search', 25], ['event', 5], ['direct', 10]])},
            case when a / 500000 % 5 < 3 then date(${NOW_JULIAN_DAY} - 6570 - ${unit('(b / 1000)')} * 14600) end,
            ${isoDaysAgo(`${unit('c')} * ${CONTACT_DAYS}`)}, ${isoDaysAgo(`${unit('c')} * ${CONTACT_DAYS}`)}
     from draws`,

    `insert into contact_emails (email, contact_id, is_primary) select email, id, 1 from contacts`,

    // Orders arrive in time order. Three in ten go to the one in ten frequent buyers, the rest across 78% of
    // the people, so about a quarter never ordered. Each buyer has a typical spend (most spend little, a few
    // much), and an order is half to one and a half times it.
    `insert into orders (id, contact_id, external_id, amount, currency, ordered_at)
     ${draws(orderCount, 3)}
     select n, contact_id, 'bench-o-' || n, round((20 + 380 * spend * spend) * (0.5 + ${unit('c')}), 2), 'USD',
            ${isoDaysAgo(`${ORDER_DAYS}.0 * (${orderCount} - n) / ${orderCount} + ${unit('(a / 10)')}`)}
     from (select *, contact_id * 7919 % 1009 / 1009.0 as spend
           from (select n, a, c,
                        ${scatter(`case when a % 10 < 3 then b % ${Math.max(1, Math.floor(C * 0.1))} else b % ${Math.max(1, Math.floor(C * 0.78))} end`, C, GOLDEN_FRACTION)} as contact_id
                 from draws))`,

    // One line per order, three in four from the buyer's favourite product line; two in five orders add a
    // second line, mostly from the line usually bought with the favourite, so there are rules to mine.
    `insert into order_lines (order_id, sku, product_line, quantity, unit_price)
     ${draws(orderCount, 8)}, ${CATALOGUE}
     select o.id, item.sku, item.line, 1 + c % 3, item.price
     from draws join orders o on o.id = draws.n
     join catalogue item on item.slot = ${CATALOGUE_ITEMS} * case when a % 4 < 3 then o.contact_id % ${PRODUCT_LINE_COUNT} else a / 4 % ${PRODUCT_LINE_COUNT} end
                                        + b % ${CATALOGUE_ITEMS}
     union all
     select o.id, item.sku, item.line, 1, item.price
     from draws join orders o on o.id = draws.n
     join catalogue item on item.slot = ${CATALOGUE_ITEMS} * case when a / 100 % 10 < 7 then (o.contact_id + ${PRODUCT_LINE_COUNT / 2}) % ${PRODUCT_LINE_COUNT}
                                                                   else a / 1000 % ${PRODUCT_LINE_COUNT} end
                                        + b / 10 % ${CATALOGUE_ITEMS}
     where c / 10 % 5 < 2`,

    // Events arrive in time order; one in five comes from the 5% most engaged, the rest from three in four people.
    `insert into events (id, contact_id, type, occurred_at, idempotency_key)
     ${draws(eventCount, 4)}
     select n,
            ${scatter(`case when a % 5 = 0 then b % ${Math.max(1, Math.floor(C * 0.05))} else b % ${Math.max(1, Math.floor(C * 0.75))} end`, C, SILVER_FRACTION)},
            ${weighted('c', EVENT_MIX)},
            ${isoDaysAgo(`${EVENT_DAYS}.0 * (${eventCount} - n) / ${eventCount} + ${unit('(a / 10)')} / 24`)},
            'bench-e-' || n
     from draws`,

    // One answer for a quarter of the people (some answer twice) over the last year; mostly content.
    `insert into surveys (contact_id, kind, score, responded_at)
     ${draws(Math.ceil(C / 4), 5)}
     select 1 + a % ${C},
            case when b % 2 = 0 then 'csat' else 'nps' end,
            case when b % 2 = 0 then ${weighted('(c / 3)', [['5', 35], ['4', 35], ['3', 15], ['2', 8], ['1', 7]])}
                 else ${weighted('(c / 3)', [['10', 20], ['9', 20], ['8', 15], ['7', 12], ['6', 10], ['5', 8], ['4', 5], ['3', 4], ['2', 3], ['1', 2], ['0', 1]])} end,
            ${isoDaysAgo(`${unit('(a / 7)')} * 365`)}
     from draws`,

    // Deals for one in ten, most still open, moved within the last quarter.
    `insert into deals (contact_id, title, amount, currency, stage, stage_changed_at, created_at)
     ${draws(Math.ceil(C / 10), 6)}
     select 1 + a % ${C}, 'Deal ' || n, 1000 + b % 49000, 'USD',
            ${weighted('c', [['intro', 25], ['free_trial', 15], ['formal_proposal', 15], ['negotiation', 10], ['contract_signed', 20], ['lost', 15]])},
            ${isoDaysAgo(`${unit('(c / 100)')} * 90`)}, ${isoDaysAgo(`90 + ${unit('(a / 7)')} * 180`)}
     from draws`,

    `insert into tags (id, slug, label, color) values (1, 'key-account', 'Key account', '#7c3aed'), (2, 'partner', 'Partner', '#0891b2'),
                                                      (3, 'newsletter', 'Newsletter', '#65a30d')`,
    // About one in twenty carries a tag.
    `insert into contact_tags (contact_id, tag_id, applied_by)
     ${draws(C, 7)}
     select n, 1 + b % 3, 'bench' from draws where a % 20 = 0`,
  ];
  await runInChildProcess(url, statements);
}

/**
 * The generator's SQLite page cache (large while the indexes are built) would
 * stay in this process's resident memory after it is freed and blur the
 * recompute's figures: the statements run in a child process of their own,
 * which then checkpoints the WAL so the runs read the database file.
 */
async function runInChildProcess(url: string, statements: string[]) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const { client, url, statements } = JSON.parse(input);
    const { createClient } = await import(client);
    const db = createClient({ url });
    await db.execute('PRAGMA cache_size = -1048576');
    await db.batch(statements, 'write');
    await db.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
  `], { stdio: ['pipe', 'inherit', 'inherit'] });
  child.stdin.end(JSON.stringify({ client: import.meta.resolve('@libsql/client'), url, statements }));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`generating the benchmark's data failed (exit code ${code})`);
}
