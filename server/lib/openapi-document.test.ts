/** The API document as other tools read it, fetched from a running API. */
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../tests/support/api-server';

let api: TestApi;
let source: string;
beforeAll(async () => {
  api = await startTestApi();
  source = (await api.call('GET', '/openapi.json', { as: null })).text;
});
afterAll(() => api.close());

describe('Redocly\'s recommended rules', () => {
  /** GET /health takes no input and answers 200 or 503: it has no 4xx response to document. */
  const justified = { 'openapi.json': { 'operation-4xx-response': new Set(['#/paths/~1health/get/responses']) } };
  const described = (p: NormalizedProblem) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`;

  it('find no error and no warning', async () => {
    const config = await createConfig({ extends: ['recommended'] }, { ignore: justified });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    expect(problems.filter((p) => !p.ignored).map(described)).toEqual([]);
  });
});
