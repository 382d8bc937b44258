/**
 * Bad and unusual input on the real bin (issue 6): missing, unreadable,
 * binary, looping or too large inputs give one `factx: <path>: ...` line and the
 * documented exit status (2 when nothing could be read, 1 when a batch lost
 * some documents); encodings decode, with offsets into the decoded text; empty
 * input gives empty lists; web pages give their article text and metadata.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facts } from '../src/types.js';
import { facts as parseFacts, ROOT } from './support/contract.js';

const BIN = join(ROOT, 'bin', 'factx.js');
const STACK = /^\s+at /m;
const ARTICLE = 'Ann Lee met Bob Stone in Paris on March 3, 2013.\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { input?: string | Buffer; uid?: number } = {}): Promise<Run> {
  return new Promise((done, failed) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** One run's JSON output, validated against the schema. */
const out = (result: Run): Facts[] => parseFacts(result.stdout);

function expectErrorLines(result: Run, code: number, lines: RegExp[]): void {
  expect(result.code).toBe(code);
  expect(result.stderr).not.toMatch(STACK);
  const got = result.stderr.trimEnd().split('\n');
  expect(got).toHaveLength(lines.length);
  lines.forEach((line, i) => expect(got[i]).toMatch(line));
}

let tmp = '';
const at = (name: string): string => join(tmp, name);

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'factx-input-'));
  await writeFile(at('a.txt'), ARTICLE);
  await writeFile(at('nul.txt'), Buffer.from('Ann Lee\0\0\0met Bob', 'latin1'));
  await writeFile(at('photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await writeFile(at('empty.txt'), '');
  await writeFile(at('blank.txt'), '  \n\t\r\n\u00A0\n');
  await symlink(at('loop-b'), at('loop-a'));
  await symlink(at('loop-a'), at('loop-b'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe.concurrent('bad input: one line naming the path, exit 2 when nothing could be read', () => {
  it.each([
    ['a missing file', 'missing.txt', /^factx: cannot read .*missing\.txt: no such file$/],
    ['a symbolic link loop', 'loop-a', /^factx: cannot read .*loop-a: a loop of symbolic links$/],
    ['NUL bytes', 'nul.txt', /^factx: .*nul\.txt: binary data \(NUL bytes\), not text/],
    ['an image', 'photo.txt', /^factx: .*photo\.txt: binary data \(a PNG image\), not text$/],
  ])('%s', async (_name, file, line) => {
    const result = await run([at(file)]);
    expectErrorLines(result, 2, [line]);
    expect(result.stdout).toBe('');
  });

  it('a batch: the readable documents are printed in order, each failure is a line, exit 1 at the end', async () => {
    const result = await run([at('a.txt'), at('missing.txt'), at('nul.txt'), at('loop-a'), at('a.txt'), '-f', 'ndjson', '--jobs', '2']);
    expectErrorLines(result, 1, [/missing\.txt: no such file$/, /nul\.txt: binary data/, /loop-a: a loop of symbolic links$/]);
    expect(out(result).map((f) => f.source)).toEqual([at('a.txt'), at('a.txt')]);
  });

  it('a batch where nothing could be read: exit 2', async () => {
    expectErrorLines(await run([at('missing.txt'), at('photo.txt')]), 2, [/missing\.txt/, /photo\.txt/]);
  });

  it('a directory: .txt, .md and .html files; other files and broken links skipped with a note; --quiet drops the notes', async () => {
    const dir = at('tree');
    await mkdir(join(dir, 'sub'), { recursive: true });
    await writeFile(join(dir, 'b.md'), ARTICLE);
    await writeFile(join(dir, 'sub', 'c.html'), `<html><head><title>Talks</title></head><body><p>${ARTICLE}</p></body></html>`);
    await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await symlink(join(dir, 'loop'), join(dir, 'loop'));
    const result = await run([dir, '-f', 'ndjson']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`factx: skipped ${join(dir, 'image.png')}: not a .txt, .md or .html file\nfactx: skipped ${join(dir, 'loop')}: a loop of symbolic links\n`);
    expect(out(result).map((f) => f.source)).toEqual([join(dir, 'b.md'), join(dir, 'sub', 'c.html')]);
    expect((await run([dir, '-f', 'ndjson', '--quiet'])).stderr).toBe('');
  });

  it('an unreadable file (permission denied): exit 2 alone, exit 1 in a batch', async () => {
    const secret = at('secret.txt');
    await writeFile(secret, ARTICLE);
    await chmod(secret, 0o000);
    // root reads anything: run factx as "nobody" (uid 65534) instead, so that the permission is real
    const root = process.getuid?.() === 0;
    if (root) await chmod(tmp, 0o755);
    const uid = root ? 65534 : undefined;
    const alone = await run([secret], { uid });
    expectErrorLines(alone, 2, [/^factx: cannot read .*secret\.txt: permission denied$/]);
    const batch = await run([secret, at('a.txt'), '-f', 'ndjson'], { uid });
    expectErrorLines(batch, 1, [/secret\.txt: permission denied$/]);
    expect(out(batch)).toHaveLength(1);
  });

  it('--max-bytes: a larger file or stdin is refused with the limit in the message; bad values are usage errors', async () => {
    expectErrorLines(await run([at('a.txt'), '--max-bytes', '10']), 2, [/^factx: .*a\.txt: too large \(49 bytes, more than 10\); raise --max-bytes/]);
    expectErrorLines(await run(['--max-bytes', '1k'], { input: 'x'.repeat(2000) }), 2, [/^factx: stdin: too large \(more than 1,024 bytes\)/]);
    expect((await run([at('a.txt'), '--max-bytes', '49'])).code).toBe(0);
    expectErrorLines(await run([at('a.txt'), '--max-bytes', 'lots']), 2, [/--max-bytes takes a size in bytes/]);
  });

  it('--max-bytes in --input ndjson: a longer line is a bad document (exit 1), the others go on', async () => {
    const input = `${JSON.stringify({ id: 'big', text: 'x'.repeat(500) })}\n${JSON.stringify({ id: 'ok', text: ARTICLE })}\n`;
    const result = await run(['--input', 'ndjson', '--max-bytes', '200'], { input });
    expectErrorLines(result, 1, [/^factx: stdin line 1: too large/]);
    expect(out(result).map((f) => f.source)).toEqual(['ok']);
  });
});

describe.concurrent('encodings: offsets are code points of the decoded text', () => {
  const TEXT = 'Zoë Ødegaard met Bob Stone in São Paulo 😀 on March 3, 2013.\n';
  const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
  let plain: Facts;

  beforeAll(async () => {
    plain = out(await run(['-f', 'ndjson'], { input: TEXT }))[0]!;
    expect(plain.people.map((p) => p.name)).toContain('Bob Stone');
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])('%s gives the facts of the UTF-8 text, offsets and all', async (_name, bytes) => {
    const file = at(`enc-${_name.replace(/\W+/g, '-')}.txt`);
    await writeFile(file, bytes);
    const result = await run([file, '-f', 'ndjson']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect({ ...out(result)[0], source: '-' }).toEqual(plain);
  });

  it('invalid UTF-8 is replaced by U+FFFD with a warning (none with --quiet); spans slice the decoded text', async () => {
    const bytes = Buffer.concat([Buffer.from('Ann Lee \xff\xfe met Bob Stone in Paris.\n', 'latin1')]);
    const file = at('invalid.txt');
    await writeFile(file, bytes);
    const result = await run([file, '-f', 'ndjson']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`factx: ${file}: invalid UTF-8 (2 sequences) replaced by U+FFFD\n`);
    const decoded = [...new TextDecoder().decode(bytes)];
    for (const person of out(result)[0]!.people) for (const m of person.mentions) expect(decoded.slice(m.start, m.end).join('')).toBe(m.text);
    expect((await run([file, '--quiet'])).stderr).toBe('');
  });

  it.each([['empty.txt'], ['blank.txt']])('%s: a valid result with empty lists, exit 0', async (file) => {
    const result = await run([at(file), '-f', 'ndjson']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(out(result)[0]).toMatchObject({ title: null, people: [], places: [], organizations: [], dates: [], events: [] });
  });
});

describe.concurrent('web pages', () => {
  const PAGE = `<!doctype html><html><head><title>Odom talks | Example News</title>
<meta property="og:title" content="Lamar Odom talks reuniting with Khloé Kardashian">
<meta property="article:published_time" content="2025-03-03T08:00:00-05:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-01"}</script></head>
<body><nav><a href="/">Home</a> <a href="/sports">Sports</a> <a href="/people">Bill Gates news</a></nav>
<article><h1>Lamar Odom talks reuniting with Khloé Kardashian</h1>
<p>Lamar Odom, 45, explained over the weekend that he still loves Khloé Kardashian, the 40-year-old reality star.</p>
<p>The former NBA star married her in Los Angeles in 2009.  She filed for divorce in 2013.</p>
<p>Odom was placed in a coma in Las Vegas in 2015, and Kardashian withdrew her petition.</p></article>
<footer>Copyright Example News</footer><script>var name = "Evil Person";</script></body></html>`;
  let page = '';

  beforeAll(async () => {
    page = at('page.html');
    await writeFile(page, PAGE);
  });

  it('factx page.html: the title and date from the metadata, the date as the reference (source "document")', async () => {
    const result = await run([page]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const [facts] = out(result);
    expect(facts).toMatchObject({ title: 'Lamar Odom talks reuniting with Khloé Kardashian', referenceDate: '2025-03-03', referenceDateSource: 'document' });
    expect(facts!.people.map((p) => [p.name, p.age]).slice(0, 2)).toEqual([['Lamar Odom', 45], ['Khloé Kardashian', 40]]);
    expect(facts!.dates.find((d) => d.text === 'over the weekend')?.value).toBe('2025-W09-WE');
    // navigation, footer and scripts are not the article
    expect(JSON.stringify(facts)).not.toMatch(/Evil Person|Bill Gates|Copyright/);
  });

  it('--show-text prints the extracted text; every offset refers to it', async () => {
    const text = (await run([page, '--show-text'])).stdout;
    expect(text.startsWith('Lamar Odom talks reuniting with Khloé Kardashian\n\nLamar Odom, 45, explained')).toBe(true);
    expect(text).not.toContain('<');
    const chars = [...text];
    const [facts] = out(await run([page]));
    for (const kind of ['people', 'places', 'organizations'] as const) {
      for (const entity of facts![kind]) for (const m of entity.mentions) expect(chars.slice(m.start, m.end).join('')).toBe(m.text);
    }
    for (const date of facts!.dates) expect(chars.slice(date.start, date.end).join('')).toBe(date.text);
  });

  it('--ref-date wins over the page date; --input html reads a page from stdin', async () => {
    const [withOption] = out(await run([page, '--ref-date', '2025-01-01']));
    expect(withOption).toMatchObject({ referenceDate: '2025-01-01', referenceDateSource: 'option' });
    const [fromStdin] = out(await run(['--input', 'html'], { input: await readFile(page) }));
    expect({ ...fromStdin, source: page }).toEqual(out(await run([page]))[0]);
  });

  it('a page without metadata: <title> and <time datetime>, else JSON-LD', async () => {
    const bare = at('bare.html');
    await writeFile(bare, `<html><head><title>Talks in Paris</title></head><body><p>Posted <time datetime="2024-12-24">Christmas Eve</time></p><p>${ARTICLE} Lee said yesterday that they met again.</p></body></html>`);
    const [facts] = out(await run([bare]));
    expect(facts).toMatchObject({ title: 'Talks in Paris', referenceDate: '2024-12-24', referenceDateSource: 'document' });
    expect(facts!.people.map((p) => p.name)).toEqual(['Ann Lee', 'Bob Stone']);
  });
});
