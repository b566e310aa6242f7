/**
 * The card's way to a person's whole profile: the background makes them the
 * person in focus and opens the side panel on them, in the click's user action.
 */
import type { Translate } from '../../shared/i18n';
import { askBackground } from '../messages';
import { el } from './dom';

export function openProfileButton(email: string, t: Translate): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'open-profile' }, t('card.openProfile'));
  // Rejected only when the extension was reloaded meanwhile: nobody is left to open it.
  button.addEventListener('click', () => void askBackground({ type: 'open-profile', email }).catch(() => undefined));
  return button;
}
