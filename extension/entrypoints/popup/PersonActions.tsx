/**
 * Tagging a person of the page from the popup's list: the card's own
 * controls (person-actions.ts: the tag field with its suggestions, adding a
 * person SegLens does not know, the changes refused), drawn anew whenever the
 * outbox changes. What the user typed and where focus was are kept across.
 */
import { useEffect, useRef, useState } from 'react';
import { personActions } from '../../annotate/person-actions';
import { problemText } from '../../annotate/person-card';
import { TAG_FIELD } from '../../annotate/tag-editor';
import { CHIP_CSS, personActionsCss } from '../../annotate/overlay-styles';
import { onOutboxChanged } from '../../background/outbox';
import { askBackground, type PersonAnswer, type WorkspaceAnswer } from '../../messages';
import type { Translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/schemas/enums';

const ACTIONS_CSS = `${personActionsCss('.person-actions')}\n${CHIP_CSS}`;

type Props = { email: string; pageName: string | null; sourceHost: string | null; workspace: Extract<WorkspaceAnswer, { ok: true }>; t: Translate; locale: Locale };

export function PersonActions({ email, pageName, sourceHost, workspace, t, locale }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const draft = useRef({ text: '' });
  const [answer, setAnswer] = useState<PersonAnswer | null>(null);

  useEffect(() => {
    const read = () => void askBackground({ type: 'person', email }).then(setAnswer);
    read();
    return onOutboxChanged(read);
  }, [email]);

  useEffect(() => {
    const holder = box.current;
    if (!holder || !answer) return;
    // The background could not answer: its reason is shown instead, never controls for what it no longer knows.
    if (!answer.ok) return void holder.replaceChildren();
    // Focus goes to the tag field when the controls open, and stays on its control when they are drawn anew.
    const focused = holder.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.focus : undefined;
    const opening = holder.childElementCount === 0;
    holder.replaceChildren(...personActions({
      t, locale, workspace, draft: draft.current,
      person: answer.result,
      changes: answer.changes,
      change: (change) => void askBackground({ type: 'change', change, sourceHost }),
      pageName: () => pageName,
    }));
    const refocus = focused ?? (opening ? TAG_FIELD : undefined);
    if (refocus) holder.querySelector<HTMLElement>(`[data-focus="${CSS.escape(refocus)}"]`)?.focus();
  }, [answer, workspace, t, locale, pageName, sourceHost]);

  return (
    <div className="person-actions" dir={locale === 'fa' ? 'rtl' : 'ltr'}>
      <style>{ACTIONS_CSS}</style>
      {answer && !answer.ok && <p className="status bad">{problemText(answer, t)}</p>}
      <div ref={box} />
    </div>
  );
}
