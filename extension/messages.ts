/**
 * Messages between the extension's parts. Content scripts and pages never call
 * the API themselves: they ask the background, which holds the token.
 */
import { browser } from 'wxt/browser';
import type { LookupResult } from '../shared/schemas/lookup';
import type { Role } from '../shared/schemas/enums';
import type { SiteHealth } from './sites/site-health';

/** Why the API could not be used, in terms the options page can explain. */
export type ConnectionProblem = 'notConfigured' | 'badUrl' | 'unreachable' | 'unauthorized' | 'forbidden' | 'notSeglens' | 'refused' | 'serverError';

export type ConnectionStatus =
  | { ok: true; name: string; role: Role }
  | { ok: false; problem: ConnectionProblem; url?: string; status?: number };

export type LookupAnswer = { ok: true; results: LookupResult[] } | { ok: false; problem: ConnectionProblem; url?: string; status?: number };

/** A person the content script found, as the popup lists them. */
export type PagePerson = { email: string; name: string | null; result: LookupResult | null };

export type BackgroundRequest =
  | { type: 'lookup'; emails: string[] }
  | { type: 'test-connection'; serverUrl?: string; token?: string };

export type BackgroundResponse<T extends BackgroundRequest['type']> =
  T extends 'lookup' ? LookupAnswer
  : ConnectionStatus;

export type ContentRequest = { type: 'page-people' };
export type PagePeopleAnswer = { site: string; people: PagePerson[]; health: SiteHealth | null };

export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>> {
  return browser.runtime.sendMessage(request);
}
