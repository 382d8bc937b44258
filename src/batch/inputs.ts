/**
 * What `factx [path ...]` reads, as a lazy stream of items in output order:
 * files as given, directories expanded to the .txt and .md files under them
 * (recursively, sorted by path), "-" for stdin; with `--input ndjson`, one
 * document per line of each input. Nothing is read before it is needed.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { FactxError } from '../errors.js';
import { parseNdjsonLine } from './ndjson.js';
import type { Task } from './task.js';

export type Item =
  | { kind: 'task'; task: Task }
  /** An input that gives no document: exit status 2 (unreadable input) or 1 (a bad document). */
  | { kind: 'error'; message: string; status: 1 | 2 };

export interface InputOptions {
  ndjson: boolean;
  referenceDate: string | null;
  stdin: Readable;
}

const DOCUMENT = /\.(?:txt|md)$/i;

/** The inputs in order: file paths ("-" for stdin) or the error that a path gave. */
export type Source = { file: string } | { error: string };

/** Expands directories now (names only: cheap), so that the number of files is known up front. */
export async function listSources(paths: string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const path of paths.length === 0 ? ['-'] : paths) {
    try {
      for (const file of path === '-' ? ['-'] : await expand(path)) sources.push({ file });
    } catch (error) {
      sources.push({ error: message(error) });
    }
  }
  return sources;
}

export async function* readItems(sources: Source[], options: InputOptions): AsyncGenerator<Item> {
  for (const source of sources) {
    if ('error' in source) yield { kind: 'error', message: source.error, status: 2 };
    else if (options.ndjson) yield* ndjsonItems(source.file, options);
    else yield await textItem(source.file, options);
  }
}

/** A file as itself; a directory as the sorted .txt/.md files under it. */
async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw new FactxError(`cannot read ${path}: ${describe(error)}`, 'INPUT');
  });
  if (!info.isDirectory()) return [path];
  const files = await listDocuments(path);
  if (files.length === 0) throw new FactxError(`${path}: no .txt or .md files in this directory`, 'INPUT');
  return files.sort(byCodeUnits);
}

/** Every .txt/.md file under `dir`; hidden entries (".git") and symbolic links to directories are skipped. */
async function listDocuments(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new FactxError(`cannot read ${dir}: ${describe(error)}`, 'INPUT');
  });
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listDocuments(path)));
    else if (DOCUMENT.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) found.push(path);
  }
  return found;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isFile(), () => false);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function textItem(source: string, options: InputOptions): Promise<Item> {
  try {
    const bytes = source === '-' ? await readAll(options.stdin) : await readFile(source);
    const text = new TextDecoder('utf-8').decode(bytes);
    return { kind: 'task', task: { text, source, referenceDate: options.referenceDate } };
  } catch (error) {
    return { kind: 'error', message: `cannot read ${source}: ${describe(error)}`, status: 2 };
  }
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

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return message(error);
}
