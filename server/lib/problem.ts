/** Errors as RFC 9457 problem details (application/problem+json). */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export type FieldError = { field: string; message: string };

export class Problem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

export function problemResponse(c: Context, p: Problem) {
  const body = {
    type: 'about:blank',
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    ...(p.errors ? { errors: p.errors } : {}),
    instance: c.req.path,
  };
  return c.body(JSON.stringify(body), p.status, { 'Content-Type': 'application/problem+json' });
}

/** `emails[3]`, `lines[0].sku`: the path of a field the way a developer writes it. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '');
}

const WHERE: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

/** A 400 naming each invalid field; `within` is where the validated value sits in the request (e.g. ['value']). */
export function validationProblem(error: z.ZodError, target: string, within: PropertyKey[] = []): Problem {
  const errors = error.issues.map((issue) => ({ field: fieldPath([...within, ...issue.path]) || WHERE[target] || target, message: issue.message }));
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new Problem(400, `Invalid request ${WHERE[target] ?? target}`, detail, errors);
}

export const notFound = (what: string) => new Problem(404, 'Not found', `${what} does not exist`);
