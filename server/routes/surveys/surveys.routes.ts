import { createRoute } from '@hono/zod-openapi';
import { Survey, SurveyInput } from '../../../shared/schemas/activity';
import { guarded } from '../../lib/auth';
import { IdParam, json, jsonBody, notFoundResponse, PageQuery, pageOf, problems } from '../../lib/openapi';

const SurveySchema = Survey.meta({ id: 'Survey' });
const tags = ['surveys'];

export const create = createRoute({
  method: 'post', path: '/v1/contacts/{id}/surveys', operationId: 'recordSurvey', tags, ...guarded('write'),
  summary: 'Record a satisfaction survey answer (CSAT 1–5 or NPS 0–10)',
  request: { params: IdParam, ...jsonBody(SurveyInput) },
  responses: { 201: json(SurveySchema, 'Recorded'), ...problems, ...notFoundResponse },
});

export const ofContact = createRoute({
  method: 'get', path: '/v1/contacts/{id}/surveys', operationId: 'listContactSurveys', tags, ...guarded('read'),
  summary: 'A person\'s survey answers, newest first',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageOf(SurveySchema), 'A page of answers'), ...problems, ...notFoundResponse },
});
