/**
 * Changes made from the extension (a tag added or removed, a person added)
 * wait here until the API has them. They are kept in extension storage, so
 * neither an unreachable API nor the service worker's sleep loses one, and
 * sent in the order made, each under its own idempotency key: a retry after
 * an answer was lost is applied once. While the API cannot be reached they
 * are retried with a growing delay; a refusal (403, 404, 422 …) is kept for
 * the user to read and dismiss, never retried.
 */
import { browser } from 'wxt/browser';
import type { ConnectionProblem } from '../messages';
import { ApiError } from './api-client';

export type PendingChange =
  /** `create`: a tag the workspace does not have yet, made with this label first. */
  | { kind: 'tag'; email: string; slug: string; label: string; on: boolean; create?: boolean; sourceHost: string | null }
  | { kind: 'person'; email: string; name: string; sourceHost: string | null };

export type Refused = { problem: ConnectionProblem; status?: number; detail?: string };

export type OutboxEntry = {
  /** Also the idempotency key the API keeps its answer under. */
  id: string;
  change: PendingChange;
  queuedAt: number;
  attempts: number;
  /** When to try again; 0 for at once. */
  nextAt: number;
  refused?: Refused;
};

type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<unknown> };

const KEY = 'outbox';
const FIRST_RETRY_MS = 2_000;
/** A change waiting for the API asks it at most this often: the API back, it is sent within this long (sooner when a lookup or poll gets through). */
const LONGEST_RETRY_MS = 60_000;

/** Problems that pass (the API away or failing, the settings being fixed): the change waits and is tried again. Others are refusals. */
const PASSING: ReadonlySet<ConnectionProblem> = new Set(['unreachable', 'serverError', 'notConfigured', 'unauthorized', 'badUrl', 'notSeglens']);
const passes = (error: ApiError) => PASSING.has(error.problem) || error.status === 409;

/** Calls `listener` whenever the changes waiting change (the popup follows them). */
export function onOutboxChanged(listener: () => void): () => void {
  const changed = (changes: Record<string, unknown>) => { if (KEY in changes) listener(); };
  browser.storage.local.onChanged.addListener(changed);
  return () => browser.storage.local.onChanged.removeListener(changed);
}

export function retryDelay(attempts: number, random = Math.random): number {
  const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
  // Spread, so that browsers which lost the API together do not all come back in the same second.
  return Math.round(delay * (0.75 + random() / 2));
}

export function createOutbox(options: {
  /** Sends one change under its key; throws an ApiError when it could not be applied. */
  send: (change: PendingChange, key: string) => Promise<void>;
  /** Asked to call flush() again at this time (null: nothing waits for time). */
  wakeAt: (at: number | null) => void;
  /** A change was applied, or refused: what its person's badges show follows. */
  onSettled?: (change: PendingChange) => void;
  storage?: Storage;
  now?: () => number;
  newKey?: () => string;
  random?: () => number;
}) {
  const { send, wakeAt, onSettled = () => {}, storage: store = browser.storage.local, now = Date.now, newKey = () => crypto.randomUUID(), random = Math.random } = options;

  const read = async () => ((await store.get(KEY))[KEY] as OutboxEntry[] | undefined) ?? [];
  // Every change to the stored list runs after the one before: an add during a send must not be written over.
  let writes: Promise<unknown> = Promise.resolve();
  function update(change: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]> {
    const run = writes.then(async () => {
      const next = change(await read());
      await store.set({ [KEY]: next });
      return next;
    });
    writes = run.catch(() => undefined);
    return run;
  }

  let flushing: Promise<void> | null = null;
  let again = false;

  async function sendDue() {
    for (;;) {
      const entries = await read();
      const waiting = entries.filter((e) => !e.refused);
      const head = waiting[0];
      // In the order made: while the first waits, so do the others (a removal must not overtake its tag).
      if (!head || head.nextAt > now()) return wakeAt(head ? head.nextAt : null);
      try {
        await send(head.change, head.id);
        await update((list) => list.filter((e) => e.id !== head.id));
        onSettled(head.change);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (passes(error)) {
          const attempts = head.attempts + 1;
          const nextAt = now() + retryDelay(attempts, random);
          await update((list) => list.map((e) => (e.id === head.id ? { ...e, attempts, nextAt } : e)));
          return wakeAt(nextAt);
        }
        const refused: Refused = { problem: error.problem, status: error.status, detail: error.details?.detail };
        await update((list) => list.map((e) => (e.id === head.id ? { ...e, refused } : e)));
        onSettled(head.change);
      }
    }
  }

  /** Sends what is due, one at a time; a call while sending makes one more pass after. */
  function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      do {
        again = false;
        await sendDue();
      } while (again);
    })().finally(() => { flushing = null; });
    return flushing;
  }

  return {
    flush,
    entries: read,

    /** Keeps the change, then sends it (now, unless others wait before it). */
    async add(change: PendingChange): Promise<OutboxEntry> {
      const entry: OutboxEntry = { id: newKey(), change, queuedAt: now(), attempts: 0, nextAt: 0 };
      await update((list) => [...list, entry]);
      void flush().catch((error: unknown) => console.error('SegLens outbox', error));
      return entry;
    },

    /** The API is back (a lookup got through): whatever waits is tried now rather than at its time. */
    async retryNow() {
      if ((await read()).some((e) => !e.refused && e.nextAt > now())) {
        await update((list) => list.map((e) => (e.refused ? e : { ...e, nextAt: 0 })));
        await flush();
      }
    },

    /** The user read a refusal: it goes. Returns it, if it was there. */
    async dismiss(id: string): Promise<OutboxEntry | undefined> {
      const gone = (await read()).find((e) => e.id === id && e.refused);
      if (gone) await update((list) => list.filter((e) => e.id !== id));
      return gone;
    },
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
