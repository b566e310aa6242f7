/** Shorthands for route definitions: JSON bodies, the problem responses every route shares. */
import { z } from 'zod';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { validationProblem } from './problem';

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  instance: z.string().optional(),
}).meta({ id: 'Problem' });

export const json = <T extends z.ZodType>(schema: T, description: string) =>
  ({ content: { 'application/json': { schema } }, description });

export const problem = (description: string) => ({ content: { 'application/problem+json': { schema: ProblemSchema } }, description });

/** Responses every authenticated route may give. */
export const problems = {
  400: problem('Invalid input; `errors` names each offending field'),
  401: problem('No valid API token'),
  403: problem('The token\'s role may not do this'),
} as const;
export const notFoundResponse = { 404: problem('No such resource') } as const;
export const conflictResponse = { 409: problem('Conflicts with existing data') } as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

/** A resource's id in a path: a positive whole number in plain decimal ("0x10", "1e3", " 1" and "01" name nothing). */
export const IdParam = z.object({
  // Read as text, so that no other spelling is taken for a number; documented as the integer it is.
  id: z.string().regex(/^[1-9][0-9]{0,14}$/, 'must be a positive whole number written in plain decimal').transform(Number)
    .meta({ type: 'integer', minimum: 1, pattern: undefined }),
});

export const PageQuery = z.object({
  cursor: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.number().int().nullable() });

export const security = [{ bearer: [] }];

/** A router whose invalid input becomes a 400 problem naming the field. */
export const createRouter = () => new OpenAPIHono<AppEnv>({
  defaultHook: (result) => {
    if (!result.success) throw validationProblem(result.error, result.target);
  },
});
