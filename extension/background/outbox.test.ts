import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../../tests/support/fake-storage';
import { ApiError } from './api-client';
import { createOutbox, retryDelay, type PendingChange } from './outbox';

const tag = (slug: string, on = true): PendingChange => ({ kind: 'tag', email: 'dana@example.com', slug, label: slug, on, sourceHost: 'mail.example.com' });

/** An outbox over `storage` with a clock the test moves, and an API that does what `api.answer` says. */
function outboxOn(storage = fakeStorage(), clock = { now: 1_000 }) {
  const api = { answer: 'ok' as 'ok' | 'down' | 'refuse', applied: [] as Array<{ slug: string; key: string }>, calls: 0 };
  const wakes: Array<number | null> = [];
  const settled: PendingChange[] = [];
  let keys = 0;
  const outbox = createOutbox({
    storage,
    now: () => clock.now,
    random: () => 0.5,
    newKey: () => `key-${++keys}`,
    wakeAt: (at) => wakes.push(at),
    onSettled: (change) => settled.push(change),
    send: async (change, key) => {
      api.calls++;
      if (api.answer === 'down') throw new ApiError('unreachable', 'http://api');
      if (api.answer === 'refuse') throw new ApiError('refused', 'http://api', 422, { detail: 'No such tag' });
      // The API keeps each key's answer: a key seen before is not applied again.
      if (change.kind === 'tag' && !api.applied.some((a) => a.key === key)) api.applied.push({ slug: change.slug, key });
    },
  });
  return { outbox, api, wakes, settled, clock, storage };
}

describe('the outbox', () => {
  it('sends changes in the order made, each once, and forgets them once applied', async () => {
    const { outbox, api, settled } = outboxOn();
    await outbox.add(tag('vip'));
    await outbox.add(tag('vip', false));
    await outbox.flush();
    expect(api.applied.map((a) => a.slug)).toEqual(['vip', 'vip']);
    expect(settled.map((c) => c.kind === 'tag' && c.on)).toEqual([true, false]);
    expect(await outbox.entries()).toEqual([]);
  });

  it('keeps a change while the API is away, retries it later and later, and applies it once when it is back', async () => {
    const { outbox, api, wakes, clock } = outboxOn();
    api.answer = 'down';
    await outbox.add(tag('vip'));
    await outbox.add(tag('partner'));
    await outbox.flush();
    const [waiting] = await outbox.entries();
    expect(waiting).toMatchObject({ attempts: 1, nextAt: clock.now + retryDelay(1, () => 0.5) });
    // Not due yet: nothing is sent.
    const calls = api.calls;
    await outbox.flush();
    expect(api.calls).toBe(calls);
    clock.now = waiting!.nextAt;
    await outbox.flush();
    expect((await outbox.entries())[0]!.attempts).toBe(2);
    expect(wakes.at(-1)! - clock.now).toBe(retryDelay(2, () => 0.5));
    expect(retryDelay(20, () => 0.5)).toBe(60_000);

    api.answer = 'ok';
    await outbox.retryNow();
    expect(api.applied.map((a) => a.slug)).toEqual(['vip', 'partner']);
    expect(await outbox.entries()).toEqual([]);
    expect(wakes.at(-1)).toBeNull();
  });

  it('survives the service worker\'s restart: the change waits in storage and is sent under the same key', async () => {
    const storage = fakeStorage();
    const asleep = outboxOn(storage);
    asleep.api.answer = 'down';
    await asleep.outbox.add(tag('vip'));
    await asleep.outbox.flush();
    const [kept] = await asleep.outbox.entries();

    const woken = outboxOn(storage, { now: kept!.nextAt });
    // The first worker's request may have reached the API before it slept: the key makes the retry a no-op there.
    woken.api.applied.push({ slug: 'vip', key: kept!.id });
    await woken.outbox.flush();
    expect(woken.api.applied).toEqual([{ slug: 'vip', key: kept!.id }]);
    expect(await woken.outbox.entries()).toEqual([]);
  });

  it('keeps a refusal to show, retries it never, and lets the changes after it through', async () => {
    const { outbox, api, settled } = outboxOn();
    api.answer = 'refuse';
    await outbox.add(tag('gone'));
    await outbox.flush();
    api.answer = 'ok';
    await outbox.add(tag('vip'));
    await outbox.flush();
    await outbox.flush();
    const [refused] = await outbox.entries();
    expect(refused).toMatchObject({ change: { slug: 'gone' }, refused: { problem: 'refused', status: 422, detail: 'No such tag' } });
    expect(api.applied.map((a) => a.slug)).toEqual(['vip']);
    expect(settled.map((c) => c.kind === 'tag' && c.slug)).toEqual(['gone', 'vip']);
    await outbox.dismiss(refused!.id);
    expect(await outbox.entries()).toEqual([]);
  });
});
