/**
 * The extension's report that a site's layout changed under its adapter: which
 * adapter, which of its anchors no longer match, and which extension version
 * saw it. Names the extension itself chose, never anything read from a page.
 */
import { z } from 'zod';

/** The most anchors an adapter checks, with room to grow. */
const MAX_ANCHORS = 32;

export const SiteReportInput = z.object({
  site: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a site adapter\'s id: lower-case letters, digits and hyphens, up to 40 characters'),
  /** The extension's version as its manifest gives it: one to four numbers. */
  version: z.string().regex(/^\d{1,9}(?:\.\d{1,9}){0,3}$/, 'must be an extension version such as 1.2.3'),
  missing: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'must be an anchor\'s name: letters and digits, up to 40 characters'))
    .min(1).max(MAX_ANCHORS),
  checked: z.number().int().min(1).max(MAX_ANCHORS),
}).refine((report) => report.missing.length <= report.checked, {
  path: ['missing'], error: 'cannot name more anchors than were checked',
  // Only once each field is valid: a bad count is named once, as itself.
  when: (payload) => payload.issues.length === 0,
})
  .meta({ examples: [{ site: 'gmail', version: '0.1.0', missing: ['threadList', 'listPeople', 'messageSender', 'messageRecipients', 'composeRecipients'], checked: 5 }] });
export type SiteReportInput = z.infer<typeof SiteReportInput>;

export const SiteReport = z.object({
  site: z.string(),
  version: z.string(),
  /** As the latest report gave them. */
  missing: z.array(z.string()),
  checked: z.number().int(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  /** How many reports came for this site and version: about one per browser a day. */
  reports: z.number().int(),
});
export type SiteReport = z.infer<typeof SiteReport>;
