/**
 * The real bin (`node bin/factx.js`, built from dist/) run as a user runs it:
 * formats, colour, stdin, several files, BOM/CRLF input, exit codes and
 * stderr, `check` and `eval`. `npm test` builds dist/ before vitest runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facts, Span } from '../src/types.js';
import { parseStream } from './support/contract.js';
import { cleanEnv, runBin, type Run, type RunOptions } from './support/run-bin.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'factx.js');
const FIXTURE = 'fixtures/lamar-odom.txt';
const REF = ['--ref-date', '2025-03-03'];
const ANSI = /\u001b\[/;
const STACK = /^\s+at /m;

/** Runs the bin to the end, feeding it `input` on stdin. */
function run(args: string[], options: RunOptions = {}): Promise<Run> {
  return runBin(args, options);
}

/** Every Span of a document, with where it is. */
function spansOf(facts: Facts): [string, Span][] {
  const spans: [string, Span][] = [];
  for (const kind of ['people', 'places', 'organizations'] as const) {
    for (const entity of facts[kind]) entity.mentions.forEach((m, i) => spans.push([`${entity.id}.mentions[${i}]`, m]));
  }
  for (const person of facts.people) if (person.ageSource) spans.push([`${person.id}.ageSource`, person.ageSource]);
  for (const date of facts.dates) spans.push([date.id, date]);
  for (const event of facts.events) spans.push([`${event.id}.trigger`, event.trigger], [`${event.id}.sentence`, event.sentence]);
  return spans;
}

function expectSpansSliceBack(facts: Facts, decoded: string): void {
  const chars = [...decoded];
  const spans = spansOf(facts);
  expect(spans.length).toBeGreaterThan(20);
  for (const [where, span] of spans) {
    expect({ where, text: chars.slice(span.start, span.end).join('') }).toEqual({ where, text: span.text });
  }
}

/** Success: exit 0, nothing on stderr (shown in full when it fails). */
function expectOk(result: Run): void {
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
}

/** The error contract: one `factx: ...` line, no stack trace. */
function expectOneLineError(result: Run, code: number, mentions: string): void {
  expect(result.code).toBe(code);
  expect(result.stderr).toMatch(/^factx: [^\n]+\n$/);
  expect(result.stderr).toContain(mentions);
  expect(result.stderr).not.toMatch(STACK);
}

const people = (facts: Facts): { name: string; age: number | null; aliases: string[] }[] =>
  facts.people.map(({ name, age, aliases }) => ({ name, age, aliases }));

let tmp = '';
let fixtureText = '';
let fixtureFacts: Facts;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'factx-cli-'));
  fixtureText = await readFile(join(ROOT, FIXTURE), 'utf8');
  const result = await run([FIXTURE, ...REF]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  fixtureFacts = JSON.parse(result.stdout) as Facts;
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe.concurrent('factx [file ...]: formats', () => {
  it('writes pretty JSON (schema factx/1) when stdout is not a terminal', async () => {
    const result = await run([FIXTURE, ...REF]);
    expectOk(result);
    expect(result.stdout).toMatch(/^\{\n {2}"schema": "factx\/1",\n/);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    const facts = JSON.parse(result.stdout) as Facts;
    expect(facts).toMatchObject({ schema: 'factx/1', source: FIXTURE, referenceDate: '2025-03-03' });
    expect(facts.title).toBe('Lamar Odom talks reuniting with Khloé Kardashian nearly a decade after divorce');
    for (const list of ['people', 'places', 'organizations', 'dates', 'events'] as const) expect(facts[list].length).toBeGreaterThan(0);
  });

  it('echoes the path exactly as given in source', async () => {
    const result = await run(['./fixtures//lamar-odom.txt']);
    expectOk(result);
    expect(JSON.parse(result.stdout)).toMatchObject({ source: './fixtures//lamar-odom.txt', referenceDate: null });
  });

  it('--format ndjson gives one compact line per document, the same object as json', async () => {
    const result = await run([FIXTURE, ...REF, '--format', 'ndjson']);
    expectOk(result);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(lines[0]).toBe(JSON.stringify(fixtureFacts));
  });

  it('--format table with NO_COLOR=1 is plain text with every section and the people', async () => {
    const result = await run([FIXTURE, ...REF, '--format', 'table']);
    expectOk(result);
    expect(result.stdout).not.toMatch(ANSI);
    for (const section of ['People', 'Places', 'Organizations', 'Dates', 'Timeline']) {
      expect(result.stdout).toMatch(new RegExp(`^${section} \\(\\d+\\)$`, 'm'));
    }
    for (const person of fixtureFacts.people) expect(result.stdout).toContain(person.name);
    expect(result.stdout).toMatch(/Lamar Odom\s.*\s45\s/);
    expect(result.stdout).toMatch(/Khloé Kardashian\s.*\s40\s/);
  });

  it('-f table without NO_COLOR or FORCE_COLOR is plain too: stdout is not a terminal', async () => {
    const result = await run([FIXTURE, '-f', 'table'], { env: {} });
    expectOk(result);
    expect(result.stdout).toContain('People (');
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('FORCE_COLOR=1 colours the table', async () => {
    const result = await run([FIXTURE, '--format', 'table'], { env: { FORCE_COLOR: '1' } });
    expectOk(result);
    expect(result.stdout).toMatch(ANSI);
    // only the table is coloured, never JSON
    const json = await run([FIXTURE], { env: { FORCE_COLOR: '1' } });
    expectOk(json);
    expect(json.stdout).not.toMatch(ANSI);
  });

  it('--no-color wins over FORCE_COLOR=1', async () => {
    const result = await run([FIXTURE, '--format', 'table', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expectOk(result);
    expect(result.stdout).toContain('People (');
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('FORCE_COLOR wins over NO_COLOR (as in Node itself); FORCE_COLOR=0 turns colour off', async () => {
    const both = await run([FIXTURE, '--format', 'table'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expectOk(both);
    expect(both.stdout).toMatch(ANSI);
    const off = await run([FIXTURE, '--format', 'table'], { env: { FORCE_COLOR: '0' } });
    expectOk(off);
    expect(off.stdout).toContain('People (');
    expect(off.stdout).not.toMatch(ANSI);
  });
});

describe.concurrent('factx [file ...]: inputs', () => {
  it('reads stdin when no file is given; source is "-"', async () => {
    const result = await run(REF, { input: fixtureText });
    expectOk(result);
    const facts = JSON.parse(result.stdout) as Facts;
    expect(facts.source).toBe('-');
    expect({ ...facts, source: FIXTURE }).toEqual(fixtureFacts);
  });

  it('reads stdin for "-"', async () => {
    const result = await run(['-', ...REF, '--format', 'ndjson'], { input: fixtureText });
    expectOk(result);
    expect(JSON.parse(result.stdout)).toEqual({ ...fixtureFacts, source: '-' });
  });

  it('several files give a stream of JSON objects in argument order', async () => {
    const a = join(tmp, 'order-a.txt');
    const b = join(tmp, 'order-b.txt');
    await writeFile(a, 'Ann Lee met Bob Stone in Paris in 2013.\n');
    await writeFile(b, 'Raymond Roth, 48, of Massapequa was seen in Miami on March 3.\n');
    const result = await run([b, FIXTURE, a, ...REF]);
    expectOk(result);
    const docs = parseStream(result.stdout) as Facts[];
    expect(docs.map((d) => d.source)).toEqual([b, FIXTURE, a]);
    expect(docs[1]).toEqual(fixtureFacts);
    expect(docs[0]?.people.map((p) => [p.name, p.age])).toContainEqual(['Raymond Roth', 48]);
    expect(docs[2]?.people.map((p) => p.name)).toEqual(['Ann Lee', 'Bob Stone']);
    // ndjson: the same objects, one per line
    const nd = await run([b, FIXTURE, a, ...REF, '-f', 'ndjson']);
    expectOk(nd);
    expect(nd.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(docs);
  });

  it('a UTF-8 BOM is removed: same facts, same offsets as the plain file', async () => {
    const path = join(tmp, 'bom.txt');
    await writeFile(path, `\uFEFF${fixtureText}`);
    const result = await run([path, ...REF]);
    expectOk(result);
    const facts = JSON.parse(result.stdout) as Facts;
    expect(facts.title).toBe(fixtureFacts.title);
    expect({ ...facts, source: FIXTURE }).toEqual(fixtureFacts);
    expectSpansSliceBack(facts, fixtureText);
  });

  it('CRLF input gives the same people, and spans that slice back in code points', async () => {
    const crlf = fixtureText.replace(/\n/g, '\r\n');
    const path = join(tmp, 'crlf.txt');
    await writeFile(path, crlf);
    const result = await run([path, ...REF]);
    expectOk(result);
    const facts = JSON.parse(result.stdout) as Facts;
    expect(facts.title).toBe(fixtureFacts.title);
    expect(people(facts)).toEqual(people(fixtureFacts));
    expect(facts.people.map((p) => p.mentions.map((m) => m.text))).toEqual(fixtureFacts.people.map((p) => p.mentions.map((m) => m.text)));
    expect(facts.dates.map((d) => [d.text, d.value])).toEqual(fixtureFacts.dates.map((d) => [d.text, d.value]));
    expectSpansSliceBack(facts, crlf);
    for (const [, span] of spansOf(facts)) expect(span.text.endsWith('\r')).toBe(false);
  });

  it('BOM and CRLF together', async () => {
    const crlf = fixtureText.replace(/\n/g, '\r\n');
    const path = join(tmp, 'bom-crlf.txt');
    await writeFile(path, `\uFEFF${crlf}`);
    const result = await run([path, ...REF]);
    expectOk(result);
    const facts = JSON.parse(result.stdout) as Facts;
    expect(people(facts)).toEqual(people(fixtureFacts));
    expectSpansSliceBack(facts, crlf);
  });
});

describe.concurrent('the issue: ages with jq', () => {
  const FILTER = '.people[] | "\\(.name) \\(.age)"';
  const expectAges = (lines: string[]): void => {
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 2)).toEqual(['Lamar Odom 45', 'Khloé Kardashian 40']);
    // the article states no other age
    for (const line of lines.slice(2)) expect(line).toMatch(/^\S.* null$/);
  };

  it('the jq filter, evaluated in JS on the JSON output', async () => {
    const result = await run([FIXTURE, ...REF]);
    expectOk(result);
    const facts = JSON.parse(result.stdout) as Facts;
    expectAges(facts.people.map((p) => `${p.name} ${p.age === null ? 'null' : String(p.age)}`));
  });

  const hasJq = spawnSync('jq', ['--version']).status === 0;
  it.skipIf(!hasJq)(`the real pipeline: factx ... | jq -r '${FILTER}'${hasJq ? '' : ' (jq is not installed)'}`, () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const pipeline = `"${process.execPath}" bin/factx.js ${FIXTURE} --ref-date 2025-03-03 | jq -r '${FILTER}'`;
    const result = spawnSync('sh', ['-c', `set -e; ${pipeline}`], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectAges(result.stdout.trimEnd().split('\n'));
  });
});

describe.concurrent('exit status and errors', () => {
  it('a missing file: exit 2, one line naming the path, no stack trace', async () => {
    const result = await run(['no/such/article.txt']);
    expectOneLineError(result, 2, 'no/such/article.txt');
    expect(result.stdout).toBe('');
  });

  it('a batch with one missing file still prints the other document, then exits 1', async () => {
    const result = await run(['missing-one.txt', FIXTURE, ...REF, '-f', 'ndjson']);
    expectOneLineError(result, 1, 'missing-one.txt');
    expect(result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([fixtureFacts]);
  });

  it('a directory without .txt, .md or .html files: exit 2, one line (and a note per skipped file unless --quiet)', async () => {
    const empty = join(tmp, 'empty-dir');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'notes.json'), '{}');
    expectOneLineError(await run([empty, '--quiet']), 2, empty);
    const loud = await run([empty]);
    expect(loud.code).toBe(2);
    expect(loud.stderr).toBe(`factx: skipped ${join(empty, 'notes.json')}: not a .txt, .md or .html file\nfactx: ${empty}: no .txt, .md or .html files in this directory\n`);
  });

  it('a checkout that was never built: exit 1, one line saying how to build, from either side of the launcher', async () => {
    const checkout = join(tmp, 'unbuilt');
    await mkdir(join(checkout, 'bin'), { recursive: true });
    await copyFile(join(ROOT, 'bin', 'factx.js'), join(checkout, 'bin', 'factx.js'));
    for (const shebang of [false, true]) {
      const result = await runBin([FIXTURE], { bin: join(checkout, 'bin', 'factx.js'), shebang, cwd: ROOT });
      expectOneLineError(result, 1, 'npm install');
      expect(result.stdout).toBe('');
    }
  });

  it('--ref-date 2025-13-45: exit 2, one line, nothing on stdout', async () => {
    const result = await run([FIXTURE, '--ref-date', '2025-13-45']);
    expectOneLineError(result, 2, '2025-13-45');
    expect(result.stdout).toBe('');
  });

  it('--ref-date 2025-02-29 (not a leap year): exit 2', async () => {
    expectOneLineError(await run([FIXTURE, '--ref-date', '2025-02-29']), 2, '2025-02-29');
  });

  it('an unknown option: exit 2, one line naming it', async () => {
    const result = await run([FIXTURE, '--bogus']);
    expectOneLineError(result, 2, '--bogus');
    expect(result.stdout).toBe('');
  });

  it('an unknown --format: exit 2, one line', async () => {
    const result = await run([FIXTURE, '--format', 'xml']);
    expectOneLineError(result, 2, 'xml');
    expect(result.stdout).toBe('');
  });

  it('a missing argument (eval without a gold file): exit 2, one line', async () => {
    expectOneLineError(await run(['eval']), 2, 'gold');
  });

  it('a reader that stops early (factx a.txt b.txt ... | head -1): no stack trace', async () => {
    // 20 documents of pretty JSON (~240 KB) overflow the pipe buffer: later writes meet the closed pipe
    const child = spawn(process.execPath, [BIN, ...Array<string>(20).fill(FIXTURE)], { cwd: ROOT, env: cleanEnv() });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end();
    await new Promise((done) => child.on('close', done));
    expect(stderr).not.toMatch(STACK);
    expect(stderr).toMatch(/^(factx: [^\n]+\n)?$/);
  });

  it('--help: exit 0, usage with a jq example', async () => {
    const result = await run(['--help']);
    expectOk(result);
    expect(result.stdout).toMatch(/^Usage: factx /);
    expect(result.stdout).toContain('--ref-date');
    expect(result.stdout).toContain(`| jq -r '.people[] | "\\(.name) \\(.age)"'`);
    for (const option of ['--quiet', '--max-bytes', '--show-text', '--input <format>', 'factx schema', 'page.html']) expect(result.stdout).toContain(option);
    // the exit status rule, as in the README
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('2 bad usage, or no input could be read at all');
  });

  it('--version and -V: exit 0, the package version', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = await run([flag]);
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });
});

describe.concurrent('factx check', () => {
  /** A copy of the fixture case under <dir>/fixtures/, so that `source` is "fixtures/lamar-odom.txt" as in the golden file. */
  async function copyFixtures(name: string): Promise<string> {
    const dir = join(tmp, name);
    await mkdir(join(dir, 'fixtures'), { recursive: true });
    for (const file of ['lamar-odom.txt', 'lamar-odom.options.json', 'lamar-odom.expected.json']) {
      await copyFile(join(ROOT, 'fixtures', file), join(dir, 'fixtures', file));
    }
    return dir;
  }

  it('factx check fixtures/: exit 0', async () => {
    const result = await run(['check', 'fixtures/']);
    expectOk(result);
    expect(result.stdout).toMatch(/^ok +fixtures\/lamar-odom\.txt$/m);
  });

  it('a changed fact in the golden file: exit 1, and the diff names exactly that fact', async () => {
    const dir = await copyFixtures('check-changed');
    expectOk(await run(['check', 'fixtures/'], { cwd: dir })); // the copy itself passes

    const golden = join(dir, 'fixtures', 'lamar-odom.expected.json');
    const facts = JSON.parse(await readFile(golden, 'utf8')) as Facts;
    const lamar = facts.people.find((p) => p.name === 'Lamar Odom');
    expect(lamar?.age).toBe(45);
    if (lamar) lamar.age = 46;
    await writeFile(golden, `${JSON.stringify(facts, null, 2)}\n`);

    const result = await run(['check', 'fixtures/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL +fixtures\/lamar-odom\.txt$/m);
    const diff = result.stdout.split('\n').filter((line) => line.startsWith('    '));
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatch(/Lamar Odom.*age.*46.*45/);
  });

  it('a case without a golden file: exit 1, reported as missing', async () => {
    const dir = await copyFixtures('check-missing');
    await writeFile(join(dir, 'fixtures', 'new-case.txt'), 'Ann Lee met Bob Stone in Paris in 2013.\n');
    const result = await run(['check', 'fixtures/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ok +fixtures\/lamar-odom\.txt$/m);
    expect(result.stdout).toMatch(/^MISSING +fixtures\/new-case\.txt/m);
  });
});

describe.concurrent('factx eval', () => {
  const SEED = 'fixtures/eval/lamar-odom.gold.jsonl';
  const TINY = 'fixtures/eval/tiny.gold.jsonl';

  it('prints a table of precision, recall and F1 rows; exit 0', async () => {
    const result = await run(['eval', SEED]);
    expectOk(result);
    expect(result.stdout).toMatch(/^metric +gold +pred +P +R +F1$/m);
    const number = '(?:\\d\\.\\d{3}|-)';
    for (const metric of ['mentions.person.strict', 'entities.person', 'dates.value', 'ages', 'events.links']) {
      expect(result.stdout).toMatch(new RegExp(`^${metric.replace(/\./g, '\\.')} +\\d+ +\\d+ +${number} +${number} +${number}$`, 'm'));
    }
    expect(result.stdout).toMatch(/^ages +2 +2 +1\.000 +1\.000 +1\.000$/m);
  });

  it('--json is one parsable report', async () => {
    const result = await run(['eval', SEED, '--json']);
    expectOk(result);
    const report = JSON.parse(result.stdout) as {
      schema: string;
      passed: boolean;
      files: { file: string; documents: number; metrics: Record<string, { gold: number; f1: number | null } | null> }[];
    };
    expect(report).toMatchObject({ schema: 'factx-eval/1', passed: true });
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ file: SEED, documents: 1 });
    expect(report.files[0]?.metrics.ages).toMatchObject({ gold: 2, f1: 1 });
    expect(report.files[0]?.metrics['entities.person']).toMatchObject({ gold: 5 });
  });

  it('--min-f1 1.01 is bad usage: exit 2, one line', async () => {
    const result = await run(['eval', SEED, '--min-f1', '1.01']);
    expectOneLineError(result, 2, '1.01');
  });

  it('a gold file factx does not match, with --min-f1 0.99: exit 1, naming the failing metrics', async () => {
    const result = await run(['eval', TINY, '--min-f1', '0.99']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    // the gold age of Raymond Roth is deliberately wrong (84; the text says 48)
    expect(result.stdout).toMatch(/^ages +1 +\d+ +\S+ +0\.000 +0\.000$/m);
    const failures = result.stdout.slice(result.stdout.search(/^failed:/m));
    expect(failures).toMatch(/^failed: .*0\.99/);
    expect(failures).toMatch(new RegExp(`^ +${TINY.replace(/\./g, '\\.')} ages 0\\.000$`, 'm'));

    const json = await run(['eval', TINY, '--min-f1', '0.99', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: false, minF1: 0.99 });
  });

  it('a missing gold file: exit 2', async () => {
    expectOneLineError(await run(['eval', 'fixtures/eval/none.jsonl']), 2, 'fixtures/eval/none.jsonl');
  });
});
