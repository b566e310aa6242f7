import { useEffect, useState } from 'react';
import { formatDate, formatMoney, type Translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/schemas/enums';
import type { TimelineEntry } from '../../../shared/schemas/timeline';
import { askBackground, type Refusal } from '../../messages';
import { connectionText } from '../../ui/connection-text';

/** One entry in words; text from the database (titles, comments, labels) is rendered as text by React. */
function describe(entry: TimelineEntry, t: Translate, locale: Locale): { what: string; more: string[] } {
  switch (entry.kind) {
    case 'event':
      return { what: t(`event.${entry.type}`, {}, entry.type), more: [] };
    case 'order':
      return {
        what: t('timeline.order', { id: entry.externalId, amount: formatMoney(entry.amount, entry.currency, locale) }),
        more: [[...new Set(entry.lines.map((line) => line.productLine))].join(', ')].filter(Boolean),
      };
    case 'survey':
      return { what: t('timeline.survey', { kind: t(`survey.${entry.surveyKind}`), score: entry.score }), more: entry.comment ? [entry.comment] : [] };
    case 'deal_stage':
      return {
        what: entry.fromStage
          ? t('timeline.dealMoved', { deal: entry.deal, from: t(`funnel.${entry.fromStage}`), to: t(`funnel.${entry.toStage}`) })
          : t('timeline.dealOpened', { deal: entry.deal, to: t(`funnel.${entry.toStage}`) }),
        more: entry.changedBy ? [t('timeline.by', { by: entry.changedBy })] : [],
      };
    case 'tag':
      return {
        what: t('timeline.tag', { label: entry.label }),
        more: [entry.appliedBy && t('timeline.by', { by: entry.appliedBy }), entry.sourceHost && t('timeline.from', { host: entry.sourceHost })].filter((x): x is string => !!x),
      };
  }
}

/** The person's timeline, newest first, a page at a time. */
export function Timeline({ contactId, t, locale }: { contactId: number; t: Translate; locale: Locale }) {
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [next, setNext] = useState<string | null | undefined>(undefined);
  const [problem, setProblem] = useState<Refusal | null>(null);

  async function load(cursor: string | null) {
    const answer = await askBackground({ type: 'timeline', contactId, cursor });
    if (!answer.ok) return setProblem(answer);
    setEntries((shown) => (cursor ? [...shown, ...answer.page.items] : answer.page.items));
    setNext(answer.page.nextCursor);
  }
  useEffect(() => {
    setEntries([]);
    setNext(undefined);
    setProblem(null);
    void load(null);
  }, [contactId]);

  return (
    <section aria-labelledby="timeline" className="panel-section">
      <h2 id="timeline">{t('panel.timeline')}</h2>
      {problem && <p className="status bad">{connectionText(problem, t)}</p>}
      {next === null && entries.length === 0 && <p className="muted">{t('panel.noHistory')}</p>}
      <ol className="timeline" data-testid="timeline">
        {entries.map((entry) => {
          const { what, more } = describe(entry, t, locale);
          return (
            <li key={`${entry.kind}-${entry.id}`} className={`kind-${entry.kind}`}>
              <time dateTime={entry.at}>{formatDate(entry.at, locale)}</time>
              <span dir="auto">{what}</span>
              {more.map((line) => <span key={line} className="muted" dir="auto">{line}</span>)}
            </li>
          );
        })}
      </ol>
      {next && <button type="button" className="secondary" onClick={() => void load(next)}>{t('panel.more')}</button>}
    </section>
  );
}
