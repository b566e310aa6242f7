import type { Translate } from '../../shared/i18n';
import type { ConnectionStatus } from '../messages';

/** A connection test's outcome in plain words. */
export function connectionText(status: ConnectionStatus, t: Translate): string {
  if (status.ok) return t('conn.ok', { name: status.name, role: t(`role.${status.role}`) });
  return t(`conn.${status.problem}`, { url: status.url ?? '', status: status.status ?? '' });
}
