import { createRoute } from '@hono/zod-openapi';
import { Company, CompanyCreate } from '../../../shared/schemas/contact';
import { guarded } from '../../lib/auth';
import { conflictResponse, IdParam, json, jsonBody, notFoundResponse, PageQuery, pageOf, problems } from '../../lib/openapi';

const CompanySchema = Company.meta({ id: 'Company' });
const tags = ['companies'];

export const list = createRoute({
  method: 'get', path: '/v1/companies', operationId: 'listCompanies', tags, ...guarded('read'),
  summary: 'List companies',
  request: { query: PageQuery },
  responses: { 200: json(pageOf(CompanySchema), 'A page of companies'), ...problems },
});

export const create = createRoute({
  method: 'post', path: '/v1/companies', operationId: 'createCompany', tags, ...guarded('write'),
  summary: 'Create a company with its firmographics',
  request: jsonBody(CompanyCreate),
  responses: { 201: json(CompanySchema, 'Created'), ...problems, ...conflictResponse },
});

export const get = createRoute({
  method: 'get', path: '/v1/companies/{id}', operationId: 'getCompany', tags, ...guarded('read'),
  summary: 'Read a company',
  request: { params: IdParam },
  responses: { 200: json(CompanySchema, 'The company'), ...problems, ...notFoundResponse },
});
