import { describe, expect, it } from 'vitest';
import { acceptedRequest } from './accepted-requests';

const EXTENSION = 'chrome-extension://abc/';
const page = { tab: { id: 7 } as never, url: 'https://mail.example.com/inbox' };
const popup = { url: `${EXTENSION}popup.html` };
const settings = { tab: { id: 8 } as never, url: `${EXTENSION}options.html` };

describe('the messages the background accepts', () => {
  it('takes from a page only what a page needs', () => {
    const lookup = { type: 'lookup', emails: ['sara@example.com'], newPage: true };
    expect(acceptedRequest(lookup, page, EXTENSION)).toEqual(lookup);
    const tag = { type: 'change', change: { kind: 'tag', email: 'sara@example.com', slug: 'vip', label: 'VIP', on: true } };
    expect(acceptedRequest(tag, page, EXTENSION)).toEqual(tag);
    for (const request of [{ type: 'enable-site', patterns: ['https://*/*'] }, { type: 'outbox' }, { type: 'dismiss-change', id: 'x' }, { type: 'test-connection' }, { type: 'profile', email: 'a@b.co' }]) {
      expect(acceptedRequest(request, page, EXTENSION), request.type).toBeNull();
      expect(acceptedRequest(request, popup, EXTENSION), request.type).toEqual(request);
    }
  });

  it('lets only the settings page test a new address, and only with the token typed there', () => {
    const elsewhere = { type: 'test-connection', serverUrl: 'https://attacker.example' };
    expect(acceptedRequest(elsewhere, page, EXTENSION)).toBeNull();
    expect(acceptedRequest(elsewhere, popup, EXTENSION)).toBeNull();
    expect(acceptedRequest(elsewhere, settings, EXTENSION)).toBeNull();
    const typed = { ...elsewhere, token: 'typed-here' };
    expect(acceptedRequest(typed, popup, EXTENSION)).toBeNull();
    expect(acceptedRequest(typed, settings, EXTENSION)).toEqual(typed);
  });

  it('refuses what does not match its schema: unknown types, wrong shapes, fields it does not know', () => {
    for (const message of [
      null, 'lookup', { type: 'steal' }, { type: 'lookup', emails: 'sara@example.com' }, { type: 'lookup', emails: ['x'], extra: 1 },
      { type: 'change', change: { kind: 'tag', email: 'a@b.co', slug: 'vip', on: 'yes', label: 'VIP' } },
      { type: 'timeline', contactId: -1, cursor: null },
    ]) expect(acceptedRequest(message, popup, EXTENSION)).toBeNull();
  });
});
