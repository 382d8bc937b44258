/**
 * The output contract for tests: every factx output the suite sees (CLI, golden
 * files, batches, generated documents) is checked against the JSON Schema that
 * ships in the package (schema/factx.schema.json), with ajv.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import type { Facts } from '../../src/types.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SCHEMA_PATH = join(ROOT, 'schema', 'factx.schema.json');
export const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** The schema's complaints about `value`, one line each; [] when it is valid. */
export function schemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}

/** Asserts that every document validates, and returns them typed. */
export function expectValid(documents: unknown[]): Facts[] {
  documents.forEach((document, i) => expect({ document: i, errors: schemaErrors(document) }).toEqual({ document: i, errors: [] }));
  return documents as Facts[];
}

/** `{...}\n{...}\n`: the top-level JSON values of a stream, as jq reads them. */
export function parseStream(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if (c === '}' || c === ']') {
      if (--depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
    } else if (depth === 0 && !/\s/.test(c ?? '')) throw new Error(`junk between JSON values at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
  }
  expect(depth).toBe(0);
  return values;
}

/** factx's JSON or ndjson output, parsed and validated against the schema. */
export function facts(stdout: string): Facts[] {
  return expectValid(parseStream(stdout));
}

/**
 * For the bin-running helpers of every CLI test: when stdout is factx JSON
 * (a stream of `{"schema": "factx/1", ...}` objects), each must validate.
 */
export function validateOutput(stdout: string): void {
  if (/^\{\s*"schema"\s*:\s*"factx\/1"/.test(stdout)) facts(stdout);
}
