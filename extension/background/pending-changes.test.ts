import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../../shared/schemas/lookup';
import type { OutboxEntry, PendingChange } from './outbox';
import { withPendingChanges } from './pending-changes';

const dana = { email: 'dana@example.com', known: true, badges: [{ kind: 'rfm', key: 'champions', label: 'Champions' }, { kind: 'tag', key: 'old', label: 'Old' }] } as unknown as LookupResult;
let n = 0;
const entry = (change: Partial<PendingChange> & { slug: string; on: boolean }, refused = false): OutboxEntry => ({
  id: `k${++n}`, queuedAt: 0, attempts: 0, nextAt: 0, change: { kind: 'tag', email: 'dana@example.com', label: change.slug.toUpperCase(), sourceHost: null, ...change } as PendingChange,
  ...(refused ? { refused: { problem: 'refused', status: 422 } } : {}),
});
const keys = (person: LookupResult) => (person.known ? person.badges.map((b) => b.key) : []);

describe('pending changes', () => {
  it('show a tag added and hide a tag removed, in the order made, until the API has them', () => {
    expect(keys(withPendingChanges(dana, [entry({ slug: 'vip', on: true }), entry({ slug: 'old', on: false })]))).toEqual(['champions', 'vip']);
    expect(keys(withPendingChanges(dana, [entry({ slug: 'vip', on: true }), entry({ slug: 'vip', on: false })]))).toEqual(['champions', 'old']);
  });

  it('leave out refused changes, other people\'s and unknown people', () => {
    expect(withPendingChanges(dana, [entry({ slug: 'vip', on: true }, true), entry({ slug: 'vip', on: true, email: 'other@example.com' })])).toBe(dana);
    const unknown = { email: 'dana@example.com', known: false } as const;
    expect(withPendingChanges(unknown, [entry({ slug: 'vip', on: true })])).toBe(unknown);
  });
});
