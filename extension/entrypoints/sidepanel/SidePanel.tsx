import { useEffect, useMemo, useState } from 'react';
import { formatDate, type Translate } from '../../../shared/i18n';
import { profileTranslator } from '../../../shared/i18n/profile';
import type { Locale } from '../../../shared/schemas/enums';
import type { PersonProfile } from '../../background/person-profile';
import { askBackground, type ProfileAnswer } from '../../messages';
import { connectionText } from '../../ui/connection-text';
import { useLocale } from '../../ui/use-locale';
import { Dimensions } from './Dimensions';
import { editableFields } from './profile-fields';
import { ProfileForm } from './ProfileForm';
import { Timeline } from './Timeline';
import { usePersonInFocus } from './use-person-in-focus';

/** The side panel: the whole profile of the person in focus, following the focus as it moves. */
export function SidePanel() {
  const { locale } = useLocale();
  const t = useMemo(() => profileTranslator(locale), [locale]);
  const email = usePersonInFocus();
  const [answer, setAnswer] = useState<{ email: string; answer: ProfileAnswer } | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    if (!email) return;
    let current = true;
    void askBackground({ type: 'profile', email }).then((next) => current && setAnswer({ email, answer: next }));
    return () => { current = false; };
  }, [email, loads]);

  const shown = answer && answer.email === email ? answer.answer : null;
  return (
    <main className="side-panel">
      {email === null && <p className="muted">{t('panel.choose')}</p>}
      {email && !shown && <p className="muted" role="status">{t('panel.loading')}</p>}
      {shown && !shown.ok && <p className="status bad">{connectionText(shown, t)}</p>}
      {shown?.ok && !shown.profile && <p className="muted">{t('panel.unknown', { email: email! })}</p>}
      {shown?.ok && shown.profile && (
        <Person key={shown.profile.contact.id} profile={shown.profile} t={t} locale={locale} reload={() => setLoads((n) => n + 1)} />
      )}
    </main>
  );
}

function Person({ profile, t, locale, reload }: { profile: PersonProfile; t: Translate; locale: Locale; reload: () => void }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editable = editableFields(profile.role);
  const { person, contact } = profile;
  return (
    <article aria-labelledby="person-name">
      <header className="person">
        <h1 id="person-name"><bdi>{person.displayName}</bdi></h1>
        <p className="muted" dir="auto">{[contact.jobTitle, profile.company?.name].filter(Boolean).join(' · ')}</p>
        <p className="muted">{t('panel.computedAt', { date: formatDate(person.computedAt, locale) })}</p>
        {saved && <p className="status ok" role="status">{t('panel.saved')}</p>}
        {!editing && (editable.size > 0
          ? <button type="button" onClick={() => { setSaved(false); setEditing(true); }}>{t('panel.edit')}</button>
          : <p className="muted">{t('panel.readOnly', { role: t(`role.${profile.role}`) })}</p>)}
      </header>
      {editing
        ? <ProfileForm contact={contact} editable={editable} t={t} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); setSaved(true); reload(); }} />
        : <Dimensions profile={profile} t={t} locale={locale} />}
      <Timeline contactId={contact.id} t={t} locale={locale} />
    </article>
  );
}
