/**
 * What `factx [path ...]` reads, as a lazy stream of items in output order:
 * files as given, directories expanded to the .txt, .md and .html files under
 * them (recursively, sorted by path; other files skipped with a note), "-" for
 * stdin; with `--input ndjson`, one document per line of each input. Nothing
 * is read before it is needed.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeBytes } from '../input/decode.js';
import { describe, InputError, readLimited } from '../input/read.js';
import { parseNdjsonLine } from './ndjson.js';
import type { Task } from './task.js';

export type Item =
  | { kind: 'task'; task: Task; warnings?: string[] }
  /** An input that gives no document: unreadable input (2) or a bad document (1); see `exitStatus` in run.ts. */
  | { kind: 'error'; message: string; status: 1 | 2 }
  /** Said on stderr unless --quiet; changes nothing else: "skipped photo.jpg". */
  | { kind: 'note'; message: string };

export type InputFormat = 'text' | 'ndjson' | 'html';

export interface InputOptions {
  input: InputFormat;
  referenceDate: string | null;
  maxBytes: number;
  stdin: Readable;
}

const DOCUMENT = /\.(?:txt|md|html?)$/i;
const HTML = /\.html?$/i;

/** The inputs in order: file paths ("-" for stdin), the error that a path gave, or a note about a skipped file. */
export type Source = { file: string } | { error: string } | { note: string };

/** Expands directories now (names only: cheap), so that the number of files is known up front. */
export async function listSources(paths: string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const path of paths.length === 0 ? ['-'] : paths) {
    if (path === '-') sources.push({ file: '-' });
    else await expand(path, sources);
  }
  return sources;
}

export async function* readItems(sources: Source[], options: InputOptions): AsyncGenerator<Item> {
  for (const source of sources) {
    if ('error' in source) yield { kind: 'error', message: source.error, status: 2 };
    else if ('note' in source) yield { kind: 'note', message: source.note };
    else if (options.input === 'ndjson') yield* ndjsonItems(source.file, options);
    else yield await textItem(source.file, options);
  }
}

/** A file as itself; a directory as the sorted documents under it. */
async function expand(path: string, sources: Source[]): Promise<void> {
  let directory: boolean;
  try {
    directory = (await stat(path)).isDirectory();
  } catch (error) {
    sources.push({ error: `cannot read ${path}: ${describe(error)}` });
    return;
  }
  if (!directory) {
    sources.push({ file: path });
    return;
  }
  const found: Source[] = [];
  try {
    await listDocuments(path, found);
  } catch (error) {
    sources.push({ error: error instanceof InputError ? error.message : `cannot read ${path}: ${describe(error)}` });
    return;
  }
  const files = found.filter((source): source is { file: string } => 'file' in source).sort((a, b) => byCodeUnits(a.file, b.file));
  sources.push(...found.filter((source) => !('file' in source)));
  if (files.length === 0) sources.push({ error: `${path}: no .txt, .md or .html files in this directory` });
  sources.push(...files);
}

/**
 * Every document under `dir`. Hidden entries (".git") and symbolic links to
 * directories are skipped silently; other files, and links that lead nowhere
 * (a loop, a missing target), with a note.
 */
async function listDocuments(dir: string, found: Source[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new InputError(`cannot read ${dir}: ${describe(error)}`);
  });
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await listDocuments(path, found);
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).then((info) => (info.isDirectory() ? 'directory' : 'file'), (error: unknown) => describe(error));
      if (target === 'file') found.push(DOCUMENT.test(entry.name) ? { file: path } : skipped(path));
      else if (target !== 'directory') found.push({ note: `skipped ${path}: ${target}` });
    } else if (DOCUMENT.test(entry.name) && entry.isFile()) found.push({ file: path });
    else found.push(skipped(path));
  }
}

function skipped(path: string): Source {
  return { note: `skipped ${path}: not a .txt, .md or .html file` };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function textItem(source: string, options: InputOptions): Promise<Item> {
  let bytes: Buffer;
  try {
    bytes = await readLimited(source, options.stdin, options.maxBytes);
  } catch (error) {
    return { kind: 'error', message: error instanceof InputError ? error.message : `cannot read ${source}: ${describe(error)}`, status: 2 };
  }
  const decoded = decodeBytes(bytes);
  const name = source === '-' ? 'stdin' : source;
  if (!decoded.ok) return { kind: 'error', message: `${name}: ${decoded.reason}`, status: 2 };
  const html = options.input === 'html' || (source !== '-' && HTML.test(source));
  return {
    kind: 'task',
    task: { text: decoded.text, source, referenceDate: options.referenceDate, html },
    warnings: decoded.warnings.map((warning) => `${name}: ${warning}`),
  };
}

async function* ndjsonItems(source: string, options: InputOptions): AsyncGenerator<Item> {
  const input = source === '-' ? options.stdin : createReadStream(source);
  const where = source === '-' ? 'stdin' : source;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      // a blank line is no document: no output line
      if (line.trim() === '') continue;
      if (line.length > options.maxBytes) {
        yield { kind: 'error', message: `${where} line ${number}: too large (more than --max-bytes ${options.maxBytes.toLocaleString('en-US')})`, status: 1 };
        continue;
      }
      const parsed = parseNdjsonLine(number === 1 ? line.replace(/^\uFEFF/, '') : line, options.referenceDate);
      if ('error' in parsed) yield { kind: 'error', message: `${where} line ${number}: ${parsed.error}`, status: 1 };
      else yield { kind: 'task', task: parsed };
    }
  } catch (error) {
    yield { kind: 'error', message: `cannot read ${where}: ${describe(error)}`, status: 2 };
  } finally {
    lines.close();
  }
}
