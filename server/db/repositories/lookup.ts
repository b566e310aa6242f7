import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { companies, contactEmails, contacts, contactScoreDetails, contactScores, contactTags, customSegmentMembers, tags } from '../schema';

/** The person's tags ({slug, label}) as a JSON array: their badges are made with them. */
const tagsOf = sql<string>`(select json_group_array(json_object('slug', ${tags.slug}, 'label', ${tags.label})) from ${contactTags}
  join ${tags} on ${tags.id} = ${contactTags.tagId} where ${contactTags.contactId} = ${contacts.id})`;
/** Custom segments the person is in ("segment:<key>"), as a JSON array. */
const customSegmentsOf = sql<string>`(select json_group_array(${customSegmentMembers.segment}) from ${customSegmentMembers}
  where ${customSegmentMembers.contactId} = ${contacts.id})`;

/**
 * The overlay's hot path: a whole batch of addresses resolved in one query
 * over the address index, with the score columns a badge is made of; and one
 * person whole, for their card.
 */
export function lookupRepository(db: Db) {
  // Prepared once: the whole batch is one parameter, a JSON array the database unpacks.
  const byEmails = db
    .select({
      email: contactEmails.email,
      contactId: contacts.id,
      name: contacts.name,
      honorific: contacts.honorific,
      locale: contacts.locale,
      scores: {
        version: contactScores.version,
        leadScore: contactScores.leadScore,
        leadBand: contactScores.leadBand,
        leadQualification: contactScores.leadQualification,
        rfmSegment: contactScores.rfmSegment,
        satisfaction: contactScores.satisfaction,
        valueTier: contactScores.valueTier,
        vip: contactScores.vip,
        lifecycle: contactScores.lifecycle,
        funnelStage: contactScores.funnelStage,
      },
      tags: tagsOf,
      customSegments: customSegmentsOf,
    })
    .from(contactEmails)
    .innerJoin(contacts, eq(contacts.id, contactEmails.contactId))
    .leftJoin(contactScores, eq(contactScores.contactId, contacts.id))
    .where(sql`${contactEmails.email} in (select value from json_each(${sql.placeholder('emails')}))`)
    .prepare();

  const card = db
    .select({
      email: contacts.email,
      contactId: contacts.id,
      name: contacts.name,
      honorific: contacts.honorific,
      locale: contacts.locale,
      company: companies.name,
      scores: contactScores,
      detail: contactScoreDetails.detail,
      tags: tagsOf,
      customSegments: customSegmentsOf,
    })
    .from(contacts)
    .leftJoin(companies, eq(companies.id, contacts.companyId))
    .innerJoin(contactScores, eq(contactScores.contactId, contacts.id))
    .innerJoin(contactScoreDetails, eq(contactScoreDetails.contactId, contacts.id))
    .where(eq(contacts.id, sql.placeholder('id')))
    .prepare();

  return {
    byEmails: (emails: string[]) => byEmails.all({ emails: JSON.stringify(emails) }),
    /** One person with everything their card shows; undefined when unknown or not scored yet. */
    card: (contactId: number) => card.get({ id: contactId }),
  };
}
