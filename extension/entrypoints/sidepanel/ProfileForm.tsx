/**
 * Editing the profile fields the user's role may change. The API validates
 * them: a refusal's reason is shown beside each field it names.
 */
import { useState } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import type { Translate } from '../../../shared/i18n';
import type { Contact, ContactUpdate } from '../../../shared/schemas/contact';
import { askBackground } from '../../messages';
import { connectionText } from '../../ui/connection-text';
import { Section } from './Dimensions';
import { FIELD_GROUPS, fieldNamed, fromForm, inputOf, toForm, type FieldName, type FormValue } from './profile-fields';

type Values = Partial<Record<FieldName, FormValue>>;
type Props = { contact: Contact; editable: Set<FieldName>; t: Translate; onSaved: () => void; onCancel: () => void };

/** Addresses, phone numbers and codes read left to right in a Persian page too. */
const LTR_FIELDS = new Set<FieldName>(['phone', 'alternateEmails', 'country', 'birthday']);

function Input({ name, register, invalid, t }: { name: FieldName; register: UseFormRegister<Values>; invalid: boolean; t: Translate }) {
  const input = inputOf(name);
  const id = `field-${name}`;
  const dir = LTR_FIELDS.has(name) ? 'ltr' : 'auto';
  const described = invalid ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  switch (input.kind) {
    case 'choice':
      return (
        <select id={id} {...described} {...register(name)}>
          {input.nullable && <option value="">{t('panel.unset')}</option>}
          {input.options.map((option) => <option key={option} value={option}>{t(`${name}.${option}`, {}, option)}</option>)}
        </select>
      );
    case 'choices':
      return (
        <div className="choices" id={id} role="group" {...described}>
          {input.options.map((option) => (
            <label key={option} className="choice"><input type="checkbox" value={option} {...register(name)} /> {t(`${name}.${option}`, {}, option)}</label>
          ))}
        </div>
      );
    case 'yesno':
      return <input id={id} type="checkbox" className="yesno" {...described} {...register(name)} />;
    case 'lines':
      return <textarea id={id} rows={3} dir={dir} placeholder={t('panel.onePerLine')} {...described} {...register(name)} />;
    default:
      return <input id={id} type={input.kind === 'date' ? 'date' : 'text'} dir={dir} {...described} {...register(name)} />;
  }
}

export function ProfileForm({ contact, editable, t, onSaved, onCancel }: Props) {
  const defaults = Object.fromEntries([...editable].map((name) => [name, toForm(contact, name)])) as Values;
  const { register, handleSubmit, setError, formState: { errors, dirtyFields, isSubmitting } } = useForm<Values>({ defaultValues: defaults });
  const [refusal, setRefusal] = useState<string | null>(null);

  async function save(values: Values) {
    setRefusal(null);
    const changed = (Object.keys(dirtyFields) as FieldName[]).filter((name) => editable.has(name));
    if (changed.length === 0) return onCancel();
    const changes = Object.fromEntries(changed.map((name) => [name, fromForm(values[name]!, name)])) as ContactUpdate;
    const answer = await askBackground({ type: 'update-profile', contactId: contact.id, changes });
    if (answer.ok) return onSaved();
    if ('problem' in answer) return setRefusal(connectionText(answer, t));
    // Each reason beside the field it names; a reason about anything else above the form.
    const elsewhere: string[] = [];
    for (const { field, message } of answer.invalid.errors) {
      const name = fieldNamed(field) as FieldName;
      if (editable.has(name)) setError(name, { type: 'server', message }, { shouldFocus: true });
      else elsewhere.push(`${field}: ${message}`);
    }
    if (elsewhere.length) setRefusal(t('panel.refused', { detail: elsewhere.join('; ') }));
  }

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t('panel.edit')}>
      {refusal && <p className="status bad" role="alert">{refusal}</p>}
      {Object.entries(FIELD_GROUPS).map(([group, names]) => {
        const shown = names.filter((name) => editable.has(name));
        if (shown.length === 0) return null;
        return (
          <Section key={group} id={`edit-${group}`} title={t(group === 'identity' ? 'panel.identity' : `panel.${group}`)}>
            {shown.map((name) => {
              const error = errors[name]?.message;
              return (
                <div key={name} className={`field${error ? ' invalid' : ''}`}>
                  <label htmlFor={`field-${name}`}>{t(`field.${name}`)}</label>
                  <Input name={name} register={register} invalid={!!error} t={t} />
                  {/* The API's own words: it names the field, the label says which one. */}
                  {error && <p className="field-error" id={`field-${name}-error`} role="alert" dir="auto">{error}</p>}
                </div>
              );
            })}
          </Section>
        );
      })}
      <div className="actions sticky">
        <button type="submit" disabled={isSubmitting}>{isSubmitting ? t('panel.saving') : t('panel.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('panel.cancel')}</button>
      </div>
    </form>
  );
}
