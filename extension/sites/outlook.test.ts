// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorElement, fixtureDocument, locationOf } from '../../tests/support/fixtures';
import { genericAdapter } from './generic';
import { adaptersFor } from './index';
import { outlook } from './outlook';
import { siteHealth } from './site-health';

const pages = { inbox: () => fixtureDocument('outlook', 'inbox'), read: () => fixtureDocument('outlook', 'read'), compose: () => fixtureDocument('outlook', 'compose') };
/** Who the overlay badges: the people found, less the signed-in user the adapter reports. */
const summary = (doc: Document) => outlook.find(doc).filter((p) => p.email !== outlook.owner!(doc)).map((p) => `${p.role} ${p.email} ${p.name}`);

describe('outlook adapter', () => {
  it('runs on Outlook on the web only', () => {
    for (const url of ['https://outlook.live.com/mail/0/', 'https://outlook.office.com/mail/inbox', 'https://outlook.office365.com/mail/']) {
      expect(adaptersFor(locationOf(url)).map((a) => a.id)).toEqual(['outlook', 'generic']);
    }
    expect(outlook.matches(locationOf('https://www.microsoft.com/outlook'))).toBe(false);
  });

  it('reports the signed-in account from the account rail', () => {
    for (const page of Object.values(pages)) expect(outlook.owner!(page())).toBe('sales@example.org');
  });

  it('finds the sender of every row in the message list, compact', () => {
    const people = outlook.find(pages.inbox());
    expect(people.map((p) => `${p.role} ${p.email} ${p.name}`)).toEqual([
      'from sara.rezaei@example.com سارا رضایی',
      'from james.whitfield@example.com James Whitfield',
      'from new.prospect@example.org Priya Nair',
      'from stranger@example.net null',
      'from olivia.bennett@example.org Olivia Bennett',
      'from james.whitfield@example.com James Whitfield',
    ]);
    expect(people.every((p) => p.compact && anchorElement(p).matches('span[title]'))).toBe(true);
  });

  it('finds the sender, To and Cc of the message in the reading pane, the user\'s own "You" aside', () => {
    const doc = pages.read();
    expect(summary(doc)).toEqual([
      // The list beside the pane.
      'from sara.rezaei@example.com سارا رضایی',
      'from james.whitfield@example.com James Whitfield',
      'from new.prospect@example.org Priya Nair',
      // The open message.
      'from sara.rezaei@example.com سارا رضایی',
      'to james.whitfield@example.com James Whitfield',
      'cc olivia.bennett@example.org Olivia Bennett',
      'cc stranger@example.net null',
    ]);
    // A recipient's badge goes beside its entity, not inside it.
    for (const p of outlook.find(doc).filter((x) => x.role !== 'from')) expect(anchorElement(p).matches('._EType_RECIPIENT_ENTITY')).toBe(true);
  });

  it('finds the recipients of a message being written, with their field, beside each entity', () => {
    const doc = pages.compose();
    const recipients = outlook.find(doc).filter((p) => p.role !== 'from');
    expect(recipients.map((p) => `${p.role} ${p.email} ${p.name}`)).toEqual([
      'to james.whitfield@example.com James Whitfield',
      'to sara.rezaei@example.com سارا رضایی',
      'cc stranger@example.net null',
      'cc sales@example.org Sales Team',
    ]);
    expect(summary(doc).some((p) => p.includes('sales@example.org'))).toBe(false);
    expect(recipients.every((p) => anchorElement(p).matches('._EType_RECIPIENT_ENTITY'))).toBe(true);
  });

  it('finds a message being written: its body editor, its part of the pane with the recipient fields, and the selected conversation', () => {
    const [message, ...more] = outlook.compositions!(pages.compose());
    expect(more).toEqual([]);
    expect(message!.editor.getAttribute('aria-label')).toMatch(/^Message body/);
    expect(outlook.find(message!.form).map((p) => `${p.role} ${p.email}`)).toEqual([
      'to james.whitfield@example.com', 'to sara.rezaei@example.com', 'cc stranger@example.net', 'cc sales@example.org',
    ]);
    expect(message!.thread).toBe('AQQkADAwATM0MDAAMi04ZTI5LTRmNjUtMDACLTAwCgAQA0005B6AAAAA=');
    expect(outlook.compositions!(pages.read())).toEqual([]);
  });

  it('leaves list rows and message headers to Outlook\'s adapter, the message body to the generic one', () => {
    const rest = genericAdapter(outlook.covers);
    expect(rest.find(pages.inbox())).toEqual([]);
    const inBody = rest.find(pages.read());
    expect(inBody.map((p) => p.email)).toEqual(['new.prospect@example.org', 'sara.rezaei@example.com']);
    expect(inBody.every((p) => anchorElement(p).closest('#UniqueMessageBody_2'))).toBe(true);
  });

  it('health check: every selector it relies on still matches Outlook\'s pages', () => {
    const docs = Object.values(pages).map((page) => page());
    const missingEverywhere = Object.keys(outlook.anchors).filter((name) => docs.every((doc) => siteHealth(outlook, doc)!.missing.includes(name)));
    expect(missingEverywhere, 'Outlook selectors that match no saved page: the site changed').toEqual([]);
    expect(siteHealth(outlook, new DOMParser().parseFromString('<p>A changed Outlook</p>', 'text/html'))!.missing).toHaveLength(Object.keys(outlook.anchors).length);
  });
});
