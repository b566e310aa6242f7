import { and, asc, eq } from 'drizzle-orm';
import type { AppliedTag, Tag, TagInput } from '../../../shared/schemas/activity';
import type { Db } from '../client';
import { contactTags, tags } from '../schema';

export function tagsRepository(db: Db) {
  const bySlug = async (slug: string) => (await db.select().from(tags).where(eq(tags.slug, slug)))[0] ?? null;

  return {
    bySlug,
    list: (): Promise<Tag[]> => db.select().from(tags).orderBy(asc(tags.slug)),

    /** Creates the tag, or returns the existing one with this slug (`created` tells which). */
    async create(input: TagInput): Promise<{ tag: Tag; created: boolean }> {
      const [row] = await db.insert(tags).values(input).onConflictDoNothing({ target: tags.slug }).returning();
      return row ? { tag: row, created: true } : { tag: (await bySlug(input.slug))!, created: false };
    },

    /** Idempotent: applying a tag twice keeps the first application's who, when and where. */
    async apply(contactId: number, tagId: number, by: string, sourceHost: string | null) {
      await db.insert(contactTags).values({ contactId, tagId, appliedBy: by, sourceHost }).onConflictDoNothing();
    },

    async remove(contactId: number, tagId: number) {
      await db.delete(contactTags).where(and(eq(contactTags.contactId, contactId), eq(contactTags.tagId, tagId)));
    },

    ofContact: (contactId: number): Promise<AppliedTag[]> => db
      .select({
        slug: tags.slug, label: tags.label, color: tags.color,
        appliedBy: contactTags.appliedBy, appliedAt: contactTags.appliedAt, sourceHost: contactTags.sourceHost,
      })
      .from(contactTags).innerJoin(tags, eq(tags.id, contactTags.tagId))
      .where(eq(contactTags.contactId, contactId)).orderBy(asc(tags.slug)),
  };
}
