// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorElement, browseTo, fixtureDocument, locationOf } from '../../tests/support/fixtures';
import { genericAdapter } from './generic';
import { adaptersFor } from './index';
import { roundcube } from './roundcube';
import { siteHealth } from './site-health';

const PAGES = ['inbox', 'threads', 'sent', 'preview', 'message', 'compose', 'larry-inbox', 'larry-preview', 'larry-message'] as const;
const page = (name: (typeof PAGES)[number]) => fixtureDocument('roundcube', name);
/** Who the overlay badges: the people found, less the signed-in user the adapter reports. */
const summary = (doc: Document) => roundcube.find(doc).filter((p) => p.email !== roundcube.owner!(doc)).map((p) => `${p.role} ${p.email} ${p.name}`);

const MAIL = 'https://webmail.example.org/?_task=mail&_mbox=INBOX';

describe('roundcube adapter', () => {
  beforeEach(() => browseTo(MAIL));

  it('knows Roundcube by its markup, at any address', () => {
    for (const name of PAGES) {
      expect(adaptersFor(locationOf('https://webmail.example.org/?_task=mail'), page(name)).map((a) => a.id)).toEqual(['roundcube', 'generic']);
    }
    expect(roundcube.matches(locationOf('https://mail.google.com/mail/u/0/'), fixtureDocument('gmail', 'inbox'))).toBe(false);
    expect(roundcube.matches(locationOf('https://webmail.example.org/'), new DOMParser().parseFromString('<p>Webmail</p>', 'text/html'))).toBe(false);
  });

  it('reports the signed-in user on every page: the account, the compose identity, or the login in a message\'s own page', () => {
    for (const name of PAGES) expect(roundcube.owner!(page(name)), name).toBe('sales@example.org');
  });

  it('finds the sender of every row in the inbox, compact, the user\'s own message aside', () => {
    const people = roundcube.find(page('inbox'));
    expect(people).toHaveLength(8);
    expect(summary(page('inbox'))).toEqual([
      'from niloofar.ahmadi@sepehr-distribution.example.com نیلوفر احمدی',
      'from emma.clarke@example.net Emma Clarke',
      'from james.whitfield@example.com James Whitfield',
      'from stranger@example.net null',
      'from olivia.bennett@example.org Olivia Bennett',
      'from sara.rezaei@example.com سارا رضایی',
      'from james.whitfield@example.com James Whitfield',
    ]);
    expect(people.every((p) => p.compact && anchorElement(p).matches('#messagelist td.subject span.adr > span.rcmContactAddress'))).toBe(true);
  });

  it('finds every row in threads mode, a collapsed thread\'s replies too', () => {
    const doc = page('threads');
    expect(summary(doc)).toEqual(expect.arrayContaining(['from james.whitfield@example.com James Whitfield', 'from stranger@example.net null']));
    expect(summary(doc)).toHaveLength(7);
    const hidden = roundcube.find(doc).filter((p) => anchorElement(p).closest<HTMLElement>('tr')!.style.display === 'none');
    expect(hidden.map((p) => p.email)).toEqual(['james.whitfield@example.com']);
  });

  it('finds the recipients of every row in Sent', () => {
    expect(summary(page('sent'))).toEqual([
      'to ali.karimi@example.com علی کریمی',
      'to new.prospect@example.org null',
      'to james.whitfield@example.com James Whitfield',
    ]);
  });

  it('finds the sender, To and Cc of a message in the preview pane, the user aside, and leaves the body to the generic adapter', () => {
    const doc = page('preview');
    expect(summary(doc)).toEqual([
      'from olivia.bennett@example.org Olivia Bennett', // the summary line
      'from olivia.bennett@example.org Olivia Bennett', // the details, shown instead of the summary when asked
      'to emma.clarke@example.net Emma Clarke',
      'to james.whitfield@example.com James Whitfield',
      'cc ali.karimi@example.com علی کریمی',
      'cc sara.rezaei@example.com سارا رضایی',
      'cc new.prospect@example.org null',
    ]);
    const inBody = genericAdapter(roundcube.covers).find(doc);
    expect(inBody.map((p) => p.email)).toEqual(['emma.clarke@example.net', 'new.prospect@example.org']);
    expect(inBody.every((p) => anchorElement(p).closest('#messagebody'))).toBe(true);
  });

  it('finds From, To, Cc and Reply-To of a message opened full', () => {
    expect(summary(page('message'))).toEqual([
      'from sara.rezaei@example.com سارا رضایی',
      'from sara.rezaei@example.com سارا رضایی',
      'cc ali.karimi@example.com علی کریمی',
      'from niloofar.ahmadi@sepehr-distribution.example.com نیلوفر احمدی',
    ]);
    expect(genericAdapter(roundcube.covers).find(page('message'))).toEqual([]);
  });

  it('finds each recipient of a reply to all, beside its pill rather than in it', () => {
    const doc = page('compose');
    const people = roundcube.find(doc);
    expect(summary(doc)).toEqual([
      'to olivia.bennett@example.org Olivia Bennett',
      'cc emma.clarke@example.net Emma Clarke',
      'cc james.whitfield@example.com James Whitfield',
      'cc ali.karimi@example.com علی کریمی',
      'cc sara.rezaei@example.com سارا رضایی',
      'cc new.prospect@example.org null',
    ]);
    // The anchor is the whole pill: the badge goes after it, never into its clipped address part.
    expect(people.every((p) => anchorElement(p).matches('ul.recipient-input > li.recipient'))).toBe(true);
    expect(genericAdapter(roundcube.covers).find(doc)).toEqual([]);
  });

  it('finds the message being written: its body, its form with the recipient pills, and the message it replies to', () => {
    const [reply, ...more] = roundcube.compositions!(page('compose'));
    expect(more).toEqual([]);
    // The body with its toolbar (the HTML switch drawn over the text area's top).
    expect(reply!.editor.id).toBe('composebodycontainer');
    expect(reply!.editor.querySelector('textarea#composebody')).not.toBeNull();
    expect(roundcube.find(reply!.form).filter((p) => p.role !== 'from')).toHaveLength(6);
    expect(reply!.thread).toBe('<review-1@example.org>');
    // A new message: its compose session, as Roundcube writes its settings (JSON, < and > escaped).
    const fresh = page('compose');
    for (const script of fresh.querySelectorAll('script:not([src])')) {
      script.textContent = script.textContent!.replace(/,"reply_msgid":"[^"]*"/, '').replace(/"compose_id":"[^"]*"/, '"compose_id":"\\u003Cnew\\u003E"');
    }
    expect(roundcube.compositions!(fresh)[0]!.thread).toBe('<new>');
    expect(roundcube.compositions!(page('message'))).toEqual([]);
  });

  it('reads the larry skin alike: list rows, the preview pane, a message opened full', () => {
    expect(summary(page('larry-inbox'))).toEqual(summary(page('inbox')));
    expect(summary(page('larry-preview'))).toEqual(summary(page('preview')));
    expect(summary(page('larry-message'))).toEqual([
      'from sara.rezaei@example.com سارا رضایی',
      'cc ali.karimi@example.com علی کریمی',
      'from niloofar.ahmadi@sepehr-distribution.example.com نیلوفر احمدی',
    ]);
    expect(genericAdapter(roundcube.covers).find(page('larry-preview')).map((p) => p.email)).toEqual(['emma.clarke@example.net', 'new.prospect@example.org']);
  });

  it('health check: every selector it relies on still matches Roundcube\'s pages', () => {
    const missingEverywhere = Object.keys(roundcube.anchors).filter((name) => PAGES.every((p) => siteHealth(roundcube, page(p))!.missing.includes(name)));
    expect(missingEverywhere, 'Roundcube selectors that match no saved page: the site changed').toEqual([]);
    expect(siteHealth(roundcube, new DOMParser().parseFromString('<p>A changed Roundcube</p>', 'text/html'))!.missing).toHaveLength(Object.keys(roundcube.anchors).length);
  });

  it('health check: quiet on its pages that show no mail (login, settings, contacts)', () => {
    const login = new DOMParser().parseFromString('<script src="program/js/app.min.js"></script><form><input id="rcmloginuser"></form>', 'text/html');
    browseTo('https://webmail.example.org/?_task=login');
    expect(roundcube.matches(window.location, login)).toBe(true);
    expect(siteHealth(roundcube, login)).toBeNull();
    browseTo('https://webmail.example.org/?_task=settings&_action=preferences');
    expect(siteHealth(roundcube, login)).toBeNull();
    browseTo(MAIL);
    expect(siteHealth(roundcube, login)!.missing).toEqual(Object.keys(roundcube.anchors));
  });
});
