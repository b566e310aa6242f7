import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RFM_SEGMENT_MAP } from '../../../shared/data/rfm-segment-map';
import { DealStage } from '../../../shared/schemas/enums';
import { startTestApi, type TestApi } from '../../../tests/support/api-server';

type Histogram = { bins: Array<{ from: number; to: number; people: number }>; missing: number };
type Kinds = Array<{ kind: string; segments: Array<{ segment: string; size?: number; redemptions?: number }> }>;

const today = () => new Date().toISOString().slice(0, 10);

let api: TestApi;
/** One figure from the database itself, to check the endpoints against. */
const scalar = async (query: SQL) => Object.values((await api.db.all<Record<string, number>>(query))[0]!)[0]!;
const sizeOf = (kinds: Kinds, segment: string) => kinds.flatMap((k) => k.segments).find((s) => s.segment === segment)?.size;

beforeAll(async () => { api = await startTestApi({ demo: true }); });
afterAll(() => api.close());

describe('segment sizes', () => {
  it('gives every segment\'s size now, grouped by kind', async () => {
    const { json } = await api.call('GET', '/v1/analytics/segments', { as: 'viewer' });
    expect(json.people).toBe(await scalar(sql`select count(*) from contacts`));
    for (const { kind, segments } of json.kinds as Kinds) {
      for (const s of segments) expect(s.segment.startsWith(`${kind}:`)).toBe(true);
    }
    const kinds = Object.fromEntries((json.kinds as Kinds).map((k) => [k.kind, k.segments]));
    // Everyone is in exactly one lifecycle stage; every customer in exactly one RFM segment.
    expect(kinds.lifecycle!.reduce((sum, s) => sum + s.size!, 0)).toBe(json.people);
    expect(kinds.rfm!.reduce((sum, s) => sum + s.size!, 0)).toBe(await scalar(sql`select count(distinct contact_id) from orders`));
  });

  it('records the day\'s sizes at each full recompute, segments that emptied as 0', async () => {
    await api.db.run(sql`delete from segment_size_history`);
    await api.db.run(sql`insert into segment_size_history (day, segment, size) values (${today()}, 'tag:gone', 5)`);
    expect((await api.call('POST', '/v1/recompute', { as: 'manager' })).status).toBe(202);
    await api.services.jobs.settled();

    const { json: now } = await api.call('GET', '/v1/analytics/segments');
    const history = await api.call('GET', '/v1/analytics/segments/history?segment=rfm:champions&days=30', { as: 'support' });
    expect(history.json).toEqual({ segment: 'rfm:champions', days: 30, points: [{ day: today(), size: sizeOf(now.kinds, 'rfm:champions') }] });
    const gone = await api.call('GET', '/v1/analytics/segments/history?segment=tag:gone');
    expect(gone.json).toMatchObject({ days: 90, points: [{ day: today(), size: 0 }] });
  });

  it('names the history\'s invalid parameters', async () => {
    const cases = [['segment=champions', 'segment'], ['days=7', 'segment'], ['segment=rfm:champions&days=0', 'days'],
      ['segment=rfm:champions&days=731', 'days'], ['segment=rfm:champions&days=week', 'days']];
    for (const [query, field] of cases) {
      const res = await api.call('GET', `/v1/analytics/segments/history?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field), query).toEqual([field]);
    }
  });
});

describe('RFM grid', () => {
  it('counts every customer once over the 25 cells, each with its segment in the map', async () => {
    const { json } = await api.call('GET', '/v1/analytics/rfm-grid', { as: 'sales' });
    const customers = await scalar(sql`select count(distinct contact_id) from orders`);
    expect(json.customers).toBe(customers);
    expect(json.cells).toHaveLength(25);
    expect(json.cells.reduce((sum: number, c: { customers: number }) => sum + c.customers, 0)).toBe(customers);
    expect(new Set(json.cells.map((c: { r: number; f: number }) => `${c.r}${c.f}`)).size).toBe(25);
    for (const cell of json.cells) {
      const inMap = RFM_SEGMENT_MAP.find((s) => cell.r >= s.r[0] && cell.r <= s.r[1] && cell.f >= s.f[0] && cell.f <= s.f[1]);
      expect(cell.segment).toBe(inMap!.segment);
      if (cell.customers === 0) expect(cell.averageMonetaryScore).toBeNull();
      else expect(cell.averageMonetaryScore >= 1 && cell.averageMonetaryScore <= 5).toBe(true);
    }
    expect(json.cells.find((c: { r: number; f: number }) => c.r === 5 && c.f === 5).segment).toBe('champions');
  });
});

describe('distributions', () => {
  it('bins every scored person once in each histogram, in contiguous bins', async () => {
    const { json } = await api.call('GET', '/v1/analytics/distributions');
    expect(json.scored).toBe(await scalar(sql`select count(*) from contact_scores`));
    for (const name of ['leadScore', 'predictedValue', 'realisedRevenue', 'churnRisk']) {
      const { bins, missing } = json[name] as Histogram;
      expect(bins.reduce((sum, b) => sum + b.people, 0) + missing, name).toBe(json.scored);
      bins.slice(1).forEach((bin, i) => expect(bin.from, name).toBe(bins[i]!.to));
    }
    expect(json.leadScore.bins.map((b: { from: number }) => b.from)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(json.leadScore.bins.at(-1).to).toBe(100);
    expect(json.churnRisk.bins).toHaveLength(10);
    expect(json.realisedRevenue.bins[0]).toMatchObject({ from: 0, people: await scalar(sql`select count(*) from contact_scores where realised_revenue = 0`) });
    expect(json.leadGrades.map((g: { grade: string }) => g.grade)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3']);
    expect(json.leadGrades.reduce((sum: number, g: { people: number }) => sum + g.people, 0)).toBe(json.scored);
    expect(json.valueTiers.map((t: { tier: string | null }) => t.tier)).toEqual(['gold', 'regular', 'low', null]);
    expect(json.valueTiers.reduce((sum: number, t: { people: number }) => sum + t.people, 0)).toBe(json.scored);
  });
});

describe('funnel', () => {
  it('gives each stage\'s deals, conversion to the next and median days, from the history', async () => {
    const { json } = await api.call('GET', '/v1/analytics/funnel');
    expect(json.stages.map((s: { stage: string }) => s.stage)).toEqual(DealStage.options.filter((s) => s !== 'lost'));
    const deals = json.stages.reduce((sum: number, s: { deals: number }) => sum + s.deals, json.lost);
    expect(deals).toBe(await scalar(sql`select count(*) from deals`));
    expect(json.lost).toBe(await scalar(sql`select count(*) from deals where stage = 'lost'`));
    for (const [i, s] of json.stages.entries()) {
      expect(s.reached).toBeGreaterThanOrEqual(s.deals);
      if (i === json.stages.length - 1) {
        expect(s.conversionToNext).toBeNull();
      } else {
        expect(s.conversionToNext).toBeGreaterThan(0);
        expect(s.conversionToNext).toBeLessThanOrEqual(1);
        expect(s.medianDaysInStage).toBeGreaterThan(0);
      }
    }
    // Every deal starts at intro in the demo data.
    expect(json.stages[0].reached).toBe(await scalar(sql`select count(*) from deals`));
  });
});

describe('satisfaction', () => {
  it('gives every month of the window, each answer in one mood, NPS within ±100', async () => {
    const { json } = await api.call('GET', '/v1/analytics/satisfaction?months=6');
    expect(json.months).toHaveLength(6);
    expect(json.months.at(-1).month).toBe(today().slice(0, 7));
    for (const m of json.months) {
      expect(m.satisfied + m.dissatisfied + m.angry).toBe(m.answers);
      expect(m.csatAnswers + m.npsAnswers).toBe(m.answers);
      if (m.nps !== null) expect(Math.abs(m.nps)).toBeLessThanOrEqual(100);
      if (m.meanCsat !== null) expect(m.meanCsat >= 1 && m.meanCsat <= 5).toBe(true);
    }
    const lastMonth = json.months.at(-1);
    const answers = await scalar(sql`select count(*) from surveys where substr(responded_at, 1, 7) = ${lastMonth.month}`);
    expect(lastMonth.answers).toBe(answers);
    expect((await api.call('GET', '/v1/analytics/satisfaction')).json.months).toHaveLength(12);
    const bad = await api.call('GET', '/v1/analytics/satisfaction?months=0');
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('months');
  });
});

describe('offer redemptions', () => {
  it('counts redemptions per offer by the redeeming people\'s segments', async () => {
    const loyaltyOf = async () => (await api.call('GET', '/v1/analytics/offers', { as: 'viewer' })).json.items.find((o: { offer: string }) => o.offer === 'loyalty_reward');
    const before = await loyaltyOf();
    const buyers = await api.db.all<{ id: number }>(sql`select distinct contact_id as id from orders order by contact_id limit 2`);
    for (const { id } of buyers) {
      expect((await api.call('POST', '/v1/offers/loyalty_reward/redemptions', { as: 'sales', body: { contactId: id } })).status).toBe(201);
    }
    const { json } = await api.call('GET', '/v1/analytics/offers', { as: 'viewer' });
    expect(json.items[0]).toMatchObject({ offer: 'service_recovery', title: { en: expect.any(String), fa: expect.any(String) } });
    const loyalty = json.items.find((o: { offer: string }) => o.offer === 'loyalty_reward');
    expect(loyalty.redemptions).toBe(before.redemptions + 2);
    expect(loyalty).toEqual(await loyaltyOf());
    const kinds = Object.fromEntries((loyalty.bySegment as Kinds).map((k) => [k.kind, k.segments]));
    // Every redeemer (the demo's and these) has bought: each is in exactly one RFM segment, value tier and lifecycle stage.
    for (const kind of ['rfm', 'lifecycle']) expect(kinds[kind]!.reduce((sum, s) => sum + s.redemptions!, 0), kind).toBe(loyalty.redemptions);
    expect(kinds.value!.filter((s) => s.segment !== 'value:vip').reduce((sum, s) => sum + s.redemptions!, 0)).toBe(loyalty.redemptions);
  });
});
