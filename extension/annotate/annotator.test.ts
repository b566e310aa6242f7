// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../shared/i18n';
import type { BadgeSummary, KnownPerson } from '../../shared/schemas/lookup';
import type { LookupAnswer } from '../messages';
import { genericAdapter } from '../sites/generic';
import { createAnnotator } from './annotator';

const known = (email: string): KnownPerson => ({
  email, known: true, contactId: 1, name: 'Sara Rezaei', honorific: 'dr', displayName: 'Dr. Sara Rezaei', locale: 'en', company: null,
  badges: [{ kind: 'rfm', key: 'champions', label: 'Champion' }],
  leadScore: { score: 72, band: 'hot', fit: 20, engagement: 52, grade: 'A1', qualification: 'mql', reasons: [] }, rfm: null, satisfaction: null,
  valueTier: 'gold', vip: false,
  lifetimeValue: { currency: 'USD', realised: 100, orders: 2, predicted: null, probabilityAlive: null, churnRisk: null }, lifecycle: 'repeat', funnel: null, offer: null, occasion: null, group: null, crossSell: [], upSell: [], computedAt: '2026-01-01T00:00:00Z',
});

/** What the lookup answers of a known person: what their badge shows. */
const summaryOf = ({ email, contactId, displayName, badges, leadScore }: KnownPerson): BadgeSummary =>
  ({ email, known: true, contactId, displayName, badges, leadScore: { score: leadScore.score } });

function setup(html: string, answer: (emails: string[]) => LookupAnswer = (emails) => ({
  ok: true, results: emails.map((e): BadgeSummary => (e.startsWith('sara') ? summaryOf(known(e)) : { email: e, known: false })),
})) {
  document.body.replaceChildren();
  document.body.append(document.createRange().createContextualFragment(html));
  const lookup = vi.fn(async (emails: string[]) => answer(emails));
  const card = {
    person: async (email: string) => ({ ok: true as const, result: known(email), changes: [] }),
    workspace: async () => ({ ok: true as const, may: { tag: true, addPeople: true }, tags: [] }),
    change: () => {},
  };
  const annotator = createAnnotator({ adapters: [genericAdapter()], lookup, card, t: translator('en'), locale: 'en' });
  annotator.start(document);
  running.push(annotator);
  return { annotator, lookup };
}

const running: Array<{ stop: () => void }> = [];
/** The overlay writes in animation frames: a few frames, each followed by the tasks it started, see everything through. */
async function settle() {
  for (let frame = 0; frame < 4; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
const hosts = () => [...document.querySelectorAll('seglens-badge')];

afterEach(() => {
  for (const annotator of running.splice(0)) annotator.stop();
  document.body.replaceChildren();
});

describe('annotator', () => {
  it('puts one badge right after each person and looks every address up once', async () => {
    const { annotator, lookup } = setup('<p><a href="mailto:sara@example.com">Sara</a> and <a href="mailto:sara@example.com">again</a></p><p>cc nobody@example.net</p>');
    await settle();
    expect(hosts()).toHaveLength(3);
    expect(hosts()[0]!.previousElementSibling?.textContent).toBe('Sara');
    // Each frame's new people are asked about together; every address once in all.
    expect(lookup.mock.calls.flatMap(([emails]) => emails).sort()).toEqual(['nobody@example.net', 'sara@example.com']);
    expect(annotator.people().map((p) => [p.email, p.result?.known])).toEqual([['sara@example.com', true], ['nobody@example.net', false]]);
  });

  it('splits text after each address, keeping the text as it was', async () => {
    setup('<p id="t">From sara@example.com to x@example.net, thanks</p>');
    await settle();
    const p = document.getElementById('t')!;
    expect(p.textContent).toBe('From sara@example.com to x@example.net, thanks');
    expect([...p.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'SEGLENS-BADGE', '#text', 'SEGLENS-BADGE', '#text']);
    expect(p.childNodes[0]!.textContent).toBe('From sara@example.com');
  });

  it('annotates what the page adds later, and never the same anchor twice', async () => {
    setup('<ul id="list"><li><a href="mailto:sara@example.com">Sara</a></li></ul>');
    await settle();
    const list = document.getElementById('list')!;
    list.append(list.firstElementChild!.cloneNode(true));
    await settle();
    expect(hosts()).toHaveLength(2);
    list.append(list.firstElementChild!); // moving a node the observer sees as added
    await settle();
    expect(hosts()).toHaveLength(2);
  });

  it('marks everyone as not looked up when the API cannot be reached', async () => {
    const { annotator } = setup('<a href="mailto:sara@example.com">Sara</a>', () => ({ ok: false, problem: 'unreachable', url: 'http://127.0.0.1:8787' }));
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(annotator.people()).toEqual([{ email: 'sara@example.com', name: 'Sara', result: null }]);
  });
  it('takes a badge away with what the page removes (a recipient pill), and badges it anew if the page puts it back', async () => {
    const { annotator } = setup('<ul><li><a href="mailto:sara@example.com">Sara</a></li><li><a href="mailto:x@example.net">X</a></li></ul>');
    await settle();
    expect(hosts()).toHaveLength(2);
    const sara = document.querySelector('a[href="mailto:sara@example.com"]')!;
    sara.remove();
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.previousElementSibling?.textContent).toBe('X');
    expect(annotator.people().map((p) => p.email)).toEqual(['x@example.net']);
    document.querySelector('li')!.append(sara);
    await settle();
    expect(hosts()).toHaveLength(2);
    expect(sara.nextElementSibling?.localName).toBe('seglens-badge');
  });

  it('keeps the badge of a row removed whole and put back, and still takes it away with its person later', async () => {
    setup('<ul><li id="row"><a href="mailto:sara@example.com">Sara</a> wrote</li></ul>');
    await settle();
    const row = document.getElementById('row')!;
    const list = row.parentElement!;
    row.remove();
    await settle();
    list.append(row);
    await settle();
    // The same badge, not a second one.
    expect(hosts()).toHaveLength(1);
    expect(row.querySelector('a')!.nextElementSibling?.localName).toBe('seglens-badge');
    row.querySelector('a')!.remove();
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(row.textContent).toBe(' wrote');
  });
});
