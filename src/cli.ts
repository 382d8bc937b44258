/**
 * The command line: parse options, run, print. The only file that touches
 * `process` (argv, streams, environment, exit status).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { isCalendarDate } from './check/case-options.js';
import { runCheck } from './check/index.js';
import { FactxError } from './errors.js';
import { runEval } from './eval/index.js';
import { extract } from './index.js';
import { renderJson, renderNdjson } from './render/json.js';
import { renderTable } from './render/table.js';
import type { Facts } from './types.js';

type Format = 'json' | 'ndjson' | 'table';

interface ExtractCommandOptions {
  format?: Format;
  refDate?: string;
  color: boolean;
}

const EXAMPLES = `
Examples:
  $ factx article.txt --ref-date 2025-03-03          people, places, dates and events as a table
  $ factx article.txt | jq -r '.people[] | "\\(.name) \\(.age)"'
  $ cat article.txt | factx --format ndjson         read stdin, one compact JSON line
  $ factx check fixtures/                           compare with the golden files (CI)
  $ factx eval gold.jsonl --json                    score against annotated news

Exit status: 0 success; 1 a check or eval that did not pass, or a document that
could not be processed; 2 bad usage or unreadable input.`;

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  // `factx big.txt | head -1`: the reader has all it wants; stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(error, debug);
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    fail(error, debug);
  }
}

function buildProgram(): Command {
  const program = new Command('factx')
    .description('Extract the facts of a news article: people, ages, places, organizations, dates and dated events.')
    .version(packageVersion(), '-V, --version')
    .argument('[file...]', 'articles to read; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['json', 'ndjson', 'table']))
    .option('--ref-date <YYYY-MM-DD>', "the article's publication date: relative dates resolve against it")
    .option('--no-color', 'plain table output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces on errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`factx: ${text.replace(/^error: /, '')}`) })
    .action(async (files: string[], options: ExtractCommandOptions) => {
      process.exitCode = await extractFiles(files, options);
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

async function extractFiles(files: string[], options: ExtractCommandOptions): Promise<number> {
  const referenceDate = options.refDate ?? null;
  if (referenceDate !== null && !isCalendarDate(referenceDate)) {
    throw new FactxError(`--ref-date must be a calendar date YYYY-MM-DD, got "${referenceDate}"`, 'USAGE');
  }
  const format: Format = options.format ?? (process.stdout.isTTY ? 'table' : 'json');
  const render = renderer(format, options.color && colorWanted());
  const sources = files.length === 0 ? ['-'] : files;
  let status = 0;
  for (const source of sources) {
    let text: string;
    try {
      text = await readInput(source);
    } catch (error) {
      reportError(error);
      status = Math.max(status, 2);
      continue;
    }
    try {
      process.stdout.write(render(extract(text, { referenceDate, source })));
    } catch (error) {
      reportError(new FactxError(`${source}: could not be processed: ${error instanceof Error ? error.message : String(error)}`, 'PROCESSING'));
      status = Math.max(status, 1);
    }
  }
  return status;
}

function renderer(format: Format, color: boolean): (facts: Facts) => string {
  if (format === 'ndjson') return renderNdjson;
  if (format === 'json') return renderJson;
  const width = process.stdout.columns ?? 100;
  return (facts) => `${renderTable(facts, { color, width })}\n`;
}

/** NO_COLOR (https://no-color.org) and FORCE_COLOR, else colour only on a terminal. */
function colorWanted(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

async function readInput(source: string): Promise<string> {
  const bytes = source === '-' ? await readStdin() : await readFile(source).catch((error: unknown) => {
    throw new FactxError(`cannot read ${source}: ${describe(error)}`, 'INPUT');
  });
  return new TextDecoder('utf-8').decode(bytes);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseFraction(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new FactxError(`--min-f1 takes a number from 0 to 1, got "${value}"`, 'USAGE');
  return number;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

function reportError(error: unknown): void {
  process.stderr.write(`factx: ${error instanceof Error ? error.message : String(error)}\n`);
}

function fail(error: unknown, debug: boolean): void {
  if (error instanceof CommanderError) {
    // Help and version are not errors; commander already printed them.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
    return;
  }
  if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? error.message}\n`);
  else reportError(error);
  process.exitCode = error instanceof FactxError && error.code !== 'PROCESSING' ? 2 : 1;
}

/** The version in package.json, one directory above dist/ and src/. */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
