/**
 * The API process: migrate, seed the demo data into an empty database, serve.
 * `startServer` is also what the end-to-end tests start in-process.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { SCORES_VERSION } from '../shared/models/contact-scores';
import { createApp, type App } from './app';
import { migrateDb, openDb, type Db } from './db/client';
import { seedDemo } from './demo/seed';
import type { Env } from './env';
import { createServices, type Services } from './services';

export type RunningServer = { url: string; db: Db; services: Services; app: App; server: ServerType; seeded: boolean; close: () => Promise<void> };

export async function startServer(env: Env): Promise<RunningServer> {
  const db = openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await migrateDb(db, env.DATABASE_URL);
  const services = createServices(db);
  await services.repos.offers.seedDefaults();
  let seeded = false;
  if (env.SEGLENS_DEMO === '1' && (await services.repos.contacts.list({ limit: 1 })).items.length === 0) {
    await seedDemo(db);
    await services.engine.recomputeAll();
    seeded = true;
  }
  const resumed = await services.jobs.resumeInterrupted();
  if (!seeded && !resumed && (await services.repos.scores.needsRecompute(SCORES_VERSION))) services.jobs.start('scores missing or stored by an older version');
  // A large base's scoring threads start now, so the first recompute requested or scheduled does not wait for them.
  services.engine.startThreadsIfLarge().catch((error: unknown) => console.error('The scoring threads did not start:', error));
  const app = createApp({ db, corsOrigins: env.CORS_ORIGINS, services, demo: env.SEGLENS_DEMO === '1' ? { hostNames: [env.HOST] } : null });
  // Scores age with time (recency, decay, stage durations): recompute everyone on a schedule too.
  const schedule = env.RECOMPUTE_EVERY_MINUTES > 0
    ? setInterval(() => services.jobs.start('schedule'), env.RECOMPUTE_EVERY_MINUTES * 60_000).unref()
    : null;
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    db,
    services,
    app,
    server,
    seeded,
    async close() {
      if (schedule) clearInterval(schedule);
      await services.jobs.settled();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.engine.close();
    },
  };
}
