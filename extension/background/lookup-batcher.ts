/**
 * Gathers the addresses every tab asks about into one API call per short
 * window, and remembers answers briefly so scrolling and tab switches do not
 * ask again. Concurrent asks for one address share one request.
 */
import type { BadgeSummary } from '../../shared/schemas/lookup';

type Fetch = (emails: string[]) => Promise<BadgeSummary[]>;
type Waiter = { resolve: (r: BadgeSummary) => void; reject: (e: unknown) => void };

export type BatcherOptions = { windowMs?: number; ttlMs?: number; maxBatch?: number; now?: () => number };

export function createLookupBatcher(fetchBatch: Fetch, { windowMs = 25, ttlMs = 60_000, maxBatch = 500, now = Date.now }: BatcherOptions = {}) {
  const cache = new Map<string, { result: BadgeSummary; until: number }>();
  const waiting = new Map<string, Waiter[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function flush() {
    timer = null;
    const batch = new Map(waiting);
    waiting.clear();
    const emails = [...batch.keys()];
    for (let i = 0; i < emails.length; i += maxBatch) {
      const chunk = emails.slice(i, i + maxBatch);
      try {
        const results = await fetchBatch(chunk);
        for (const result of results) {
          cache.set(result.email, { result, until: now() + ttlMs });
          for (const w of batch.get(result.email) ?? []) w.resolve(result);
        }
      } catch (error) {
        for (const email of chunk) for (const w of batch.get(email) ?? []) w.reject(error);
      }
    }
  }

  function one(email: string): Promise<BadgeSummary> {
    const hit = cache.get(email);
    if (hit && hit.until > now()) return Promise.resolve(hit.result);
    return new Promise((resolve, reject) => {
      const list = waiting.get(email);
      if (list) list.push({ resolve, reject });
      else waiting.set(email, [{ resolve, reject }]);
      timer ??= setTimeout(flush, windowMs);
    });
  }

  return {
    lookup: (emails: string[]) => Promise.all(emails.map(one)),
    /** After the server or token changes, or everyone's scores were recomputed, nothing cached may be shown again. */
    clear: () => cache.clear(),
    /** These people changed: the next ask about them goes to the API. */
    forget: (emails: readonly string[]) => { for (const email of emails) cache.delete(email); },
  };
}
