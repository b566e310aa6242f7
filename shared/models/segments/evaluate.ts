/**
 * Evaluates a custom segment's rule for one person in memory, with
 * json-logic-js (the reference evaluator, text ordered as SQL orders it: see
 * json-logic.ts) and the behavioural measures of fields.ts added to it as
 * operations.
 */
import type { AdditionalOperation, RulesLogic } from 'json-logic-js';
import { jsonLogic } from './json-logic';
import { cents, field, FIELDS, lastDays, MEASURES, type FieldName, type MeasureArgs, type MeasureName } from './fields';
import { assertValidSegmentDefinition } from './validate';

export type SegmentContext = {
  /** The person's contacts row, as drizzle (or the API) returns it. */
  profile: Readonly<Record<string, unknown>>;
  /** Their contact_scores row as drizzle returns it, or null before the engine has scored them. */
  score: Readonly<Record<string, unknown>> | null;
  events: ReadonlyArray<{ type: string; occurredAt: string }>;
  orders: ReadonlyArray<{ amount: number; orderedAt: string }>;
  /** The slugs of the tags they carry. */
  tags: readonly string[];
};

/** What a rule is applied to: every field under its var name (null when absent), and what the measures read. */
type Data = Record<'profile' | 'score', Record<string, unknown>> & { context: SegmentContext; now: Date };

const CATALOGUE = (Object.keys(FIELDS) as FieldName[]).map(field);

function dataFor(context: SegmentContext, now: Date): Data {
  const data: Data = { profile: {}, score: {}, context, now };
  for (const f of CATALOGUE) data[f.source][f.name.slice(f.source.length + 1)] = context[f.source]?.[f.key] ?? null;
  return data;
}

/** The items whose time falls in the last `days` days, compared as ISO text as SQL compares them. */
function inLastDays<T>(items: ReadonlyArray<T>, timeOf: (item: T) => string, now: Date, days: number): T[] {
  const { since, until } = lastDays(now, days);
  return items.filter((item) => since <= timeOf(item) && timeOf(item) <= until);
}

const MEASURE_VALUES: { [M in MeasureName]: (data: Data, ...args: MeasureArgs<M>) => number | boolean } = {
  events_in_last_days: ({ context, now }, eventType, days) =>
    inLastDays(context.events, (event) => event.occurredAt, now, days).filter((event) => event.type === eventType).length,
  orders_in_last_days: ({ context, now }, days) => inLastDays(context.orders, (order) => order.orderedAt, now, days).length,
  revenue_in_last_days: ({ context, now }, days) =>
    inLastDays(context.orders, (order) => order.orderedAt, now, days).reduce((sum, order) => sum + cents(order.amount), 0) / 100,
  has_tag: ({ context }, tag) => context.tags.includes(tag),
};

for (const name of Object.keys(MEASURES) as MeasureName[]) {
  const measure = MEASURE_VALUES[name] as (data: Data, ...args: unknown[]) => number | boolean;
  jsonLogic.add_operation(name, function (this: Data, ...args: unknown[]) {
    return measure(this, ...args);
  });
}

/** Whether the person is in the segment; throws InvalidSegmentDefinition for an invalid definition. */
export function evaluateSegment(definition: unknown, context: SegmentContext, now: Date): boolean {
  assertValidSegmentDefinition(definition);
  return jsonLogic.truthy(jsonLogic.apply(definition.rule as RulesLogic<AdditionalOperation>, dataFor(context, now)));
}
