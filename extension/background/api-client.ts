/** Calls to the SegLens API, with failures turned into problems a person can act on. */
import type { SiteReportInput } from '../../shared/schemas/site-reports';
import type { ConnectionProblem, ConnectionStatus } from '../messages';
import type { Settings } from '../settings';
import type { paths } from './api-schema';

/** What a SegLens API's problem+json says: why, and each offending field. */
export type ProblemDetails = { detail?: string; errors?: Array<{ field: string; message: string }> };

export class ApiError extends Error {
  constructor(readonly problem: ConnectionProblem, readonly url?: string, readonly status?: number, readonly details?: ProblemDetails) {
    super(`${problem}${status ? ` (${status})` : ''}`);
  }
}

const TIMEOUT_MS = 10_000;

function baseUrl(serverUrl: string): URL {
  try {
    const url = new URL(serverUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch { /* reported below */ }
  throw new ApiError('badUrl', serverUrl);
}

/** The API's paths with this method, and what an operation takes as its JSON body, path and query, and answers with (200, or 201 when it creates). */
type PathWith<M extends string> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];
type RequestJson<Op> = Op extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;
type ResponseJson<Op> = Op extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T
  : Op extends { responses: { 201: { content: { 'application/json': infer T } } } } ? T : never;
type PathParams<Op> = Op extends { parameters: { path: infer T } } ? T : never;
type QueryParams<Op> = Op extends { parameters: { query?: infer T } } ? T : never;
/** A path's parameters and query, as its operation names them. */
type Where<Op> = ([PathParams<Op>] extends [never] ? { params?: never } : { params: PathParams<Op> })
  & ([QueryParams<Op>] extends [never] ? { query?: never } : { query?: QueryParams<Op> });

type Connection = Pick<Settings, 'serverUrl' | 'token'>;
/** `idempotencyKey`: a write sent again with the same key is done once (the API keeps its answer). */
type Call = { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; params?: unknown; query?: unknown; body?: unknown; idempotencyKey?: string };

/** GET without a body, POST with one, typed by the API's own document (api-schema.ts). */
export async function callApi<P extends PathWith<'get'>>(settings: Connection, path: P): Promise<ResponseJson<paths[P]['get']>>;
export async function callApi<P extends PathWith<'post'>>(settings: Connection, path: P, body: RequestJson<paths[P]['post']>): Promise<ResponseJson<paths[P]['post']>>;
export async function callApi(settings: Connection, path: string, body?: unknown): Promise<unknown> {
  return send(settings, path, body === undefined ? { method: 'GET' } : { method: 'POST', body });
}

/** GET of a path with parameters ({id}) or a query. */
export const getApi = <P extends PathWith<'get'>>(settings: Connection, path: P, where: Where<paths[P]['get']>) =>
  send(settings, path, { method: 'GET', ...where }) as Promise<ResponseJson<paths[P]['get']>>;

/** PATCH: changes some of a resource's fields. */
export const patchApi = <P extends PathWith<'patch'>>(settings: Connection, path: P, where: Where<paths[P]['patch']>, body: RequestJson<paths[P]['patch']>) =>
  send(settings, path, { method: 'PATCH', ...where, body }) as Promise<ResponseJson<paths[P]['patch']>>;

async function send(settings: Connection, path: string, { method, params = {}, query = {}, body, idempotencyKey }: Call): Promise<unknown> {
  if (!settings.serverUrl || !settings.token) throw new ApiError('notConfigured');
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String((params as Record<string, unknown>)[name])));
  const url = new URL(filled, baseUrl(settings.serverUrl));
  for (const [name, value] of Object.entries(query as Record<string, unknown>)) if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${settings.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new ApiError('unreachable', url.origin);
  }
  if (res.status === 401) throw new ApiError('unauthorized', url.origin, 401);
  if (res.status === 403) throw new ApiError('forbidden', url.origin, 403);
  if (res.status >= 500) throw new ApiError('serverError', url.origin, res.status);
  const type = res.headers.get('content-type') ?? '';
  // A SegLens API explains a refusal as problem+json; anything else answering there is not one.
  if (!res.ok) {
    if (!type.includes('application/problem+json')) throw new ApiError('notSeglens', url.origin, res.status);
    const { detail, errors } = (await res.json().catch(() => ({}))) as ProblemDetails;
    throw new ApiError('refused', url.origin, res.status, { detail, errors });
  }
  const json = /json/.test(type) ? await res.json().catch(() => null) : null;
  if (json === null) throw new ApiError('notSeglens', url.origin, res.status);
  return json;
}

/** The options page's connection test: is there a SegLens API here, and does it take this token? */
export async function testConnection(settings: Connection): Promise<ConnectionStatus> {
  try {
    const me = await callApi(settings, '/v1/me');
    // The type is what SegLens answers; another server may answer JSON here too.
    if (me.service !== 'seglens') return { ok: false, problem: 'notSeglens', url: settings.serverUrl };
    return { ok: true, name: me.name, role: me.role };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, problem: error.problem, url: error.url, status: error.status };
    throw error;
  }
}

export const lookupEmails = (settings: Settings, emails: string[]) => callApi(settings, '/v1/lookup', { emails });

/**
 * Everything one person's card shows. The API answers with an ETag and no-cache,
 * so the browser keeps the answer and asks again with If-None-Match: an unchanged
 * card costs a 304.
 */
export const contactCard = (settings: Settings, contactId: number) => getApi(settings, '/v1/contacts/{id}/card', { params: { id: contactId } });

export const reportSiteLayout = (settings: Settings, report: SiteReportInput) => callApi(settings, '/v1/site-reports', report);

export const changesSince = (settings: Settings, since: number | null) =>
  getApi(settings, '/v1/changes', { query: since === null ? {} : { since } });

export const listTags = (settings: Settings) => callApi(settings, '/v1/tags');

/** Tags or untags a person, once per `key` however often it is sent. */
export const setTag = (settings: Settings, change: { contactId: number; slug: string; on: boolean; sourceHost: string | null }, key: string) =>
  send(settings, '/v1/contacts/{id}/tags/{slug}', {
    params: { id: change.contactId, slug: change.slug },
    idempotencyKey: key,
    ...(change.on
      ? { method: 'PUT', body: { sourceHost: change.sourceHost } satisfies RequestJson<paths['/v1/contacts/{id}/tags/{slug}']['put']> }
      : { method: 'DELETE' }),
  });

/** Makes a tag the workspace does not have yet (one that exists is left as it is), once per `key`. */
export const createTag = (settings: Settings, tag: { slug: string; label: string }, key: string) =>
  send(settings, '/v1/tags', { method: 'POST', body: tag satisfies RequestJson<paths['/v1/tags']['post']>, idempotencyKey: key });

/** Adds a person as the page names them, once per `key`. */
export const createPerson = (settings: Settings, person: { email: string; name: string }, key: string) =>
  send(settings, '/v1/contacts', { method: 'POST', body: person satisfies RequestJson<paths['/v1/contacts']['post']>, idempotencyKey: key });
