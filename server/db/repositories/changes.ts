/**
 * The change cursor: which addresses' badges changed since a point in the
 * sequence. Every write that changes what a badge shows records its
 * addresses with the next sequence number: scores saved (scores.ts), custom
 * segment memberships replaced (segments.ts), an address removed, a person
 * erased. The record is written in the same transaction as the change or
 * after it, never before: a reader that has seen the number has seen the
 * change. Writes are serialised by the database, so a reader never sees a
 * number below one it already read appear later.
 */
import { asc, gt, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { fastRead } from '../fast-read';
import { contactEmails, emailChanges } from '../schema';

/** The sequence number the current write takes; one subquery, evaluated once per statement. */
export const nextChangeSeq = sql`(select coalesce(max(${emailChanges.seq}), 0) + 1 from ${emailChanges})`;

/**
 * The statement that records the addresses of the people `contactIds` (a
 * subquery or list of ids) selects, to run in the batch that changes them.
 */
export const recordChangesOf = (db: Db, contactIds: SQL) => db.run(sql`insert into ${emailChanges} (email, seq)
  select ${contactEmails.email}, ${nextChangeSeq} from ${contactEmails} where ${contactEmails.contactId} in ${contactIds}
  on conflict (email) do update set seq = excluded.seq`);

export function changesRepository(db: Db) {
  // The lookup reads it on every call.
  const latest = fastRead(db, db.select({ seq: max(emailChanges.seq) }).from(emailChanges));
  return {
    /** Records that these addresses' badges changed. */
    async record(emails: string[]) {
      if (emails.length === 0) return;
      await db.insert(emailChanges).values(emails.map((email) => ({ email, seq: nextChangeSeq })))
        .onConflictDoUpdate({ target: emailChanges.email, set: { seq: sql`excluded.seq` } });
    },

    /** The addresses of these people, to record once they are gone or changed. */
    async emailsOf(contactIds: number[]): Promise<string[]> {
      const rows = await db.select({ email: contactEmails.email }).from(contactEmails).where(inArray(contactEmails.contactId, contactIds));
      return rows.map((r) => r.email);
    },

    /** Up to `limit` addresses changed after `since`, the earliest first, with their sequence numbers. */
    since: (since: number, limit: number) => db.select({ email: emailChanges.email, seq: emailChanges.seq })
      .from(emailChanges).where(gt(emailChanges.seq, since)).orderBy(asc(emailChanges.seq)).limit(limit),

    /** The latest sequence number, 0 before any change. */
    async latest(): Promise<number> {
      const row = await latest();
      return row?.seq ?? 0;
    },
  };
}
