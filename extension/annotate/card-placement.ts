/**
 * Where a card goes: beside its badge, below it or flipped above, always
 * inside the viewport (scrolling inside when the room is short), and never
 * over the element the user is typing in.
 */

export type Box = { left: number; top: number; right: number; bottom: number };
export type Placement = { left: number; top: number; width: number; maxHeight: number };

/** Kept free between the card and the viewport's edges, and between the card and its badge. */
const MARGIN = 8;
const GAP = 6;
/** Below this much room a card is hardly readable: rather move it aside from the editor. */
const MIN_USEFUL_HEIGHT = 160;

type Span = { start: number; end: number };
const length = (s: Span) => Math.max(0, s.end - s.start);

/** What is left of `span` once `blocked` is taken out: the longer piece. */
function without(span: Span, blocked: Span): Span {
  if (blocked.end <= span.start || blocked.start >= span.end) return span;
  const before = { start: span.start, end: Math.min(span.end, blocked.start - GAP) };
  const after = { start: Math.max(span.start, blocked.end + GAP), end: span.end };
  return length(before) >= length(after) ? before : after;
}

export function placeCard({ badge, card, viewport, avoid = null, rtl = false }: {
  badge: Box;
  /** The card's natural size, laid out without a height limit. */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** The element the user is typing in, if any. */
  avoid?: Box | null;
  /** Right to left: the card lines up with its badge's right edge. */
  rtl?: boolean;
}): Placement {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - width - MARGIN));
  const aligned = clampLeft(rtl ? badge.right - width : badge.left);

  /** The room below and above the badge for a card at `left`, less what the avoided element takes. */
  function rooms(left: number): Array<{ span: Span; below: boolean }> {
    // A badge scrolled partly out of sight still leaves the card inside the viewport.
    let below: Span = { start: Math.max(MARGIN, badge.bottom + GAP), end: viewport.height - MARGIN };
    let above: Span = { start: MARGIN, end: Math.min(viewport.height - MARGIN, badge.top - GAP) };
    if (avoid && avoid.left < left + width && avoid.right > left) {
      const blocked = { start: avoid.top, end: avoid.bottom };
      below = without(below, blocked);
      above = without(above, blocked);
    }
    return [{ span: below, below: true }, { span: above, below: false }];
  }

  /** Below when the whole card fits there, else above when it fits there, else wherever the room is largest. */
  function best(left: number): Placement {
    const options = rooms(left);
    const room = options.find((o) => length(o.span) >= card.height)
      ?? options.reduce((a, b) => (length(b.span) > length(a.span) ? b : a));
    const maxHeight = Math.floor(length(room.span));
    // Below, the card starts at the top of its room; above, it ends at the bottom of its room.
    const top = room.below ? room.span.start : room.span.end - Math.min(card.height, maxHeight);
    return { left, top, width, maxHeight };
  }
  const shown = (p: Placement) => Math.min(card.height, p.maxHeight);

  const placed = best(aligned);
  if (!avoid || shown(placed) >= Math.min(card.height, MIN_USEFUL_HEIGHT)) return placed;
  // Squeezed by the editor: to its side, where it leaves the card's width free, there may be more room.
  return [avoid.left - GAP - width, avoid.right + GAP]
    .filter((left) => left >= MARGIN && left + width <= viewport.width - MARGIN)
    .map(best)
    .reduce((a, b) => (shown(b) > shown(a) ? b : a), placed);
}
