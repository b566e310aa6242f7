import { and, asc, eq, exists, gt, inArray, or, sql } from 'drizzle-orm';
import type { Contact, ContactCreate, ContactUpdate } from '../../../shared/schemas/contact';
import type { Db } from '../client';
import { contactEmails, contacts, contactTags, segmentMemberships, tags } from '../schema';

export type ContactListQuery = { q?: string; tag?: string; segment?: string; cursor?: number; limit: number };

type Row = typeof contacts.$inferSelect;
const toContact = (row: Row, alternateEmails: string[]): Contact => {
  const { createdAt, updatedAt, ...fields } = row;
  return { ...fields, alternateEmails, createdAt, updatedAt };
};

/** The column values a create or update writes; `undefined` leaves a column as it is. */
function columns(input: Partial<ContactCreate>) {
  const { alternateEmails: _alternates, email: _email, ...rest } = input;
  return rest;
}

export class EmailTakenError extends Error {
  constructor(readonly email: string, readonly contactId: number) {
    super(`${email} already belongs to contact ${contactId}`);
  }
}

export function contactsRepository(db: Db) {
  async function alternatesOf(ids: number[]) {
    const map = new Map<number, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return map;
    const rows = await db.select().from(contactEmails)
      .where(and(inArray(contactEmails.contactId, ids), eq(contactEmails.isPrimary, false)))
      .orderBy(asc(contactEmails.email));
    for (const r of rows) map.get(r.contactId)?.push(r.email);
    return map;
  }

  /** Fails with EmailTakenError when an address already names someone else. */
  async function assertEmailsFree(emails: string[], self: number | null) {
    if (emails.length === 0) return;
    const [taken] = await db.select().from(contactEmails).where(inArray(contactEmails.email, emails)).limit(1)
      .then((rows) => rows.filter((r) => r.contactId !== self));
    if (taken) throw new EmailTakenError(taken.email, taken.contactId);
  }

  const emailRows = (contactId: number, primary: string, alternates: string[]) => [
    { email: primary, contactId, isPrimary: true },
    ...[...new Set(alternates)].filter((e) => e !== primary).map((email) => ({ email, contactId, isPrimary: false })),
  ];

  async function get(id: number): Promise<Contact | null> {
    const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
    if (!row) return null;
    return toContact(row, (await alternatesOf([id])).get(id) ?? []);
  }

  async function create(input: ContactCreate): Promise<Contact> {
    const alternates = input.alternateEmails ?? [];
    await assertEmailsFree([input.email, ...alternates], null);
    const row = await db.transaction(async (tx) => {
      const [inserted] = await tx.insert(contacts).values({ ...columns(input), email: input.email, name: input.name }).returning();
      await tx.insert(contactEmails).values(emailRows(inserted!.id, inserted!.email, alternates));
      return inserted!;
    });
    return toContact(row, emailRows(row.id, row.email, alternates).slice(1).map((r) => r.email).sort());
  }

  async function update(id: number, input: ContactUpdate): Promise<Contact | null> {
    const current = await get(id);
    if (!current) return null;
    const email = input.email ?? current.email;
    const alternates = input.alternateEmails ?? current.alternateEmails;
    await assertEmailsFree([email, ...alternates], id);
    await db.batch([
      db.update(contacts).set({ ...columns(input), email, updatedAt: new Date().toISOString() }).where(eq(contacts.id, id)),
      db.delete(contactEmails).where(eq(contactEmails.contactId, id)),
      db.insert(contactEmails).values(emailRows(id, email, alternates)),
    ]);
    return get(id);
  }

  return {
    get,
    create,
    update,

    /** Which of these ids name a person. */
    async existing(ids: number[]): Promise<Set<number>> {
      if (ids.length === 0) return new Set();
      const rows = await db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.id, ids));
      return new Set(rows.map((r) => r.id));
    },

    /** Erasure: the person and, through the foreign keys, everything recorded about them. */
    async remove(id: number): Promise<boolean> {
      const deleted = await db.delete(contacts).where(eq(contacts.id, id)).returning({ id: contacts.id });
      return deleted.length > 0;
    },

    /** Creates the person, or updates whoever has this address (primary or alternate). */
    async upsertByEmail(input: ContactCreate): Promise<{ contact: Contact; created: boolean }> {
      const [owner] = await db.select().from(contactEmails).where(eq(contactEmails.email, input.email));
      if (!owner) return { contact: await create(input), created: true };
      const { email: _email, ...rest } = input;
      return { contact: (await update(owner.contactId, rest))!, created: false };
    },

    async list(query: ContactListQuery): Promise<{ items: Contact[]; nextCursor: number | null }> {
      const filters = [];
      if (query.cursor !== undefined) filters.push(gt(contacts.id, query.cursor));
      if (query.q) {
        const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        const matches = (col: typeof contacts.name | typeof contacts.email) => sql`lower(${col}) like ${pattern} escape '\\'`;
        filters.push(or(matches(contacts.name), matches(contacts.email)));
      }
      if (query.tag) {
        filters.push(exists(db.select({ one: sql`1` }).from(contactTags).innerJoin(tags, eq(tags.id, contactTags.tagId))
          .where(and(eq(contactTags.contactId, contacts.id), eq(tags.slug, query.tag)))));
      }
      if (query.segment) {
        filters.push(exists(db.select({ one: sql`1` }).from(segmentMemberships)
          .where(and(eq(segmentMemberships.contactId, contacts.id), eq(segmentMemberships.segment, query.segment)))));
      }
      const rows = await db.select().from(contacts).where(and(...filters)).orderBy(asc(contacts.id)).limit(query.limit + 1);
      const page = rows.slice(0, query.limit);
      const alternates = await alternatesOf(page.map((r) => r.id));
      return {
        items: page.map((r) => toContact(r, alternates.get(r.id) ?? [])),
        nextCursor: rows.length > query.limit ? page.at(-1)!.id : null,
      };
    },
  };
}
