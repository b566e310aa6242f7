import type { AppRouteHandler } from '../../app-env';
import type * as routes from './analytics.routes';

export const segments: AppRouteHandler<typeof routes.segments> = async (c) => {
  const [kinds, people] = await Promise.all([c.var.repos.analytics.segmentSizes(), c.var.repos.scores.contactCount()]);
  return c.json({ people, kinds }, 200);
};

export const segmentHistory: AppRouteHandler<typeof routes.segmentHistory> = async (c) => {
  const { segment, days } = c.req.valid('query');
  return c.json({ segment, days, points: await c.var.repos.analytics.segmentHistory(segment, days, new Date()) }, 200);
};

export const rfmGrid: AppRouteHandler<typeof routes.rfmGrid> = async (c) => {
  const { value: segmentMap } = await c.var.repos.config.get('rfm-segment-map');
  return c.json(await c.var.repos.analytics.rfmGrid(segmentMap), 200);
};

export const distributions: AppRouteHandler<typeof routes.distributions> = async (c) => c.json(await c.var.repos.analytics.distributions(), 200);

export const funnel: AppRouteHandler<typeof routes.funnel> = async (c) => c.json(await c.var.repos.analytics.funnel(), 200);

export const satisfaction: AppRouteHandler<typeof routes.satisfaction> = async (c) => {
  const { months } = c.req.valid('query');
  const { value: rules } = await c.var.repos.config.get('satisfaction');
  return c.json({ months: await c.var.repos.analytics.satisfaction(months, rules, new Date()) }, 200);
};

export const offers: AppRouteHandler<typeof routes.offers> = async (c) => c.json({ items: await c.var.repos.analytics.offerRedemptions() }, 200);
