/** All the side panel shows of one person, gathered from the API at once. */
import type { Explanations } from '../../shared/models/explain-scores';
import type { AppliedTag, Deal, Survey } from '../../shared/schemas/activity';
import type { Company, Contact } from '../../shared/schemas/contact';
import type { Role } from '../../shared/schemas/enums';
import type { KnownPerson } from '../../shared/schemas/lookup';
import type { Settings } from '../settings';
import { callApi, contactCard, getApi, lookupEmails } from './api-client';

/** Satisfaction history: the latest answers. */
const SURVEYS_SHOWN = 20;

export type PersonProfile = {
  /** Every figure, with every contribution to the lead score. */
  person: KnownPerson;
  /** The profile fields. */
  contact: Contact;
  company: Company | null;
  tags: AppliedTag[];
  /** Each figure's inputs and rule; null until the person's scores are computed. */
  explain: Explanations | null;
  /** Newest first, each with its stage history. */
  deals: Deal[];
  surveys: Survey[];
  /** The token's role: what the panel offers to change. */
  role: Role;
};

/** The person with this address, or null when SegLens does not know them. */
export async function personProfile(settings: Settings, email: string): Promise<PersonProfile | null> {
  const [found] = (await lookupEmails(settings, [email])).results;
  if (!found?.known) return null;
  const params = { id: found.contactId };
  const [card, profile, deals, surveys, me] = await Promise.all([
    contactCard(settings, found.contactId),
    getApi(settings, '/v1/contacts/{id}/profile', { params }),
    getApi(settings, '/v1/contacts/{id}/deals', { params }),
    getApi(settings, '/v1/contacts/{id}/surveys', { params, query: { limit: SURVEYS_SHOWN } }),
    callApi(settings, '/v1/me'),
  ]);
  const { companyId } = profile.contact;
  const company = companyId ? await getApi(settings, '/v1/companies/{id}', { params: { id: companyId } }) : null;
  return {
    person: { ...card, email: found.email },
    contact: profile.contact,
    company,
    tags: profile.tags,
    explain: (profile.scores?.explain ?? null) as Explanations | null,
    deals: deals.items,
    surveys: surveys.items,
    role: me.role,
  };
}
