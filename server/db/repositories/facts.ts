/**
 * What the engine reads: the facts about a batch of people, and the base's
 * aggregates, samples and baskets its statistics come from.
 *
 * Every query hands back its rows as one JSON array that the database builds:
 * the client converts each cell it returns on its own, which costs far more
 * than the query, so one value per query instead of one per cell is what keeps
 * reading a large base cheap.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { BasketOrder } from '../../../shared/models/association-rules';
import type { ClusterRow } from '../../../shared/models/clusters';
import type { ContactFacts } from '../../../shared/models/contact-scores';
import type { CustomerAggregate } from '../../../shared/models/population';
import type { PurchaseDays } from '../../../shared/models/purchase-history';
import type { DealStage } from '../../../shared/schemas/enums';
import type { Db } from '../client';

/** A batch of people: these ids, or every id in a range (a full recompute pages through the base by id). */
export type ContactBatch = { ids: readonly number[] } | { fromId: number; toId: number };

const DAY_MS = 86_400_000;
const CLOSED_STAGES: DealStage[] = ['contract_signed', 'lost'];
/** The base's order aggregates are read this many ids at a time, so no single answer grows with the base. */
const AGGREGATE_PAGE = 50_000;

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
const wholeDays = (iso: string, now: Date) => Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));

/** A condition on a contact id column that selects the batch. */
function inBatch(column: SQL, batch: ContactBatch): SQL {
  return 'ids' in batch
    ? sql`${column} in (select value from json_each(${JSON.stringify(batch.ids)}))`
    : sql`${column} between ${batch.fromId} and ${batch.toId}`;
}

type OrderAggregate = { id: number; count: number; revenue: number; lastOrderedAt: string; purchases: PurchaseDays };

export function factsRepository(db: Db) {
  /** The rows of a query that selects `json_group_array(…) as rows`, parsed. */
  async function jsonRows<T>(query: SQL): Promise<T[]> {
    const [row] = await db.all<{ rows: string | null }>(query);
    return row?.rows ? (JSON.parse(row.rows) as T[]) : [];
  }

  /**
   * Per customer of the batch: orders, revenue, the last order, and purchase
   * days as the lifetime value models count them (UTC days; what was spent on
   * the first one). One pass over the covering index of orders.
   */
  function orderAggregates(batch: ContactBatch): Promise<OrderAggregate[]> {
    return jsonRows(sql`
      select json_group_array(json_object(
        'id', id, 'count', count, 'revenue', revenue, 'lastOrderedAt', lastOrderedAt,
        'purchases', json_object('days', days, 'firstDay', firstDay, 'lastDay', lastDay, 'total', revenue, 'firstDayTotal', firstDayTotal))) as rows
      from (select o.contact_id as id, count(*) as count, sum(o.amount) as revenue, max(o.ordered_at) as lastOrderedAt,
                   count(distinct date(o.ordered_at)) as days, min(date(o.ordered_at)) as firstDay, max(date(o.ordered_at)) as lastDay,
                   (select sum(f.amount) from orders f
                    where f.contact_id = o.contact_id and date(f.ordered_at) = min(date(o.ordered_at))) as firstDayTotal
            from orders o where ${inBatch(sql`o.contact_id`, batch)} group by o.contact_id)`);
  }

  return {
    /** Facts for a batch of people: one query per kind of fact, never one per person. */
    async facts(batch: ContactBatch, now: Date, windows: { eventDays: number; complaintDays: number }): Promise<Map<number, ContactFacts>> {
      const [people, orderRows, productRows, eventRows, complaintRows, surveyRows, dealRows, tagRows] = await Promise.all([
        jsonRows<Omit<ContactFacts['person'], 'birthdayCalendar'> & { id: number; joinedAt: string } & ContactFacts['properties']>(sql`
          select json_group_array(json_object(
            'id', c.id, 'name', c.name, 'honorific', c.honorific, 'gender', c.gender, 'locale', c.locale, 'birthday', c.birthday,
            'jobTitle', c.job_title, 'joinedAt', c.created_at, 'jobLevel', c.job_level, 'education', c.education,
            'occupation', c.occupation, 'incomeBand', c.income_band, 'acquisitionSource', c.acquisition_source,
            'companySize', co.size, 'industry', co.industry, 'revenueBand', co.revenue_band)) as rows
          from contacts c left join companies co on co.id = c.company_id where ${inBatch(sql`c.id`, batch)}`),
        orderAggregates(batch),
        jsonRows<{ id: number; productLines: string[]; skus: string[] }>(sql`
          select json_group_array(json_object('id', id, 'productLines', json(productLines), 'skus', json(skus))) as rows
          from (select o.contact_id as id, json_group_array(distinct l.product_line) as productLines, json_group_array(distinct l.sku) as skus
                from orders o join order_lines l on l.order_id = o.id where ${inBatch(sql`o.contact_id`, batch)} group by o.contact_id)`),
        jsonRows<{ id: number; type: string; ageDays: number; count: number }>(sql`
          select json_group_array(json_object('id', id, 'type', type, 'ageDays', ageDays, 'count', count)) as rows
          from (select contact_id as id, type, cast(julianday(${now.toISOString()}) - julianday(occurred_at) as integer) as ageDays, count(*) as count
                from events where ${inBatch(sql`contact_id`, batch)} and occurred_at >= ${daysAgo(now, windows.eventDays)}
                group by contact_id, type, ageDays)`),
        jsonRows<{ id: number; count: number }>(sql`
          select json_group_array(json_object('id', id, 'count', count)) as rows
          from (select contact_id as id, count(*) as count from events
                where ${inBatch(sql`contact_id`, batch)} and type = 'complaint' and occurred_at >= ${daysAgo(now, windows.complaintDays)}
                group by contact_id)`),
        jsonRows<NonNullable<ContactFacts['latestSurvey']> & { id: number }>(sql`
          select json_group_array(json_object('id', s.contact_id, 'kind', s.kind, 'score', s.score, 'respondedAt', s.responded_at)) as rows
          from surveys s where ${inBatch(sql`s.contact_id`, batch)}
            and s.id = (select latest.id from surveys latest where latest.contact_id = s.contact_id
                        order by latest.responded_at desc, latest.id desc limit 1)`),
        jsonRows<NonNullable<ContactFacts['openDeal']> & { id: number }>(sql`
          select json_group_array(json_object('id', d.contact_id, 'title', d.title, 'stage', d.stage, 'stageChangedAt', d.stage_changed_at)) as rows
          from deals d where ${inBatch(sql`d.contact_id`, batch)}
            and d.id = (select latest.id from deals latest
                        where latest.contact_id = d.contact_id and latest.stage not in (select value from json_each(${JSON.stringify(CLOSED_STAGES)}))
                        order by latest.stage_changed_at desc, latest.id desc limit 1)`),
        jsonRows<{ id: number; slug: string; label: string }>(sql`
          select json_group_array(json_object('id', ct.contact_id, 'slug', t.slug, 'label', t.label)) as rows
          from contact_tags ct join tags t on t.id = ct.tag_id where ${inBatch(sql`ct.contact_id`, batch)}`),
      ]);

      const facts = new Map<number, ContactFacts>();
      for (const { id, name, honorific, gender, locale, birthday, jobTitle, joinedAt, ...properties } of people) {
        facts.set(id, {
          orders: { count: 0, revenue: 0, lastOrderedAt: null },
          purchases: null, events: [], recentComplaints: 0, latestSurvey: null, openDeal: null, tags: [], properties,
          person: { name, honorific, gender, locale, birthday, jobTitle }, joinedAt, productLines: [], skus: [],
        });
      }
      for (const { id, count, revenue, lastOrderedAt, purchases } of orderRows) {
        Object.assign(facts.get(id)!, { orders: { count, revenue, lastOrderedAt }, purchases });
      }
      for (const { id, productLines, skus } of productRows) Object.assign(facts.get(id)!, { productLines: productLines.sort(), skus: skus.sort() });
      for (const { id, ...event } of eventRows) facts.get(id)!.events.push(event);
      for (const { id, count } of complaintRows) facts.get(id)!.recentComplaints = count;
      for (const { id, ...survey } of surveyRows) facts.get(id)!.latestSurvey = survey;
      for (const { id, ...deal } of dealRows) facts.get(id)!.openDeal = deal;
      for (const { id, ...tag } of tagRows) facts.get(id)!.tags.push(tag);
      for (const f of facts.values()) f.tags.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
      return facts;
    },

    /** One aggregate per customer, for the base's quintiles, percentiles and lifetime value models; read a page of ids at a time. */
    async customerAggregates(now: Date): Promise<CustomerAggregate[]> {
      const [span] = await db.all<{ first: number | null; last: number | null }>(sql`select min(contact_id) as first, max(contact_id) as last from orders`);
      const customers: CustomerAggregate[] = [];
      for (let fromId = span?.first ?? 1; span?.last != null && fromId <= span.last; fromId += AGGREGATE_PAGE) {
        for (const { count, revenue, lastOrderedAt, purchases } of await orderAggregates({ fromId, toId: fromId + AGGREGATE_PAGE - 1 })) {
          customers.push({ recencyDays: wholeDays(lastOrderedAt, now), frequency: count, monetary: revenue, purchases });
        }
      }
      return customers;
    },

    /**
     * Up to `size` people, evenly spread over the base (every n-th by id, so the
     * same base gives the same sample), as the discovered groups see them.
     */
    async groupingSample(now: Date, eventDays: number, size: number): Promise<ClusterRow[]> {
      const [{ n } = { n: 0 }] = await db.all<{ n: number }>(sql`select count(*) as n from contacts`);
      const every = Math.max(1, Math.ceil(n / size));
      const rows = await jsonRows<{ id: number; joinedAt: string; frequency: number; monetary: number; lastOrderedAt: string | null; engagement: number }>(sql`
        select json_group_array(json_object('id', id, 'joinedAt', joinedAt, 'frequency', frequency, 'monetary', monetary,
                                            'lastOrderedAt', lastOrderedAt, 'engagement', engagement)) as rows
        from (select c.id, c.created_at as joinedAt, count(o.id) as frequency, coalesce(sum(o.amount), 0) as monetary, max(o.ordered_at) as lastOrderedAt,
                     (select count(*) from events e where e.contact_id = c.id and e.occurred_at >= ${daysAgo(now, eventDays)}) as engagement
              from contacts c left join orders o on o.contact_id = c.id
              where c.id % ${every} = 0
              group by c.id)`);
      return rows.map(({ joinedAt, lastOrderedAt, ...row }) => ({ ...row, recencyDays: wholeDays(lastOrderedAt ?? joinedAt, now) }));
    },

    /**
     * Orders as the product lines in them: the baskets association rules are
     * mined from. A large base gives an evenly spread sample of `size` orders
     * (every n-th by id): plenty for rules over a few dozen lines.
     */
    async baskets(size: number): Promise<BasketOrder[]> {
      const [{ n } = { n: 0 }] = await db.all<{ n: number }>(sql`select count(*) as n from orders`);
      const every = Math.max(1, Math.ceil(n / size));
      return jsonRows(sql`
        select json_group_array(json_object('orderId', orderId, 'contactId', contactId, 'items', json(items))) as rows
        from (select o.id as orderId, o.contact_id as contactId, json_group_array(distinct l.product_line) as items
              from orders o join order_lines l on l.order_id = o.id where o.id % ${every} = 0 group by o.id)`);
    },

    /** The next `size` people by id after `afterId`, as the range of their ids; null past the last. */
    async nextBatch(afterId: number, size: number): Promise<{ fromId: number; toId: number } | null> {
      const [range] = await db.all<{ fromId: number | null; toId: number | null }>(sql`
        select min(id) as fromId, max(id) as toId from (select id from contacts where id > ${afterId} order by id limit ${size})`);
      return range?.fromId != null && range.toId != null ? { fromId: range.fromId, toId: range.toId } : null;
    },
  };
}
