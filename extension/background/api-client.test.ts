import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, callApi } from './api-client';

const settings = { serverUrl: 'http://127.0.0.1:8787', token: 'sl_x' };
const answer = (status: number, type: string, body: string) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } })));
const problemOf = async () => (await callApi(settings, '/v1/lookup', { emails: ['dana@example.com'] }).catch((e: ApiError) => e)) as ApiError;

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('tells a refusal by SegLens from a server that is not SegLens', async () => {
    answer(400, 'application/problem+json', '{"title":"Invalid request body"}');
    expect(await problemOf()).toMatchObject({ problem: 'refused', status: 400 });
    answer(404, 'text/html', '<h1>Not found</h1>');
    expect(await problemOf()).toMatchObject({ problem: 'notSeglens', status: 404 });
    answer(401, 'application/problem+json', '{}');
    expect(await problemOf()).toMatchObject({ problem: 'unauthorized' });
    answer(502, 'text/html', 'bad gateway');
    expect(await problemOf()).toMatchObject({ problem: 'serverError', status: 502 });
  });

  it('says what is missing before calling at all', async () => {
    expect(await callApi({ serverUrl: '', token: '' }, '/v1/me').catch((e: ApiError) => e.problem)).toBe('notConfigured');
    expect(await callApi({ serverUrl: 'ftp://x', token: 't' }, '/v1/me').catch((e: ApiError) => e.problem)).toBe('badUrl');
  });
});
