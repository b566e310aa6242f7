/**
 * Tells the API that a site's layout changed under its adapter, so the admins
 * learn of it without waiting for a user to open the popup: at most once per
 * site and extension version a day from each browser. The service worker
 * sleeps between events, so what was reported today is kept in extension
 * storage rather than in memory.
 *
 * The report is the adapter's id, the names of its anchors as the adapter
 * defines them, how many it checks and the extension's version: never the
 * page's address nor anything read from it.
 */
import { browser } from 'wxt/browser';
import type { SiteReportInput } from '../../shared/schemas/site-reports';
import { SITE_ADAPTERS } from '../sites';
import { layoutChanged, type SiteHealth } from '../sites/site-health';

const KEY = 'siteLayoutReports';

/** What was reported on `day` (UTC, YYYY-MM-DD), as `site@version`; another day's list no longer counts. */
type ReportedOn = { day: string; reported: string[] };

type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<unknown> };

/** A changed layout's report, from the adapter's own definition; null when the health is not of a known adapter with all its anchors missing. */
export function siteReportOf(health: SiteHealth, version: string): SiteReportInput | null {
  const adapter = SITE_ADAPTERS.find((a) => a.id === health.site);
  if (!adapter) return null;
  const names = Object.keys(adapter.anchors);
  const report = { site: adapter.id, version, missing: names.filter((name) => health.missing.includes(name)), checked: names.length };
  return layoutChanged(report) ? report : null;
}

export function createSiteLayoutReporter(options: {
  version: string;
  send: (report: SiteReportInput) => Promise<unknown>;
  storage?: Storage;
  today?: () => string;
}) {
  const { version, send, storage = browser.storage.local, today = () => new Date().toISOString().slice(0, 10) } = options;

  // Claims run one at a time: two tabs of a site reporting together must not both see "not yet today".
  let queue: Promise<unknown> = Promise.resolve();
  /** Records `key` as reported today; false when it already was. */
  function claim(key: string): Promise<boolean> {
    const run = queue.then(async () => {
      const day = today();
      const stored = (await storage.get(KEY))[KEY] as ReportedOn | undefined;
      const reported = stored?.day === day ? stored.reported : [];
      if (reported.includes(key)) return false;
      await storage.set({ [KEY]: { day, reported: [...reported, key] } satisfies ReportedOn });
      return true;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    /** Whether the API was told now. A report that fails is not tried again before the next day. */
    async report(health: SiteHealth): Promise<boolean> {
      const report = siteReportOf(health, version);
      if (!report || !(await claim(`${report.site}@${report.version}`))) return false;
      try {
        await send(report);
        return true;
      } catch (error) {
        console.warn('SegLens could not report a site\'s changed layout', error);
        return false;
      }
    },
  };
}
