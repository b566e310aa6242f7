/** The API's types for the extension, generated from the OpenAPI document by openapi-typescript. */
import { resolve } from 'node:path';
import openapiTS, { type OpenAPI3 } from 'openapi-typescript';

export const API_SCHEMA_FILE = resolve(import.meta.dirname, '../../extension/background/api-schema.ts');

const HEADER = `/**
 * The SegLens API's paths and schemas, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: \`npm run api-schema\` writes this file, and a test fails when it is out of date.
 */
`;

export const apiSchemaOf = (document: OpenAPI3) => openapiTS(document, { commentHeader: HEADER });
