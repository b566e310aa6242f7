/**
 * `npm run restore -- <backup file>`, with the API stopped: puts a backup in
 * place of the database file named by DATABASE_URL. The backup is checked
 * first; the current database is kept beside it as
 * `<database>.before-restore-<time>`; the migrations then bring an older
 * backup up to date. Refuses while another process has the database open.
 */
import { createClient, LibsqlError } from '@libsql/client';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { migrateDb, openDb } from '../server/db/client';
import { databaseFile, readEnv } from '../server/env';
import { exitOnFailure, exitOnMisuse } from './lib/exit';
import { checkDatabaseFile, putInPlace, type DatabaseSummary } from './lib/database-file';

const USAGE = 'Usage: npm run restore -- <backup file>   (with the API stopped)';

const usage: (message: string) => never = (message) => exitOnMisuse(message, USAGE);
const fail: (message: string) => never = exitOnFailure;

let positionals: string[];
try {
  ({ positionals } = parseArgs({ options: {}, allowPositionals: true, strict: true }));
} catch (error) {
  usage((error as Error).message);
}
const [file, ...extra] = positionals;
if (!file || extra.length > 0) usage('Name one backup file to restore.');
const backup = resolve(file);

const { DATABASE_URL: url } = readEnv();
const target = databaseFile(url);
if (!target) fail('DATABASE_URL is not a file: URL. npm run restore restores a local database file only; a libSQL server has backups of its own.');
if (backup === target) fail(`${backup} is the database itself; name a backup file.`);

let backupHolds: DatabaseSummary;
try {
  backupHolds = await checkDatabaseFile(backup);
} catch (error) {
  fail(`Nothing restored: ${(error as Error).message}.`);
}
console.log(`Checked ${backup}: a SegLens database (contacts: ${backupHolds.contacts}, integrity ok).`);

let kept: string | null = null;
if (existsSync(target)) {
  await foldIntoOneFile(target);
  kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(target, kept);
  console.log(`Kept the previous database as ${kept}.`);
}
// SQLite would read a WAL left beside the path into the restored file. After
// foldIntoOneFile there is none, or only an empty one; without a database
// there is nothing it could belong to.
for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });

mkdirSync(dirname(target), { recursive: true });
try {
  await putInPlace(target, async (temporary) => copyFileSync(backup, temporary));
} catch (error) {
  if (kept) renameSync(kept, target);
  fail(`Restore failed${kept ? ', the previous database is back in place' : ''}: ${(error as Error).message}`);
}
const db = openDb(url);
await migrateDb(db, url);
const { rows } = await db.$client.execute('select count(*) as n from __drizzle_migrations');
db.$client.close();
const applied = Number(rows[0]!.n) - backupHolds.migrations;
console.log(`Restored ${backup} to ${target}${applied > 0 ? `, and applied the ${applied} migration(s) newer than the backup` : ''}.`);

/**
 * Leaves WAL mode, which writes the WAL into the database file itself, so it
 * can be kept as one file. SQLite allows that only to the one connection to
 * the file, and a running API keeps its connections open: if another process
 * has the database open, this says so and stops.
 */
async function foldIntoOneFile(file: string) {
  const client = createClient({ url: pathToFileURL(file).href });
  let mode: unknown;
  try {
    mode = (await client.execute('PRAGMA journal_mode = DELETE')).rows[0]?.journal_mode;
  } catch (error) {
    if (error instanceof LibsqlError && error.code === 'SQLITE_BUSY') {
      fail(`Nothing restored: ${file} is in use by another process. Stop the API (and anything else using the database), then restore again.`);
    }
    fail(`Nothing restored: the current database ${file} could not be opened (${(error as Error).message}).`);
  } finally {
    client.close();
  }
  if (mode !== 'delete') fail(`Nothing restored: the current database ${file} stayed in journal mode ${String(mode)}.`);
}
