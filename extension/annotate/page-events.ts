/**
 * Events on the overlay are the overlay's alone. Host pages act on more than
 * click: a message list selects its row on mousedown or mouseup, opens it on
 * click or double click, drags it from mousedown, shows its own menu on a
 * right click. None of that may happen when the user meant the badge or card.
 */

const POINTER_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend'];
/** Keys pressed while the overlay has focus are not the page's shortcuts. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

const stop = (event: Event) => event.stopPropagation();

export function keepFromPage(element: HTMLElement, { keys = false } = {}) {
  for (const type of keys ? [...POINTER_EVENTS, ...KEY_EVENTS] : POINTER_EVENTS) {
    element.addEventListener(type, stop, { passive: type.startsWith('touch') });
  }
}
