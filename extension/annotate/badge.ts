/**
 * One badge beside one person: a host element after the anchor, holding a
 * closed shadow root with the badge and, on hover or click, the card.
 */
import type { Translate } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/enums';
import type { LookupResult } from '../../shared/schemas/lookup';
import type { ConnectionProblem } from '../messages';
import { el } from './dom';
import { OVERLAY_CSS } from './overlay-styles';
import { badgeLabel, chip, knownCard, messageCard, problemText } from './person-card';

export const BADGE_TAG = 'seglens-badge';
export type BadgeState = { result: LookupResult } | { problem: ConnectionProblem; url?: string; status?: number };
export type BadgeContext = { t: Translate; locale: Locale };

/** Badges shown beside a name, by priority; the rest are counted ("+2") and listed on the card. */
const INLINE_BADGES = 3;
const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;

/** Open cards follow scrolling through one page-wide listener, not one per badge. */
const openCards = new Set<() => void>();
let followingScroll = false;
function followScroll(onScroll: () => void) {
  openCards.add(onScroll);
  if (followingScroll) return;
  followingScroll = true;
  window.addEventListener('scroll', () => { for (const f of [...openCards]) f(); }, { passive: true, capture: true });
}

/**
 * `compact` is for tight spots such as a list row's sender column, where a
 * long name would push the badge out of sight: the badge goes before the name
 * and shows the top segment and the score only.
 */
export function mountBadge(anchor: ChildNode, ctx: BadgeContext, compact = false) {
  const host = document.createElement(BADGE_TAG);
  // Inline and !important, so no page rule can hide, move or restyle the host.
  host.style.cssText = 'all: initial !important; display: inline !important; position: static !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const badge = el('span', { class: 'badge loading', role: 'button', tabindex: '0', 'aria-busy': 'true', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
  root.append(el('style', {}, OVERLAY_CSS), badge);
  if (compact) {
    host.toggleAttribute('data-compact', true);
    anchor.before(host);
  } else {
    anchor.after(host);
  }

  let state: BadgeState | null = null;
  let card: HTMLElement | null = null;
  let pinned = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function place(target: HTMLElement) {
    const box = badge.getBoundingClientRect();
    const { innerWidth: vw, innerHeight: vh } = window;
    const width = Math.min(320, vw - 16);
    const left = Math.max(8, Math.min(box.left, vw - width - 8));
    target.style.left = `${left}px`;
    const height = target.offsetHeight;
    const below = box.bottom + 6;
    target.style.top = `${below + height > vh && box.top - height - 6 > 0 ? box.top - height - 6 : below}px`;
  }

  function open() {
    if (!state) return;
    card?.remove();
    card = 'result' in state
      ? state.result.known ? knownCard(state.result, ctx.t, ctx.locale) : messageCard(ctx.t('card.unknown'), ctx.locale)
      : messageCard(problemText(state, ctx.t), ctx.locale);
    card.addEventListener('mouseenter', () => clearTimeout(timer));
    card.addEventListener('mouseleave', scheduleClose);
    root.append(card);
    place(card);
    badge.setAttribute('aria-expanded', 'true');
    followScroll(onScroll);
  }

  function onScroll() {
    if (card && pinned) place(card);
    else close();
  }

  function close() {
    openCards.delete(onScroll);
    card?.remove();
    card = null;
    pinned = false;
    badge.setAttribute('aria-expanded', 'false');
  }

  function scheduleClose() {
    clearTimeout(timer);
    if (!pinned) timer = setTimeout(close, CLOSE_DELAY_MS);
  }

  badge.addEventListener('mouseenter', () => {
    clearTimeout(timer);
    if (!card) timer = setTimeout(open, OPEN_DELAY_MS);
  });
  badge.addEventListener('mouseleave', scheduleClose);
  badge.addEventListener('click', (event) => {
    // The badge often sits inside a link or a clickable row: the click is ours alone.
    event.preventDefault();
    event.stopPropagation();
    clearTimeout(timer);
    if (pinned) return close();
    if (!card) open();
    pinned = true;
  });
  badge.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') badge.click();
    if (event.key === 'Escape') close();
    event.stopPropagation();
  });

  return {
    host,
    show(next: BadgeState) {
      state = next;
      badge.removeAttribute('aria-busy');
      badge.removeAttribute('title');
      badge.replaceChildren();
      if ('problem' in next) {
        badge.className = 'badge error';
        badge.append('!');
        badge.setAttribute('aria-label', problemText(next, ctx.t));
      } else if (!next.result.known) {
        badge.className = 'badge unknown';
        badge.append('?');
        badge.setAttribute('aria-label', ctx.t('card.unknown'));
        badge.title = ctx.t('card.unknown');
      } else {
        const person = next.result;
        const shown = person.badges.slice(0, compact ? 1 : INLINE_BADGES);
        const more = compact ? 0 : person.badges.length - shown.length;
        badge.className = 'badge known';
        badge.append(...shown.map((b) => chip(b, ctx.t, ctx.locale)),
          more > 0 ? el('span', { class: 'more' }, `+${more}`) : '',
          el('span', { class: 'score', title: ctx.t('card.leadScore') }, String(person.leadScore.score)));
        const labels = person.badges.map((b) => badgeLabel(b, ctx.t, ctx.locale)).join(', ');
        badge.setAttribute('aria-label', `${person.displayName}: ${labels}; ${ctx.t('card.leadScore')} ${person.leadScore.score}`);
      }
      if (card) open();
    },
  };
}
export type BadgeView = ReturnType<typeof mountBadge>;
