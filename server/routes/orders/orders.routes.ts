import { createRoute } from '@hono/zod-openapi';
import { Order, OrderInput } from '../../../shared/schemas/activity';
import { guarded } from '../../lib/auth';
import { conflictResponse, IdParam, json, jsonBody, notFoundResponse, PageQuery, pageOf, problems } from '../../lib/openapi';

const OrderSchema = Order.meta({ id: 'Order' });
const tags = ['orders'];

export const create = createRoute({
  method: 'post', path: '/v1/contacts/{id}/orders', operationId: 'recordOrder', tags, ...guarded('write'),
  summary: 'Record an order (its externalId is unique)',
  request: { params: IdParam, ...jsonBody(OrderInput) },
  responses: { 201: json(OrderSchema, 'Recorded'), ...problems, ...notFoundResponse, ...conflictResponse },
});

export const ofContact = createRoute({
  method: 'get', path: '/v1/contacts/{id}/orders', operationId: 'listContactOrders', tags, ...guarded('read'),
  summary: 'A person\'s orders, newest first',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(pageOf(OrderSchema), 'A page of orders'), ...problems, ...notFoundResponse },
});
