/**
 * The command line: parse options, run, print. The only file that touches
 * `process` (argv, streams, environment, exit status).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command as CommandType } from 'commander';
import { runBatch } from './batch/run.js';
import type { InputFormat } from './batch/inputs.js';
import type { Format } from './batch/task.js';
import { isCalendarDate } from './check/case-options.js';
import { runCheck } from './check/index.js';
import { FactxError } from './errors.js';
import { runEval } from './eval/index.js';
import { DEFAULT_MAX_BYTES } from './input/read.js';

interface ExtractCommandOptions {
  format?: Format;
  refDate?: string;
  color: boolean;
  input: InputFormat;
  jobs: number;
  maxBytes: number;
  quiet?: boolean;
  showText?: boolean;
  progress?: boolean;
}

/**
 * Where the running copy of factx lives: the package root (for package.json)
 * and the worker-thread script. The bundle and the snapshot pass theirs; the
 * tsc build (dist/cli.js) finds its own.
 */
export interface Runtime {
  root: string | URL;
  workerScript: string | URL;
}

const EXAMPLES = `
Examples:
  $ factx article.txt --ref-date 2025-03-03          people, places, dates and events as a table
  $ factx article.txt | jq -r '.people[] | "\\(.name) \\(.age)"'
  $ cat article.txt | factx --format ndjson         read stdin, one compact JSON line
  $ factx page.html --show-text                     the article text of a web page (offsets refer to it)
  $ factx articles/ -f ndjson > facts.ndjson        every .txt/.md/.html file under articles/, sorted
  $ factx --input ndjson < docs.jsonl               lines {"id", "text", "date"} in, a result line each
  $ factx check fixtures/                           compare with the golden files (CI)
  $ factx eval gold.jsonl --json                    score against annotated news
  $ factx schema > factx.schema.json                the JSON Schema of the output

Input: UTF-8 (with or without a BOM) or UTF-16 with a BOM; invalid UTF-8 is
replaced (with a warning); binary files and files above --max-bytes are refused.

Exit status: 0 success; 1 a check or eval that did not pass, or some documents
of a batch that could not be read or processed (the others are still printed);
2 bad usage, or no input could be read at all.`;

export async function main(argv: string[], runtime: Runtime = ownRuntime()): Promise<void> {
  const debug = argv.includes('--debug');
  // `factx big.txt | head -1`: the reader has all it wants; stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(error, debug);
  });
  // commander is loaded here, not at import: the startup snapshot holds no I/O modules
  const commander = await import('commander');
  try {
    await buildProgram(commander, runtime).parseAsync(argv);
  } catch (error) {
    fail(error, debug, commander.CommanderError);
  }
}

export function buildProgram({ Command, Option }: typeof import('commander'), runtime: Runtime): CommandType {
  const program = new Command('factx')
    .description('Extract the facts of a news article: people, ages, places, organizations, dates and dated events.')
    .version(packageVersion(runtime.root), '-V, --version')
    .argument('[path...]', 'articles to read (.html is a web page), or directories of .txt/.md/.html files (recursive, sorted); none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: ndjson with --input ndjson, else table on a terminal, json otherwise)').choices(['json', 'ndjson', 'table']))
    .option('--ref-date <YYYY-MM-DD>', "the article's publication date: relative dates resolve against it")
    .addOption(new Option('--input <format>', 'text: each path is one article (.html/.htm ones are web pages); html: each is a web page; ndjson: each line is {"id", "text", "date"}').choices(['text', 'html', 'ndjson']).default('text'))
    .option('--max-bytes <n>', `refuse inputs (or ndjson lines) larger than this (default: ${thousands(DEFAULT_MAX_BYTES)}, 2 MB)`, parseMaxBytes, DEFAULT_MAX_BYTES)
    .option('--show-text', 'print the text that offsets refer to (for a web page: the extracted article) instead of the facts')
    .option('-q, --quiet', 'no warnings, notes or progress on stderr (errors still)')
    .option('-j, --jobs <n>', 'documents extracted in parallel (worker threads)', parseJobs, availableParallelism())
    .option('--progress', 'progress bar and summary on stderr even when it is not a terminal')
    .option('--no-progress', 'no progress bar or summary, even on a terminal')
    .option('--no-color', 'plain table output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces on errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`factx: ${text.replace(/^error: /, '')}`) })
    .action(async (paths: string[], options: ExtractCommandOptions) => {
      process.exitCode = await extractPaths(paths, options, runtime);
    });

  program
    .command('check')
    .description('re-extract fixtures/<case>.txt and compare with fixtures/<case>.expected.json')
    .argument('[path...]', 'fixture directories or .txt files', ['fixtures'])
    .option('--update', 'rewrite the golden files with the current output')
    .action(async (paths: string[], options: { update?: boolean }) => {
      const result = await runCheck(paths, { update: options.update === true });
      process.stdout.write(result.output);
      process.exitCode = result.passed ? 0 : 1;
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the output')
    .action(() => {
      process.stdout.write(readFileSync(new URL('schema/factx.schema.json', asDirectoryUrl(runtime.root)), 'utf8'));
    });

  program
    .command('eval')
    .description('score extraction against annotated gold documents (JSON Lines)')
    .argument('<gold...>', 'annotated .jsonl files')
    .option('--json', 'machine-readable scores')
    .option('--min-f1 <number>', 'exit 1 when a scored metric falls below this F1', parseFraction)
    .action(async (paths: string[], options: { json?: boolean; minF1?: number }) => {
      const result = await runEval(paths, { json: options.json === true, minF1: options.minF1 });
      process.stdout.write(result.output);
      process.exitCode = result.passed ? 0 : 1;
    });
  return program;
}

async function extractPaths(paths: string[], options: ExtractCommandOptions, runtime: Runtime): Promise<number> {
  const referenceDate = options.refDate ?? null;
  if (referenceDate !== null && !isCalendarDate(referenceDate)) {
    throw new FactxError(`--ref-date must be a calendar date YYYY-MM-DD, got "${referenceDate}"`, 'USAGE');
  }
  const ndjson = options.input === 'ndjson';
  const format: Format = options.format ?? (ndjson ? 'ndjson' : process.stdout.isTTY ? 'table' : 'json');
  return runBatch({
    paths,
    input: options.input,
    referenceDate,
    jobs: options.jobs,
    maxBytes: options.maxBytes,
    quiet: options.quiet === true,
    render: { format, color: options.color && colorWanted(), width: process.stdout.columns ?? 100, showText: options.showText === true },
    progress: options.progress ?? 'auto',
    stderrIsTTY: process.stderr.isTTY === true,
    workerScript: runtime.workerScript,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

function parseJobs(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 256) throw new FactxError(`--jobs takes a whole number from 1 to 256, got "${value}"`, 'USAGE');
  return number;
}

/** NO_COLOR (https://no-color.org) and FORCE_COLOR, else colour only on a terminal. */
function colorWanted(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

/** "10485760", "10MB", "500k", "1.5 MiB": binary multiples. */
function parseMaxBytes(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)\s*$/i.exec(value);
  const unit = match?.[2]?.[0]?.toLowerCase() ?? '';
  const bytes = match ? Math.floor(Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1)) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new FactxError(`--max-bytes takes a size in bytes such as 10000000 or 10MB, got "${value}"`, 'USAGE');
  return bytes;
}

function parseFraction(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new FactxError(`--min-f1 takes a number from 0 to 1, got "${value}"`, 'USAGE');
  return number;
}

function reportError(error: unknown): void {
  process.stderr.write(`factx: ${error instanceof Error ? error.message : String(error)}\n`);
}

function fail(error: unknown, debug: boolean, CommanderError?: typeof import('commander').CommanderError): void {
  if (CommanderError && error instanceof CommanderError) {
    // Help and version are not errors; commander already printed them.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
    return;
  }
  if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? error.message}\n`);
  else reportError(error);
  process.exitCode = error instanceof FactxError && error.code !== 'PROCESSING' ? 2 : 1;
}

/** 2097152 -> "2,097,152", as toLocaleString('en-US') would, without waking ICU's locale data (some 10 ms at start-up). */
function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The version in the package root's package.json. */
function packageVersion(root: string | URL): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', asDirectoryUrl(root)), 'utf8')) as { version: string };
  return manifest.version;
}

function asDirectoryUrl(path: string | URL): URL {
  return path instanceof URL ? path : pathToFileURL(path.endsWith(sep) ? path : `${path}${sep}`);
}

/** The tsc build: the package root is one directory above dist/. */
function ownRuntime(): Runtime {
  return { root: new URL('..', import.meta.url), workerScript: new URL('./batch/worker.js', import.meta.url) };
}
