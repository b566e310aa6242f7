/** A person's timeline: events, orders, survey answers, deal stage changes and tags in one list, newest first. */
import { sql } from 'drizzle-orm';
import { timelineCursor, type TimelineEntry, type TimelineKind, type TimelinePage, type TimelinePosition } from '../../../shared/schemas/timeline';
import type { Db } from '../client';

type Row = { kind: TimelineKind; id: number; at: string; detail: string };

export function timelineRepository(db: Db) {
  return {
    /**
     * One page, after `from` when given. Each kind's rows are read through the
     * index on their person, and each entry's details come as one JSON object,
     * so a page is one query however many kinds it mixes.
     */
    async of(contactId: number, q: { from?: TimelinePosition; limit: number }): Promise<TimelinePage> {
      const after = q.from ? sql`where (at, kind, id) < (${q.from.at}, ${q.from.kind}, ${q.from.id})` : sql``;
      const rows = await db.all<Row>(sql`
        select kind, id, at, detail from (
          select 'event' as kind, e.id as id, e.occurred_at as at,
                 json_object('type', e.type, 'properties', json(e.properties)) as detail
            from events e where e.contact_id = ${contactId}
          union all
          select 'order', o.id, o.ordered_at,
                 json_object('externalId', o.external_id, 'amount', o.amount, 'currency', o.currency, 'lines', (
                   select json_group_array(json_object('sku', l.sku, 'productLine', l.product_line, 'quantity', l.quantity, 'unitPrice', l.unit_price))
                     from (select * from order_lines where order_id = o.id order by id) l))
            from orders o where o.contact_id = ${contactId}
          union all
          select 'survey', s.id, s.responded_at, json_object('surveyKind', s.kind, 'score', s.score, 'comment', s.comment)
            from surveys s where s.contact_id = ${contactId}
          union all
          select 'deal_stage', h.id, h.changed_at,
                 json_object('dealId', d.id, 'deal', d.title, 'fromStage', h.from_stage, 'toStage', h.to_stage, 'changedBy', h.changed_by)
            from deal_stage_history h join deals d on d.id = h.deal_id where d.contact_id = ${contactId}
          union all
          select 'tag', t.id, ct.applied_at,
                 json_object('slug', t.slug, 'label', t.label, 'color', t.color, 'appliedBy', ct.applied_by, 'sourceHost', ct.source_host)
            from contact_tags ct join tags t on t.id = ct.tag_id where ct.contact_id = ${contactId}
        )
        ${after}
        order by at desc, kind desc, id desc
        limit ${q.limit + 1}`);
      const items = rows.slice(0, q.limit).map(({ kind, id, at, detail }) => ({ kind, id, at, ...JSON.parse(detail) }) as TimelineEntry);
      return { items, nextCursor: rows.length > q.limit ? timelineCursor(items.at(-1)!) : null };
    },
  };
}
