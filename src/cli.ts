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
import type { Format } from './batch/task.js';
import { isCalendarDate } from './check/case-options.js';
import { runCheck } from './check/index.js';
import { FactxError } from './errors.js';
import { runEval } from './eval/index.js';

interface ExtractCommandOptions {
  format?: Format;
  refDate?: string;
  color: boolean;
  input: 'text' | 'ndjson';
  jobs: number;
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
  $ factx articles/ -f ndjson > facts.ndjson        every .txt/.md file under articles/, sorted
  $ factx --input ndjson < docs.jsonl               lines {"id", "text", "date"} in, a result line each
  $ factx check fixtures/                           compare with the golden files (CI)
  $ factx eval gold.jsonl --json                    score against annotated news

Exit status: 0 success; 1 a check or eval that did not pass, or a document that
could not be processed; 2 bad usage or unreadable input.`;

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

function buildProgram({ Command, Option }: typeof import('commander'), runtime: Runtime): CommandType {
  const program = new Command('factx')
    .description('Extract the facts of a news article: people, ages, places, organizations, dates and dated events.')
    .version(packageVersion(runtime.root), '-V, --version')
    .argument('[path...]', 'articles to read, or directories of .txt/.md files (recursive, sorted); none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: ndjson with --input ndjson, else table on a terminal, json otherwise)').choices(['json', 'ndjson', 'table']))
    .option('--ref-date <YYYY-MM-DD>', "the article's publication date: relative dates resolve against it")
    .addOption(new Option('--input <format>', 'text: each path is one article; ndjson: each line is {"id", "text", "date"}').choices(['text', 'ndjson']).default('text'))
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
    ndjson,
    referenceDate,
    jobs: options.jobs,
    render: { format, color: options.color && colorWanted(), width: process.stdout.columns ?? 100 },
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
