/**
 * `npm run api-schema`: writes extension/background/api-schema.ts from the API's
 * OpenAPI document, asked of the app in process on an empty in-memory database.
 */
import { writeFileSync } from 'node:fs';
import { createApp } from '../server/app';
import { openDb } from '../server/db/client';
import { API_SCHEMA_FILE, apiSchemaOf } from './lib/api-schema';

const db = openDb(':memory:');
const document = await (await createApp({ db }).request('/openapi.json')).json();
writeFileSync(API_SCHEMA_FILE, await apiSchemaOf(document));
db.$client.close();
console.log(`Wrote ${API_SCHEMA_FILE}`);
