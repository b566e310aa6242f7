import { asc, desc, sql } from 'drizzle-orm';
import type { SiteReport, SiteReportInput } from '../../../shared/schemas/site-reports';
import type { Db } from '../client';
import { siteReports } from '../schema';

export function siteReportsRepository(db: Db) {
  return {
    /**
     * Records a report: the site and version's row is created, or counts one
     * more with the latest missing anchors. One statement, so reports arriving
     * together never make two rows nor lose a count. `created` tells which.
     */
    async record(input: SiteReportInput): Promise<{ report: SiteReport; created: boolean }> {
      const at = new Date().toISOString();
      const [row] = await db.insert(siteReports)
        .values({ ...input, firstSeenAt: at, lastSeenAt: at, reports: 1 })
        .onConflictDoUpdate({
          target: [siteReports.site, siteReports.version],
          set: {
            missing: sql`excluded.missing`,
            checked: sql`excluded.checked`,
            lastSeenAt: sql`excluded.last_seen_at`,
            reports: sql`${siteReports.reports} + 1`,
          },
        })
        .returning();
      return { report: row!, created: row!.reports === 1 };
    },

    /** Every site and version reported, the latest reported first. */
    list: (): Promise<SiteReport[]> => db.select().from(siteReports)
      .orderBy(desc(siteReports.lastSeenAt), asc(siteReports.site), asc(siteReports.version)),
  };
}
