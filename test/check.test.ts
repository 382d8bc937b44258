import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck, type ExtractFn } from '../src/check/index.js';
import { FactxError } from '../src/errors.js';
import { renderJson } from '../src/render/json.js';
import { SCHEMA, type ExtractOptions, type Facts } from '../src/types.js';

const span = (text: string, start: number) => ({ text, start, end: start + [...text].length });

/** Hand-made facts; `age` and `extraDate` let a test change one fact. */
function fakeFacts(options: ExtractOptions, age = 45, extraDate = false): Facts {
  return {
    schema: SCHEMA,
    source: options.source ?? '-',
    referenceDate: options.referenceDate ?? null,
    referenceDateSource: options.referenceDate ? 'option' : null,
    title: 'Lamar Odom talks',
    people: [{ id: 'person-1', name: 'Lamar Odom', aliases: ['Lamar'], mentions: [span('Lamar Odom', 0)], age, ageSource: null, descriptors: [] }],
    places: [{ id: 'place-1', name: 'Las Vegas', aliases: [], mentions: [span('Las Vegas', 40)] }],
    organizations: [],
    dates: [
      { id: 'date-1', text: 'in 2013', start: 60, end: 67, type: 'DATE', value: '2013' },
      ...(extraDate ? [{ id: 'date-2', text: 'next week', start: 80, end: 89, type: 'DATE' as const, value: '2025-W11' }] : []),
    ],
    events: [{ id: 'event-1', trigger: span('married', 50), date: 'date-1', sentence: span('x', 0), summary: 'Lamar married', people: ['person-1'], places: [], organizations: [] }],
  };
}

const fake: ExtractFn = (_text, options) => fakeFacts(options);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factx-check-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function addCase(name: string, golden?: Facts | string, sidecar?: string): Promise<string> {
  const input = join(dir, `${name}.txt`);
  await writeFile(input, `${name} article\n`);
  if (golden !== undefined) {
    await writeFile(join(dir, `${name}.expected.json`), typeof golden === 'string' ? golden : renderJson(golden));
  }
  if (sidecar !== undefined) await writeFile(join(dir, `${name}.options.json`), sidecar);
  return input;
}

describe('runCheck', () => {
  it('passes when the extraction matches the golden file', async () => {
    const input = await addCase('a', fakeFacts({ source: join(dir, 'a.txt') }));
    const result = await runCheck([dir], { update: false }, fake);
    expect(result.passed).toBe(true);
    expect(result.output).toBe(`ok      ${input}\n\n1 case: 1 ok, 0 failed, 0 missing golden\n`);
  });

  it('fails on a changed fact and names it in a per-fact diff', async () => {
    const source = join(dir, 'a.txt');
    const golden = fakeFacts({ source }, 45);
    golden.places.push({ id: 'place-2', name: 'Los Angeles', aliases: [], mentions: [span('Los Angeles', 90)] });
    await addCase('a', golden);
    const changed: ExtractFn = (_text, options) => fakeFacts(options, 46, true);
    const result = await runCheck([dir], { update: false }, changed);
    expect(result.passed).toBe(false);
    expect(result.output.split('\n')).toEqual([
      `FAIL    ${source}`,
      '    people: "Lamar Odom": age 45 -> 46',
      '    places: - "Los Angeles"',
      '    dates: + "next week"@80 DATE "2025-W11"',
      '',
      '1 case: 0 ok, 1 failed, 0 missing golden',
      '',
    ]);
  });

  it('compares events by what their ids point at, not by the ids', async () => {
    const source = join(dir, 'a.txt');
    const golden = fakeFacts({ source });
    await addCase('a', golden);
    const renamed: ExtractFn = (_text, options) => {
      const facts = fakeFacts(options);
      facts.people[0]!.name = 'Lamar J. Odom';
      facts.dates[0]!.value = '2012';
      facts.events[0]!.people.push('person-7');
      return facts;
    };
    const { output } = await runCheck([dir], { update: false }, renamed);
    expect(output.split('\n').slice(1, 6)).toEqual([
      '    people: - "Lamar Odom"',
      '    people: + "Lamar J. Odom"',
      '    dates: "in 2013"@60: value "2013" -> "2012"',
      '    events: "married"@50: people - "Lamar Odom", + "Lamar J. Odom", + "person-7"',
      '',
    ]);
  });

  it('fails a golden file that differs in formatting only, and says so', async () => {
    await addCase('a', JSON.stringify(fakeFacts({ source: join(dir, 'a.txt') })));
    const result = await runCheck([dir], { update: false }, fake);
    expect(result.passed).toBe(false);
    expect(result.output).toContain('    same facts, different text (formatting, key or list order, ids); run "factx check --update"\n');
  });

  it('fails a case without a golden file', async () => {
    const input = await addCase('new');
    const result = await runCheck([dir], { update: false }, fake);
    expect(result.passed).toBe(false);
    expect(result.output).toContain(`MISSING ${input}: no ${join(dir, 'new.expected.json')}`);
    expect(result.output).toContain('1 missing golden');
  });

  it('fails when no case is found, and says so', async () => {
    const result = await runCheck([dir], { update: false }, fake);
    expect(result).toEqual({ passed: false, output: `no cases found in ${dir} (a case is a <case>.txt file)\n` });
  });

  it('--update writes golden files atomically, after which the check passes', async () => {
    await addCase('a');
    await addCase('b', fakeFacts({ source: join(dir, 'b.txt') }, 40));
    await addCase('c', fakeFacts({ source: join(dir, 'c.txt') }));
    const updated = await runCheck([dir], { update: true }, fake);
    expect(updated.passed).toBe(true);
    expect(updated.output.split('\n')).toEqual([
      `wrote   ${join(dir, 'a.expected.json')} (new)`,
      `wrote   ${join(dir, 'b.expected.json')} (updated)`,
      `ok      ${join(dir, 'c.txt')}`,
      '',
      '3 cases: 2 written, 1 unchanged, 0 failed',
      '',
    ]);
    expect(await readFile(join(dir, 'a.expected.json'), 'utf8')).toBe(renderJson(fakeFacts({ source: join(dir, 'a.txt') })));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await runCheck([dir], { update: false }, fake)).passed).toBe(true);
  });

  it('passes the sidecar options and the source to the extraction', async () => {
    const input = await addCase('a', undefined, '{ "referenceDate": "2025-03-03" }\n');
    const seen: ExtractOptions[] = [];
    const spy: ExtractFn = (text, options) => {
      seen.push(options);
      return fake(text, options);
    };
    expect((await runCheck([dir], { update: true }, spy)).passed).toBe(true);
    expect(seen).toEqual([{ referenceDate: '2025-03-03', source: input }]);
    const golden = JSON.parse(await readFile(join(dir, 'a.expected.json'), 'utf8')) as Facts;
    expect(golden.referenceDate).toBe('2025-03-03');
  });

  it.each([
    ['{ "refDate": "2025-03-03" }', 'unknown option "refDate" (allowed: referenceDate)'],
    ['{ "referenceDate": "2025-02-30" }', 'referenceDate must be a date YYYY-MM-DD or null, got "2025-02-30"'],
    ['{ "referenceDate": 20250303 }', 'referenceDate must be a date YYYY-MM-DD or null, got 20250303'],
    ['["2025-03-03"]', 'expected a JSON object'],
    ['{ referenceDate: }', 'not valid JSON'],
  ])('rejects the sidecar %s', async (sidecar, message) => {
    await addCase('a', undefined, sidecar);
    const error = await runCheck([dir], { update: true }, fake).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactxError);
    expect(error).toMatchObject({ code: 'INPUT', message: expect.stringContaining(`${join(dir, 'a.options.json')}: ${message}`) });
    expect(await readdir(dir)).not.toContain('a.expected.json');
  });

  it('takes only the *.txt files directly inside a directory, sorted; .txt files as given', async () => {
    await addCase('b');
    await addCase('a');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'c.txt'), 'nested\n');
    await writeFile(join(dir, 'notes.md'), 'not a case\n');
    const seen: string[] = [];
    const spy: ExtractFn = (text, options) => (seen.push(options.source ?? ''), fake(text, options));
    await runCheck([dir, join(dir, 'sub', 'c.txt'), join(dir, 'a.txt')], { update: false }, spy);
    expect(seen).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'sub', 'c.txt')]);
  });

  it('uses the path as given, joined, as the source: "fixtures/x.txt"', async () => {
    const seen: string[] = [];
    const spy: ExtractFn = (text, options) => (seen.push(options.source ?? ''), fake(text, options));
    await runCheck(['./fixtures/', 'fixtures/lamar-odom.txt'], { update: false }, spy);
    // every case once, sorted, though lamar-odom is named twice
    const cases = (await readdir('fixtures')).filter((name) => name.endsWith('.txt')).sort();
    expect(cases).toContain('lamar-odom.txt');
    expect(seen).toEqual(cases.map((name) => `fixtures/${name}`));
  });

  it.each([
    ['a missing path', () => join(dir, 'nope'), 'INPUT', 'no such file or directory: '],
    ['a file that is not a case', () => join(dir, 'a.expected.json'), 'USAGE', 'not a case: '],
  ])('throws a one-line error naming %s', async (_what, path, code, message) => {
    await writeFile(join(dir, 'a.expected.json'), '{}\n');
    const error = await runCheck([path()], { update: false }, fake).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactxError);
    expect(error).toMatchObject({ code, message: expect.stringContaining(`${message}${path()}`) });
    expect((error as Error).message).not.toContain('\n');
  });

  it('reports an extraction that throws, or a broken golden file, as a failed case', async () => {
    await addCase('a', '{ not json');
    await addCase('b', fakeFacts({ source: join(dir, 'b.txt') }));
    const flaky: ExtractFn = (text, options) => {
      if (text.startsWith('b')) throw new Error('stage exploded');
      return fake(text, options);
    };
    const result = await runCheck([dir], { update: false }, flaky);
    expect(result.passed).toBe(false);
    expect(result.output).toMatch(/FAIL {4}.*a\.txt\n {4}golden file is not valid JSON/);
    expect(result.output).toMatch(/FAIL {4}.*b\.txt\n {4}extraction failed: stage exploded/);
  });
});
