/**
 * One badge beside one person: a host element of a fixed size holding a
 * closed shadow root with the badge. It is inserted at its final size, with a
 * loading mark, and what SegLens knows (or that it knows nothing, or could not
 * ask) is drawn inside the same box: the page around it never moves again.
 * Hover or click opens the person's card (card-layer.ts).
 */
import { formatNumber, type Translate } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/enums';
import type { BadgeSummary } from '../../shared/schemas/lookup';
import type { ChangeRequest, PersonAnswer, Refusal, WorkspaceAnswer } from '../messages';
import { cards, type CardOwner } from './card-layer';
import { personActions } from './person-actions';
import { TAG_FIELD } from './tag-editor';
import { el } from './dom';
import { BADGE_CSS, styleShadowRoot, type BadgeKind } from './overlay-styles';
import { keepFromPage } from './page-events';
import { badgeLabel, chip, isWholeCard, knownCard, messageCard, problemText, summaryCard } from './person-card';

export const BADGE_TAG = 'seglens-badge';
export type BadgeState = { result: BadgeSummary } | Omit<Refusal, 'ok'>;
export type BadgeContext = { t: Translate; locale: Locale };
/** Asks for all SegLens knows of a person, for their card. */
export type AskPerson = (email: string) => Promise<PersonAnswer>;
/** What a card asks for and does beside showing the person. */
export type CardSource = {
  person: AskPerson;
  /** What the user may do, and the tags to offer. */
  workspace: () => Promise<WorkspaceAnswer>;
  change: (change: ChangeRequest) => void;
  /** The name the page shows beside the address, to add the person with. */
  pageName: (email: string) => string | null;
};

/** Segments shown on a full badge, by priority; the rest are counted ("+2") and listed on the card. */
const INLINE_BADGES = 2;

/**
 * What badges draw, built once per look and cloned after: cloning is cheaper
 * than building, and a page of a thousand people shows the same few labels
 * and scores over and over.
 */
const looks = new Map<string, Node>();
function drawn<T extends Node>(look: string, build: () => T): T {
  let node = looks.get(look);
  if (!node) looks.set(look, (node = build()));
  return node.cloneNode(true) as T;
}

/**
 * A badge's listeners are attached when the pointer or the keyboard's focus
 * first comes to it, not up front for every badge on a page of a thousand.
 * The page-wide listeners run first of all (the window, capturing), before
 * anything the page does with the event.
 */
const attachers = new WeakMap<EventTarget, () => void>();
let approachWatched = false;
function attachOnApproach(host: Element, attach: () => void) {
  attachers.set(host, attach);
  if (approachWatched) return;
  approachWatched = true;
  const approach = (event: Event) => {
    // The host is on the path even inside the page's own shadow roots.
    for (const target of event.composedPath()) {
      const attachNow = attachers.get(target);
      if (!attachNow) continue;
      attachers.delete(target);
      attachNow();
    }
  };
  // A pointer that never moved (the badge was put under it) comes down on it first.
  for (const type of ['pointerover', 'pointerdown', 'focusin']) window.addEventListener(type, approach, { capture: true, passive: true });
}

/**
 * A badge, not yet in the page. `compact` is for tight spots such as a list
 * row's sender column: it shows the top segment and the score only. The
 * badge knows what it shows; the rest of what SegLens knows of the person is
 * asked for when the pointer or the keyboard's focus comes to the badge, for
 * its card.
 */
export function createBadge(ctx: BadgeContext, kind: BadgeKind, source: CardSource) {
  const host = document.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  styleShadowRoot(root, BADGE_CSS[kind]);
  const loading = ctx.t('badge.loading');
  const badge = drawn(`badge ${loading}`, () => el('span', {
    class: 'badge loading', role: 'button', tabindex: '0', 'aria-busy': 'true', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-label': loading,
  }));
  root.append(badge);

  let state: BadgeState | null = null;
  /** The card's answers for the person the badge shows now, once asked for. */
  let person: { about: BadgeState; answer: PersonAnswer | null; workspace: WorkspaceAnswer | null } | null = null;
  /** What was typed in the card's tag field, kept while the card is drawn anew. */
  const draft = { text: '' };
  function askForCard() {
    if (!state || !('result' in state) || person?.about === state) return;
    const about = state;
    // The same person changed (a tag added): the card shows what it knew until the new answer comes, so its field keeps focus.
    const before = person && 'result' in person.about && person.about.result.email === about.result.email ? person : null;
    const asked = { about, answer: before?.answer ?? null, workspace: before?.workspace ?? null };
    person = asked;
    const unreachable = (): Refusal => ({ ok: false, problem: 'unreachable' });
    void Promise.all([source.person(state.result.email).catch(unreachable), source.workspace().catch(unreachable)]).then(([answer, workspace]) => {
      if (person !== asked) return;
      Object.assign(asked, { answer, workspace });
      cards.redraw(owner);
    });
  }

  const owner: CardOwner = {
    badge,
    host,
    draw: () => {
      if (!state) return messageCard(ctx.t('badge.loading'), ctx.locale);
      if ('problem' in state) return messageCard(problemText(state, ctx.t), ctx.locale);
      askForCard();
      const answer = person?.answer;
      if (!answer) return messageCard(ctx.t(state.result.known ? 'badge.loading' : 'card.unknown'), ctx.locale);
      if (!answer.ok) return messageCard(problemText(answer, ctx.t), ctx.locale);
      const { result } = answer;
      const card = !result.known ? messageCard(ctx.t('card.unknown'), ctx.locale)
        : isWholeCard(result) ? knownCard(result, ctx.t, ctx.locale) : summaryCard(result, ctx.t, ctx.locale);
      // A viewer, or an API never reached, gets no controls at all.
      const workspace = person?.workspace;
      if (workspace?.ok) {
        card.append(...personActions({ ...ctx, person: answer.result, changes: answer.changes, workspace, draft, change: source.change, pageName: source.pageName }));
      }
      return card;
    },
    expanded: (open) => badge.setAttribute('aria-expanded', String(open)),
  };

  attachOnApproach(host, () => {
    keepFromPage(badge, { keys: true });
    // Not the page's: no focus taken from the field the user is typing in, no text selected, no link or row dragged.
    badge.addEventListener('mousedown', (event) => event.preventDefault());
    badge.addEventListener('mouseenter', () => {
      // Asked now, the answer is there when the card opens.
      askForCard();
      cards.hover(owner);
    });
    badge.addEventListener('mouseleave', () => cards.leave());
    badge.addEventListener('click', (event) => {
      // The badge often sits inside a link: following it is not what the user asked for.
      event.preventDefault();
      // A click with no pointer behind it (detail 0) comes from the keyboard or assistive technology.
      cards.toggle(owner, { keyboard: event.detail === 0 });
    });
    badge.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        cards.toggle(owner, { keyboard: true });
      } else if (event.key === 'Escape') {
        cards.close(owner, { refocus: true });
      }
    });
  });

  return {
    host,
    /** Opens the card pinned, with focus in its tag field (the context menu, the shortcut). */
    openTags: () => cards.openAt(owner, TAG_FIELD),
    /** Draws what is known of the person inside the badge's box, which keeps its size. */
    show(next: BadgeState) {
      state = next;
      badge.removeAttribute('aria-busy');
      if ('problem' in next) {
        badge.className = 'badge error';
        badge.replaceChildren(drawn('error', () => el('span', { class: 'mark' }, '!')));
        badge.setAttribute('aria-label', problemText(next, ctx.t));
      } else if (!next.result.known) {
        badge.className = 'badge unknown';
        badge.replaceChildren(drawn('unknown', () => el('span', { class: 'mark' }, '?')));
        badge.setAttribute('aria-label', ctx.t('card.unknown'));
      } else {
        const person = next.result;
        const shown = person.badges.slice(0, kind === 'compact' ? 1 : INLINE_BADGES);
        const more = kind === 'compact' ? 0 : person.badges.length - shown.length;
        const labels = person.badges.map((b) => badgeLabel(b, ctx.t, ctx.locale));
        const score = formatNumber(person.leadScore.score, ctx.locale);
        badge.className = 'badge known';
        badge.replaceChildren(...shown.map((b, i) => drawn(`chip ${b.kind} ${labels[i]}`, () => chip(b, ctx.t, ctx.locale))),
          ...(more > 0 ? [drawn(`more ${ctx.locale} ${more}`, () => el('span', { class: 'more' }, `+${formatNumber(more, ctx.locale)}`))] : []),
          drawn(`score ${score}`, () => el('span', { class: 'score' }, score)));
        badge.setAttribute('aria-label', `${person.displayName}: ${labels.join(', ')}; ${ctx.t('card.leadScore')} ${score}`);
      }
      cards.redraw(owner);
    },
  };
}
export type BadgeView = ReturnType<typeof createBadge>;
