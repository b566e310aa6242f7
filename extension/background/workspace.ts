/**
 * What the user may do (the token's role, from /v1/me) and the workspace's
 * tags (/v1/tags), for the cards' and the popup's tag controls. Kept in
 * extension storage for the API they came from: a card opened while the API
 * is away still offers tagging, and the change waits in the outbox.
 */
import { browser } from 'wxt/browser';
import { may } from '../../shared/permissions';
import type { Role } from '../../shared/schemas/enums';
import type { TagChoice, WorkspaceAnswer } from '../messages';
import type { Settings } from '../settings';
import { ApiError, callApi, listTags } from './api-client';

type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<unknown> };
type Known = { server: string; role: Role; tags: TagChoice[]; at: number };

const KEY = 'workspace';
/** A tag made in the API's own pages shows in the cards' suggestions within this long. */
const FRESH_MS = 5 * 60_000;

export function createWorkspace(settings: () => Promise<Settings>, { storage = browser.storage.local as Storage, now = Date.now } = {}) {
  const serverOf = (s: Settings) => `${s.serverUrl} ${s.token}`;

  async function fetchKnown(s: Settings): Promise<Known> {
    const [me, tags] = await Promise.all([callApi(s, '/v1/me'), listTags(s)]);
    const known = { server: serverOf(s), role: me.role, tags: tags.items.map(({ slug, label }) => ({ slug, label })), at: now() };
    await storage.set({ [KEY]: known });
    return known;
  }

  return {
    async get(): Promise<WorkspaceAnswer> {
      const s = await settings();
      const stored = (await storage.get(KEY))[KEY] as Known | undefined;
      const kept = stored?.server === serverOf(s) ? stored : null;
      let known = kept;
      if (!kept || kept.at + FRESH_MS < now()) {
        try {
          known = await fetchKnown(s);
        } catch (error) {
          // Away: what was known of this API still holds. Never known: say why.
          if (!(error instanceof ApiError)) throw error;
          if (!kept) return { ok: false, problem: error.problem, url: error.url, status: error.status };
        }
      }
      const { role, tags } = known!;
      return { ok: true, may: { tag: may(role, 'tag'), addPeople: may(role, 'write') }, tags };
    },
    /** A tag was made here: the next card asks the API for the workspace's tags again. */
    async forget() {
      await storage.set({ [KEY]: null });
    },
  };
}
