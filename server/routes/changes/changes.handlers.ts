import type { AppRouteHandler } from '../../app-env';
import { MOST_CHANGES_LISTED, type changes as changesRoute } from './changes.routes';

export const changes: AppRouteHandler<typeof changesRoute> = async (c) => {
  const { since } = c.req.valid('query');
  const repo = c.var.repos.changes;
  const latest = await repo.latest();
  // No cursor yet: start from now. A cursor past the latest is another database's (restored, replaced).
  if (since === undefined) return c.json({ cursor: latest, emails: [], everything: false }, 200);
  if (since > latest) return c.json({ cursor: latest, emails: [], everything: true }, 200);
  const rows = await repo.since(since, MOST_CHANGES_LISTED + 1);
  if (rows.length > MOST_CHANGES_LISTED) return c.json({ cursor: latest, emails: [], everything: true }, 200);
  return c.json({ cursor: rows.at(-1)?.seq ?? since, emails: rows.map((r) => r.email), everything: false }, 200);
};
