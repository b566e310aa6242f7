import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { askBackground, type ConnectionStatus, type ContentRequest, type PagePeopleAnswer } from '../../messages';
import { badgeLabel } from '../../annotate/person-card';
import { connectionText } from '../../ui/connection-text';
import { useLocale } from '../../ui/use-locale';

/** The tab to report on: the active one, or the one named by `?tab=` (used to test the popup in a tab). */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (named) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const { t, locale } = useLocale();
  const [status, setStatus] = useState<ConnectionStatus | null>(null);
  const [page, setPage] = useState<PagePeopleAnswer | null | 'unavailable'>(null);

  useEffect(() => {
    void askBackground({ type: 'test-connection' }).then(setStatus);
    void targetTabId()
      .then((id) => id === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(id, { type: 'page-people' } satisfies ContentRequest))
      .then((answer: PagePeopleAnswer) => setPage(answer), () => setPage('unavailable'));
  }, []);

  // Every anchor of the site's adapter missing means the site's markup changed under it.
  const health = page && page !== 'unavailable' ? page.health : null;
  const siteChanged = health !== null && health.missing.length === health.checked;

  return (
    <main style={{ padding: 12 }}>
      <h1>{t('popup.title')}</h1>
      {status && <p className={`status ${status.ok ? 'ok' : 'bad'}`} data-testid="connection">{status.ok ? t('popup.connected', { name: status.name, role: status.role }) : connectionText(status, t)}</p>}
      {siteChanged && <p className="status bad" data-testid="site-changed">{t('popup.siteChanged', { site: health.site, missing: health.missing.join(', ') })}</p>}
      <h2 style={{ fontSize: 14, margin: '12px 0 0' }}>{t('popup.people')}</h2>
      {page === 'unavailable' && <p className="muted">{t('popup.unavailable')}</p>}
      {page && page !== 'unavailable' && page.people.length === 0 && <p className="muted">{t('popup.none')}</p>}
      {page && page !== 'unavailable' && page.people.length > 0 && (
        <ul className="people" data-testid="people">
          {page.people.map((p) => (
            <li key={p.email}>
              <span className="who" dir="auto">
                {p.result?.known ? p.result.displayName : p.name ?? p.email}
                <span className="email">{p.email}</span>
              </span>
              {p.result?.known
                ? <span className="chip">{p.result.badges[0] ? badgeLabel(p.result.badges[0], t, locale) : ''} · {p.result.leadScore.score}</span>
                : <span className="chip unknown">{t('popup.unknownShort')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p><a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t('popup.options')}</a></p>
    </main>
  );
}
