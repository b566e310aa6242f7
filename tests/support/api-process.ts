/**
 * The API in a process of its own, for tests that stop it for real
 * (`node --import tsx tests/support/api-process.ts <database url>`): a server
 * stopped inside the test's own process keeps its database file open until
 * garbage collection (libsql 0.5's close() leaves its prepared statements
 * holding the connection). Prints `{ url, token }`, with an admin token, as
 * one JSON line once it listens; SIGTERM stops it.
 */
import { createRepositories } from '../../server/db/repositories';
import { Env } from '../../server/env';
import { startServer } from '../../server/index';

const databaseUrl = process.argv[2];
if (!databaseUrl) throw new Error('usage: api-process.ts <database url>');
const running = await startServer(Env.parse({ PORT: '0', DATABASE_URL: databaseUrl, SEGLENS_DEMO: '0', RECOMPUTE_EVERY_MINUTES: '0' }));
const { token } = await createRepositories(running.db).tokens.issue('admin (test process)', 'admin');
console.log(JSON.stringify({ url: running.url, token }));
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
