import type { AppRouteHandler } from '../../app-env';
import { existingContact } from '../../lib/existing-contact';
import type * as routes from './surveys.routes';

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  const survey = await c.var.repos.activity.createSurvey(id, c.req.valid('json'));
  await c.var.engine.recompute([id]);
  return c.json(survey, 201);
};

export const ofContact: AppRouteHandler<typeof routes.ofContact> = async (c) => {
  const { id } = c.req.valid('param');
  await existingContact(c, id);
  return c.json(await c.var.repos.activity.surveysOf(id, c.req.valid('query')), 200);
};
