/**
 * `npm start`: the whole product on one machine — the API with its database
 * (migrated, seeded with demo data when empty), the demo inbox, and a fresh
 * build of the extension to load.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRepositories } from '../server/db/repositories';
import { readEnv } from '../server/env';
import { startServer } from '../server/index';
import { ensureExtensionBuild, ROOT } from './lib/extension-build';

const env = readEnv();
const extensionDir = ensureExtensionBuild();
const api = await startServer(env);
const token = env.SEGLENS_DEMO === '1' ? await demoToken() : null;

console.log(`
SegLens is running.
  API          ${api.url}   (docs: ${api.url}/docs)
  Demo inbox   ${api.url}/demo${api.seeded ? '   (demo data seeded just now)' : ''}
  Extension    ${relative(process.cwd(), extensionDir) || extensionDir}   (chrome://extensions → Developer mode → Load unpacked)
${token ? `  Demo token   (role admin; paste it with the API URL into the extension's settings)\n\n${token}\n` : `\nCreate a token with: npm run token -- --role admin --name "my laptop"\n`}`);

/**
 * The demo admin token, shown at every start: kept (only) in a git-ignored
 * file beside the data, and issued anew when the database no longer knows it.
 */
async function demoToken(): Promise<string> {
  const file = join(ROOT, 'data', 'demo-token.txt');
  const repos = createRepositories(api.db);
  const kept = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (kept && (await repos.tokens.verify(kept))?.role === 'admin') return kept;
  const { token } = await repos.tokens.issue('demo (npm start)', 'admin');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void api.close().then(() => process.exit(0)));
}
