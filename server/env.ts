/** Configuration, read from the environment once and validated. */
import { resolve } from 'node:path';
import { z } from 'zod';

const DatabaseUrl = z.string().refine((u) => /^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/|:memory:$)/.test(u), {
  error: 'must be a file: path or a libsql:// URL',
});

/** The local file a `file:` DATABASE_URL names (percent-decoded, as libSQL reads it); null for a server's URL. */
export function databaseFile(url: string): string | null {
  return url.startsWith('file:') ? resolve(decodeURIComponent(url.slice('file:'.length))) : null;
}

export const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: DatabaseUrl.default('file:data/seglens.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** "0" skips seeding the demo data into an empty database. */
  SEGLENS_DEMO: z.enum(['0', '1']).default('1'),
  /** Minutes between scheduled full recomputes; 0 turns the schedule off. */
  RECOMPUTE_EVERY_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).default(60),
  /** Extra origins allowed by CORS, comma-separated (e.g. a Firefox moz-extension:// origin). */
  CORS_ORIGINS: z.string().default('').transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),
});
export type Env = z.infer<typeof Env>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
