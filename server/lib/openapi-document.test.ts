/** The API document as other tools read it, fetched from a running API. */
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { Ajv2020, type Options } from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, apiSchemaOf } from '../../scripts/lib/api-schema';
import { startTestApi, type TestApi } from '../../tests/support/api-server';

let api: TestApi;
let source: string;
let document: object;
beforeAll(async () => {
  api = await startTestApi();
  source = (await api.call('GET', '/openapi.json', { as: null })).text;
  document = JSON.parse(source);
});
afterAll(() => api.close());

describe('Redocly\'s recommended rules', () => {
  const described = (p: NormalizedProblem) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`;

  it('find no error and no warning', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    expect(problems.map(described)).toEqual([]);
  });
});

/** Every object in the document, with its JSON pointer. */
function* objectsIn(value: unknown, pointer = ''): Generator<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value)) yield [pointer, value as Record<string, unknown>];
  for (const [key, child] of Object.entries(value)) yield* objectsIn(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
}

/** A JSON Schema 2020-12 validator over the document's schemas, found by their JSON pointers. */
function schemaAt(options: Options) {
  // Formats are annotations in 2020-12; OpenAPI's own keywords (e.g. discriminator) are not JSON Schema's.
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, ...options });
  ajv.addSchema(document, 'openapi.json');
  return Object.assign((pointer: string) => ajv.compile({ $ref: `openapi.json#${pointer}` }), { errorsText: ajv.errorsText.bind(ajv) });
}

describe('the schemas, as a JSON Schema validator reads them', () => {
  it('have patterns that are ECMA-262 regular expressions, without flags', () => {
    const patterns = [...objectsIn(document)].filter(([, node]) => typeof node.pattern === 'string');
    expect(patterns.length).toBeGreaterThan(0);
    const flagless = schemaAt({ unicodeRegExp: false });
    for (const [pointer, { pattern }] of patterns) {
      expect(() => new RegExp(pattern as string), pointer).not.toThrow();
      expect(() => flagless(pointer), pointer).not.toThrow();
    }
  });

  /** A schema's examples: an array `examples`, or an `example` (a media type's or parameter's sits beside its `schema`). */
  const examplesOf = (node: Record<string, unknown>): unknown[] =>
    Array.isArray(node.examples) ? node.examples : 'example' in node && !('schema' in node) ? [node.example] : [];

  // Read as 2020-12 reads patterns, with Unicode semantics (ajv's default): \p{Ll} is a lower-case letter of any script.
  it('accept their own examples', () => {
    const withExamples = [...objectsIn(document)].filter(([, node]) => examplesOf(node).length > 0);
    expect(withExamples.length).toBeGreaterThan(0);
    const schema = schemaAt({});
    const rejected = withExamples.flatMap(([pointer, node]) => {
      const validate = schema(pointer);
      return examplesOf(node).flatMap((example) =>
        validate(example) ? [] : [`${pointer}: ${JSON.stringify(example)} ${schema.errorsText(validate.errors)}`]);
    });
    expect(rejected).toEqual([]);
  });
});

describe('the client types generated from it', () => {
  it('are the ones the extension has', async () => {
    const committed = readFileSync(API_SCHEMA_FILE, 'utf8');
    expect(await apiSchemaOf(JSON.parse(source)), 'extension/background/api-schema.ts is out of date: npm run api-schema').toBe(committed);
  });
});
