/**
 * A person as the API knows them, with the changes made to them from here
 * that wait in the outbox: a tag added shows at once, a tag removed goes at
 * once, in every tab, while the API is away too. A refused change is not shown.
 */
import type { LookupResult } from '../../shared/schemas/lookup';
import type { OutboxEntry } from './outbox';

export const changesTo = (email: string, entries: readonly OutboxEntry[]) => entries.filter((e) => e.change.email === email);

export function withPendingChanges(person: LookupResult, entries: readonly OutboxEntry[]): LookupResult {
  if (!person.known) return person;
  let badges = person.badges;
  for (const { change, refused } of changesTo(person.email, entries)) {
    if (refused || change.kind !== 'tag') continue;
    const others = badges.filter((b) => !(b.kind === 'tag' && b.key === change.slug));
    badges = change.on ? [...others, { kind: 'tag', key: change.slug, label: change.label }] : others;
  }
  return badges === person.badges ? person : { ...person, badges };
}
