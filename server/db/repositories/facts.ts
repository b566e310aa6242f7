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
import { addCustomer, emptyCustomerColumns, type CustomerColumns } from '../../../shared/models/population';
import { purchaseHistory, summariseOrders } from '../../../shared/models/purchase-history';
import type { DealStage } from '../../../shared/schemas/enums';
import type { Db } from '../client';

/** A batch of people: these ids, or every id in a range (a full recompute pages through the base by id). */
export type ContactBatch = { ids: readonly number[] } | { fromId: number; toId: number };

/** JSON text of rows of T, as the database built it. */
export type JsonRows<T> = string & { readonly rowType?: T };
export const parseRows = <T>(json: JsonRows<T>): T[] => JSON.parse(json) as T[];

type Person = ContactFacts['person'];
type Property = ContactFacts['properties'];
/** A person as a tuple, in the order the query lists the columns: a hundred thousand objects' keys would be most of the text. */
export type PersonRow = [
  id: number, name: Person['name'], honorific: Person['honorific'], gender: Person['gender'], locale: Person['locale'],
  birthday: Person['birthday'], jobTitle: Person['jobTitle'],
  jobLevel: Property['jobLevel'], education: Property['education'], occupation: Property['occupation'], incomeBand: Property['incomeBand'],
  acquisitionSource: Property['acquisitionSource'], companySize: Property['companySize'], industry: Property['industry'], revenueBand: Property['revenueBand'],
];
/** Sorted by contact, then time. */
export type OrderRow = [contactId: number, orderedAt: string, amount: number];
export type ProductRow = [contactId: number, productLine: string, sku: string];
/** An event and its age in whole days. */
export type EventRow = [contactId: number, type: string, ageDays: number];
export type SurveyRow = NonNullable<ContactFacts['latestSurvey']> & { id: number };
export type DealRow = NonNullable<ContactFacts['openDeal']> & { id: number };
export type TagRow = ContactFacts['tags'][number] & { id: number };

/**
 * The facts about a batch of people, each kind as the JSON text of its rows:
 * one per person, or, for orders, order lines and events, one per item, left
 * for the scoring to sum up (cheaper there than grouping in the database).
 */
export type RawFacts = {
  people: JsonRows<PersonRow>;
  orders: JsonRows<OrderRow>;
  products: JsonRows<ProductRow>;
  /** Events in the lead-scoring window. */
  events: JsonRows<EventRow>;
  /** Complaints in the satisfaction rules' window, per person. */
  complaints: JsonRows<{ id: number; count: number }>;
  surveys: JsonRows<SurveyRow>;
  deals: JsonRows<DealRow>;
  tags: JsonRows<TagRow>;
};

const DAY_MS = 86_400_000;
const CLOSED_STAGES: DealStage[] = ['contract_signed', 'lost'];
/** The base's order aggregates are read this many ids at a time, so no single answer grows with the base. */
const AGGREGATE_PAGE = 2_000;

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
const wholeDays = (iso: string, now: Date) => Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));

/** A condition on a contact id column that selects the batch. */
function inBatch(column: SQL, batch: ContactBatch): SQL {
  return 'ids' in batch
    ? sql`${column} in (select value from json_each(${JSON.stringify(batch.ids)}))`
    : sql`${column} between ${batch.fromId} and ${batch.toId}`;
}

export function factsRepository(db: Db) {
  /** The JSON text of the rows of a query that selects `json_group_array(…) as rows`. */
  async function json<T>(query: SQL): Promise<JsonRows<T>> {
    const [row] = await db.all<{ rows: string | null }>(query);
    return (row?.rows ?? '[]') as JsonRows<T>;
  }

  /** The rows of such a query, parsed. */
  const jsonRows = async <T>(query: SQL): Promise<T[]> => parseRows(await json<T>(query));

  /** The batch's orders, as (contact, time, amount) sorted by contact and time: one pass over the covering index of orders. */
  const orderRows = (batch: ContactBatch) => json<OrderRow>(sql`
    select json_group_array(json_array(contact_id, ordered_at, amount) order by contact_id, ordered_at) as rows
    from orders where ${inBatch(sql`contact_id`, batch)}`);

  return {
    /**
     * The facts about a batch of people, one query per kind of fact (never one
     * per person), each as the JSON text of its rows: they are parsed where the
     * batch is scored, which may be another thread.
     */
    async facts(batch: ContactBatch, now: Date, windows: { eventDays: number; complaintDays: number }): Promise<RawFacts> {
      const [people, orders, products, events, complaints, surveys, deals, tags] = await Promise.all([
        json<PersonRow>(sql`
          select json_group_array(json_array(
            c.id, c.name, c.honorific, c.gender, c.locale, c.birthday, c.job_title,
            c.job_level, c.education, c.occupation, c.income_band, c.acquisition_source, co.size, co.industry, co.revenue_band)) as rows
          from contacts c left join companies co on co.id = c.company_id where ${inBatch(sql`c.id`, batch)}`),
        orderRows(batch),
        json<ProductRow>(sql`
          select json_group_array(json_array(o.contact_id, l.product_line, l.sku)) as rows
          from orders o join order_lines l on l.order_id = o.id where ${inBatch(sql`o.contact_id`, batch)}`),
        json<EventRow>(sql`
          select json_group_array(json_array(contact_id, type, cast(julianday(${now.toISOString()}) - julianday(occurred_at) as integer))) as rows
          from events where ${inBatch(sql`contact_id`, batch)} and occurred_at >= ${daysAgo(now, windows.eventDays)}`),
        json<{ id: number; count: number }>(sql`
          select json_group_array(json_object('id', id, 'count', count)) as rows
          from (select contact_id as id, count(*) as count from events
                where ${inBatch(sql`contact_id`, batch)} and type = 'complaint' and occurred_at >= ${daysAgo(now, windows.complaintDays)}
                group by contact_id)`),
        json<SurveyRow>(sql`
          select json_group_array(json_object('id', s.contact_id, 'kind', s.kind, 'score', s.score, 'respondedAt', s.responded_at)) as rows
          from surveys s where ${inBatch(sql`s.contact_id`, batch)}
            and s.id = (select latest.id from surveys latest where latest.contact_id = s.contact_id
                        order by latest.responded_at desc, latest.id desc limit 1)`),
        json<DealRow>(sql`
          select json_group_array(json_object('id', d.contact_id, 'title', d.title, 'stage', d.stage, 'stageChangedAt', d.stage_changed_at)) as rows
          from deals d where ${inBatch(sql`d.contact_id`, batch)}
            and d.id = (select latest.id from deals latest
                        where latest.contact_id = d.contact_id and latest.stage not in (select value from json_each(${JSON.stringify(CLOSED_STAGES)}))
                        order by latest.stage_changed_at desc, latest.id desc limit 1)`),
        json<TagRow>(sql`
          select json_group_array(json_object('id', ct.contact_id, 'slug', t.slug, 'label', t.label)) as rows
          from contact_tags ct join tags t on t.id = ct.tag_id where ${inBatch(sql`ct.contact_id`, batch)}`),
      ]);
      return { people, orders, products, events, complaints, surveys, deals, tags };
    },

    /** One aggregate per customer, for the base's quintiles, percentiles and lifetime value models; read a page of ids at a time. */
    async customerAggregates(now: Date): Promise<CustomerColumns> {
      const [span] = await db.all<{ first: number | null; last: number | null }>(sql`select min(contact_id) as first, max(contact_id) as last from orders`);
      const customers = emptyCustomerColumns();
      for (let fromId = span?.first ?? 1; span?.last != null && fromId <= span.last; fromId += AGGREGATE_PAGE) {
        for (const [, { count, revenue, lastOrderedAt, purchases }] of summariseOrders(parseRows(await orderRows({ fromId, toId: fromId + AGGREGATE_PAGE - 1 })))) {
          addCustomer(customers, { recencyDays: wholeDays(lastOrderedAt, now), frequency: count, monetary: revenue, history: purchaseHistory(purchases, now) });
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
      const rows = await jsonRows<{ id: number; frequency: number; monetary: number; lastOrderedAt: string | null; engagement: number }>(sql`
        select json_group_array(json_object('id', id, 'frequency', frequency, 'monetary', monetary,
                                            'lastOrderedAt', lastOrderedAt, 'engagement', engagement)) as rows
        from (select c.id, count(o.id) as frequency, coalesce(sum(o.amount), 0) as monetary, max(o.ordered_at) as lastOrderedAt,
                     (select count(*) from events e where e.contact_id = c.id and e.occurred_at >= ${daysAgo(now, eventDays)}) as engagement
              from contacts c left join orders o on o.contact_id = c.id
              where c.id % ${every} = 0
              group by c.id)`);
      return rows.map(({ lastOrderedAt, ...row }) => ({ ...row, recencyDays: lastOrderedAt === null ? null : wholeDays(lastOrderedAt, now) }));
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
