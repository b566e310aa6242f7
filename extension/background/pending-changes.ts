/**
 * A person as the API knows them, with the changes made to them from here
 * that wait in the outbox: a tag added shows at once, a tag removed goes at
 * once, in every tab, while the API is away too. A refused change is not shown.
 */
import type { Badge } from '../../shared/schemas/lookup';
import type { OutboxEntry } from './outbox';

export const changesTo = (email: string, entries: readonly OutboxEntry[]) => entries.filter((e) => e.change.email === email);

/** A person as the lookup or their card gives them: the badges are what pending changes alter. */
type WithBadges = { email: string; known: false } | { email: string; known: true; badges: Badge[] };

export function withPendingChanges<P extends WithBadges>(person: P, entries: readonly OutboxEntry[]): P {
  if (!person.known) return person;
  let badges = person.badges;
  for (const { change, refused } of changesTo(person.email, entries)) {
    if (refused || change.kind !== 'tag') continue;
    const others = badges.filter((b) => !(b.kind === 'tag' && b.key === change.slug));
    badges = change.on ? [...others, { kind: 'tag', key: change.slug, label: change.label }] : others;
  }
  return badges === person.badges ? person : { ...person, badges };
}
