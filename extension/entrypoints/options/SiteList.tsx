import { BUILT_IN_SITES, isEnabled, sitesOf, type Site } from '../../site-access';
import { turnOff, turnOn, useEnabledPatterns } from '../../ui/site-switch';
import type { Translate } from '../../../shared/i18n';

/** The built-in sites, then every other site the user enabled, each with its switch. */
export function SiteList({ t }: { t: Translate }) {
  const enabled = useEnabledPatterns();
  if (!enabled) return null;
  const sites: Site[] = [...BUILT_IN_SITES, ...sitesOf(enabled).filter((site) => !site.builtIn)];
  return (
    <section>
      <h2>{t('options.sites')}</h2>
      <p className="muted">{t('options.sitesHelp')}</p>
      <ul className="sites" data-testid="sites">
        {sites.map((site) => {
          const on = isEnabled(site, enabled);
          return (
            <li key={site.patterns[0]}>
              <span className="who">
                {site.name}
                <span className="email">{site.patterns.join(' ')}</span>
              </span>
              <span className={`chip${on ? '' : ' unknown'}`}>{on ? t('options.siteOn') : t('options.siteOff')}</span>
              {on
                ? <button type="button" className="secondary" onClick={() => void turnOff(site)}>{t('options.turnOff')}</button>
                : <button type="button" onClick={() => void turnOn(site)}>{t('options.turnOn')}</button>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
