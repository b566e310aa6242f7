import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { notFound } from './problem';

/** The contact a nested route (`/v1/contacts/{id}/…`) is about; 404 when there is none. */
export async function existingContact(c: Context<AppEnv>, id: number) {
  const contact = await c.var.repos.contacts.get(id);
  if (!contact) throw notFound(`Contact ${id}`);
  return contact;
}
