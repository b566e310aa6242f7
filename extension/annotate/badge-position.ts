/**
 * Where a badge goes in the page: right after what names the person, or
 * before it in a compact spot (a list row, where the end of a long name is cut
 * off). Never inside the page's own controls — a field, a button, an editable
 * region, a recipient chip — where it would be clipped, take the control's
 * clicks or become part of what the user types: beside the outermost such
 * control instead.
 */

const FIELDS = [
  'input', 'textarea', 'select', 'button', '[contenteditable]:not([contenteditable="false" i])',
  '[role="button"]', '[role="textbox"]', '[role="combobox"]',
].join(', ');
const CONTROLS = `${FIELDS}, [role="option"]`;

/** Puts the badge's host in the page, beside its anchor or the outermost control around it. */
export function insertBadgeHost(host: Element, anchor: Element | Text, compact: boolean) {
  let outermost: Element | null = null;
  const start = anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor.parentElement;
  // A compact badge is a list row's, and a row may be an option of a listbox (Outlook's message list): it stays in its row.
  const controls = compact ? FIELDS : CONTROLS;
  for (let control = start?.closest(controls); control; control = control.parentElement?.closest(controls)) outermost = control;
  const target = outermost ?? anchor;
  if (compact) target.before(host);
  else target.after(host);
}
