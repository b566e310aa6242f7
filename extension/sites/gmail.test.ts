// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorElement, fixtureDocument } from '../../tests/support/fixtures';
import { genericAdapter } from './generic';
import { gmail } from './gmail';
import { adaptersFor } from './index';
import { siteHealth } from './site-health';

const inbox = () => fixtureDocument('gmail', 'inbox');
const thread = () => fixtureDocument('gmail', 'thread');
const compose = () => fixtureDocument('gmail', 'compose');
/** Who the overlay badges: the people found, less the signed-in user the adapter reports. */
const summary = (doc: Document) => gmail.find(doc).filter((p) => p.email !== gmail.owner!(doc)).map((p) => `${p.role} ${p.email} ${p.name}`);

describe('gmail adapter', () => {
  it('runs on Gmail only', () => {
    expect(gmail.matches(new URL('https://mail.google.com/mail/u/0/#inbox') as unknown as Location)).toBe(true);
    expect(gmail.matches(new URL('https://calendar.google.com/') as unknown as Location)).toBe(false);
    expect(adaptersFor(new URL('https://mail.google.com/mail/u/0/') as unknown as Location).map((a) => a.id)).toEqual(['gmail', 'generic']);
  });

  it('reports the signed-in user from the account button', () => {
    expect(gmail.owner!(inbox())).toBe('sales@example.org');
    expect(gmail.owner!(thread())).toBe('sales@example.org');
    expect(gmail.find(inbox()).some((p) => p.email === 'sales@example.org')).toBe(true);
  });

  it('finds the people of every thread row once, without the signed-in user', () => {
    const people = summary(inbox());
    expect(people).toHaveLength(10);
    expect(people).toContain('from sara.rezaei@example.com سارا رضایی');
    expect(people.filter((p) => p.includes('james.whitfield@example.com')).length).toBeGreaterThanOrEqual(2);
    expect(people.some((p) => p.includes('new.prospect@example.org'))).toBe(true);
    expect(people.some((p) => p.includes('stranger@example.net'))).toBe(true);
    expect(people.some((p) => p.includes('sales@example.org'))).toBe(false);
  });

  it('finds each message\'s sender and recipients in an open conversation', () => {
    const people = summary(thread());
    // The second message is the signed-in user's own reply.
    expect(people.filter((p) => p.startsWith('from '))).toEqual(['from sara.rezaei@example.com سارا رضایی']);
    expect(people.filter((p) => p.startsWith('to ')).map((p) => p.split(' ')[1])).toEqual(
      expect.arrayContaining(['james.whitfield@example.com', 'olivia.bennett@example.org', 'sara.rezaei@example.com']),
    );
    expect(people.some((p) => p.includes('sales@example.org'))).toBe(false);
  });

  it('finds the recipients of a reply being written, with their field, each anchored on its chip', () => {
    const doc = compose();
    const chips = gmail.find(doc).filter((p) => (p.anchor as Element).matches('[role=option]'));
    expect(chips.map((p) => `${p.role} ${p.email} ${p.name}`)).toEqual([
      'to sara.rezaei@example.com سارا رضایی',
      'cc james.whitfield@example.com James Whitfield',
      'cc olivia.bennett@example.org Olivia Bennett',
      'cc new.prospect@example.org null',
      // Bcc counts as a copy; the user's own address is reported, and left out by the overlay.
      'cc sales@example.org Sales Team',
    ]);
    expect(gmail.owner!(doc)).toBe('sales@example.org');
    // The conversation above the reply is still read as before.
    expect(summary(doc)).toEqual(expect.arrayContaining(summary(thread())));
    // A typed address's chip shows it as text: only Gmail's adapter reads it.
    expect(genericAdapter(gmail.covers).find(doc).filter((p) => (p.anchor instanceof Element ? p.anchor : p.anchor.parentElement)!.closest('.anm'))).toEqual([]);
  });

  it('finds a reply being written: its body editor, its form with the recipient chips, and its conversation\'s thread id', () => {
    const doc = compose();
    const [reply, ...more] = gmail.compositions!(doc);
    expect(more).toEqual([]);
    expect(reply!.editor.getAttribute('aria-label')).toBe('Message Body');
    expect(gmail.find(reply!.form).map((p) => `${p.role} ${p.email}`)).toEqual([
      'to sara.rezaei@example.com', 'cc james.whitfield@example.com', 'cc olivia.bennett@example.org', 'cc new.prospect@example.org', 'cc sales@example.org',
    ]);
    expect(reply!.thread).toBe('thread-f:1828918846254219306');
    // A compose window, outside the conversation's view, starts a new conversation.
    doc.body.append(reply!.form);
    expect(gmail.compositions!(doc).map((c) => c.thread)).toEqual([null]);
    expect(gmail.compositions!(thread())).toEqual([]);
  });

  it('leaves list rows and message headers to Gmail\'s adapter, the message bodies to the generic one', () => {
    const rest = genericAdapter(gmail.covers);
    expect(rest.find(inbox())).toEqual([]);
    const inBodies = rest.find(thread());
    expect(inBodies.map((p) => p.email)).toEqual(expect.arrayContaining(['olivia.bennett@example.org', 'stranger@example.net']));
        expect(inBodies.filter((p) => anchorElement(p).closest('div.adn .gE'))).toEqual([]);
    expect(inBodies.every((p) => anchorElement(p).closest('div.a3s'))).toBe(true);
  });

  it('health check: every selector it relies on still matches Gmail\'s pages', () => {
    const pages = [inbox(), thread(), compose()];
    const missingEverywhere = Object.keys(gmail.anchors).filter((name) => pages.every((page) => siteHealth(gmail, page)!.missing.includes(name)));
    expect(missingEverywhere, 'Gmail selectors that match no saved page: the site changed').toEqual([]);
    expect(siteHealth(gmail, new DOMParser().parseFromString('<p>A changed Gmail</p>', 'text/html'))!.missing).toHaveLength(Object.keys(gmail.anchors).length);
  });
});
