/**
 * What the user may do from a person's card, by their role: tag and untag a
 * known person, add one SegLens does not know with the name the page shows;
 * and what became of the changes made here that the API refused.
 */
import type { Translate } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/enums';
import type { BadgeSummary, LookupResult } from '../../shared/schemas/lookup';
import type { OutboxEntry } from '../background/outbox';
import { changeText, refusalText } from '../change-text';
import type { ChangeRequest, WorkspaceAnswer } from '../messages';
import { el } from './dom';
import { TAG_FIELD, tagEditor } from './tag-editor';

export type PersonActionsOptions = {
  t: Translate;
  locale: Locale;
  /** Their card, or what their badge shows when the card could not be had: either is enough to tag them. */
  person: LookupResult | BadgeSummary;
  /** The changes to this person that wait or were refused. */
  changes: OutboxEntry[];
  workspace: Extract<WorkspaceAnswer, { ok: true }>;
  draft: { text: string };
  change: (change: ChangeRequest) => void;
  pageName: (email: string) => string | null;
};

export function personActions({ t, locale, person, changes, workspace, draft, change, pageName }: PersonActionsOptions): HTMLElement[] {
  const { email } = person;
  const waiting = changes.filter((c) => !c.refused);
  const refusals = changes.filter((c) => c.refused).map((c) => el('div', { class: 'refusal', role: 'status', dir: 'auto' },
    `${changeText(c.change, t)}. ${refusalText(c.refused!, t)}`));

  if (person.known) {
    if (!workspace.may.tag) return refusals;
    return [tagEditor({
      applied: person.badges,
      waiting: new Set(waiting.flatMap((c) => (c.change.kind === 'tag' ? [c.change.slug] : []))),
      choices: workspace.tags,
      draft, t, locale,
      onAdd: ({ slug, label }) => change({ kind: 'tag', email, slug, label, on: true }),
      onRemove: ({ slug, label }) => change({ kind: 'tag', email, slug, label, on: false }),
      onCreate: ({ slug, label }) => change({ kind: 'tag', email, slug, label, on: true, create: true }),
    }), ...refusals];
  }

  if (!workspace.may.addPeople) return refusals;
  if (waiting.some((c) => c.change.kind === 'person')) return [el('div', { class: 'muted' }, t('person.adding')), ...refusals];
  const name = pageName(email) ?? email.split('@')[0]!;
  // The control to tag an unknown person with is the one that adds them: the menu and the shortcut focus it.
  const add = el('button', { type: 'button', class: 'action', 'data-focus': TAG_FIELD, dir: 'auto' }, t('person.add', { name }));
  add.addEventListener('click', () => change({ kind: 'person', email, name }));
  return [add, ...refusals];
}
