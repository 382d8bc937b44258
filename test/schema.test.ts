/**
 * The JSON Schema of the output (schema/factx.schema.json, draft 2020-12):
 * it is what `factx schema` prints, the package ships it, the golden file
 * validates, and it rejects what breaks the contract.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { expectValid, ROOT, schema, SCHEMA_PATH, schemaErrors } from './support/contract.js';

const golden = JSON.parse(await readFile(join(ROOT, 'fixtures', 'lamar-odom.expected.json'), 'utf8')) as Record<string, unknown>;

describe('schema/factx.schema.json', () => {
  it('is draft 2020-12 and describes schema factx/1', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties).toMatchObject({ schema: { const: 'factx/1' } });
  });

  it('`factx schema` prints it byte for byte, exit 0', async () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'factx.js'), 'schema'], { cwd: ROOT, encoding: 'utf8' });
    expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toBe(await readFile(SCHEMA_PATH, 'utf8'));
  });

  it('is in the package: "files" lists schema/', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('schema');
  });

  it('the golden file and the library output of empty, blank and HTML-less text validate', () => {
    expectValid([golden, extract(''), extract(' \n\t\n'), extract('Ann Lee, 45, met Bob Stone in Paris on March 3, 2013.', { referenceDate: '2025-03-03' })]);
  });

  it.each([
    ['a missing list', (f: Record<string, unknown>) => delete f.events, "must have required property 'events'"],
    ['an unknown field', (f: Record<string, unknown>) => (f.extra = 1), 'must NOT have additional properties'],
    ['another schema version', (f: Record<string, unknown>) => (f.schema = 'factx/2'), 'must be equal to constant'],
    ['an impossible reference date', (f: Record<string, unknown>) => (f.referenceDate = '2025-13-01'), 'must match pattern'],
    ['a reference date without a source', (f: Record<string, unknown>) => (f.referenceDateSource = null), 'must be null'],
    ['a negative offset', (f: Record<string, unknown>) => ((f.dates as { start: number }[])[0]!.start = -1), 'must be >= 0'],
    ['a fractional age', (f: Record<string, unknown>) => ((f.people as { age: number }[])[0]!.age = 45.5), 'must be integer'],
    ['an unknown TIMEX3 type', (f: Record<string, unknown>) => ((f.dates as { type: string }[])[0]!.type = 'WEEK'), 'must be equal to one of the allowed values'],
    ['a person id in places', (f: Record<string, unknown>) => ((f.places as { id: string }[])[0]!.id = 'person-9'), 'must match pattern'],
  ])('rejects %s', (_name, mutate, message) => {
    const copy = structuredClone(golden);
    mutate(copy);
    expect(schemaErrors(copy).join('\n')).toContain(message);
  });
});
