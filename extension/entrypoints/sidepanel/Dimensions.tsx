/** Every dimension of a person, grouped, read-only: what SegLens knows and computed, each with what it came from. */
import type { ReactNode } from 'react';
import { formatDate, formatMoney, formatNumber, formatPercent, type Translate } from '../../../shared/i18n';
import type { Deal } from '../../../shared/schemas/activity';
import type { Contact } from '../../../shared/schemas/contact';
import type { Locale } from '../../../shared/schemas/enums';
import { badgeLabel } from '../../annotate/person-card';
import type { PersonProfile } from '../../background/person-profile';
import { FIELD_GROUPS, inputOf, PREFERENCE_GROUPS, type FieldName } from './profile-fields';

type Props = { profile: PersonProfile; t: Translate; locale: Locale };

const DAY_MS = 86_400_000;

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="panel-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Terms and their details; a row without a detail is left out. */
function Rows({ rows }: { rows: Array<[string, ReactNode]> }) {
  const shown = rows.filter(([, detail]) => detail !== null && detail !== undefined && detail !== '' && detail !== false);
  return (
    <dl>
      {shown.map(([term, detail]) => (
        <div key={term} className="row"><dt>{term}</dt><dd dir="auto">{detail}</dd></div>
      ))}
    </dl>
  );
}

/** A profile field's value in words: choices translated, lists joined, nothing for an empty field. */
export function fieldText(contact: Contact, name: FieldName, t: Translate, locale: Locale): string | null {
  const value = contact[name];
  const input = inputOf(name);
  if (input.kind === 'yesno') return t(value ? 'panel.yes' : 'panel.no');
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (input.kind === 'choice' || input.kind === 'choices') return ([] as string[]).concat(value as string).map((v) => t(`${name}.${v}`, {}, v)).join(locale === 'fa' ? '، ' : ', ');
  if (input.kind === 'date') return formatDate(`${value as string}T12:00:00Z`, locale);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

const fieldRows = (contact: Contact, names: readonly FieldName[], t: Translate, locale: Locale): Array<[string, ReactNode]> =>
  names.map((name) => [t(`field.${name}`), fieldText(contact, name, t, locale)]);

const days = (from: string, to: number) => Math.max(0, Math.floor((to - Date.parse(from)) / DAY_MS));

/** A deal's stages, each with how long it stayed there (the current one until now). */
function DealStages({ deal, t, locale }: { deal: Deal; t: Translate; locale: Locale }) {
  return (
    <li>
      <strong dir="auto">{deal.title}</strong>
      {deal.amount !== null && <span className="muted"> · {formatMoney(deal.amount, deal.currency, locale)}</span>}
      <ol className="stages">
        {deal.history.map((step, i) => {
          const left = deal.history[i + 1]?.changedAt;
          return (
            <li key={step.changedAt + step.toStage}>
              {t(`funnel.${step.toStage}`)} · {formatDate(step.changedAt, locale)} · {t('card.daysInStage', { count: days(step.changedAt, left ? Date.parse(left) : Date.now()) })}
            </li>
          );
        })}
      </ol>
    </li>
  );
}

export function Dimensions({ profile, t, locale }: Props) {
  const { person: p, contact, company, explain } = profile;
  const num = (n: number) => formatNumber(n, locale);
  const rule = (r: { rule: string; count: number }) => {
    const [name, value] = r.rule.split(':');
    return t(`rule.${name}`, {}, name) + (value ? ` (${t(`${name}.${value}`, {}, value)})` : r.count > 1 ? ` ×${num(r.count)}` : '');
  };
  const sat = p.satisfaction;
  const ltv = p.lifetimeValue;
  return (
    <>
      <Section id="identity" title={t('panel.identity')}>
        <Rows rows={[[t('field.email'), <span dir="ltr">{contact.email}</span>], ...fieldRows(contact, FIELD_GROUPS.identity, t, locale)]} />
      </Section>

      <Section id="company" title={t('panel.company')}>
        {company ? (
          <Rows rows={[
            [t('panel.company'), company.name],
            [t('company.domain'), company.domain && <span dir="ltr">{company.domain}</span>],
            [t('company.industry'), company.industry && t(`industry.${company.industry}`)],
            [t('company.size'), company.size && <span dir="ltr">{company.size}</span>],
            [t('company.revenueBand'), company.revenueBand && t(`revenueBand.${company.revenueBand}`)],
            [t('field.city'), [company.city, company.country].filter(Boolean).join(', ')],
          ]} />
        ) : <p className="muted">{t('panel.noCompany')}</p>}
      </Section>

      <Section id="segments" title={t('panel.segmentsAndTags')}>
        <p className="chips">{p.badges.map((b) => <span key={`${b.kind}:${b.key}`} className={`pill kind-${b.kind}`} dir="auto">{badgeLabel(b, t, locale)}</span>)}</p>
        {profile.tags.length === 0 ? <p className="muted">{t('panel.noTags')}</p> : (
          <ul className="tags">
            {profile.tags.map((tag) => (
              <li key={tag.slug}>
                <span className="tag" style={{ borderColor: tag.color }} dir="auto">{tag.label}</span>
                <span className="muted"> {t('panel.taggedBy', { by: tag.appliedBy ?? '—', date: formatDate(tag.appliedAt, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="rfm" title={t('panel.rfm')}>
        {p.rfm ? (
          <Rows rows={[
            [t('card.segments'), t(`rfm.${p.rfm.segment}`)],
            [t('panel.recency'), `${num(p.rfm.r)}/5${explain?.rfm ? ` · ${t('panel.recencyDays', { count: explain.rfm.recencyDays })}` : ''}`],
            [t('panel.frequency'), `${num(p.rfm.f)}/5${explain?.rfm ? ` · ${t('card.orders', { count: explain.rfm.frequency })}` : ''}`],
            [t('panel.monetary'), `${num(p.rfm.m)}/5${explain?.rfm ? ` · ${t('panel.spent', { amount: formatMoney(explain.rfm.monetary, p.lifetimeValue.currency, locale) })}` : ''}`],
          ]} />
        ) : <p className="muted">{t('panel.noRfm')}</p>}
      </Section>

      <Section id="lead" title={t('panel.lead')}>
        <Rows rows={[
          [t('panel.lead'), `${num(p.leadScore.score)} · ${t(`lead.${p.leadScore.band}`)}`],
          [t('card.grade'), p.leadScore.grade],
          [t('card.segments'), p.leadScore.qualification !== 'none' && t(`lead.${p.leadScore.qualification}`)],
          [t('panel.fit'), num(p.leadScore.fit)],
          [t('panel.engagement'), num(p.leadScore.engagement)],
        ]} />
        <h3>{t('panel.contributions')}</h3>
        {p.leadScore.reasons.length === 0 ? <p className="muted">{t('panel.noContributions')}</p> : (
          <ul className="contributions" data-testid="contributions">
            {p.leadScore.reasons.map((r) => (
              <li key={r.rule}><span dir="auto">{rule(r)}</span><span className="points" dir="ltr">{r.points > 0 ? '+' : ''}{r.points}</span></li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="satisfaction" title={t('panel.satisfaction')}>
        {sat ? (
          <Rows rows={[
            [t('panel.satisfaction'), `${t(`satisfaction.${sat.segment}`)}${sat.because === 'complaints' ? ` (${t('card.becauseComplaints')})` : ''}`],
            [t('card.tone'), sat.tone.open[locale]],
            [t('card.avoid'), sat.tone.avoid[locale]],
          ]} />
        ) : <p className="muted">{t('card.noSurvey')}</p>}
        {profile.surveys.length > 0 && (
          <>
            <h3>{t('panel.surveyHistory')}</h3>
            <ul className="surveys" data-testid="surveys">
              {profile.surveys.map((s) => (
                <li key={s.id}>
                  {t(`survey.${s.kind}`)} {num(s.score)} · {formatDate(s.respondedAt, locale)}
                  {s.comment && <q dir="auto">{s.comment}</q>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="value" title={t('panel.value')}>
        <Rows rows={[
          [t('panel.tier'), [p.valueTier && t(`value.${p.valueTier}`), p.vip && t('value.vip')].filter(Boolean).join(' · ')],
          [t('card.revenue'), `${formatMoney(ltv.realised, ltv.currency, locale)} (${t('card.orders', { count: ltv.orders })})`],
          [t('card.predicted'), ltv.predicted === null ? t('panel.notFitted') : formatMoney(ltv.predicted, ltv.currency, locale)],
          [t('panel.alive'), ltv.probabilityAlive !== null && formatPercent(ltv.probabilityAlive, locale)],
          [t('card.churnRisk'), ltv.churnRisk !== null && formatPercent(ltv.churnRisk, locale)],
        ]} />
      </Section>

      <Section id="lifecycle" title={t('panel.lifecycle')}>
        <Rows rows={[
          [t('panel.lifecycle'), t(`lifecycle.${p.lifecycle}`)],
          [t('card.why'), explain?.lifecycle && explain.lifecycle.daysSinceOrder !== null
            && `${t('card.orders', { count: explain.lifecycle.orders })} · ${t('panel.recencyDays', { count: explain.lifecycle.daysSinceOrder })}`],
        ]} />
      </Section>

      <Section id="funnel" title={t('panel.funnel')}>
        {p.funnel ? (
          <Rows rows={[
            [t('card.stage'), `${t(`funnel.${p.funnel.stage}`)} · ${p.funnel.deal}`],
            [t('card.since'), `${formatDate(p.funnel.since, locale)} (${t('card.daysInStage', { count: p.funnel.daysInStage })})`],
            [t('card.why'), p.funnel.milestone && t(`milestone.${p.funnel.milestone.key}`, { count: p.funnel.milestone.days })],
          ]} />
        ) : <p className="muted">{t('card.noDeal')}</p>}
        {profile.deals.length > 0 && <ul className="deals">{profile.deals.map((deal) => <DealStages key={deal.id} deal={deal} t={t} locale={locale} />)}</ul>}
      </Section>

      <Section id="occasions" title={t('panel.occasions')}>
        {p.occasion ? (
          <Rows rows={[
            [p.occasion.name[locale], `${formatDate(`${p.occasion.date}T12:00:00Z`, locale)} (${p.occasion.daysUntil === 0 ? t('card.today') : t('card.inDays', { count: p.occasion.daysUntil })})`],
            [t('card.tone'), p.occasion.greeting],
          ]} />
        ) : <p className="muted">{t('panel.noOccasion')}</p>}
        <Rows rows={[[t('field.birthday'), fieldText(contact, 'birthday', t, locale)]]} />
      </Section>

      <Section id="preferences" title={t('panel.preferences')}>
        {PREFERENCE_GROUPS.map((group) => {
          const rows = fieldRows(contact, FIELD_GROUPS[group].filter((name) => name !== 'birthday'), t, locale).filter(([, v]) => v !== null);
          return (
            <div key={group}>
              <h3>{t(`panel.${group}`)}</h3>
              {rows.length ? <Rows rows={rows} /> : <p className="muted">{t('panel.nothingRecorded')}</p>}
            </div>
          );
        })}
      </Section>

      <Section id="sell" title={t('panel.sell')}>
        {p.crossSell.length === 0 && p.upSell.length === 0 ? <p className="muted">{t('panel.nothingToSuggest')}</p> : (
          <ul>
            {p.crossSell.map((s) => (
              <li key={`cross-${s.item}`} dir="auto">{t('card.crossSell')}: {s.item} ({t('card.boughtWith', { share: formatPercent(s.confidence, locale), with: s.because.join(' + ') })})</li>
            ))}
            {p.upSell.map((u) => <li key={`up-${u.item}`} dir="auto">{t('card.upSell')}: {u.from} → {u.item}</li>)}
          </ul>
        )}
      </Section>

      <Section id="group" title={t('panel.group')}>
        {p.group ? <p dir="auto">{p.group.description[locale]}</p> : <p className="muted">{t('panel.noGroup')}</p>}
      </Section>

      <Section id="offer" title={t('panel.offer')}>
        {p.offer ? (
          <div className="offer">
            <strong dir="auto">{p.offer.title[locale]}</strong>
            <p dir="auto">{p.offer.reason[locale]}</p>
            {p.offer.package && <p dir="auto">{p.offer.package[locale]}</p>}
            {p.offer.code && <p>{t('card.code')} <code>{p.offer.code}</code></p>}
          </div>
        ) : <p className="muted">{t('card.noOffer')}</p>}
      </Section>
    </>
  );
}
