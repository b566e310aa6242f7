/**
 * What `npm run backup` and `npm run restore` share: checking that a file is a
 * sound SegLens database, and putting a file in place whole.
 */
import { createClient, type Client } from '@libsql/client';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type DatabaseSummary = { contacts: number; migrations: number };

/**
 * Checks that the file at `path` passes SQLite's integrity check and is a
 * SegLens database (its contacts table and drizzle's migrations table), and
 * says what it holds. Throws an Error saying what is wrong otherwise.
 */
export async function checkDatabaseFile(path: string): Promise<DatabaseSummary> {
  // Opening a file that is not there would create an empty database.
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  let client: Client | undefined;
  let problems: string[];
  try {
    client = createClient({ url: pathToFileURL(path).href });
    const { rows } = await client.execute('PRAGMA integrity_check');
    problems = rows.map((row) => String(row[0])).filter((line) => line !== 'ok');
  } catch (error) {
    client?.close();
    throw new Error(`${path} is not a readable SQLite database (${(error as Error).message})`);
  }
  try {
    if (problems.length > 0) throw new Error(`${path} is damaged; SQLite's integrity check says: ${problems.slice(0, 5).join('; ')}`);
    const tables = await client.execute("select name from sqlite_master where type = 'table' and name in ('contacts', '__drizzle_migrations')");
    if (tables.rows.length < 2) throw new Error(`${path} is not a SegLens database (it has no contacts table or no migrations table)`);
    const counts = (await client.execute('select (select count(*) from contacts) as contacts, (select count(*) from __drizzle_migrations) as migrations')).rows[0]!;
    return { contacts: Number(counts.contacts), migrations: Number(counts.migrations) };
  } finally {
    client.close();
  }
}

/**
 * Makes the file `target` by having `write` write a temporary file beside it,
 * then syncing it and renaming it into place: a run cut short never leaves a
 * half-written file under the target's name. The temporary file is removed
 * if `write` fails.
 */
export async function putInPlace<T>(target: string, write: (temporary: string) => Promise<T>): Promise<T> {
  const temporary = join(dirname(target), `${basename(target)}.partial-${process.pid}`);
  try {
    const result = await write(temporary);
    const fd = openSync(temporary, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    return result;
  } finally {
    rmSync(temporary, { force: true });
  }
}
