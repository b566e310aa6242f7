/** The card a badge opens: who the person is and what to do next, in the user's language. */
import { formatDate, formatMoney, formatNumber, formatPercent, isRtl, type Translate } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/enums';
import type { Badge, BadgeSummary, KnownPerson } from '../../shared/schemas/lookup';
import type { ConnectionProblem } from '../messages';
import { el } from './dom';
import { openProfileButton } from './open-profile-button';

/** A badge's label in the reader's language: built-in keys translated, tags and custom segments as named. */
export const badgeLabel = (b: Badge, t: Translate, locale: Locale) =>
  t(`${b.kind}.${b.key}`, {}, locale === 'fa' && b.labelFa ? b.labelFa : b.label);

/**
 * A label runs in its own direction (an English tag on a Persian page too), so a cut-off label keeps its start.
 * Each satisfaction segment has a colour of its own: satisfied is not angry's crimson.
 */
export const chip = (b: Badge, t: Translate, locale: Locale) =>
  el('span', { class: `pill kind-${b.kind}${b.kind === 'satisfaction' ? ` satisfaction-${b.key}` : ''}`, dir: 'auto' }, badgeLabel(b, t, locale));

type Detail = Node | string | null | false;

function row(term: string, ...details: Detail[]) {
  return [el('dt', {}, term), el('dd', {}, ...details)];
}

/**
 * Data (a name, a date, a deal) in a sentence of the reader's language runs
 * in its own direction: a Persian name in English text, or a Gregorian date
 * beside it, keeps its place and its order.
 */
const data = (text: string) => el('bdi', {}, text);

/** Parts of a line, with a separator between those present. */
function joined(parts: Detail[], separator = ' · '): Detail[] {
  return parts.filter(Boolean).flatMap((part, i) => (i === 0 ? [part] : [separator, part]));
}

/** A button that copies `text` (an offer code, a greeting) and says it did. */
function copyButton(text: string, label: string, t: Translate) {
  const button = el('button', { type: 'button', class: 'copy', 'aria-label': label }, t('card.copy'));
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text).then(
      () => { button.textContent = t('card.copied'); },
      () => { button.textContent = t('card.copyFailed'); },
    );
  });
  return button;
}

export function knownCard(p: KnownPerson, t: Translate, locale: Locale): HTMLElement {
  const reasons = p.leadScore.reasons.slice(0, 3).map((r) => {
    const [rule, value] = r.rule.split(':');
    const label = t(`rule.${rule}`, {}, rule) + (value ? ` (${value})` : r.count > 1 ? ` ×${formatNumber(r.count, locale)}` : '');
    return el('li', {}, `${label}: ${r.points > 0 ? '+' : ''}${formatNumber(r.points, locale)}`);
  });
  const sat = p.satisfaction;
  return el('div', { class: 'card', role: 'dialog', dir: isRtl(locale) ? 'rtl' : 'ltr', 'aria-label': p.displayName },
    // Isolated, not set apart: a Latin name in a Persian card still stands at the card's right.
    el('h2', {}, data(p.displayName)),
    el('div', { class: 'company' }, ...joined([p.company && data(p.company), data(p.email)])),
    el('div', { class: 'chips' }, ...p.badges.map((b) => chip(b, t, locale))),
    el('dl', {},
      ...row(t('card.leadScore'), [
        `${formatNumber(p.leadScore.score, locale)} · ${t(`lead.${p.leadScore.band}`)}`,
        `${t('card.grade')} ${p.leadScore.grade}`,
        p.leadScore.qualification !== 'none' && t(`lead.${p.leadScore.qualification}`),
      ].filter(Boolean).join(' · '),
        reasons.length ? el('ul', { 'aria-label': t('card.why') }, ...reasons) : null),
      ...row(t('card.satisfaction'), sat
        ? `${t(`satisfaction.${sat.segment}`)}${sat.because === 'complaints' ? ` (${t('card.becauseComplaints')})` : ''}`
        : el('span', { class: 'muted' }, t('card.noSurvey')),
        sat ? el('div', { class: 'tone' }, `${t('card.tone')}: ${sat.tone.open[locale]}`) : null,
        sat ? el('div', { class: 'tone' }, `${t('card.avoid')}: ${sat.tone.avoid[locale]}`) : null,
        sat ? el('div', { class: 'tone' }, [sat.tone.compensation && t('card.compensation'), t(sat.tone.discount ? 'card.discountOk' : 'card.noDiscount')]
          .filter(Boolean).join(' · ')) : null),
      ...row(t('card.value'), [p.valueTier && t(`value.${p.valueTier}`), p.vip && t('value.vip'),
        `${t('card.revenue')} ${formatMoney(p.lifetimeValue.realised, p.lifetimeValue.currency, locale)} (${t('card.orders', { count: p.lifetimeValue.orders })})`,
      ].filter(Boolean).join(' · '),
        p.lifetimeValue.predicted !== null ? el('div', { class: 'tone' }, [
          `${t('card.predicted')} ${formatMoney(p.lifetimeValue.predicted, p.lifetimeValue.currency, locale)}`,
          p.lifetimeValue.churnRisk !== null && `${t('card.churnRisk')} ${formatPercent(p.lifetimeValue.churnRisk, locale)}`,
        ].filter(Boolean).join(' · ')) : null),
      ...row(t('card.lifecycle'), t(`lifecycle.${p.lifecycle}`)),
      ...(p.group ? row(t('card.group'), p.group.description[locale]) : []),
      ...(p.crossSell.length ? row(t('card.crossSell'), ...joined(p.crossSell.map((s) =>
        el('span', {}, data(s.item), ` (${t('card.boughtWith', { share: formatPercent(s.confidence, locale), with: s.because.join(' + ') })})`)))) : []),
      ...(p.upSell.length ? row(t('card.upSell'), ...joined(p.upSell.map((u) => el('span', {}, data(u.from), ' → ', data(u.item))))) : []),
      ...(p.occasion ? row(t('card.occasion'),
        ...joined([data(p.occasion.name[locale]), data(formatDate(`${p.occasion.date}T12:00:00Z`, locale))]),
        ` (${p.occasion.daysUntil === 0 ? t('card.today') : t('card.inDays', { count: p.occasion.daysUntil })})`,
        el('div', { class: 'tone' }, el('bdi', {}, p.occasion.greeting), ' ', copyButton(p.occasion.greeting, t('card.copyGreeting'), t))) : []),
      ...row(t('card.stage'), ...(p.funnel
        ? [...joined([t(`funnel.${p.funnel.stage}`), data(p.funnel.deal), `${t('card.since')} `]), data(formatDate(p.funnel.since, locale)),
          ` (${t('card.daysInStage', { count: p.funnel.daysInStage })})`]
        : [el('span', { class: 'muted' }, t('card.noDeal'))]),
        p.funnel?.milestone ? el('div', { class: 'tone' }, t(`milestone.${p.funnel.milestone.key}`, { count: p.funnel.milestone.days })) : null),
    ),
    p.offer
      ? el('div', { class: 'offer' },
        el('strong', {}, `${t('card.offer')}: ${p.offer.title[locale]}`),
        el('div', {}, p.offer.reason[locale]),
        p.offer.package ? el('div', {}, p.offer.package[locale]) : null,
        p.offer.code ? el('div', {}, `${t('card.code')} `, el('code', {}, p.offer.code), ' ', copyButton(p.offer.code, t('card.copyCode'), t)) : null)
      : el('div', { class: 'offer muted' }, t('card.noOffer')),
    openProfileButton(p.email, t),
  );
}

/** The card while the API cannot be reached: what the person's badge knows of them, with their tags still to change. */
export function summaryCard(p: Extract<BadgeSummary, { known: true }>, t: Translate, locale: Locale): HTMLElement {
  return el('div', { class: 'card', role: 'dialog', dir: isRtl(locale) ? 'rtl' : 'ltr', 'aria-label': p.displayName },
    el('h2', {}, data(p.displayName)),
    el('div', { class: 'company' }, data(p.email)),
    el('div', { class: 'chips' }, ...p.badges.map((b) => chip(b, t, locale))),
    el('dl', {}, ...row(t('card.leadScore'), formatNumber(p.leadScore.score, locale))),
    el('div', { class: 'muted' }, t('card.detailAway')),
  );
}

/** Whether the background could give the person's whole card, or only what their badge shows. */
export const isWholeCard = (p: KnownPerson | Extract<BadgeSummary, { known: true }>): p is KnownPerson => 'lifecycle' in p;

export function messageCard(text: string, locale: Locale): HTMLElement {
  return el('div', { class: 'card', role: 'dialog', dir: isRtl(locale) ? 'rtl' : 'ltr' }, el('div', { class: 'muted' }, text));
}

export function problemText({ problem, url, status }: { problem: ConnectionProblem; url?: string; status?: number }, t: Translate) {
  return `${t('card.error')}. ${t(`conn.${problem}`, { url: url ?? t('options.serverUrl'), status: status ?? '' })}`;
}
