import { createRoute } from '@hono/zod-openapi';
import { Company, CompanyCreate } from '../../../shared/schemas/contact';
import { requires } from '../../lib/auth';
import { conflictResponse, IdParam, json, jsonBody, notFoundResponse, PageQuery, pageOf, problems, security } from '../../lib/openapi';

const CompanySchema = Company.meta({ id: 'Company' });
const tags = ['companies'];

export const list = createRoute({
  method: 'get', path: '/v1/companies', operationId: 'listCompanies', tags, security, middleware: [requires('read')] as const,
  summary: 'List companies',
  request: { query: PageQuery },
  responses: { 200: json(pageOf(CompanySchema), 'A page of companies'), ...problems },
});

export const create = createRoute({
  method: 'post', path: '/v1/companies', operationId: 'createCompany', tags, security, middleware: [requires('write')] as const,
  summary: 'Create a company with its firmographics',
  request: jsonBody(CompanyCreate),
  responses: { 201: json(CompanySchema, 'Created'), ...problems, ...conflictResponse },
});

export const get = createRoute({
  method: 'get', path: '/v1/companies/{id}', operationId: 'getCompany', tags, security, middleware: [requires('read')] as const,
  summary: 'Read a company',
  request: { params: IdParam },
  responses: { 200: json(CompanySchema, 'The company'), ...problems, ...notFoundResponse },
});
