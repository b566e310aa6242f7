import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { SiteReport, SiteReportInput } from '../../../shared/schemas/site-reports';
import { guarded } from '../../lib/auth';
import { json, jsonBody, problems } from '../../lib/openapi';

const SiteReportSchema = SiteReport.meta({ id: 'SiteReport' });
const tags = ['site-reports'];

export const report = createRoute({
  method: 'post', path: '/v1/site-reports', operationId: 'reportSiteLayout', tags, ...guarded('read'),
  summary: 'Report that a site\'s layout changed under the extension (every anchor its adapter relies on missing)',
  description: 'Sent by the extension at most once a day per site and version. One row per site and extension version: a repeated report counts and updates it.',
  request: jsonBody(SiteReportInput),
  responses: { 201: json(SiteReportSchema, 'First report of this site and version'), 200: json(SiteReportSchema, 'Counted on the existing row'), ...problems },
});

export const list = createRoute({
  method: 'get', path: '/v1/site-reports', operationId: 'listSiteReports', tags, ...guarded('readSiteReports'),
  summary: 'Sites whose layout changed, per extension version, the latest reported first',
  responses: { 200: json(z.object({ items: z.array(SiteReportSchema) }), 'Every site and version reported'), ...problems },
});
