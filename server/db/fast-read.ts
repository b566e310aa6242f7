/**
 * A one-row read that every request makes (who a token belongs to, how far
 * the change cursor has moved), prepared once. Through @libsql/client each
 * read prepares its statement again and walks its rows through an iterator:
 * about 50 µs, where the native driver under it answers a statement kept
 * prepared in about 10. For a local file the read runs on a native
 * connection of its own, opened on first use and closed with the client;
 * elsewhere it goes through the client like every other query.
 *
 * The query is drizzle's, so there is one definition of it: its SQL runs as
 * drizzle writes it, and the row comes back with the selection's keys, in
 * the selection's order. Only flat selections of plain columns or values.
 */
import { Placeholder } from 'drizzle-orm';
import Database from 'libsql';
import type { Db } from './client';

type Query<Row> = {
  toSQL(): { sql: string; params: unknown[] };
  prepare(): { get(placeholders?: Record<string, unknown>): Promise<Row | undefined> };
  _: { selectedFields: Record<string, unknown> };
};

/** Each database's native connection, by the file it reads; opened on first use. */
const files = new WeakMap<Db, string>();
const connections = new WeakMap<Db, Database.Database>();

/** Lets fast reads on `db` use a native connection to `file`, closed when the client closes. */
export function readFastFrom(db: Db, file: string) {
  files.set(db, file);
  const close = db.$client.close.bind(db.$client);
  db.$client.close = () => {
    files.delete(db);
    connections.get(db)?.close();
    connections.delete(db);
    close();
  };
}

function connectionOf(db: Db): Database.Database | null {
  const file = files.get(db);
  if (!file) return null;
  let connection = connections.get(db);
  // A read waits (up to 5 s, in milliseconds as in better-sqlite3) rather than fail while the file's log is being reset.
  if (!connection) connections.set(db, (connection = new Database(file, { timeout: 5_000 })));
  return connection;
}

export function fastRead<Row>(db: Db, query: Query<Row>): (placeholders?: Record<string, unknown>) => Promise<Row | undefined> {
  const { sql, params } = query.toSQL();
  const keys = Object.keys(query._.selectedFields);
  let native: Database.Statement | null = null;
  const viaClient = query.prepare();
  return async (placeholders = {}) => {
    const connection = connectionOf(db);
    if (!connection) return viaClient.get(placeholders);
    native ??= connection.prepare(sql).raw(true);
    const values = native.get(params.map((p) => (p instanceof Placeholder ? placeholders[p.name] : p))) as unknown[] | undefined;
    return values ? Object.fromEntries(keys.map((key, i) => [key, values[i]])) as Row : undefined;
  };
}
