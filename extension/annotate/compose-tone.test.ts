// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { translator } from '../../shared/i18n';
import { TONE_GUIDES } from '../../shared/data/tone-guides';
import type { Locale, SatisfactionSegment } from '../../shared/schemas/enums';
import type { BadgeSummary, KnownPerson } from '../../shared/schemas/lookup';
import type { PersonAnswer } from '../messages';
import { asEmail, type FoundPerson, type SiteAdapter } from '../sites/site-adapter';
import { createComposeTone } from './compose-tone';
import { loadDismissedThreads } from './dismissed-threads';
import { TONE_BANNER_TAG } from './tone-banner';
import { fakeStorage } from '../../tests/support/fake-storage';

/** The banners' closed shadow roots, which page script cannot reach; the test keeps them as the browser's inspector can. */
const shadows = new WeakMap<Element, ShadowRoot>();
beforeAll(() => {
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.set(this, root);
    return root;
  });
});

const MOODS: Record<string, SatisfactionSegment> = { 'james@example.com': 'angry', 'ali@example.com': 'dissatisfied', 'sara@example.com': 'satisfied' };
const NAMES: Record<string, string> = { 'james@example.com': 'James Whitfield', 'ali@example.com': 'علی کریمی', 'sara@example.com': 'Sara Rezaei' };

const summary = (email: string): BadgeSummary | null => (MOODS[email]
  ? { email, known: true, contactId: 1, displayName: NAMES[email]!, badges: [{ kind: 'satisfaction', key: MOODS[email]!, label: MOODS[email]! }], leadScore: { score: 50 } }
  : null);
const person = (email: string) => ({
  email, known: true, displayName: NAMES[email]!, lifecycle: 'repeat',
  satisfaction: { segment: MOODS[email]!, because: 'survey', tone: TONE_GUIDES[MOODS[email]!], kind: 'csat', score: 1, at: null },
}) as unknown as KnownPerson;

/** A webmail page's compose form: recipients as `<span class="to">` with their address, the editor a textarea. */
const adapter: Pick<SiteAdapter, 'id' | 'find'> = {
  id: 'webmail',
  find: (root) => [...root.querySelectorAll('span.to')].map((el): FoundPerson => ({ email: asEmail(el.textContent)!, name: null, role: 'to', anchor: el })),
};
const compositions = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('form textarea')].map((editor) => ({
  editor, form: editor.closest('form')!, thread: editor.closest('form')!.getAttribute('data-thread'),
}));

const running: Array<() => void> = [];
async function setup(html: string, { locale = 'en', storage = fakeStorage() }: { locale?: Locale; storage?: ReturnType<typeof fakeStorage> } = {}) {
  document.body.innerHTML = html;
  const asked = vi.fn(async (email: string): Promise<PersonAnswer> => ({ ok: true, result: person(email), changes: [] }));
  const tone = createComposeTone({
    compositions, adapter, summary, person: asked, dismissed: await loadDismissedThreads(storage), t: translator(locale), locale,
  });
  // The page's changes, as the annotator reports them.
  const observer = new MutationObserver(() => tone.changed());
  observer.observe(document.body, { childList: true, subtree: true });
  running.push(() => observer.disconnect());
  tone.changed();
  await settle();
  return { asked, storage };
}

async function settle() {
  for (let frame = 0; frame < 4; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
const banners = () => [...document.querySelectorAll(TONE_BANNER_TAG)];
const bannerOf = (host: Element) => shadows.get(host)!.querySelector<HTMLElement>('.banner')!;

afterEach(() => {
  for (const stop of running.splice(0)) stop();
  document.body.replaceChildren();
});

const FORM = (recipients: string[], thread = 't-1') =>
  `<form data-thread="${thread}">${recipients.map((r) => `<span class="to">${r}</span>`).join('')}<div><textarea></textarea></div></form>`;

describe('tone banner where the user writes', () => {
  it('stands right before the editor and names the recipient who calls for the most care, their satisfaction, the tone and what to avoid', async () => {
    const { asked } = await setup(FORM(['sara@example.com', 'ali@example.com', 'james@example.com', 'new@example.org']));
    expect(banners()).toHaveLength(1);
    const host = banners()[0]!;
    expect(host.nextElementSibling?.localName).toBe('textarea');
    const banner = bannerOf(host);
    expect(banner.dir).toBe('ltr');
    expect(banner.getAttribute('aria-label')).toBe('SegLens tone guide for writing to James Whitfield');
    expect(banner.querySelector('.pill')!.textContent).toBe('Angry customer');
    expect(banner.querySelector('.who')!.textContent).toBe('James Whitfield');
    expect(banner.textContent).toContain(`Open with: ${TONE_GUIDES.angry.open.en}`);
    expect(banner.textContent).toContain(`Avoid: ${TONE_GUIDES.angry.avoid.en}`);
    // Only the angriest recipient's whole profile is asked for, once.
    expect(asked.mock.calls).toEqual([['james@example.com']]);
  });

  it('speaks the user\'s language: Persian, right to left', async () => {
    await setup(FORM(['ali@example.com']), { locale: 'fa' });
    const banner = bannerOf(banners()[0]!);
    expect(banner.dir).toBe('rtl');
    expect(banner.querySelector('.pill')!.textContent).toBe('مشتری ناراضی');
    expect(banner.textContent).toContain(`شروع با: ${TONE_GUIDES.dissatisfied.open.fa}`);
    expect(banner.textContent).toContain(`پرهیز از: ${TONE_GUIDES.dissatisfied.avoid.fa}`);
    expect(banner.querySelector('button')!.getAttribute('aria-label')).toBe('پنهان کردن در این گفتگو');
  });

  it('shows nothing when no recipient calls for care', async () => {
    const { asked } = await setup(FORM(['sara@example.com', 'new@example.org']));
    expect(banners()).toEqual([]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('follows the recipients, and goes with its editor without a fuss', async () => {
    await setup(FORM(['james@example.com', 'ali@example.com']));
    document.querySelector('span.to')!.remove();
    await settle();
    expect(bannerOf(banners()[0]!).querySelector('.who')!.textContent).toBe('علی کریمی');
    document.querySelector('span.to')!.remove();
    await settle();
    expect(banners()).toEqual([]);
    document.querySelector('form')!.insertAdjacentHTML('afterbegin', '<span class="to">james@example.com</span>');
    await settle();
    expect(banners()).toHaveLength(1);
    document.querySelector('textarea')!.remove();
    await settle();
    expect(banners()).toEqual([]);
  });

  it('is hidden in its conversation once dismissed, after a reload too, with no address or thread id kept', async () => {
    const storage = fakeStorage();
    await setup(FORM(['james@example.com']) + FORM(['ali@example.com'], 't-2'), { storage });
    expect(banners()).toHaveLength(2);
    bannerOf(banners()[0]!).querySelector('button')!.click();
    await settle();
    expect(banners().map((host) => bannerOf(host).querySelector('.who')!.textContent)).toEqual(['علی کریمی']);
    const kept = JSON.stringify([...storage.items]);
    expect(kept).not.toMatch(/james|t-1/);

    // The page is loaded again: the same conversation stays quiet, another one does not.
    running.splice(0).forEach((stop) => stop());
    await setup(FORM(['james@example.com']) + FORM(['james@example.com'], 't-3'), { storage });
    expect(banners()).toHaveLength(1);
    expect(banners()[0]!.closest('form')!.getAttribute('data-thread')).toBe('t-3');
  });
});
