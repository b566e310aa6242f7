/**
 * Finds the people on a page with the site's adapters, puts a badge beside
 * each, and keeps doing so as the page changes. The observer starts before the
 * first scan, so nothing added meanwhile is missed; every anchor is annotated
 * once; work is cut into short slices so the page never stalls.
 */
import type { LookupResult } from '../../shared/schemas/lookup';
import type { LookupAnswer, PagePerson } from '../messages';
import { queryAll, type FoundPerson, type SiteAdapter } from '../sites/site-adapter';
import { BADGE_TAG, mountBadge, type BadgeContext, type BadgeState, type BadgeView } from './badge';

export type AnnotatorOptions = BadgeContext & {
  adapters: SiteAdapter[];
  lookup: (emails: string[]) => Promise<LookupAnswer>;
  /** Whether an address is the user's own as far as known now (settings, the signed-in account): never badged nor looked up. */
  ownAddresses?: () => (email: string) => boolean;
};

/** People handled per slice of work; a slice stays well under a frame's budget. */
const SLICE = 100;

export function createAnnotator({ adapters, lookup, ownAddresses = () => () => false, ...ctx }: AnnotatorOptions) {
  const done = new WeakSet<Node>();
  const ownHosts = new WeakSet<Element>();
  const people = new Map<string, { name: string | null; badges: BadgeView[]; state: BadgeState | null }>();
  const pendingRoots = new Set<ParentNode>();
  let scheduled = false;

  /**
   * Everyone in these roots not yet annotated, once per anchor (and per
   * address within a text). The site's adapter comes first, so its view of an
   * anchor wins over the generic one.
   */
  function find(roots: ParentNode[]): FoundPerson[] {
    const seen = new Map<Node, Set<number | undefined>>();
    const found: FoundPerson[] = [];
    const isOwn = ownAddresses();
    for (const person of roots.flatMap((root) => adapters.flatMap((a) => a.find(root)))) {
      const offsets = seen.get(person.anchor) ?? new Set();
      if (isOwn(person.email) || done.has(person.anchor) || !person.anchor.isConnected || offsets.has(person.offset)) continue;
      seen.set(person.anchor, offsets.add(person.offset));
      found.push(person);
    }
    return found;
  }

  /** Text anchors are split after each address, last first, so earlier offsets stay valid. */
  function mount(batch: FoundPerson[]): Array<[string, BadgeView]> {
    const mounted: Array<[string, BadgeView]> = [];
    const byText = new Map<Text, FoundPerson[]>();
    for (const p of batch) {
      if (p.anchor instanceof Text) {
        byText.set(p.anchor, [...(byText.get(p.anchor) ?? []), p]);
      } else {
        done.add(p.anchor);
        mounted.push([p.email, mountBadge(p.anchor, ctx, p.compact)]);
      }
    }
    for (const [text, found] of byText) {
      done.add(text);
      for (const p of found.sort((a, b) => (b.offset ?? 0) - (a.offset ?? 0))) {
        const rest = text.splitText(p.offset ?? text.length);
        done.add(rest);
        mounted.push([p.email, mountBadge(text, ctx)]);
      }
    }
    for (const [email, view] of mounted) {
      ownHosts.add(view.host);
      const person = people.get(email) ?? { name: null, badges: [], state: null };
      person.badges.push(view);
      person.name ??= batch.find((p) => p.email === email)?.name ?? null;
      people.set(email, person);
      if (person.state) view.show(person.state);
    }
    return mounted;
  }

  async function resolve(emails: string[]) {
    if (emails.length === 0) return;
    // The background is gone only while the extension reloads: say so as an unreachable server.
    const answer: LookupAnswer = await lookup(emails).catch(() => ({ ok: false, problem: 'unreachable' }));
    const states: Array<[string, BadgeState]> = answer.ok
      ? answer.results.map((result) => [result.email, { result }])
      : emails.map((email) => [email, { problem: answer.problem, url: answer.url, status: answer.status }]);
    for (const [email, state] of states) {
      const person = people.get(email);
      if (!person) continue;
      // A failure is not remembered: the next scan asks again.
      person.state = 'result' in state ? state : null;
      for (const view of person.badges) view.show(state);
    }
  }

  /** A page that clones an annotated element clones our host too, empty: those copies go. */
  function removeCopiedBadges(roots: ParentNode[]) {
    for (const root of roots) for (const host of queryAll(root, BADGE_TAG)) if (!ownHosts.has(host)) host.remove();
  }

  async function work() {
    while (pendingRoots.size) {
      const roots = [...pendingRoots].filter((r) => !(r instanceof Node) || r.isConnected);
      pendingRoots.clear();
      removeCopiedBadges(roots);
      const found = find(roots);
      for (let i = 0; i < found.length; i += SLICE) {
        const mounted = mount(found.slice(i, i + SLICE));
        const unresolved = [...new Set(mounted.map(([email]) => email))].filter((e) => !people.get(e)?.state);
        void resolve(unresolved);
        if (i + SLICE < found.length) await yieldToPage();
      }
    }
    scheduled = false;
  }

  function schedule(root: ParentNode) {
    pendingRoots.add(root);
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => void work(), 0);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.localName !== BADGE_TAG) schedule(node);
        else if (node instanceof Text && !done.has(node) && node.parentNode) schedule(node.parentNode);
      }
    }
  });

  return {
    start(root: Document = document) {
      observer.observe(root.documentElement, { childList: true, subtree: true });
      schedule(root);
    },
    stop: () => observer.disconnect(),
    /**
     * After the settings change: draw in the (maybe new) language and ask
     * again about everyone, since the server or token may be another now.
     */
    refresh(next: BadgeContext) {
      Object.assign(ctx, next);
      for (const person of people.values()) person.state = null;
      void resolve([...people.keys()]);
    },
    /** Who is on the page and what SegLens knows of them, for the popup. */
    people: (): PagePerson[] => [...people].map(([email, p]) => ({
      email,
      name: p.name,
      result: p.state && 'result' in p.state ? (p.state.result as LookupResult) : null,
    })),
  };
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
