import { SCORES_VERSION } from '../../../shared/models/contact-scores';
import { displayName } from '../../../shared/models/display-name';
import type { BadgeSummary } from '../../../shared/schemas/lookup';
import type { AppRouteHandler } from '../../app-env';
import { customSegmentLabels, personBadges } from '../../lib/person-badges';
import type { lookup as lookupRoute } from './lookup.routes';

export const lookup: AppRouteHandler<typeof lookupRoute> = async (c) => {
  const { emails } = c.req.valid('json');
  const [found, segments] = await Promise.all([c.var.repos.lookup.byEmails([...new Set(emails)]), c.var.engine.segments()]);
  const rows = new Map(found.map((r) => [r.email, r]));
  const labels = customSegmentLabels(segments);
  const results = emails.map((email): BadgeSummary => {
    const row = rows.get(email);
    // Scores not computed yet, or stored by an older version and being recomputed since start-up: better
    // "not known" for a moment than a half-drawn badge.
    if (!row?.scores || row.scores.version !== SCORES_VERSION) return { email, known: false };
    return {
      email,
      known: true,
      contactId: row.contactId,
      displayName: displayName(row.name, row.honorific),
      badges: personBadges(row.scores, row.tags, row.customSegments, labels),
      leadScore: { score: row.scores.leadScore },
    };
  });
  return c.json({ results }, 200);
};
