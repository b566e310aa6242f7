import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseFile } from '../env';
import { readFastFrom } from './fast-read';
import * as schema from './schema';

export type Db = ReturnType<typeof drizzle<typeof schema>>;

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens the database, creating a local file's folder when needed. */
export function openDb(url: string, authToken?: string): Db {
  const file = databaseFile(url);
  if (file) mkdirSync(dirname(file), { recursive: true });
  const client = createClient({ url, authToken });
  const db = drizzle(client, { schema });
  if (file) readFastFrom(db, file);
  return db;
}

/** Applies the committed migrations; a local file also switches to WAL so reads never wait for writes. */
export async function migrateDb(db: Db, url: string) {
  if (url.startsWith('file:')) await db.run('PRAGMA journal_mode = WAL');
  await migrate(db, { migrationsFolder: MIGRATIONS });
}
