/**
 * `npm run backup -- <file> [--force]`: copies the database named by
 * DATABASE_URL into <file> while the API keeps running. SQLite's VACUUM INTO
 * writes the copy from a single read transaction, so it is a consistent
 * snapshot however many writes land meanwhile. The copy is checked before it
 * takes the file's name; an existing file is replaced only with --force.
 */
import { createClient } from '@libsql/client';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseFile, readEnv } from '../server/env';
import { exitOnFailure, exitOnMisuse } from './lib/exit';
import { checkDatabaseFile, putInPlace } from './lib/database-file';

const USAGE = 'Usage: npm run backup -- <backup file> [--force]';

const usage: (message: string) => never = (message) => exitOnMisuse(message, USAGE);
const fail: (message: string) => never = exitOnFailure;

let parsed: { values: { force?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true, strict: true });
} catch (error) {
  usage((error as Error).message);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length > 0) usage('Name one file to write the backup to.');
const target = resolve(file);

const { DATABASE_URL: url } = readEnv();
const source = databaseFile(url);
if (!source) fail('DATABASE_URL is not a file: URL. npm run backup copies a local database file only; a libSQL server has backups of its own.');
if (!existsSync(source)) fail(`There is no database at ${source} (DATABASE_URL) to back up.`);
if ([source, `${source}-wal`, `${source}-shm`, `${source}-journal`].includes(target)) fail(`${target} is the database itself; name another file.`);
if (existsSync(target) && !parsed.values.force) fail(`${target} already exists; nothing written. Pass --force to replace it.`);
mkdirSync(dirname(target), { recursive: true });

// In WAL mode a reader can still meet a brief lock (another process recovering or closing the database): wait, don't fail.
const client = createClient({ url, timeout: 5_000 });
let contacts: number;
try {
  ({ contacts } = await putInPlace(target, async (temporary) => {
    await client.execute({ sql: 'VACUUM INTO ?', args: [temporary] });
    return checkDatabaseFile(temporary);
  }));
} catch (error) {
  fail(`Backup failed, nothing written to ${target}: ${(error as Error).message}`);
} finally {
  client.close();
}
console.log(`Backed up ${source} to ${target} (${statSync(target).size.toLocaleString('en')} bytes, contacts: ${contacts}, integrity ok).`);
