/**
 * Who may call what, for every route the API document lists: no token, a bad
 * token, a revoked one and each role, against the permission the route states.
 * A route added without a permission fails here; so does a README whose table
 * of roles says otherwise.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '../../shared/permissions';
import { Role } from '../../shared/schemas/enums';
import { startTestApi, type TestApi } from '../support/api-server';

type Operation = { security?: unknown[]; 'x-permission'?: Permission; 'x-roles'?: Role[] };

let api: TestApi;
let operations: Array<{ method: string; path: string; operation: Operation }>;
let revoked: string;
beforeAll(async () => {
  api = await startTestApi();
  const document = (await api.call('GET', '/openapi.json', { as: null })).json as { paths: Record<string, Record<string, Operation>> };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })));
  const issued = await api.repos.tokens.issue('revoked (test)', 'admin');
  revoked = issued.token;
  await api.repos.tokens.revoke(issued.id);
});
afterAll(() => api.close());

/** The route with its parameters filled by values that name nothing: an allowed call may fail, but never for its role. */
const concrete = (path: string) => path.replace('{id}', '999999999').replace('{key}', 'no-such-key').replace('{slug}', 'no-such-tag');

/**
 * The status and body of one call. Each route's calls come from their own
 * loopback address (`from`): a bad token is a failure the API counts per address.
 */
function statusOf(method: string, path: string, authorization: string | null, from: string) {
  const hasBody = method !== 'GET' && method !== 'DELETE';
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${api.url}${concrete(path)}`, {
      method,
      localAddress: from,
      agent: false,
      headers: { ...(authorization ? { authorization } : {}), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; }).on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject).end(hasBody ? '{}' : undefined);
  });
}

describe('the role matrix', () => {
  it('covers every route of the API document, each under /v1 stating its permission and the roles that have it', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const { method, path, operation } of operations) {
      if (!path.startsWith('/v1/')) {
        expect(operation.security, `${method} ${path} is public`).toBeUndefined();
        continue;
      }
      const permission = operation['x-permission'];
      expect(permission && Object.hasOwn(PERMISSIONS, permission), `${method} ${path} states a permission`).toBe(true);
      expect(operation['x-roles'], `${method} ${path}`).toEqual(PERMISSIONS[permission!]);
    }
  });

  it('answers 401 to no token, a bad token and a revoked token, and 403 exactly to the roles without the permission', async () => {
    const table: string[] = [];
    for (const [n, { method, path, operation }] of operations.entries()) {
      if (!path.startsWith('/v1/')) continue;
      const route = `${method} ${path}`;
      const from = `127.0.1.${n + 1}`;
      for (const [who, authorization] of [['no token', null], ['bad token', 'Bearer sl_not-a-token'], ['revoked', `Bearer ${revoked}`]] as const) {
        expect((await statusOf(method, path, authorization, from)).status, `${route}, ${who}`).toBe(401);
      }
      const allowed: readonly Role[] = PERMISSIONS[operation['x-permission']!];
      for (const role of Role.options) {
        const { status, body } = await statusOf(method, path, `Bearer ${api.tokens[role]}`, from);
        table.push(`${route} ${role} ${status}`);
        if (allowed.includes(role)) {
          expect([401, 403], `${route} as ${role}`).not.toContain(status);
          expect(status, `${route} as ${role}: ${body}`).toBeLessThan(500);
        } else {
          expect(status, `${route} as ${role}`).toBe(403);
          expect(JSON.parse(body).detail).toMatch(new RegExp(`^The role "${role}" may not `));
        }
      }
    }
    expect(table.length).toBe(operations.filter((o) => o.path.startsWith('/v1/')).length * Role.options.length);
  });

  it('is the one the README states', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const header = readme.split('\n').find((line) => line.startsWith('| role |'))!;
    const permissions = [...header.matchAll(/`(\w+)`/g)].map((m) => m[1] as Permission);
    expect([...permissions].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    for (const role of Role.options) {
      const cells = readme.split('\n').find((line) => line.startsWith(`| ${role} |`))!.split('|').slice(2, -1).map((c) => c.trim());
      const stated = permissions.filter((_, i) => cells[i] === '✓');
      expect(stated.sort(), role).toEqual(permissions.filter((p) => (PERMISSIONS[p] as readonly Role[]).includes(role)).sort());
    }
  });
});
