/** The badge's and card's styles, inside their shadow roots where page styles cannot reach. */
import { el } from './dom';

const FONT = 'system-ui, -apple-system, "Segoe UI", Vazirmatn, Tahoma, sans-serif';
/** A segment's chip, coloured by its kind, on the badge, the card and the popup alike. */
export const CHIP_CSS = `
.pill { padding: 0 4px; border-radius: 8px; color: #fff; background: #475569; }
.kind-rfm { background: #4f46e5; } .kind-value { background: #b45309; } .kind-lifecycle { background: #0f766e; }
.kind-satisfaction { background: #be123c; } .kind-lead { background: #c2410c; } .kind-funnel { background: #1d4ed8; }
.kind-tag { background: #475569; } .kind-segment { background: #7c3aed; }
.satisfaction-satisfied { background: #15803d; } .satisfaction-dissatisfied { background: #a16207; }
`;

/**
 * Each kind of badge has one box, whatever it shows: loading, a known person,
 * an unknown one or an error. The page never shifts when an answer arrives,
 * and page script cannot tell who is known from the size of the box.
 */
export const BADGE_BOX = { full: { width: 184, height: 16 }, compact: { width: 96, height: 16 } } as const;
export type BadgeKind = keyof typeof BADGE_BOX;

/**
 * The host element's own style, from inside its shadow root: !important
 * there wins over any page rule, even an !important one, so no page can hide,
 * move or resize it; and one shared sheet styles every host, where an inline
 * style would be copied into each. Size, layout and paint are contained: what
 * changes inside the box never makes the page lay out again. Out of sight,
 * the browser leaves what is inside unstyled and undrawn until the page
 * scrolls near it (content-visibility), so a list of a thousand people costs
 * little more than the rows on screen.
 */
function hostCss(kind: BadgeKind): string {
  const { width, height } = BADGE_BOX[kind];
  const gap = kind === 'compact' ? 'margin-inline-end' : 'margin-inline-start';
  const rules = ['all: initial', 'display: inline-block', 'position: static', 'box-sizing: content-box', `width: ${width}px`, `height: ${height}px`,
    `${gap}: 4px`, 'vertical-align: middle', 'contain: strict', 'content-visibility: auto', 'visibility: visible'];
  return `:host { ${rules.map((rule) => `${rule} !important;`).join(' ')} }`;
}

/**
 * The badge (the button, alone in its shadow root) fills its box, and what it
 * shows stands at the edge nearest the name: a compact badge stands before
 * the name, a full one after it. What it shows is put in and taken out whole,
 * never moved or resized, so not even the overlay's own elements shift. Only
 * the drawn part takes pointer events: the rest of the box is the page's.
 */
export const BADGE_CSS: Record<BadgeKind, string> = { full: badgeCss('full', 'flex-start'), compact: badgeCss('compact', 'flex-end') };

function badgeCss(kind: BadgeKind, nearTheName: 'flex-start' | 'flex-end') {
  return `${hostCss(kind)}
.badge {
  display: flex; align-items: center; justify-content: ${nearTheName}; gap: 2px; width: 100%; height: 100%; box-sizing: border-box;
  border-radius: 8px; font: 600 10.5px/16px ${FONT}; color: #fff; cursor: pointer; white-space: nowrap; user-select: none; pointer-events: none;
}
.badge > * { pointer-events: auto; }
.badge:focus-visible { outline: 2px solid #2563eb; outline-offset: -2px; }
.loading::before { content: ''; flex: none; width: 8px; height: 8px; margin-inline: 4px; border-radius: 4px; background: #cbd5e1; }
.pill { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.more { flex: none; color: #475569; padding: 0 2px; }
.score { flex: none; padding: 0 5px; border-radius: 8px; background: #0f172a; font-weight: 700; }
.mark { flex: none; box-sizing: border-box; height: 16px; padding: 0 4px; border-radius: 8px; line-height: 14px; }
.unknown .mark { color: #94a3b8; border: 1px dashed #cbd5e1; font-weight: 500; }
.error .mark { color: #b45309; border: 1px solid #fcd34d; }
${CHIP_CSS}`;
}

/**
 * The controls of person-actions.ts (tags, adding a person, refusals) within
 * `scope`: the card's, and the popup's where it tags the people of the page.
 */
export function personActionsCss(scope: string) {
  return `
${scope} .pill { display: inline-block; font-size: 10.5px; font-weight: 600; line-height: 16px; }
${scope} .tags { margin-top: 10px; }
${scope} h3 { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: #64748b; }
${scope} .applied { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 6px; padding: 0; list-style: none; color: inherit; }
${scope} .applied li { display: inline-flex; align-items: center; gap: 2px; }
${scope} .waiting { font-size: 11px; color: #b45309; }
${scope} button { font: inherit; cursor: pointer; }
${scope} .remove { border: 0; background: none; color: #475569; padding: 0 4px; border-radius: 4px; line-height: 16px; }
${scope} .remove:hover { background: #e2e8f0; }
${scope} .combo { position: relative; }
${scope} input { box-sizing: border-box; width: 100%; font: inherit; padding: 4px 8px; border: 1px solid #cbd5e1; border-radius: 6px; background: #fff; color: inherit; }
${scope} input:focus, ${scope} button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
${scope} .options { margin: 2px 0 0; padding: 2px 0; list-style: none; border: 1px solid #e2e8f0; border-radius: 6px; max-height: 150px; overflow-y: auto; }
${scope} .options[hidden] { display: none; }
${scope} .options li { padding: 3px 8px; cursor: pointer; }
${scope} .options li[aria-selected="true"] { background: #e0e7ff; }
${scope} .action { margin-top: 8px; padding: 4px 10px; border: 1px solid #4f46e5; border-radius: 6px; background: #4f46e5; color: #fff; }
${scope} .refusal { margin-top: 8px; padding: 6px 8px; border-radius: 6px; background: #fef2f2; color: #991b1b; font-size: 12px; }
`;
}

/**
 * The card scrolls inside when the room beside its badge is short; its
 * height limit is set where it is placed. Scrolling it to its end does not
 * scroll the page.
 */
export const CARD_CSS = `
.card {
  position: fixed; z-index: 2147483647; width: 320px; max-width: calc(100vw - 16px); box-sizing: border-box;
  overflow-y: auto; overscroll-behavior: contain;
  padding: 12px 14px; border-radius: 10px; background: #fff; color: #0f172a; text-align: start;
  box-shadow: 0 10px 30px rgba(15,23,42,.18), 0 0 0 1px rgba(15,23,42,.08);
  font: 400 13px/1.45 ${FONT}; white-space: normal;
}
.card:focus { outline: none; }
.card:focus-visible { box-shadow: 0 10px 30px rgba(15,23,42,.18), 0 0 0 2px #2563eb; }
.card h2 { margin: 0; font-size: 15px; font-weight: 700; }
.card .company { color: #475569; font-size: 12px; overflow-wrap: anywhere; }
.card .chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 0; }
.card dt { color: #64748b; font-size: 12px; }
.card dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.card ul { margin: 2px 0 0; padding-inline-start: 16px; color: #334155; font-size: 12px; }
.card .offer { margin-top: 10px; padding: 8px 10px; border-radius: 8px; background: #f1f5f9; }
.card .offer strong { display: block; }
.card .offer code { font: 600 12px ui-monospace, monospace; background: #e2e8f0; padding: 0 4px; border-radius: 4px; user-select: all; }
.card .muted { color: #64748b; }
.card .tone { font-size: 12px; color: #334155; }
.card .copy {
  margin: 0; padding: 0 6px; border: 1px solid #cbd5e1; border-radius: 4px; background: #fff; color: #334155;
  font-family: inherit; font-size: 11px; font-weight: 500; line-height: 16px; cursor: pointer;
}
.card .copy:hover { background: #f1f5f9; }
.card .copy:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.card .open-profile { margin-top: 10px; font: 600 12px system-ui, sans-serif; padding: 4px 10px; border-radius: 6px; border: 1px solid #4f46e5; background: #fff; color: #4f46e5; cursor: pointer; }
${personActionsCss('.card')}
${CHIP_CSS}`;

/**
 * The tone banner: a block in the page's flow, as wide as the editor it
 * stands before, its host styled from inside like a badge's (no page rule
 * can hide or move it). Its colour is its satisfaction chip's.
 */
export const TONE_BANNER_CSS = `
:host { ${['all: initial', 'display: block', 'position: static', 'margin: 0 0 8px', 'visibility: visible', 'contain: content'].map((rule) => `${rule} !important;`).join(' ')} }
.banner {
  box-sizing: border-box; padding: 6px 8px 8px 10px; border-radius: 10px; background: #fff; color: #334155; text-align: start;
  border-inline-start: 4px solid #be123c; box-shadow: 0 1px 6px rgba(15,23,42,.12), 0 0 0 1px rgba(15,23,42,.08);
  font: 400 12.5px/1.45 ${FONT}; white-space: normal;
}
.banner.dissatisfied { border-inline-start-color: #a16207; }
.head { display: flex; align-items: center; gap: 6px; }
.pill { flex: none; font-size: 10.5px; font-weight: 600; line-height: 16px; }
.who { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: #0f172a; font-weight: 700; }
.dismiss {
  flex: none; margin-inline-start: auto; width: 22px; height: 22px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: #475569; font: 400 16px/22px ${FONT}; cursor: pointer;
}
.dismiss:hover { background: #f1f5f9; color: #0f172a; }
.dismiss:focus-visible { outline: 2px solid #2563eb; outline-offset: -2px; }
p { margin: 2px 0 0; }
b { color: #0f172a; font-weight: 600; }
${CHIP_CSS}`;

const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * Gives a shadow root its styles: one constructed sheet per text, parsed once
 * and shared by every badge on the page; where a content script may not adopt
 * a sheet (Firefox refuses it from an extension's world), a style element.
 */
export function styleShadowRoot(root: ShadowRoot, css: string) {
  if (!sheets.has(css)) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      sheets.set(css, sheet);
      return;
    } catch {
      sheets.set(css, null);
    }
  }
  const sheet = sheets.get(css);
  if (sheet) root.adoptedStyleSheets = [sheet];
  else root.append(el('style', {}, css));
}
