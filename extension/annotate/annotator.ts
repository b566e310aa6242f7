/**
 * Finds the people on a page with the site's adapters, puts a badge beside
 * each, and keeps doing so as the page changes. The observer starts before the
 * first scan, so nothing added meanwhile is missed; every anchor is annotated
 * once.
 *
 * What the page adds is read and badged in the next animation frame, before
 * it is first drawn (frame-queue.ts); each frame's new people are asked about
 * in one message, and the answers are drawn into the badges, frame by frame.
 */
import type { BadgeSummary } from '../../shared/schemas/lookup';
import type { BadgeUpdate, LookupAnswer, PagePerson } from '../messages';
import { queryAll, type FoundPerson, type SiteAdapter } from '../sites/site-adapter';
import { BADGE_TAG, createBadge, type BadgeContext, type BadgeState, type BadgeView, type CardSource } from './badge';
import { insertBadgeHost } from './badge-position';
import { CARD_TAG } from './card-layer';
import { createFrameQueue } from './frame-queue';
import { TONE_BANNER_TAG } from './tone-banner';

export type AnnotatorOptions = BadgeContext & {
  adapters: SiteAdapter[];
  /** What the badges of these people show. */
  lookup: (emails: string[]) => Promise<LookupAnswer>;
  /** What cards ask for (all that is known of one person, when their card opens) and do. */
  card: Omit<CardSource, 'pageName'>;
  /** Whether an address is the user's own as far as known now (settings, the signed-in account): never badged nor looked up. */
  ownAddresses?: () => (email: string) => boolean;
  /** Told when the page changed or answers were drawn (the tone banners follow both). */
  onChange?: () => void;
};

/**
 * Our share of a frame: the scans of what the page added, each whole (see
 * scan), until this much time is spent; the answers drawn into badges already
 * in place, spread thinner.
 */
const SCAN_BUDGET_MS = 24;
const DRAW_BUDGET_MS = 8;

/**
 * People asked about in one message. Each answer is read in one task of the
 * page's; a thousand people's answers in one message would make a long one.
 * The background still asks the API about them together.
 */
const LOOKUP_MESSAGE_PEOPLE = 100;

/** How many siblings added together are read through their parent. */
const SIBLINGS_READ_TOGETHER = 8;

type Person = { name: string | null; badges: BadgeView[]; state: BadgeState | null };

export function createAnnotator({ adapters, lookup, card, ownAddresses = () => () => false, onChange = () => {}, ...ctx }: AnnotatorOptions) {
  const done = new WeakSet<Node>();
  const ownHosts = new WeakSet<Element>();
  /** What each badge is about. */
  const anchorOf = new WeakMap<Element, Node>();
  /** The badges in the page, each to go should what it is about be removed from beside it (removeLeftBehind). */
  const placed = new Set<Element>();
  const people = new Map<string, Person>();
  /** The badge beside each element anchor (a link, a name), to find the person the user points at. */
  const badgeOfAnchor = new WeakMap<Node, BadgeView>();
  const viewOfHost = new WeakMap<Element, BadgeView>();
  const source: CardSource = { ...card, pageName: (email) => people.get(email)?.name ?? null };
  const pendingRoots = new Set<ParentNode>();
  /** People badged since the last question to the background. */
  const toAsk = new Set<string>();
  // New people are asked about once the frame that badged them is drawn: the lookup's work in the
  // background and at the server then does not compete with the page's layout for the processor.
  const placing = createFrameQueue(SCAN_BUDGET_MS, () => setTimeout(askAboutNewPeople, 0));
  const drawing = createFrameQueue(DRAW_BUDGET_MS);

  /**
   * The roots to scan: connected, and not inside another root that is scanned
   * anyway. Many siblings added at once (a list's rows) are read in one pass
   * over their parent rather than in one pass each.
   */
  function rootsToScan(added: Set<ParentNode>): ParentNode[] {
    const outermost = (roots: Set<ParentNode>) => [...roots].filter((root) => {
      if (!(root as Node).isConnected) return false;
      for (let up = (root as Node).parentNode; up; up = up.parentNode) if (roots.has(up)) return false;
      return true;
    });
    const siblings = new Map<ParentNode, number>();
    const roots = outermost(added);
    for (const root of roots) if (root.parentNode) siblings.set(root.parentNode, (siblings.get(root.parentNode) ?? 0) + 1);
    return outermost(new Set(roots.map((root) => (siblings.get(root.parentNode!) ?? 0) >= SIBLINGS_READ_TOGETHER ? root.parentNode! : root)));
  }

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

  function badge(person: FoundPerson, anchor: Element | Text) {
    const view = createBadge(ctx, person.compact ? 'compact' : 'full', source);
    insertBadgeHost(view.host, anchor, person.compact ?? false);
    placed.add(view.host);
    ownHosts.add(view.host);
    anchorOf.set(view.host, anchor);
    viewOfHost.set(view.host, view);
    badgeOfAnchor.set(anchor, view);
    const known = people.get(person.email);
    if (known) {
      known.badges.push(view);
      if (known.state) view.show(known.state);
      else toAsk.add(person.email);
    } else {
      people.set(person.email, { name: person.name, badges: [view], state: null });
      toAsk.add(person.email);
    }
  }

  /** Whose badge this is. */
  function personOf(view: BadgeView): string | null {
    for (const [email, person] of people) if (person.badges.includes(view)) return email;
    return null;
  }

  /** A text is split after each of its addresses, last first, so earlier offsets stay valid. */
  function badgeInText(text: Text, found: FoundPerson[]) {
    done.add(text);
    for (const person of found.sort((a, b) => (b.offset ?? 0) - (a.offset ?? 0))) {
      done.add(text.splitText(person.offset ?? text.length));
      badge(person, text);
    }
  }

  /**
   * Reads what the page added (no layout is read), then puts a badge beside
   * each person found, all in this frame: the page is laid out once with its
   * new content and the badges, however many, and nothing it showed moves.
   * Spreading them over frames would lay the page out again in each.
   */
  function scan() {
    const roots = rootsToScan(pendingRoots);
    pendingRoots.clear();
    removeCopiedBadges(roots);
    const inText = new Map<Text, FoundPerson[]>();
    for (const person of find(roots)) {
      const { anchor } = person;
      if (anchor.nodeType === Node.TEXT_NODE) inText.set(anchor as Text, [...(inText.get(anchor as Text) ?? []), person]);
      else {
        done.add(anchor);
        badge(person, anchor);
      }
    }
    for (const [text, found] of inText) badgeInText(text, found);
  }

  function askAboutNewPeople() {
    const emails = [...toAsk];
    toAsk.clear();
    for (let i = 0; i < emails.length; i += LOOKUP_MESSAGE_PEOPLE) void resolve(emails.slice(i, i + LOOKUP_MESSAGE_PEOPLE));
  }

  async function resolve(emails: string[]) {
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
      for (const view of person.badges) drawing.push(() => view.show(state));
    }
    onChange();
  }

  /** A page that clones an annotated element clones our host too, empty: those copies go. Our own, put back with their row, are watched again. */
  function removeCopiedBadges(roots: ParentNode[]) {
    for (const root of roots) for (const host of queryAll(root, BADGE_TAG)) if (ownHosts.has(host)) placed.add(host); else host.remove();
  }

  /**
   * Whether a node is a root to be read, or inside one. A page filling the
   * rows it just added makes thousands of records, each a step or two below
   * such a root: the walk up is short for them, and only a change to a part
   * of the page not yet due to be read walks to its top.
   */
  function insidePendingRoot(node: Node): boolean {
    if (pendingRoots.size === 0) return false;
    for (let up: Node | null = node; up; up = up.parentNode) if (pendingRoots.has(up as ParentNode)) return true;
    return false;
  }

  function schedule(root: ParentNode) {
    if (pendingRoots.size === 0) placing.push(scan);
    pendingRoots.add(root);
  }

  /**
   * A badge whose anchor the page removed (a recipient pill deleted, a line
   * of text replaced) goes too: its person is no longer shown there, and the
   * badge would seem to be about its new neighbour. This holds too for a badge
   * put beside the field around what it is about (Outlook's recipients are in
   * an editable field), which is not next to it. A badge gone from the page
   * with its anchor (a row removed whole) is no longer watched; should the
   * page put the row back, the scan finds the badge in it and watches it again.
   *
   * Each badge is checked, rather than each record's removed nodes: reading
   * those makes an object per record in this world, and a page filling a
   * list makes thousands of records that remove nothing.
   */
  function removeLeftBehind() {
    for (const host of placed) {
      const anchor = anchorOf.get(host)!;
      if (anchor.isConnected) continue;
      placed.delete(host);
      if (!host.isConnected) continue;
      host.remove();
      // Should the page put it back, it is badged anew.
      done.delete(anchor);
      for (const [email, person] of people) {
        person.badges = person.badges.filter((view) => view.host !== host);
        if (person.badges.length === 0) people.delete(email);
      }
    }
  }

  const observer = new MutationObserver((records) => {
    removeLeftBehind();
    for (const record of records) {
      // What is added inside a root that will be read whole anyway (a row the page is still filling) needs no look.
      if (insidePendingRoot(record.target)) continue;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          const name = (node as Element).localName;
          if (name !== BADGE_TAG && name !== CARD_TAG && name !== TONE_BANNER_TAG) schedule(node as Element);
        } else if (node.nodeType === Node.TEXT_NODE && !done.has(node) && node.parentNode) {
          schedule(node.parentNode);
        }
      }
    }
    onChange();
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
      const isOwn = ownAddresses();
      for (const [email, person] of people) {
        person.state = null;
        if (!isOwn(email)) continue;
        people.delete(email);
        for (const view of person.badges) placing.push(() => view.host.remove());
      }
      for (const email of people.keys()) toAsk.add(email);
      askAboutNewPeople();
    },
    /** What the badges of a person on the page show, once the lookup answered. */
    summary(email: string): BadgeSummary | null {
      const state = people.get(email)?.state;
      return state && 'result' in state ? state.result : null;
    },
    /** Some people changed (a change made here, or elsewhere): those shown here are asked about again, their badges and open card redrawn. */
    update(update: BadgeUpdate) {
      const emails = 'everything' in update ? [...people.keys()] : update.emails.filter((email) => people.has(email));
      for (const email of emails) toAsk.add(email);
      askAboutNewPeople();
    },
    /**
     * The badge the user means by what they point at or focus (an event's
     * composed path): the badge itself, or the badge beside the link or
     * name they are on, or inside the element holding both. Else the first
     * badge of `email` when given, preferring one near what was pointed at.
     */
    badgeFor(path: readonly EventTarget[], email: string | null): BadgeView | null {
      const mine = (view: BadgeView | undefined) => (view && (email === null || personOf(view) === email) ? view : undefined);
      for (const target of path.slice(0, 6)) {
        if (!(target instanceof Element)) continue;
        const hit = mine(viewOfHost.get(target)) ?? mine(badgeOfAnchor.get(target))
          ?? [...target.children].map((child) => mine(viewOfHost.get(child))).find(Boolean);
        if (hit) return hit;
      }
      return email === null ? null : people.get(email)?.badges.find((view) => view.host.isConnected) ?? null;
    },
    /** Who is on the page and what SegLens knows of them, for the popup. */
    people: (): PagePerson[] => [...people].map(([email, p]) => ({
      email,
      name: p.name,
      result: p.state && 'result' in p.state ? p.state.result : null,
    })),
  };
}
