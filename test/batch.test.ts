/**
 * Batch and stream on the real bin: directories, --jobs 1 against --jobs 2,
 * the startup snapshot against the bundle, --input ndjson (order, ids, bad
 * lines), progress on request only, and the Hadoop/Spark mapper split.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facts } from '../src/types.js';
import { runBin, type Run } from './support/run-bin.js';

/** Tests that start many node processes one after another: 16 s alone, over 30 s on a loaded 2-core machine. */
const MANY_RUNS = 120_000;

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'factx.js');
const FIXTURE = 'fixtures/lamar-odom.txt';

/** `node bin/factx.js ...`, or with `shebang` the file executed itself (its sh side, as an installed `factx` runs). */
function run(args: string[], options: { input?: string; env?: Record<string, string>; bin?: string; shebang?: boolean } = {}): Promise<Run> {
  return runBin(args, { ...options, env: { NO_COLOR: '1', ...options.env } });
}

const lines = (text: string): Facts[] => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Facts);

interface Doc {
  id: string;
  text: string;
  date: string | null;
}

let tmp = '';
let docs: Doc[] = [];
let corpus = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'factx-batch-'));
  const fixture = await readFile(join(ROOT, FIXTURE), 'utf8');
  // the fixture plus small articles of every shape the pipeline meets
  docs = [
    { id: 'lamar-odom', text: fixture, date: '2025-03-03' },
    { id: 'roth', text: 'Raymond Roth, 48, of Massapequa was seen in Miami on March 3.\n', date: null },
    { id: 'lee', text: 'Ann Lee met Bob Stone in Paris in 2013.\n', date: '2014-01-01' },
    { id: 'airbus', text: 'Airbus shares fell 3% on Tuesday after the company said its chief executive, Tom Enders, would leave next year.\n', date: '2017-12-15' },
    { id: 'empty', text: '', date: null },
    { id: 'crlf', text: 'Talks in Geneva\r\nWASHINGTON, March 5, 2009 - John Kerry flew to Geneva over the weekend.\r\n', date: null },
  ];
  corpus = `${docs.map((doc) => JSON.stringify(doc)).join('\n')}\n`;
  // a tree: sorted by path, recursive, .txt and .md only, hidden entries skipped
  await mkdir(join(tmp, 'tree', 'b'), { recursive: true });
  await mkdir(join(tmp, 'tree', '.hidden'), { recursive: true });
  await writeFile(join(tmp, 'tree', 'b', 'lee.md'), docs[2]?.text ?? '');
  await writeFile(join(tmp, 'tree', 'a-roth.txt'), docs[1]?.text ?? '');
  await writeFile(join(tmp, 'tree', 'c-airbus.TXT'), docs[3]?.text ?? '');
  await writeFile(join(tmp, 'tree', 'b', 'notes.json'), '{}');
  await writeFile(join(tmp, 'tree', '.hidden', 'skip.txt'), 'Hidden Person went to Rome.');
  await copyFile(join(ROOT, FIXTURE), join(tmp, 'tree', 'b', 'odom.txt'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe.concurrent('directories and many files', () => {
  it('factx DIR/: every .txt/.md file under it, recursively, sorted by path', async () => {
    const tree = join(tmp, 'tree');
    const result = await run([tree, '-f', 'ndjson', '--jobs', '1']);
    expect(result.stderr).toBe(`factx: skipped ${join(tree, 'b', 'notes.json')}: not a .txt, .md or .html file\n`);
    expect(result.code).toBe(0);
    expect(lines(result.stdout).map((facts) => facts.source)).toEqual(
      ['a-roth.txt', 'b/lee.md', 'b/odom.txt', 'c-airbus.TXT'].map((name) => join(tree, name)),
    );
    const quiet = await run([tree, '-f', 'ndjson', '--jobs', '1', '--quiet']);
    expect(quiet).toEqual({ ...result, stderr: '' });
  });

  it('--jobs 2 gives byte for byte the output of --jobs 1 (files, json and table)', async () => {
    const paths = [FIXTURE, join(tmp, 'tree'), FIXTURE];
    for (const format of ['json', 'table']) {
      const one = await run([...paths, '-f', format, '--jobs', '1', '--ref-date', '2025-03-03']);
      const two = await run([...paths, '-f', format, '--jobs', '2', '--ref-date', '2025-03-03']);
      expect(one.code).toBe(0);
      expect(two).toEqual(one);
    }
  });

  it('a missing path among others: the others are printed in order, then exit 1', async () => {
    const result = await run([FIXTURE, 'no/such.txt', join(tmp, 'tree', 'a-roth.txt'), '-f', 'ndjson', '--jobs', '2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^factx: cannot read no\/such\.txt: no such file\n$/);
    expect(lines(result.stdout).map((facts) => facts.source)).toEqual([FIXTURE, join(tmp, 'tree', 'a-roth.txt')]);
  });
});

describe.concurrent('the startup snapshot', () => {
  it('is built by npm run build, for this node', async () => {
    const meta = JSON.parse(await readFile(join(ROOT, 'dist', 'factx.blob.json'), 'utf8')) as { node: string };
    expect(meta.node).toBe(process.version);
  });

  it('gives byte for byte the output of the bundle (FACTX_SNAPSHOT=0)', async () => {
    for (const args of [[FIXTURE], [FIXTURE, '--ref-date', '2025-03-03'], [FIXTURE, '-f', 'table', '--no-color'], ['-f', 'ndjson']]) {
      const input = docs[5]?.text;
      const snapshot = await run(args, { input });
      const bundle = await run(args, { input, env: { FACTX_SNAPSHOT: '0' } });
      expect(snapshot.code).toBe(0);
      expect(snapshot).toEqual(bundle);
    }
  }, MANY_RUNS);

  it('a blob built by another node is not used: factx starts from the bundle, same output', async () => {
    const copy = join(tmp, 'copy');
    await mkdir(join(copy, 'bin'), { recursive: true });
    await mkdir(join(copy, 'dist'), { recursive: true });
    await copyFile(BIN, join(copy, 'bin', 'factx.js'));
    await copyFile(join(ROOT, 'package.json'), join(copy, 'package.json'));
    for (const file of ['factx.cjs', 'factx-worker.cjs', 'factx.blob']) await copyFile(join(ROOT, 'dist', file), join(copy, 'dist', file));
    const meta = JSON.parse(await readFile(join(ROOT, 'dist', 'factx.blob.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(copy, 'dist', 'factx.blob.json'), JSON.stringify({ ...meta, node: 'v0.0.0' }));
    const id = (await readFile(join(ROOT, 'dist', 'factx.blob.id'), 'utf8')).split(' ');
    await writeFile(join(copy, 'dist', 'factx.blob.id'), ['v0.0.0', ...id.slice(1)].join(' '));
    const args = [join(ROOT, FIXTURE), '--ref-date', '2025-03-03'];
    const expected = await run(args);
    for (const shebang of [false, true]) {
      const fallback = await run(args, { bin: join(copy, 'bin', 'factx.js'), shebang });
      expect(fallback.code).toBe(0);
      expect(fallback).toEqual(expected);
    }
  });

  it('run through its shebang (the sh side): one document from the snapshot in one node, anything else from the bundle, same bytes', async () => {
    const input = corpus;
    const cases = [[FIXTURE], [FIXTURE, '-f', 'table', '--no-color'], ['-f', 'ndjson'], ['--jobs', '1', '--', FIXTURE], [join(tmp, 'tree'), '-f', 'ndjson'], ['--input', 'ndjson'], ['check', 'fixtures/lamar-odom.txt'], ['--version']];
    for (const args of cases) {
      const direct = await run(args, { input, shebang: true });
      expect(direct).toEqual(await run(args, { input }));
      expect(direct).toEqual(await run(args, { input, shebang: true, env: { FACTX_SNAPSHOT: '0' } }));
    }
  }, MANY_RUNS);
});

describe.concurrent('--input ndjson', () => {
  it('one result line per input line, in input order; source is the id, date the reference date', async () => {
    const result = await run(['--input', 'ndjson', '--jobs', '2'], { input: corpus });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out.map((facts) => facts.source)).toEqual(docs.map((doc) => doc.id));
    expect(out.map((facts) => facts.referenceDate)).toEqual(['2025-03-03', null, '2014-01-01', '2017-12-15', null, '2009-03-05']);
    // the same document as a file gives the same facts
    const file = await run([FIXTURE, '--ref-date', '2025-03-03']);
    expect(out[0]).toEqual({ ...(JSON.parse(file.stdout) as Facts), source: 'lamar-odom' });
    expect(await run(['--input', 'ndjson', '--jobs', '1'], { input: corpus })).toEqual(result);
  });

  it('a bad line: one error line naming its number, the other lines go on, exit 1 at the end', async () => {
    const input = [
      JSON.stringify(docs[1]),
      '{"id": "broken", "text": ',
      '',
      JSON.stringify({ id: 7, text: docs[2]?.text }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'bad-date', text: 'x', date: '2025-02-30' }),
      JSON.stringify(docs[3]),
    ].join('\n');
    const result = await run(['--input', 'ndjson', '--jobs', '2', '--ref-date', '2020-01-01'], { input });
    expect(result.code).toBe(1);
    expect(lines(result.stdout).map((facts) => [facts.source, facts.referenceDate])).toEqual([
      ['roth', '2020-01-01'],
      ['7', '2020-01-01'],
      ['airbus', '2017-12-15'],
    ]);
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^factx: stdin line 2: not valid JSON/);
    expect(errors[1]).toMatch(/^factx: stdin line 5: "text" must be a string$/);
    expect(errors[2]).toMatch(/^factx: stdin line 6: "date" must be a date YYYY-MM-DD/);
  });

  it('no progress bar or summary when stderr is not a terminal; --progress asks for them', async () => {
    const quiet = await run(['--input', 'ndjson', '--jobs', '1'], { input: corpus });
    expect(quiet.stderr).toBe('');
    const loud = await run(['--input', 'ndjson', '--jobs', '1', '--progress'], { input: corpus });
    expect(loud.code).toBe(0);
    expect(loud.stdout).toBe(quiet.stdout);
    expect(loud.stderr).toMatch(/factx: 6 documents, [\d,]+ words, [\d,]+ facts, \d+\.\d s\n$/);
  });

  it('as a Hadoop Streaming / Spark mapper: parts run by separate processes join to the output of one process', async () => {
    const rows = corpus.trimEnd().split('\n');
    const parts = [rows.slice(0, 2), rows.slice(2, 3), rows.slice(3)].map((part) => `${part.join('\n')}\n`);
    const whole = await run(['--input', 'ndjson', '--jobs', '1'], { input: corpus });
    const outputs = await Promise.all(parts.map((part) => run(['--input', 'ndjson', '--jobs', '1'], { input: part })));
    for (const output of outputs) expect(output.code).toBe(0);
    expect(whole.code).toBe(0);
    expect(outputs.map((output) => output.stdout).join('')).toBe(whole.stdout);
  });
});
