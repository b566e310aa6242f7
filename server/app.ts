/** createApp(): the whole API as a Hono app, for the server process and for tests alike. */
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { CHROME_EXTENSION_ID } from '../shared/extension-id';
import type { Db } from './db/client';
import { createAuthenticator } from './lib/auth';
import { corsFor } from './lib/cors';
import { createRouter } from './lib/openapi';
import { Problem, problemResponse } from './lib/problem';
import { securityHeaders } from './lib/security-headers';
import { refuseIllFormedText } from './lib/well-formed-text';
import { createServices, type Services } from './services';
import { demoRoutes } from './demo/demo.routes';
import { apiReferenceRoutes } from './docs/api-reference';
import { analyticsRoutes } from './routes/analytics/analytics.index';
import { cardsRoutes } from './routes/cards/cards.index';
import { changesRoutes } from './routes/changes/changes.index';
import { companiesRoutes } from './routes/companies/companies.index';
import { configRoutes } from './routes/config/config.index';
import { contactsRoutes } from './routes/contacts/contacts.index';
import { dealsRoutes } from './routes/deals/deals.index';
import { eventsRoutes } from './routes/events/events.index';
import { healthRoutes } from './routes/health/health.index';
import { lookupRoutes } from './routes/lookup/lookup.index';
import { meRoutes } from './routes/me/me.index';
import { offersRoutes } from './routes/offers/offers.index';
import { ordersRoutes } from './routes/orders/orders.index';
import { recomputeRoutes } from './routes/recompute/recompute.index';
import { segmentsRoutes } from './routes/segments/segments.index';
import { siteReportsRoutes } from './routes/site-reports/site-reports.index';
import { surveysRoutes } from './routes/surveys/surveys.index';
import { tagsRoutes } from './routes/tags/tags.index';
import { timelineRoutes } from './routes/timeline/timeline.index';
import { tokensRoutes } from './routes/tokens/tokens.index';

/** `services` lets the server process share its engine and jobs with the app; tests may leave it out. */
export type AppOptions = {
  db: Db;
  corsOrigins?: string[];
  services?: Services;
  /** The demo page, with the host names it answers under beside the loopback ones; none without demo data. */
  demo?: { hostNames: readonly string[] } | null;
};

/** Request bodies above this get 413; the largest legitimate one is an event batch. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The package is private, all rights reserved: SPDX names a licence that has no identifier of its own
 * "LicenseRef-…". A constant, because doc31() is typed with OpenAPI 3.0's license object, which has no `identifier`.
 */
const PROPRIETARY_LICENSE = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' };

export function createApp({ db, corsOrigins = [], services = createServices(db), demo = null }: AppOptions) {
  const { repos, engine, jobs, badgeSummaries } = services;
  const allowed = new Set([`chrome-extension://${CHROME_EXTENSION_ID}`, ...corsOrigins]);

  const app = createRouter();
  app.use('*', async (c, next) => {
    c.set('repos', repos);
    c.set('engine', engine);
    c.set('jobs', jobs);
    c.set('badgeSummaries', badgeSummaries);
    await next();
  });
  app.use('*', securityHeaders);
  app.use('*', corsFor(allowed));
  const limitBody = bodyLimit({
    maxSize: BODY_LIMIT_BYTES,
    // The rest of the body is never read: the connection closes after the answer, so the client's next request goes on a fresh one.
    onError: (c) => {
      const res = problemResponse(c, new Problem(413, 'Payload too large', `Request bodies may be at most ${BODY_LIMIT_BYTES} bytes.`));
      res.headers.set('Connection', 'close');
      return res;
    },
  });
  // A body within its declared length (the HTTP parser reads no more) goes straight on: the limit's own check reads
  // `c.req.raw.body`, which makes the Node server build a whole web Request and stream for every request.
  app.use('*', (c, next) => {
    const declared = c.req.header('content-length');
    const withinDeclared = declared !== undefined && !c.req.header('transfer-encoding') && Number(declared) <= BODY_LIMIT_BYTES;
    return withinDeclared ? next() : limitBody(c, next);
  });
  app.use('*', refuseIllFormedText);

  app.route('/', healthRoutes);
  if (demo) app.route('/', demoRoutes(demo.hostNames));
  app.use('/v1/*', createAuthenticator());
  for (const routes of [meRoutes, lookupRoutes, cardsRoutes, contactsRoutes, companiesRoutes, tagsRoutes, eventsRoutes, ordersRoutes, surveysRoutes, dealsRoutes, tokensRoutes, configRoutes, recomputeRoutes, offersRoutes, analyticsRoutes, segmentsRoutes, siteReportsRoutes, timelineRoutes, changesRoutes]) {
    app.route('/', routes);
  }

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'SegLens API', version: '1.0.0', description: 'Profiles, activity and the segments computed from them.',
      license: PROPRIETARY_LICENSE,
    },
    // The API serves this document itself, so its operations are at the origin the document came from.
    servers: [{ url: '/', description: 'The server that served this document' }],
  });
  app.route('/', apiReferenceRoutes);

  app.notFound((c) => problemResponse(c, new Problem(404, 'Not found', `No route for ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof Problem) return problemResponse(c, error);
    if (error instanceof HTTPException) {
      if (error.status === 400) return problemResponse(c, new Problem(400, 'Bad request', error.message || 'The request body is not valid JSON.', [{ field: 'body', message: 'must be valid JSON' }]));
      return problemResponse(c, new Problem(error.status, error.message || 'Error'));
    }
    console.error(error);
    return problemResponse(c, new Problem(500, 'Internal server error', 'The server failed; see its log.'));
  });
  return app;
}
export type App = ReturnType<typeof createApp>;
