/**
 * The demo database seeded once per test run: seeding and scoring the demo
 * data takes seconds, and every end-to-end file starts an API on it. Each API
 * gets its own copy of the file, so no test sees another's changes.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { Env } from '../../server/env';
import { startServer } from '../../server/index';

/** Where the run's seeded demo database is, once the global setup made it. */
const TEMPLATE_VARIABLE = 'SEGLENS_TEST_DEMO_DATABASE';

/** Seeds the demo data into a new database file at `path`, for the tests' APIs to copy. */
export async function seedDemoTemplate(path: string) {
  const api = await startServer(Env.parse({ PORT: '0', DATABASE_URL: `file:${path}`, SEGLENS_DEMO: '1' }));
  await api.close();
  // Closing the client checkpoints its write-ahead log into the file.
  api.db.$client.close();
  process.env[TEMPLATE_VARIABLE] = path;
}

/** Puts a copy of the run's seeded demo database at `path`, if there is one; else the API seeds its own. */
export function copyDemoTemplate(path: string) {
  const template = process.env[TEMPLATE_VARIABLE];
  if (template && existsSync(template)) copyFileSync(template, path);
}
