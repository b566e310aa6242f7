import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from './card-placement';

const viewport = { width: 1366, height: 768 };
const badgeAt = (left: number, top: number): Box => ({ left, top, right: left + 88, bottom: top + 16 });
const bottomOf = (p: { top: number; maxHeight: number }, height: number) => p.top + Math.min(height, p.maxHeight);

describe('placing a card', () => {
  it('goes below its badge when it fits there, lined up with it', () => {
    const placed = placeCard({ badge: badgeAt(300, 100), card: { width: 320, height: 400 }, viewport });
    expect(placed).toEqual({ left: 300, top: 122, width: 320, maxHeight: 638 });
  });

  it('flips above a badge near the bottom, ending just over it', () => {
    const placed = placeCard({ badge: badgeAt(300, 700), card: { width: 320, height: 400 }, viewport });
    expect(bottomOf(placed, 400)).toBe(694);
    expect(placed.top).toBe(294);
  });

  it('scrolls inside where neither side has room, on the roomier side, within the viewport', () => {
    const placed = placeCard({ badge: badgeAt(300, 430), card: { width: 320, height: 676 }, viewport });
    expect(placed.top).toBe(8);
    expect(placed.maxHeight).toBe(416);
    expect(bottomOf(placed, 676)).toBe(430 - 6);
    const lower = placeCard({ badge: badgeAt(300, 330), card: { width: 320, height: 676 }, viewport });
    expect(lower).toMatchObject({ top: 352, maxHeight: 408 });
  });

  it('stays inside the viewport at the right edge, and lines up with the right edge right to left', () => {
    expect(placeCard({ badge: badgeAt(1300, 100), card: { width: 320, height: 200 }, viewport }).left).toBe(1366 - 320 - 8);
    expect(placeCard({ badge: badgeAt(500, 100), card: { width: 320, height: 200 }, viewport, rtl: true }).left).toBe(588 - 320);
    expect(placeCard({ badge: badgeAt(20, 100), card: { width: 320, height: 200 }, viewport, rtl: true }).left).toBe(8);
  });

  it('narrows to a narrow viewport', () => {
    expect(placeCard({ badge: badgeAt(20, 100), card: { width: 320, height: 200 }, viewport: { width: 300, height: 600 } }).width).toBe(284);
  });

  it('keeps the card inside the viewport when its badge is scrolled partly out of sight', () => {
    const placed = placeCard({ badge: { left: 300, top: -10, right: 388, bottom: 6 }, card: { width: 320, height: 300 }, viewport });
    expect(placed.top).toBe(12);
  });

  it('never covers the editor the user is typing in: below it when the editor is right under the badge', () => {
    const editor: Box = { left: 0, top: 130, right: 1366, bottom: 500 };
    const placed = placeCard({ badge: badgeAt(300, 100), card: { width: 320, height: 300 }, viewport, avoid: editor });
    expect(placed.top).toBe(506);
    expect(bottomOf(placed, 300)).toBeLessThanOrEqual(760);
  });

  it('beside the editor when above and below there is too little room', () => {
    const editor: Box = { left: 400, top: 60, right: 1300, bottom: 740 };
    const placed = placeCard({ badge: badgeAt(500, 40), card: { width: 320, height: 500 }, viewport, avoid: editor });
    expect(placed.left + placed.width).toBeLessThanOrEqual(400);
    expect(placed.maxHeight).toBeGreaterThanOrEqual(500);
  });
});
