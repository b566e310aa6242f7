import { z } from 'zod';
import * as E from './enums';
import { somePatch } from './patch';

/** Addresses are compared lower-cased and trimmed, as mail systems treat them. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const Email = z.string().trim().toLowerCase().pipe(z.email({ error: 'must be an email address' })).pipe(z.string().max(254))
  .meta({ examples: ['dana@example.com'] });

const day = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

/** The profile fields a person may carry, grouped by the domain's dimensions. */
export const ContactFields = z.object({
  name: z.string().trim().min(1).max(200),
  honorific: E.Honorific.nullable(),
  jobTitle: z.string().trim().max(200).nullable(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,30}$/, 'must be a phone number').nullable(),
  locale: E.Locale,
  companyId: z.number().int().positive().nullable(),
  alternateEmails: z.array(Email).max(20),
  // demographic
  ageBand: E.AgeBand.nullable(),
  gender: E.Gender.nullable(),
  maritalStatus: E.MaritalStatus.nullable(),
  education: E.Education.nullable(),
  occupation: E.Occupation.nullable(),
  incomeBand: E.IncomeBand.nullable(),
  household: E.Household.nullable(),
  jobLevel: E.JobLevel.nullable(),
  birthday: day.nullable(),
  // geographic
  country: z.string().trim().length(2, 'must be an ISO 3166-1 alpha-2 code').toUpperCase().nullable(),
  province: z.string().trim().max(100).nullable(),
  city: z.string().trim().max(100).nullable(),
  settlement: E.Settlement.nullable(),
  climate: E.Climate.nullable(),
  // psychographic
  lifestyle: E.Lifestyle.nullable(),
  interests: z.array(E.Interest).max(10),
  personality: E.Personality.nullable(),
  values: z.array(z.string().trim().min(1).max(60)).max(10),
  brandAttitude: E.BrandAttitude.nullable(),
  // technographic
  techSkill: E.TechSkill.nullable(),
  os: E.OperatingSystem.nullable(),
  device: E.Device.nullable(),
  socialPlatform: E.SocialPlatform.nullable(),
  internetSpeed: E.InternetSpeed.nullable(),
  // behavioural (declared) and needs
  acquisitionSource: E.AcquisitionSource.nullable(),
  priceReaction: E.PriceReaction.nullable(),
  usage: E.UsageType.nullable(),
  needs: z.array(z.string().trim().min(1).max(200)).max(20),
  // privacy
  consentProfiling: z.boolean(),
  consentMarketing: z.boolean(),
});
export type ContactFields = z.infer<typeof ContactFields>;

/** Everything but name may be left out on create; lists default to empty, the rest to null. */
export const ContactCreate = ContactFields.partial().extend({
  email: Email,
  name: ContactFields.shape.name,
});
export type ContactCreate = z.infer<typeof ContactCreate>;

export const ContactUpdate = somePatch(ContactFields.partial().extend({ email: Email.optional() }));
export type ContactUpdate = z.infer<typeof ContactUpdate>;

export const Contact = ContactFields.extend({
  id: z.number().int(),
  email: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

export const Company = z.object({
  id: z.number().int(),
  name: z.string(),
  domain: z.string().nullable(),
  industry: E.Industry.nullable(),
  size: E.CompanySize.nullable(),
  revenueBand: E.RevenueBand.nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
});
export type Company = z.infer<typeof Company>;

export const CompanyCreate = Company.omit({ id: true }).partial().extend({
  name: z.string().trim().min(1).max(200),
  domain: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain name').nullable().optional(),
});
export type CompanyCreate = z.infer<typeof CompanyCreate>;
