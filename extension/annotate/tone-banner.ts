/**
 * The tone banner of a message being written to a dissatisfied or angry
 * customer: who it is about, their satisfaction, how to open and what to
 * avoid (the workspace's tone guide), in the user's language, with a button
 * that hides it in this conversation. Its host is a block in the page's flow
 * (compose-tone.ts puts it right before the editor), so it moves the editor
 * down rather than covering anything the user writes; what it shows is in a
 * closed shadow root, styled like the card.
 */
import { isRtl } from '../../shared/i18n';
import type { KnownPerson } from '../../shared/schemas/lookup';
import type { BadgeContext } from './badge';
import { el } from './dom';
import { styleShadowRoot, TONE_BANNER_CSS } from './overlay-styles';
import { keepFromPage } from './page-events';

export const TONE_BANNER_TAG = 'seglens-tone';

/** A recipient who calls for care, with their satisfaction and its tone guide. */
export type CarefulRecipient = { displayName: string; satisfaction: NonNullable<KnownPerson['satisfaction']> };

export function createToneBanner(onDismiss: () => void) {
  const host = document.createElement(TONE_BANNER_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  styleShadowRoot(root, TONE_BANNER_CSS);
  return {
    host,
    show({ displayName, satisfaction: { segment, tone } }: CarefulRecipient, { t, locale }: BadgeContext) {
      const dismiss = el('button', { type: 'button', class: 'dismiss', 'aria-label': t('tone.dismiss'), title: t('tone.dismiss') }, '×');
      // The editor keeps the focus: the user goes on typing where they were.
      dismiss.addEventListener('mousedown', (event) => event.preventDefault());
      dismiss.addEventListener('click', onDismiss);
      const banner = el('div', { class: `banner ${segment}`, role: 'note', dir: isRtl(locale) ? 'rtl' : 'ltr', 'aria-label': t('tone.label', { name: displayName }) },
        el('div', { class: 'head' },
          el('span', { class: `pill kind-satisfaction satisfaction-${segment}` }, t('tone.customer', { segment: t(`satisfaction.${segment}`) })),
          el('strong', { class: 'who', dir: 'auto' }, displayName),
          dismiss),
        el('p', {}, el('b', {}, `${t('tone.open')}: `), tone.open[locale]),
        el('p', {}, el('b', {}, `${t('tone.avoid')}: `), tone.avoid[locale]));
      // Clicks and keys on the banner are not the page's (its editor's shortcuts, its drag and drop).
      keepFromPage(banner, { keys: true });
      root.replaceChildren(banner);
    },
  };
}
export type ToneBannerView = ReturnType<typeof createToneBanner>;
