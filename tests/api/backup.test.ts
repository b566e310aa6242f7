/**
 * `npm run backup` and `npm run restore`, run as the processes they are: a
 * backup taken while the API keeps writing is a consistent snapshot, and
 * restoring it onto the stopped API's file brings back exactly that data and
 * keeps the file it replaced.
 */
import { createClient } from '@libsql/client';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDb, openDb } from '../../server/db/client';
import { createRepositories } from '../../server/db/repositories';
import { Env } from '../../server/env';
import { startServer } from '../../server/index';
import { startApiChild } from '../support/api-child';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = import.meta.resolve('tsx');
const dirs: string[] = [];
const children: Array<{ stop: () => Promise<void> }> = [];
afterAll(async () => {
  for (const child of children) await child.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'seglens-backup-'));
  dirs.push(dir);
  return dir;
}

/** Runs scripts/<script>.ts as its own process on the database at `databaseUrl`. */
async function run(script: 'backup' | 'restore', args: string[], databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

async function startApiProcess(databaseUrl: string) {
  const api = await startApiChild(databaseUrl);
  children.push(api);
  return api;
}

/** Every contact id the API lists, following the pages. */
async function listedIds(get: (path: string) => Promise<{ json: any }>) {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const { json }: { json: any } = await get(`/v1/contacts?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    ids.push(...json.items.map((c: { id: number }) => c.id));
    cursor = json.nextCursor;
  } while (cursor);
  return ids.sort((a, b) => a - b);
}

/** Runs `queries` on the database file at `path`. */
async function inspect<T>(path: string, queries: (execute: (sql: string) => Promise<Array<Record<string, unknown>>>) => Promise<T>) {
  const client = createClient({ url: pathToFileURL(path).href });
  try {
    return await queries(async (sql) => (await client.execute(sql)).rows as unknown as Array<Record<string, unknown>>);
  } finally {
    client.close();
  }
}

const sha256 = (path: string) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null);

describe('backup and restore', () => {
  it('backs up a consistent snapshot while the API writes, and restores exactly it onto the stopped API\'s file', async () => {
    const dir = tempDir();
    const databaseUrl = `file:${join(dir, 'live.db')}`;
    const backupFile = join(dir, 'backup.db');
    const api = await startApiProcess(databaseUrl);

    // Three writers, each creating a person and then an event of theirs, over and over.
    const acknowledged = { contacts: [] as number[], events: new Set<string>() };
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; writing; i++) {
        const created = await api.call('POST', '/v1/contacts', { email: `w${w}-${i}@example.com`, name: `Writer ${w} #${i}` });
        if (created.status !== 201) continue;
        acknowledged.contacts.push(created.json.id);
        const key = `w${w}-${i}`;
        const events = [{ contactId: created.json.id, type: 'email_open', occurredAt: new Date().toISOString(), idempotencyKey: key }];
        if ((await api.call('POST', '/v1/events', { events })).json?.accepted === 1) acknowledged.events.add(key);
      }
    };
    const writers = [1, 2, 3].map(writer);
    while (acknowledged.contacts.length < 10) await sleep(10);

    // VACUUM INTO creates its output file before its read transaction begins, so a contact acknowledged before the
    // backup's temporary file was there must be in the backup. (If the backup is over before the file is seen,
    // that is only those acknowledged before it started.)
    const startedWith = acknowledged.contacts.length;
    let finished = false;
    const running = run('backup', [backupFile], databaseUrl).finally(() => { finished = true; });
    let beforeFile = startedWith;
    let sawFile = false;
    while (!finished && !sawFile) {
      const count = acknowledged.contacts.length;
      sawFile = readdirSync(dir).some((f) => f.startsWith('backup.db.partial-'));
      if (!sawFile) beforeFile = count;
      await sleep(2);
    }
    const ackedBefore = sawFile ? beforeFile : startedWith;
    const backup = await running;
    const ackedDuring = acknowledged.contacts.length;
    writing = false;
    await Promise.all(writers);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(ackedDuring).toBeGreaterThan(startedWith); // writes landed while the backup ran
    const after = await api.call('POST', '/v1/contacts', { email: 'after-backup@example.com', name: 'After Backup' });
    expect(after.status).toBe(201);

    const inBackup = await inspect(backupFile, async (execute) => ({
      integrity: await execute('PRAGMA integrity_check'),
      foreignKeys: await execute('PRAGMA foreign_key_check'),
      ids: (await execute('select id from contacts order by id')).map((r) => Number(r.id)),
      withoutPrimaryEmail: await execute('select id from contacts where id not in (select contact_id from contact_emails where is_primary = 1)'),
      eventKeys: (await execute('select idempotency_key as k from events')).map((r) => String(r.k)),
      eventsWithoutContact: await execute('select id from events where contact_id not in (select id from contacts)'),
    }));
    expect(inBackup.integrity).toEqual([{ integrity_check: 'ok' }]);
    expect(inBackup.foreignKeys).toEqual([]);
    expect(inBackup.withoutPrimaryEmail).toEqual([]);
    expect(inBackup.eventsWithoutContact).toEqual([]);
    // A snapshot: every contact acknowledged before it began, none after it ended, and exactly the acknowledged ones up to its last.
    expect(inBackup.ids.length).toBeGreaterThanOrEqual(ackedBefore);
    expect(inBackup.ids.length).toBeLessThanOrEqual(ackedDuring);
    const last = inBackup.ids.at(-1)!;
    expect(inBackup.ids).toEqual(acknowledged.contacts.filter((id) => id <= last).sort((a, b) => a - b));
    expect(inBackup.eventKeys.filter((k) => !acknowledged.events.has(k))).toEqual([]);
    expect(backup.stdout.trim()).toBe(`Backed up ${join(dir, 'live.db')} to ${backupFile} (${statSync(backupFile).size.toLocaleString('en')} bytes, contacts: ${inBackup.ids.length}, integrity ok).`);

    // While the API runs, restore refuses and leaves everything as it is.
    const refused = await run('restore', [backupFile], databaseUrl);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Nothing restored: ${join(dir, 'live.db')} is in use by another process. Stop the API`);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    expect((await api.call('GET', `/v1/contacts/${after.json.id}`)).status).toBe(200);

    await api.stop();
    const restored = await run('restore', [backupFile], databaseUrl);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const kept = readdirSync(dir).filter((f) => f.startsWith('live.db.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(restored.stdout).toContain(`Kept the previous database as ${join(dir, kept[0]!)}.`);
    // The kept file alone (no WAL beside it) holds every write the API acknowledged.
    expect(readdirSync(dir).filter((f) => f.startsWith(`${kept[0]}-`))).toEqual([]);
    const keptIds = await inspect(join(dir, kept[0]!), async (execute) => (await execute('select id from contacts')).map((r) => Number(r.id)));
    expect(keptIds.sort((a, b) => a - b)).toEqual([...acknowledged.contacts, after.json.id].sort((a, b) => a - b));

    // A server on the restored file serves exactly the backup's people (the token issued before the backup still works).
    const server = await startServer(Env.parse({ PORT: '0', DATABASE_URL: databaseUrl, SEGLENS_DEMO: '0', RECOMPUTE_EVERY_MINUTES: '0' }));
    try {
      const get = async (path: string) => {
        const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${api.token}` } });
        return { status: res.status, json: await res.json() };
      };
      expect(await listedIds(get)).toEqual(inBackup.ids);
      expect((await get(`/v1/contacts/${after.json.id}`)).status).toBe(404);
    } finally {
      await server.close();
      server.db.$client.close();
    }
  });

  it('refuses to replace an existing file without --force, and replaces it with --force; any file name is safe', async () => {
    const dir = tempDir();
    const databaseUrl = `file:${join(dir, 'live.db')}`;
    const db = openDb(databaseUrl);
    await migrateDb(db, databaseUrl);
    await createRepositories(db).contacts.create({ email: 'one@example.com', name: 'One' });
    db.$client.close();
    const kept = join(dir, 'kept.db');
    const target = join(dir, `it's "here"; drop table contacts; --.db`);
    for (const file of [kept, target]) writeFileSync(file, 'not a backup');

    const [refused, forced] = await Promise.all([run('backup', [kept], databaseUrl), run('backup', [target, '--force'], databaseUrl)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${kept} already exists; nothing written. Pass --force to replace it.`);
    expect(readFileSync(kept, 'utf8')).toBe('not a backup');
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`to ${target} (`);
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    const held = await inspect(target, async (execute) => ({
      integrity: await execute('PRAGMA integrity_check'),
      emails: await execute('select email from contacts'),
    }));
    expect(held).toEqual({ integrity: [{ integrity_check: 'ok' }], emails: [{ email: 'one@example.com' }] });
  });

  it('restores nothing from a file that is not a SegLens database, and leaves the database as it was', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    const databaseUrl = `file:${live}`;
    const db = openDb(databaseUrl);
    await migrateDb(db, databaseUrl);
    await createRepositories(db).contacts.create({ email: 'stays@example.com', name: 'Stays' });
    db.$client.close();
    const otherDatabase = join(dir, 'notes.db');
    await inspect(otherDatabase, (execute) => execute('create table notes (body text)'));
    const textFile = join(dir, 'notes.txt');
    writeFileSync(textFile, 'these are notes, not a database\n'.repeat(200));
    const before = { files: readdirSync(dir).sort(), live: sha256(live), wal: sha256(`${live}-wal`) };

    const [fromOther, fromText] = await Promise.all([run('restore', [otherDatabase], databaseUrl), run('restore', [textFile], databaseUrl)]);
    expect(fromOther.code).toBe(1);
    expect(fromOther.stderr).toContain(`Nothing restored: ${otherDatabase} is not a SegLens database`);
    expect(fromText.code).toBe(1);
    expect(fromText.stderr).toContain(`Nothing restored: ${textFile} is not a readable SQLite database`);
    expect({ files: readdirSync(dir).sort(), live: sha256(live), wal: sha256(`${live}-wal`) }).toEqual(before);
  });
});
