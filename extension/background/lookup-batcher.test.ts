import { describe, expect, it, vi } from 'vitest';
import type { BadgeSummary } from '../../shared/schemas/lookup';
import { createLookupBatcher } from './lookup-batcher';

const unknown = (email: string): BadgeSummary => ({ email, known: false });

function fakeApi() {
  const calls: string[][] = [];
  const fetch = vi.fn(async (emails: string[]) => { calls.push(emails); return emails.map(unknown); });
  return { calls, fetch };
}

describe('lookup batcher', () => {
  it('asks once for everything asked within the window, each address once', async () => {
    const api = fakeApi();
    const batcher = createLookupBatcher(api.fetch, { windowMs: 5 });
    const [a, b] = await Promise.all([batcher.lookup(['a@x.com', 'b@x.com']), batcher.lookup(['b@x.com', 'c@x.com'])]);
    expect(api.calls).toEqual([['a@x.com', 'b@x.com', 'c@x.com']]);
    expect(a.map((r) => r.email)).toEqual(['a@x.com', 'b@x.com']);
    expect(b.map((r) => r.email)).toEqual(['b@x.com', 'c@x.com']);
  });

  it('answers from its cache until the entry expires', async () => {
    let now = 0;
    const api = fakeApi();
    const batcher = createLookupBatcher(api.fetch, { windowMs: 1, ttlMs: 1000, now: () => now });
    await batcher.lookup(['a@x.com']);
    now = 999;
    await batcher.lookup(['a@x.com']);
    expect(api.calls).toHaveLength(1);
    now = 1001;
    await batcher.lookup(['a@x.com']);
    expect(api.calls).toHaveLength(2);
    batcher.clear();
    await batcher.lookup(['a@x.com']);
    expect(api.calls).toHaveLength(3);
  });

  it('splits more than the API takes into several calls', async () => {
    const api = fakeApi();
    const batcher = createLookupBatcher(api.fetch, { windowMs: 1, maxBatch: 2 });
    await batcher.lookup(['a@x.com', 'b@x.com', 'c@x.com']);
    expect(api.calls).toEqual([['a@x.com', 'b@x.com'], ['c@x.com']]);
  });

  it('passes a failure to every asker and remembers nothing', async () => {
    let fail = true;
    const fetch = vi.fn(async (emails: string[]) => { if (fail) throw new Error('down'); return emails.map(unknown); });
    const batcher = createLookupBatcher(fetch, { windowMs: 1 });
    await expect(Promise.all([batcher.lookup(['a@x.com']), batcher.lookup(['a@x.com'])])).rejects.toThrow('down');
    fail = false;
    expect(await batcher.lookup(['a@x.com'])).toEqual([unknown('a@x.com')]);
  });
});
