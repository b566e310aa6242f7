import { describe, expect, it, vi } from 'vitest';
import type { SiteReportInput } from '../../shared/schemas/site-reports';
import { gmail } from '../sites/gmail';
import { roundcube } from '../sites/roundcube';
import type { SiteHealth } from '../sites/site-health';
import { fakeStorage } from '../../tests/support/fake-storage';
import { createSiteLayoutReporter, siteReportOf } from './site-layout-reporter';

const allMissing = (adapter: { id: string; anchors: Record<string, string> }): SiteHealth =>
  ({ site: adapter.id, checked: Object.keys(adapter.anchors).length, missing: Object.keys(adapter.anchors) });

function reporterOn(day: { today: string }, storage = fakeStorage(), version = '0.1.0') {
  const sent: SiteReportInput[] = [];
  const send = vi.fn(async (report: SiteReportInput) => { sent.push(report); });
  return { sent, send, storage, reporter: createSiteLayoutReporter({ version, send, storage, today: () => day.today }) };
}

describe('site layout reporter', () => {
  it('reports a site once a day per extension version, across service worker restarts', async () => {
    const day = { today: '2025-06-01' };
    const first = reporterOn(day);
    expect(await first.reporter.report(allMissing(gmail))).toBe(true);
    expect(await first.reporter.report(allMissing(gmail))).toBe(false);
    // The worker slept: a new reporter, the same storage.
    const woken = reporterOn(day, first.storage);
    expect(await woken.reporter.report(allMissing(gmail))).toBe(false);
    expect(await woken.reporter.report(allMissing(roundcube))).toBe(true);
    expect(await reporterOn(day, first.storage, '0.2.0').reporter.report(allMissing(gmail))).toBe(true);
    day.today = '2025-06-02';
    expect(await woken.reporter.report(allMissing(gmail))).toBe(true);
    expect(first.sent).toEqual([{ site: 'gmail', version: '0.1.0', missing: Object.keys(gmail.anchors), checked: Object.keys(gmail.anchors).length }]);
    expect(woken.sent.map((r) => `${r.site}@${r.version}`)).toEqual(['roundcube@0.1.0', 'gmail@0.1.0']);
  });

  it('sends once for tabs reporting together', async () => {
    const { reporter, send } = reporterOn({ today: '2025-06-01' });
    const answers = await Promise.all([1, 2, 3].map(() => reporter.report(allMissing(gmail))));
    expect(answers.sort()).toEqual([false, false, true]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not try a failed report again the same day', async () => {
    const { reporter, send } = reporterOn({ today: '2025-06-01' });
    send.mockRejectedValueOnce(new Error('unreachable'));
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined);
    expect(await reporter.report(allMissing(gmail))).toBe(false);
    expect(await reporter.report(allMissing(gmail))).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reports only a known adapter with every anchor missing, in the adapter\'s own names', () => {
    expect(siteReportOf({ site: 'gmail', checked: 5, missing: ['threadList'] }, '0.1.0')).toBeNull();
    expect(siteReportOf({ ...allMissing(gmail), site: 'mail.example.com' }, '0.1.0')).toBeNull();
    expect(siteReportOf({ ...allMissing(gmail), site: 'generic' }, '0.1.0')).toBeNull();
    const withPageText = { ...allMissing(gmail), missing: [...Object.keys(gmail.anchors), 'dana@example.com'] };
    expect(siteReportOf(withPageText, '0.1.0')?.missing).toEqual(Object.keys(gmail.anchors));
  });
});
