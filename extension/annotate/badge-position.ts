/**
 * Where a badge goes in the page: right after what names the person, or
 * before it in a compact spot (a list row, where the end of a long name is cut
 * off). Never inside the page's own controls — a field, a button, an editable
 * region, a recipient chip — where it would be clipped, take the control's
 * clicks or become part of what the user types: beside the outermost such
 * control instead.
 */

const CONTROLS = [
  'input', 'textarea', 'select', 'button', '[contenteditable]:not([contenteditable="false" i])',
  '[role="button"]', '[role="option"]', '[role="textbox"]', '[role="combobox"]',
].join(', ');

export function insertBadgeHost(host: Element, anchor: Element | Text, compact: boolean) {
  let outermost: Element | null = null;
  const start = anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor.parentElement;
  for (let control = start?.closest(CONTROLS); control; control = control.parentElement?.closest(CONTROLS)) outermost = control;
  const target = outermost ?? anchor;
  if (compact) target.before(host);
  else target.after(host);
}
