/**
 * The card's tags: the person's, each with a remove button, and a field
 * that suggests the workspace's other tags as the user types (a combobox:
 * arrows move through the suggestions, Enter adds, Escape closes the list
 * first, then the card). A name no tag has is offered as a new tag, made
 * when chosen. Drawn anew with the card; what was typed is kept in
 * `draft`, and focus is kept by the card layer through `data-focus`.
 */
import type { Translate } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/enums';
import type { Badge } from '../../shared/schemas/lookup';
import { tagSlugFor } from '../../shared/tag-slug';
import type { TagChoice } from '../messages';
import { el } from './dom';
import { badgeLabel } from './person-card';

/** Where focus goes when the card is opened to tag (the context menu, the shortcut). */
export const TAG_FIELD = 'tag-field';
const SUGGESTIONS = 6;
/** The longest label the API takes for a tag. */
const LABEL_LENGTH = 60;

/** A suggestion: one of the workspace's tags, or a new one named as typed. */
type Suggestion = TagChoice & { create?: true };

export type TagEditorOptions = {
  /** The person's tags as shown (changes waiting included). */
  applied: Badge[];
  /** Slugs whose change waits to be sent. */
  waiting: ReadonlySet<string>;
  choices: TagChoice[];
  draft: { text: string };
  t: Translate;
  locale: Locale;
  onAdd: (tag: TagChoice) => void;
  onRemove: (tag: TagChoice) => void;
  /** A tag the workspace does not have yet, to make and add. */
  onCreate: (tag: TagChoice) => void;
};

export function tagEditor({ applied, waiting, choices, draft, t, locale, onAdd, onRemove, onCreate }: TagEditorOptions): HTMLElement {
  const tags = applied.filter((b) => b.kind === 'tag');
  const list = el('ul', { class: 'applied' }, ...tags.map((b) => {
    const label = badgeLabel(b, t, locale);
    const remove = el('button', { type: 'button', class: 'remove', 'aria-label': t('tags.remove', { tag: label }), 'data-focus': `remove ${b.key}` }, '×');
    remove.addEventListener('click', () => onRemove({ slug: b.key, label: b.label }));
    return el('li', {}, el('span', { class: 'pill kind-tag', dir: 'auto' }, label),
      waiting.has(b.key) ? el('span', { class: 'waiting' }, t('tags.waiting')) : null, remove);
  }));

  const input = el('input', {
    type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'seglens-tag-options',
    'aria-label': t('tags.add'), placeholder: t('tags.add'), autocomplete: 'off', spellcheck: 'false', dir: 'auto', 'data-focus': TAG_FIELD,
  });
  input.value = draft.text;
  const options = el('ul', { role: 'listbox', id: 'seglens-tag-options', class: 'options', 'aria-label': t('tags.title'), hidden: '' });
  let matches: Suggestion[] = [];
  let active = -1;

  /** The tag to make of what was typed, unless a tag has that name or slug already. */
  function newTag(label: string): Suggestion | null {
    const slug = tagSlugFor(label);
    const known = (c: TagChoice) => c.slug === slug || c.label.toLowerCase() === label.toLowerCase();
    return slug && !choices.some(known) && !tags.some((b) => known({ slug: b.key, label: b.label })) ? { slug, label, create: true } : null;
  }

  function suggest() {
    const label = input.value.trim().slice(0, LABEL_LENGTH);
    const typed = label.toLowerCase();
    const created = typed ? newTag(label) : null;
    matches = typed
      ? [...choices.filter((c) => !tags.some((b) => b.key === c.slug) && (c.label.toLowerCase().includes(typed) || c.slug.includes(typed))).slice(0, SUGGESTIONS),
        ...(created ? [created] : [])]
      : [];
    active = matches.length > 0 ? 0 : -1;
    options.replaceChildren(...(typed && matches.length === 0 ? [el('li', { class: 'muted' }, t('tags.noMatch'))] : matches.map((choice, i) => {
      const option = el('li', { role: 'option', id: `seglens-tag-option-${i}` }, choice.create ? t('tags.create', { tag: choice.label }) : el('bdi', {}, choice.label));
      // Chosen with the pointer without taking focus from the field.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => add(choice));
      return option;
    })));
    options.hidden = !typed;
    input.setAttribute('aria-expanded', String(!options.hidden));
    mark();
  }

  function mark() {
    [...options.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `seglens-tag-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function add({ create, ...choice }: Suggestion) {
    draft.text = '';
    input.value = '';
    suggest();
    (create ? onCreate : onAdd)(choice);
  }

  input.addEventListener('input', () => {
    draft.text = input.value;
    suggest();
  });
  input.addEventListener('keydown', (event) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && matches.length > 0) {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      mark();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const typed = input.value.trim().toLowerCase();
      // A tag named exactly as typed wins; else the suggestion marked, as the user sees it (a new tag only when no tag matches).
      const exact = matches.find((c) => !c.create && (c.label.toLowerCase() === typed || c.slug === typed));
      const chosen = exact ?? matches[active];
      if (chosen) add(chosen);
    } else if (event.key === 'Escape' && !options.hidden) {
      // The list closes; the card stays open for another Escape.
      event.stopPropagation();
      event.preventDefault();
      options.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
  });
  if (draft.text) queueMicrotask(suggest);

  return el('section', { class: 'tags', 'aria-label': t('tags.title') },
    el('h3', {}, t('tags.title')),
    tags.length > 0 ? list : el('div', { class: 'muted' }, t('tags.none')),
    el('div', { class: 'combo' }, input, options));
}
