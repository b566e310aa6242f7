import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/schemas/contact';
import { editableFields, fieldNamed, fromForm, inputOf, toForm } from './profile-fields';

describe('the profile fields as the side panel edits them', () => {
  it('reads each field\'s kind of input from the shared schema', () => {
    expect(inputOf('name')).toEqual({ kind: 'text', nullable: false });
    expect(inputOf('honorific')).toMatchObject({ kind: 'choice', nullable: true, options: ['dr', 'eng', 'prof', 'mr', 'mrs', 'ms'] });
    expect(inputOf('locale')).toMatchObject({ kind: 'choice', nullable: false });
    expect(inputOf('interests')).toMatchObject({ kind: 'choices' });
    expect(inputOf('alternateEmails')).toEqual({ kind: 'lines' });
    expect(inputOf('birthday')).toEqual({ kind: 'date', nullable: true });
    expect(inputOf('consentMarketing')).toEqual({ kind: 'yesno' });
  });

  it('offers every profile field to a role that may write, and none to the others', () => {
    expect(editableFields('manager').has('phone')).toBe(true);
    expect(editableFields('admin').has('companyId')).toBe(false);
    for (const role of ['sales', 'support', 'viewer'] as const) expect(editableFields(role).size).toBe(0);
  });

  it('turns form values into what the API takes, and back', () => {
    const contact = { jobTitle: null, alternateEmails: ['a@example.com', 'b@example.com'], interests: ['art'], consentMarketing: true } as unknown as Contact;
    expect(toForm(contact, 'jobTitle')).toBe('');
    expect(fromForm('', 'jobTitle')).toBeNull();
    expect(fromForm('', 'name')).toBe('');
    expect(toForm(contact, 'alternateEmails')).toBe('a@example.com\nb@example.com');
    expect(fromForm(' a@example.com \n\n c@example.com', 'alternateEmails')).toEqual(['a@example.com', 'c@example.com']);
    expect(fromForm(['art', 'travel'], 'interests')).toEqual(['art', 'travel']);
    expect(fieldNamed('alternateEmails[1]')).toBe('alternateEmails');
    expect(fieldNamed('phone')).toBe('phone');
  });
});
