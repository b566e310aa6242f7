/**
 * `npm run token -- --role <role> --name <label>`: creates an API token in the
 * database named by DATABASE_URL. The token is printed alone on the last line;
 * only its hash is stored.
 */
import { parseArgs } from 'node:util';
import { Role } from '../shared/schemas/enums';
import { migrateDb, openDb } from '../server/db/client';
import { createRepositories } from '../server/db/repositories';
import { readEnv } from '../server/env';

const USAGE = `Usage: npm run token -- --role <${Role.options.join('|')}> --name <label>`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { role?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { role: { type: 'string' }, name: { type: 'string' } }, strict: true }));
} catch (error) {
  fail((error as Error).message);
}
const role = Role.safeParse(values.role);
if (!role.success) fail(`--role must be one of: ${Role.options.join(', ')}`);
const name = values.name?.trim();
if (!name) fail('--name is required (a label saying whose token this is)');

const env = readEnv();
const db = openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
await migrateDb(db, env.DATABASE_URL);
const { token, id } = await createRepositories(db).tokens.issue(name, role.data);
console.log(`Created token ${id} "${name}" with role ${role.data}. It is shown only now:`);
console.log(token);
db.$client.close();
