import { asc, eq, gt } from 'drizzle-orm';
import type { Company, CompanyCreate } from '../../../shared/schemas/contact';
import type { Db } from '../client';
import { companies } from '../schema';
import type { Page, PageQuery } from './activity';

export function companiesRepository(db: Db) {
  const select = () => db.select({
    id: companies.id, name: companies.name, domain: companies.domain, industry: companies.industry,
    size: companies.size, revenueBand: companies.revenueBand, country: companies.country, city: companies.city,
  }).from(companies);

  return {
    get: async (id: number): Promise<Company | null> => (await select().where(eq(companies.id, id)))[0] ?? null,
    byDomain: async (domain: string): Promise<Company | null> => (await select().where(eq(companies.domain, domain)))[0] ?? null,

    async create(input: CompanyCreate): Promise<Company> {
      const [row] = await db.insert(companies).values(input).returning({ id: companies.id });
      return (await select().where(eq(companies.id, row!.id)))[0]!;
    },

    async list(q: PageQuery): Promise<Page<Company>> {
      const rows = await select().where(q.cursor ? gt(companies.id, q.cursor) : undefined).orderBy(asc(companies.id)).limit(q.limit + 1);
      const items = rows.slice(0, q.limit);
      return { items, nextCursor: rows.length > q.limit ? items.at(-1)!.id : null };
    },
  };
}
