/**
 * The API process: migrate, seed the demo data into an empty database, serve.
 * `startServer` is also what the end-to-end tests start in-process.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { migrateDb, openDb, type Db } from './db/client';
import { createRepositories } from './db/repositories';
import { seedDemo } from './demo/seed';
import { createEngine } from './engine/recompute';
import type { Env } from './env';

export type RunningServer = { url: string; db: Db; server: ServerType; seeded: boolean; close: () => Promise<void> };

export async function startServer(env: Env): Promise<RunningServer> {
  const db = openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await migrateDb(db, env.DATABASE_URL);
  const repos = createRepositories(db);
  let seeded = false;
  if (env.SEGLENS_DEMO === '1' && (await repos.contacts.list({ limit: 1 })).items.length === 0) {
    await seedDemo(db);
    await createEngine(repos).recomputeAll();
    seeded = true;
  }
  const app = createApp({ db, corsOrigins: env.CORS_ORIGINS });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    db,
    server,
    seeded,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
