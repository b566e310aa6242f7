import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { companies, contactEmails, contacts, contactScoreDetails, contactScores, contactTags, customSegmentMembers, tags } from '../schema';

/**
 * The overlay's hot path: a whole batch of addresses resolved in one query over
 * the address index, with what the engine materialised for each person.
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
        company: companies.name,
        scores: contactScores,
        detail: contactScoreDetails.detail,
        /** The person's tags ({slug, label}), as a JSON array: their badges are made with them. */
        tags: sql<string>`(select json_group_array(json_object('slug', ${tags.slug}, 'label', ${tags.label})) from ${contactTags}
          join ${tags} on ${tags.id} = ${contactTags.tagId} where ${contactTags.contactId} = ${contacts.id})`,
        /** Custom segments the person is in ("segment:<key>"), as a JSON array. */
        customSegments: sql<string>`(select json_group_array(${customSegmentMembers.segment}) from ${customSegmentMembers}
          where ${customSegmentMembers.contactId} = ${contacts.id})`,
      })
      .from(contactEmails)
      .innerJoin(contacts, eq(contacts.id, contactEmails.contactId))
      .leftJoin(companies, eq(companies.id, contacts.companyId))
      .leftJoin(contactScores, eq(contactScores.contactId, contacts.id))
      .leftJoin(contactScoreDetails, eq(contactScoreDetails.contactId, contacts.id))
      .where(sql`${contactEmails.email} in (select value from json_each(${sql.placeholder('emails')}))`)
      .prepare();
  return {
    byEmails: (emails: string[]) => byEmails.all({ emails: JSON.stringify(emails) }),
  };
}
