/** The profile fields as the side panel shows and edits them: grouped by dimension, each with its kind of input, read from the shared schema. */
import { z } from 'zod';
import { ContactFields, type Contact } from '../../../shared/schemas/contact';
import type { Role } from '../../../shared/schemas/enums';
import { may } from '../../../shared/permissions';

export type FieldName = keyof ContactFields;

export const FIELD_GROUPS = {
  identity: ['name', 'honorific', 'jobTitle', 'jobLevel', 'phone', 'locale', 'alternateEmails'],
  demographic: ['ageBand', 'gender', 'maritalStatus', 'education', 'occupation', 'incomeBand', 'household', 'birthday'],
  geographic: ['country', 'province', 'city', 'settlement', 'climate'],
  psychographic: ['lifestyle', 'interests', 'personality', 'values', 'brandAttitude'],
  technographic: ['techSkill', 'os', 'device', 'socialPlatform', 'internetSpeed'],
  behaviour: ['acquisitionSource', 'priceReaction', 'usage', 'needs'],
  privacy: ['consentProfiling', 'consentMarketing'],
} as const satisfies Record<string, readonly FieldName[]>;
export type FieldGroup = keyof typeof FIELD_GROUPS;

/** The groups that say what a person prefers and is like, beside who they are. */
export const PREFERENCE_GROUPS = ['demographic', 'geographic', 'psychographic', 'technographic', 'behaviour', 'privacy'] as const satisfies readonly FieldGroup[];

export type FieldInput =
  | { kind: 'text' | 'date'; nullable: boolean }
  | { kind: 'choice'; options: readonly string[]; nullable: boolean }
  | { kind: 'choices'; options: readonly string[] }
  /** A list of free texts (addresses, values, needs), one a line. */
  | { kind: 'lines' }
  | { kind: 'yesno' };

export function inputOf(name: FieldName): FieldInput {
  let schema: z.ZodType = ContactFields.shape[name];
  const nullable = schema instanceof z.ZodNullable;
  if (schema instanceof z.ZodNullable) schema = schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options as string[], nullable };
  if (schema instanceof z.ZodArray) return schema.element instanceof z.ZodEnum ? { kind: 'choices', options: schema.element.options as string[] } : { kind: 'lines' };
  if (schema instanceof z.ZodBoolean) return { kind: 'yesno' };
  return { kind: schema instanceof z.ZodISODate ? 'date' : 'text', nullable };
}

/**
 * The fields this role may change: all of a person's profile fields for a
 * role that may write (the company is chosen elsewhere, and the address is
 * who the person is), none for the others.
 */
export function editableFields(role: Role): Set<FieldName> {
  if (!may(role, 'write')) return new Set();
  return new Set(Object.values(FIELD_GROUPS).flat());
}

/** A field's value as a form holds it: text, a choice ('' for none), choices, or a yes/no. */
export type FormValue = string | string[] | boolean;

export function toForm(contact: Contact, name: FieldName): FormValue {
  const value = contact[name];
  const input = inputOf(name);
  if (input.kind === 'lines') return (value as string[]).join('\n');
  if (input.kind === 'choices' || input.kind === 'yesno') return value as string[] | boolean;
  return (value as string | null) ?? '';
}

/** What the API is sent for a field's form value: null for an empty optional field, a list from lines. */
export function fromForm(value: FormValue, name: FieldName): unknown {
  const input = inputOf(name);
  if (input.kind === 'lines') return (value as string).split('\n').map((line) => line.trim()).filter(Boolean);
  if (input.kind === 'choices' || input.kind === 'yesno') return value;
  return value === '' && input.nullable ? null : value;
}

/** The field a problem names: `alternateEmails[1]` is about alternateEmails. */
export const fieldNamed = (path: string) => path.split(/[.[]/)[0]!;
