import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { onOutboxChanged, type OutboxEntry } from '../../background/outbox';
import { changeText, refusalText } from '../../change-text';
import { askBackground, type ConnectionStatus, type WorkspaceAnswer } from '../../messages';
import { badgeLabel } from '../../annotate/person-card';
import { hostOf, isEnabled, siteOf, type Site } from '../../site-access';
import { openSidePanel } from '../../side-panel';
import { layoutChanged } from '../../sites/site-health';
import { connectionText } from '../../ui/connection-text';
import { turnOff, turnOn, useEnabledPatterns } from '../../ui/site-switch';
import { formatNumber } from '../../../shared/i18n';
import { useLocale } from '../../ui/use-locale';
import { watchPagePeople, type PagePeople } from './page-people';
import { PersonActions } from './PersonActions';

type Tab = { id: number; windowId: number; site: Site | null; host: string | null };

/**
 * The tab to report on: the active one, or the one named by `?tab=` (used to
 * test the popup in a tab). Its address is readable through activeTab, or the
 * site's permission once granted.
 */
async function targetTab(): Promise<Tab | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tab = named ? await browser.tabs.get(named) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, windowId: tab.windowId, site: siteOf(tab.url), host: hostOf(tab.url) };
}

type Switching = 'idle' | 'asking' | 'refused' | 'turnedOff';

export function Popup() {
  const { t, locale } = useLocale();
  const [status, setStatus] = useState<ConnectionStatus | null>(null);
  const [tab, setTab] = useState<Tab | null>(null);
  const [page, setPage] = useState<PagePeople | null | 'unavailable'>(null);
  const [switching, setSwitching] = useState<Switching>('idle');
  const enabled = useEnabledPatterns();

  const [asked, setAsked] = useState(0);
  const [waiting, setWaiting] = useState<OutboxEntry[]>([]);
  const [workspace, setWorkspace] = useState<WorkspaceAnswer | null>(null);
  /** The person whose tag controls are open. */
  const [tagging, setTagging] = useState<string | null>(null);

  useEffect(() => {
    const read = () => void askBackground({ type: 'outbox' }).then(setWaiting);
    read();
    return onOutboxChanged(read);
  }, []);

  useEffect(() => {
    void askBackground({ type: 'test-connection' }).then(setStatus);
    void askBackground({ type: 'workspace' }).then(setWorkspace);
    void targetTab().then((found) => {
      setTab(found);
      if (!found) setPage('unavailable');
    });
  }, []);

  // Asked again once the site is enabled and the script injected.
  useEffect(() => {
    if (!tab) return;
    return watchPagePeople(tab.id, (found) => setPage(found ?? 'unavailable'));
  }, [tab, asked]);

  const site = tab?.site ?? null;
  const siteOn = site !== null && enabled !== null && isEnabled(site, enabled);

  async function enable(on: Site) {
    setSwitching('asking');
    if (!(await turnOn(on))) return setSwitching('refused');
    setSwitching('idle');
    setAsked((n) => n + 1);
  }

  async function disable(off: Site) {
    await turnOff(off);
    setSwitching('turnedOff');
  }

  const health = page && page !== 'unavailable' ? page.health : null;

  function openProfile(email: string) {
    // Straight from the click: the browser opens its side panel only during a user action.
    void openSidePanel(tab?.windowId);
    void askBackground({ type: 'open-profile', email });
  }

  return (
    <main style={{ padding: 12 }}>
      <h1>{t('popup.title')}</h1>
      {status && <p className={`status ${status.ok ? 'ok' : 'bad'}`} data-testid="connection">{status.ok ? t('popup.connected', { name: status.name, role: t(`role.${status.role}`) }) : connectionText(status, t)}</p>}
      {site && enabled && (
        <section data-testid="site">
          {switching === 'turnedOff' && <p className="muted">{t('popup.disabled')}</p>}
          {switching !== 'turnedOff' && siteOn && (
            <p className="site-line">
              <span dir="auto">{t('popup.siteOn', { site: site.name })}</span>
              <button type="button" className="secondary" onClick={() => void disable(site)}>{t('popup.disable')}</button>
            </p>
          )}
          {switching !== 'turnedOff' && !siteOn && (
            <>
              <p className="muted" dir="auto">{t('popup.siteOff', { site: site.name })}</p>
              <button type="button" disabled={switching === 'asking'} onClick={() => void enable(site)}>
                {site.builtIn ? t('popup.enableBuiltIn', { site: site.name }) : t('popup.enable')}
              </button>
              {switching === 'refused' && <p className="status bad">{t('popup.refused', { site: site.name })}</p>}
            </>
          )}
        </section>
      )}
      {layoutChanged(health) && <p className="status bad" data-testid="site-changed">{t('popup.siteChanged', { site: health.site, missing: health.missing.join(', ') })}</p>}
      <h2 style={{ fontSize: 14, margin: '12px 0 0' }}>{t('popup.people')}</h2>
      {page === 'unavailable' && <p className="muted">{t('popup.unavailable')}</p>}
      {page && page !== 'unavailable' && page.people.length === 0 && <p className="muted">{t('popup.none')}</p>}
      {page && page !== 'unavailable' && page.people.length > 0 && (
        <ul className="people" data-testid="people">
          {page.people.map((p) => (
            <li key={p.email}>
              <span className="who">
                <bdi>{p.result?.known ? p.result.displayName : p.name ?? p.email}</bdi>
                <span className="email">{p.email}</span>
              </span>
              {p.result?.known
                ? <span className="chip">{p.result.badges[0] ? badgeLabel(p.result.badges[0], t, locale) : ''} · {formatNumber(p.result.leadScore.score, locale)}</span>
                : <span className="chip unknown">{t('popup.unknownShort')}</span>}
              {workspace?.ok && (p.result?.known ? workspace.may.tag : workspace.may.addPeople) && (
                <button type="button" className="secondary profile" aria-expanded={tagging === p.email}
                  aria-label={`${t('popup.tag')}: ${p.result?.known ? p.result.displayName : p.name ?? p.email}`}
                  onClick={() => setTagging(tagging === p.email ? null : p.email)}>
                  {t('popup.tag')}
                </button>
              )}
              {p.result?.known && (
                <button type="button" className="secondary profile" aria-label={`${t('popup.profile')}: ${p.result.displayName}`} onClick={() => openProfile(p.email)}>
                  {t('popup.profile')}
                </button>
              )}
              {tagging === p.email && workspace?.ok && (
                <PersonActions email={p.email} pageName={p.name} sourceHost={tab?.host ?? null} workspace={workspace} t={t} locale={locale} />
              )}
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <>
          <h2 style={{ fontSize: 14, margin: '12px 0 0' }}>{t('popup.outbox')}</h2>
          <ul className="people" data-testid="outbox">
            {waiting.map((entry) => (
              <li key={entry.id}>
                <span className="who" dir="auto">
                  {changeText(entry.change, t)}
                  <span className={entry.refused ? 'status bad' : 'email'}>
                    {entry.refused ? refusalText(entry.refused, t) : t('change.waiting', { count: entry.attempts })}
                  </span>
                </span>
                {entry.refused && (
                  <button type="button" className="secondary" onClick={() => void askBackground({ type: 'dismiss-change', id: entry.id })}>{t('popup.dismiss')}</button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p><a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t('popup.options')}</a></p>
    </main>
  );
}
