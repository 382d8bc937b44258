/**
 * `factx [path ...]`: documents in, rendered facts out, in input order,
 * whatever the number of jobs. Returns the exit status (see `exitStatus`).
 */
import type { Readable, Writable } from 'node:stream';
import { createExecutor } from './executor.js';
import { boundHeapGrowth } from './memory.js';
import { listSources, readItems, type InputFormat, type Item } from './inputs.js';
import { forEachOrdered } from './ordered.js';
import { formatSummary, startProgress, type Progress } from './progress.js';
import type { Outcome, RenderOptions } from './task.js';

export interface BatchOptions {
  paths: string[];
  /** text: each path is a document (.html by extension is a page); ndjson: each line; html: each path is a page. */
  input: InputFormat;
  /** Inputs (or ndjson lines) larger than this are refused. */
  maxBytes: number;
  /** No notes, warnings, progress or summary on stderr; errors still. */
  quiet: boolean;
  referenceDate: string | null;
  jobs: number;
  render: RenderOptions;
  /** Progress bar and summary on `stderr`; 'auto': when it is a terminal and there is more than one document. */
  progress: boolean | 'auto';
  stderrIsTTY: boolean;
  workerScript: string | URL;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export async function runBatch(options: BatchOptions): Promise<number> {
  // process.hrtime, not performance.now(): perf_hooks would load seven modules on every start
  const started = process.hrtime.bigint();
  const sources = await listSources(options.paths);
  const ndjson = options.input === 'ndjson';
  const files = sources.filter((source) => 'file' in source).length;
  // one document: no worker thread to start
  const jobs = !ndjson && files <= 1 ? 1 : options.jobs;
  if (ndjson || files > 1) boundHeapGrowth();
  const executor = createExecutor(jobs, options.render, options.workerScript);
  const showProgress = !options.quiet && (options.progress === 'auto' ? options.stderrIsTTY && (ndjson || files > 1) : options.progress);
  const progress: Progress | null = showProgress ? await startProgress(options.stderr, ndjson ? null : files) : null;
  const totals = { documents: 0, words: 0, facts: 0 };
  const failures = { unreadable: 0, bad: 0 };
  const say = (message: string): void => {
    if (!options.quiet) options.stderr.write(`factx: ${message}\n`);
  };

  const start = (item: Item): Promise<Outcome> => (item.kind === 'task' ? executor.run(item.task) : Promise.resolve({ ok: false, message: item.message }));
  const emit = (item: Item, outcome: Outcome): void => {
    if (item.kind === 'note') return say(item.message);
    if (item.kind === 'task') item.warnings?.forEach(say);
    if (outcome.ok) {
      options.stdout.write(outcome.output);
      totals.documents++;
      totals.words += outcome.words;
      totals.facts += outcome.facts;
      progress?.update(outcome.words, outcome.facts);
    } else {
      options.stderr.write(`factx: ${outcome.message}\n`);
      if (item.kind === 'error' && item.status === 2) failures.unreadable++;
      else failures.bad++;
      progress?.update(0, 0);
    }
  };
  try {
    const inputs = { input: options.input, referenceDate: options.referenceDate, maxBytes: options.maxBytes, stdin: options.stdin };
    await forEachOrdered(readItems(sources, inputs), start, emit, Math.max(2, jobs * 4));
  } finally {
    await executor.close();
    progress?.stop();
  }
  if (progress) options.stderr.write(formatSummary({ ...totals, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  return exitStatus(totals.documents, failures);
}

/**
 * 0: every input gave its document. 2: nothing could be read at all (a missing,
 * unreadable, binary or too large file, alone or with others like it). 1: some
 * documents failed (unreadable, a bad ndjson line, an extraction error) while
 * others were processed: a batch goes on, and says so at the end.
 */
export function exitStatus(documents: number, failures: { unreadable: number; bad: number }): 0 | 1 | 2 {
  if (failures.unreadable + failures.bad === 0) return 0;
  return documents === 0 && failures.bad === 0 ? 2 : 1;
}
