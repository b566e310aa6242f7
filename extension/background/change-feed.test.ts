import { describe, expect, it } from 'vitest';
import type { Changes } from '../../shared/schemas/changes';
import { fakeStorage } from '../../tests/support/fake-storage';
import type { BadgeUpdate } from '../messages';
import { createChangeFeed } from './change-feed';

function feedOn(storage = fakeStorage(), clock = { now: 0 }) {
  const asked: Array<number | null> = [];
  const told: BadgeUpdate[] = [];
  const api = { next: { cursor: 10, emails: [], everything: false } as Changes };
  const feed = createChangeFeed({
    fetch: async (since) => { asked.push(since); return api.next; },
    server: async () => 'http://api',
    onChanged: (update) => told.push(update),
    storage,
    now: () => clock.now,
  });
  return { feed, asked, told, api, clock, storage };
}

describe('the change feed', () => {
  it('starts from the API\'s cursor, then passes on what changed since, or that everything did', async () => {
    const { feed, asked, told, api, clock } = feedOn();
    await feed.fresh();
    api.next = { cursor: 12, emails: ['dana@example.com'], everything: false };
    clock.now += 5_000;
    await feed.fresh();
    api.next = { cursor: 900, emails: [], everything: true };
    clock.now += 5_000;
    await feed.fresh();
    expect(asked).toEqual([null, 10, 12]);
    expect(told).toEqual([{ emails: ['dana@example.com'] }, { everything: true }]);
  });

  it('asks once for a burst of lookups, and goes on from its cursor after the service worker\'s restart', async () => {
    const { feed, asked, storage, clock } = feedOn();
    await Promise.all([feed.fresh(), feed.fresh(), feed.fresh()]);
    clock.now += 1_000;
    await feed.fresh();
    expect(asked).toEqual([null]);

    const restarted = feedOn(storage);
    await restarted.feed.fresh();
    expect(restarted.asked).toEqual([10]);
  });
});
