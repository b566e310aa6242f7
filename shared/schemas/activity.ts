/** Inputs and outputs of what happens to a person: events, orders, surveys, deals, tags. */
import { z } from 'zod';
import * as E from './enums';
import { TAG_SLUG } from '../tag-slug';
import { FreeFormObject } from './free-form';

/** The same instant in UTC; text that is no date-time is left for the check to refuse. */
function toUtc(time: string): string {
  const instant = new Date(time);
  return Number.isNaN(instant.getTime()) ? time : instant.toISOString();
}

/** Any ISO 8601 date-time, stored as UTC (2025-06-01T06:30:00.000Z): times then compare and sort as text, and their first ten characters are the UTC day. */
const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).overwrite(toUtc);
const money = z.number().finite().min(0).max(1e12);
/** An order records a purchase: what was paid, nothing negative. */
const paid = z.number().finite().min(0, 'must be 0 or more: an order records what was paid, and a refund is not an order').max(1e12);
const currency = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code');

export const EventInput = z.object({
  contactId: z.number().int().positive(),
  type: z.string().trim().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be snake_case, up to 64 characters'),
  properties: FreeFormObject.default({}),
  occurredAt: instant,
  idempotencyKey: z.string().trim().min(1).max(200),
});
export const EventBatch = z.object({ events: z.array(EventInput).min(1).max(1000) });
export const Event = EventInput.extend({ id: z.number().int() });
export type EventInput = z.infer<typeof EventInput>;
export type Event = z.infer<typeof Event>;

export const OrderLine = z.object({
  sku: z.string().trim().min(1).max(64),
  productLine: z.string().trim().min(1).max(64),
  quantity: z.number().int().positive().max(100000),
  unitPrice: money,
});
export const OrderInput = z.object({
  externalId: z.string().trim().min(1).max(100),
  amount: paid,
  currency,
  lines: z.array(OrderLine).max(200).default([]),
  orderedAt: instant,
});
export const Order = OrderInput.extend({ id: z.number().int(), contactId: z.number().int() });
export type OrderInput = z.infer<typeof OrderInput>;
export type Order = z.infer<typeof Order>;

export const SurveyInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('csat'), score: z.number().int().min(1).max(5) }),
  z.object({ kind: z.literal('nps'), score: z.number().int().min(0).max(10) }),
]).and(z.object({
  comment: z.string().trim().max(5000).nullable().default(null),
  respondedAt: instant,
}));
export const Survey = z.object({
  id: z.number().int(),
  contactId: z.number().int(),
  kind: E.SurveyKind,
  score: z.number().int(),
  comment: z.string().nullable(),
  respondedAt: z.string(),
});
export type SurveyInput = z.infer<typeof SurveyInput>;
export type Survey = z.infer<typeof Survey>;

export const DealInput = z.object({
  title: z.string().trim().min(1).max(200),
  amount: money.nullable().default(null),
  currency: currency.default('USD'),
  stage: E.DealStage.default('intro'),
});
export const DealStageChange = z.object({ stage: E.DealStage });
export const DealStageHistoryEntry = z.object({
  fromStage: E.DealStage.nullable(),
  toStage: E.DealStage,
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});
export const Deal = z.object({
  id: z.number().int(),
  contactId: z.number().int(),
  title: z.string(),
  amount: z.number().nullable(),
  currency: z.string(),
  stage: E.DealStage,
  stageChangedAt: z.string(),
  createdAt: z.string(),
  history: z.array(DealStageHistoryEntry),
});
export type DealInput = z.infer<typeof DealInput>;
export type Deal = z.infer<typeof Deal>;

export const TagSlug = z.string().trim().toLowerCase().regex(TAG_SLUG,
  'must be 1–48 lower-case letters, digits, - or _').meta({ examples: ['vip', 'مشتری-ویژه'] });
export const TagInput = z.object({
  slug: TagSlug,
  label: z.string().trim().min(1).max(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3366ff').default('#64748b'),
});
export const Tag = TagInput.extend({ id: z.number().int(), createdAt: z.string() });
export const TagApply = z.object({
  /** Host of the page the tag was applied from, e.g. "mail.google.com" (never the full URL). */
  sourceHost: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]{1,253}(:\d{1,5})?$/, 'must be a host name').nullable().default(null),
});
export const AppliedTag = z.object({
  slug: z.string(),
  label: z.string(),
  color: z.string(),
  appliedBy: z.string().nullable(),
  appliedAt: z.string(),
  sourceHost: z.string().nullable(),
});
export type TagInput = z.infer<typeof TagInput>;
export type Tag = z.infer<typeof Tag>;
export type AppliedTag = z.infer<typeof AppliedTag>;

export const TokenInput = z.object({ name: z.string().trim().min(1).max(100), role: E.Role });
export const TokenInfo = z.object({
  id: z.number().int(),
  name: z.string(),
  role: E.Role,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
