/** A change made from the extension, and why it was refused, in words: the card and the popup say them alike. */
import type { Translate } from '../shared/i18n';
import type { PendingChange, Refused } from './background/outbox';

export function changeText(change: PendingChange, t: Translate): string {
  if (change.kind === 'person') return t('change.person', { email: change.email });
  return t(change.on ? 'change.tag' : 'change.untag', { email: change.email, tag: change.label });
}

export function refusalText({ problem, status }: Refused, t: Translate): string {
  const reason = problem === 'forbidden' ? t('change.forbidden') : status === 404 ? t('change.notFound') : t('change.otherRefusal', { status: status ?? '' });
  return t('change.refused', { reason });
}
