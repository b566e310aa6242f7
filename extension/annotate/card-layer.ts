/**
 * The one card open on a page. It is drawn in a layer of its own at the top
 * of the document, not inside the row that holds its badge, where an ancestor
 * could clip it or stack the page's content over it.
 *
 * It opens on hover after a short delay, or pinned on a click, Enter or
 * Space (then focus moves into it); it closes on Escape and on Tab past its
 * last control (focus goes back to its badge), on a click outside, and when
 * the pointer leaves unless it is pinned. It follows its badge when the page
 * scrolls, pinned; unpinned, scrolling closes it. Drawn anew when what it
 * shows changes, it keeps focus on the control that had it (`data-focus`).
 */
import { placeCard, type Box } from './card-placement';
import { CARD_CSS, styleShadowRoot } from './overlay-styles';
import { keepFromPage } from './page-events';

export const CARD_TAG = 'seglens-card';
const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;

export type CardOwner = {
  /** What the card is placed beside, and where focus returns when it closes. */
  badge: HTMLElement;
  /** The badge's host in the page, to tell the owner's clicks from clicks outside. */
  host: Element;
  /** Draws the card as it stands now. */
  draw: () => HTMLElement;
  /** Told when its card opens and closes. */
  expanded: (open: boolean) => void;
};

/** `focusOn`: the control (its `data-focus`) to focus once it is drawn. */
type OpenCard = { owner: CardOwner; card: HTMLElement; pinned: boolean; focusOn: string | null };

let layer: { host: HTMLElement; root: ShadowRoot } | null = null;
let current: OpenCard | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function theLayer() {
  if (!layer) {
    const host = document.createElement(CARD_TAG);
    host.style.cssText = ['all: initial', 'position: fixed', 'left: 0', 'top: 0', 'width: 0', 'height: 0', 'z-index: 2147483647', 'display: block']
      .map((rule) => `${rule} !important;`).join(' ');
    const root = host.attachShadow({ mode: 'closed' });
    styleShadowRoot(root, CARD_CSS);
    layer = { host, root };
    listenToPage();
  }
  // A page that rebuilds its document may have dropped the layer.
  if (!layer.host.isConnected) document.documentElement.append(layer.host);
  return layer;
}

/** The element the user is typing in (an editor in a frame counts as one), if any. */
function editingBox(): Box | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  const typing = active.isContentEditable || active instanceof HTMLTextAreaElement || active instanceof HTMLIFrameElement
    || (active instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color'].includes(active.type));
  return typing ? active.getBoundingClientRect() : null;
}

function place() {
  if (!current) return;
  const { owner, card } = current;
  const viewport = window.visualViewport ?? { width: window.innerWidth, height: window.innerHeight };
  const badge = owner.badge.getBoundingClientRect();
  // A card whose badge is gone, or scrolled out of sight, would be about nothing the user sees.
  const inSight = badge.bottom > 0 && badge.top < viewport.height && badge.right > 0 && badge.left < viewport.width;
  if (!owner.badge.isConnected || !inSight) return close();
  card.style.maxHeight = 'none';
  const { left, top, width, maxHeight } = placeCard({
    badge,
    card: { width: card.offsetWidth, height: card.offsetHeight },
    viewport: { width: viewport.width, height: viewport.height },
    avoid: editingBox(),
    rtl: card.dir === 'rtl',
  });
  Object.assign(card.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, maxHeight: `${maxHeight}px` });
}

const CONTROLS = 'input, button, [tabindex="0"]';

/** Tab past the card's last control, or Shift+Tab before its first, leaves the card. */
function leavesCard(card: HTMLElement, event: KeyboardEvent): boolean {
  const controls = [...card.querySelectorAll<HTMLElement>(CONTROLS)];
  const at = controls.indexOf(event.composedPath()[0] as HTMLElement);
  return controls.length === 0 || (event.shiftKey ? at <= 0 : at === controls.length - 1);
}

function show(owner: CardOwner, { pinned, focus, focusOn = null }: { pinned: boolean; focus: boolean; focusOn?: string | null }) {
  clearTimeout(timer);
  if (current && current.owner !== owner) close();
  const card = owner.draw();
  card.tabIndex = -1;
  keepFromPage(card, { keys: true });
  card.addEventListener('mouseenter', () => clearTimeout(timer));
  card.addEventListener('mouseleave', () => leave());
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || (event.key === 'Tab' && leavesCard(card, event))) {
      event.preventDefault();
      close({ refocus: true });
    }
  });
  const previous = current?.owner === owner ? current : null;
  const hadFocus = previous?.card.matches(':focus-within') ?? false;
  const focused = (layer?.root.activeElement as HTMLElement | null | undefined)?.dataset.focus ?? null;
  theLayer().root.replaceChildren(card);
  // A control asked for (and maybe not drawn yet: the card was still loading) waits for its drawing; one that had focus gets it back.
  const asked = focusOn ?? previous?.focusOn ?? null;
  const wanted = asked ?? (hadFocus ? focused : null);
  const control = wanted ? card.querySelector<HTMLElement>(`[data-focus="${CSS.escape(wanted)}"]`) : null;
  current = { owner, card, pinned: pinned || (previous?.pinned ?? false), focusOn: control ? null : asked };
  place();
  if (current?.card !== card) return;
  owner.expanded(true);
  if (control) {
    control.focus({ preventScroll: true });
  } else if (focus || hadFocus) {
    card.focus({ preventScroll: true });
  }
}

function close({ refocus = false } = {}) {
  clearTimeout(timer);
  if (!current) return;
  const { owner, card } = current;
  current = null;
  card.remove();
  owner.expanded(false);
  if (refocus) owner.badge.focus({ preventScroll: true });
}

function leave() {
  clearTimeout(timer);
  if (current && !current.pinned) timer = setTimeout(close, CLOSE_DELAY_MS);
}

/** Page-wide listeners, added once, for the open card. */
function listenToPage() {
  window.addEventListener('scroll', () => {
    if (current?.pinned) place();
    else close();
  }, { capture: true, passive: true });
  window.addEventListener('resize', place, { passive: true });
  document.addEventListener('pointerdown', (event) => {
    const path = event.composedPath();
    if (current && !path.includes(layer!.host) && !path.includes(current.owner.host)) close();
  }, { capture: true });
  // Escape closes the card wherever focus is (inside the card or on its badge, they handle it). A card
  // the user opened on purpose takes the Escape for itself; a hover card lets the page have it too.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !current) return;
    const path = event.composedPath();
    if (path.includes(layer!.host) || path.includes(current.owner.host)) return;
    if (current.pinned) {
      event.preventDefault();
      event.stopPropagation();
    }
    close();
  }, { capture: true });
}

export const cards = {
  /** The pointer is on a badge: its card opens after a short delay. */
  hover(owner: CardOwner) {
    clearTimeout(timer);
    if (current?.owner !== owner) timer = setTimeout(() => show(owner, { pinned: false, focus: false }), OPEN_DELAY_MS);
  },
  leave,
  /** A click, Enter or Space on a badge: its card opens pinned, or closes when it was. */
  toggle(owner: CardOwner, { keyboard }: { keyboard: boolean }) {
    if (current?.owner === owner && current.pinned) close({ refocus: keyboard });
    else show(owner, { pinned: true, focus: keyboard });
  },
  close(owner: CardOwner, { refocus }: { refocus: boolean }) {
    if (current?.owner === owner) close({ refocus });
  },
  /** The owner's state changed: an open card is drawn again in place. */
  redraw(owner: CardOwner) {
    if (current?.owner === owner) show(owner, { pinned: current.pinned, focus: false });
  },
  /** Opens the card pinned with focus on one of its controls, once drawn (the tag field, from the context menu or the shortcut). */
  openAt(owner: CardOwner, control: string) {
    show(owner, { pinned: true, focus: true, focusOn: control });
  },
};
