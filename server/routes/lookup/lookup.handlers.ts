import type { TypedResponse } from 'hono';
import type { LookupResponse } from '../../../shared/schemas/lookup';
import type { AppRouteHandler } from '../../app-env';
import type { lookup as lookupRoute } from './lookup.routes';

export const lookup: AppRouteHandler<typeof lookupRoute> = async (c) => {
  const { emails } = c.req.valid('json');
  // Each summary is kept as JSON text: the answer is put together, not serialised again.
  const summaries = await c.var.badgeSummaries.of(emails);
  const answer = c.body(`{"results":[${summaries.join(',')}]}`, 200, { 'content-type': 'application/json' });
  return answer as typeof answer & TypedResponse<LookupResponse, 200, 'json'>;
};
