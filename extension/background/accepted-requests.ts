/**
 * What the background accepts, and from whom. Every message is checked
 * against its schema; a page's content script may ask only what a page needs
 * (its people, a card's person and actions, a changed layout, the profile of
 * a card's person), and only the extension's own pages may do the rest. A new
 * server address may be tested only from the settings page and only with the
 * token typed there: the saved token never goes to an address not saved.
 */
import { z } from 'zod';
import type { Browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messages';

const text = (max: number) => z.string().max(max);
const email = text(320);

const ChangeRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tag'), email, slug: text(48), label: text(60), on: z.boolean(), create: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('person'), email, name: text(200) }).strict(),
]);

const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('lookup'), emails: z.array(email).max(5_000), newPage: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('person'), email }).strict(),
  z.object({ type: z.literal('workspace') }).strict(),
  z.object({ type: z.literal('change'), change: ChangeRequest, sourceHost: text(255).nullable().optional() }).strict(),
  z.object({ type: z.literal('outbox') }).strict(),
  z.object({ type: z.literal('dismiss-change'), id: text(100) }).strict(),
  z.object({ type: z.literal('test-connection'), serverUrl: text(2_000).optional(), token: text(500).optional() }).strict(),
  z.object({ type: z.literal('site-layout-changed'), health: z.object({ site: text(100), checked: z.number().int().min(0), missing: z.array(text(100)).max(50) }).strict() }).strict(),
  z.object({ type: z.literal('enable-site'), patterns: z.array(text(500)).max(20) }).strict(),
  z.object({ type: z.literal('disable-site'), patterns: z.array(text(500)).max(20) }).strict(),
  z.object({ type: z.literal('open-profile'), email }).strict(),
  z.object({ type: z.literal('profile'), email }).strict(),
  z.object({ type: z.literal('timeline'), contactId: z.number().int().positive(), cursor: text(100).nullable() }).strict(),
  // Its fields are the API's to check, with a reason for each that the panel shows beside it.
  z.object({ type: z.literal('update-profile'), contactId: z.number().int().positive(), changes: z.record(z.string(), z.unknown()) }).strict(),
]);

// Every message the extension's own code sends is one the schema takes: this fails to compile when they drift apart.
true satisfies (BackgroundRequest extends z.input<typeof Request> ? true : false);

/** What a page's content script may ask. */
const FROM_PAGES: ReadonlySet<BackgroundRequest['type']> = new Set(['lookup', 'person', 'workspace', 'change', 'site-layout-changed', 'open-profile']);

/** The request, when `message` is one and `sender` may make it; else null. `extensionUrl` is the extension's own origin, with a slash. */
export function acceptedRequest(message: unknown, sender: Pick<Browser.runtime.MessageSender, 'tab' | 'url'>, extensionUrl: string): BackgroundRequest | null {
  // Checked, not rewritten: the schema's defaults and normalising (a profile change's) are the API's to apply, to what was sent.
  if (!Request.safeParse(message).success) return null;
  const request = message as BackgroundRequest;
  const fromOwnPage = sender.tab === undefined || sender.url?.startsWith(extensionUrl) === true;
  if (!fromOwnPage && !FROM_PAGES.has(request.type)) return null;
  if (request.type === 'test-connection' && request.serverUrl !== undefined) {
    const fromSettings = sender.url?.startsWith(`${extensionUrl}options.html`) === true;
    if (!fromSettings || request.token === undefined) return null;
  }
  return request;
}
