/**
 * `factx [path ...]`: documents in, rendered facts out, in input order,
 * whatever the number of jobs. Returns the exit status.
 */
import type { Readable, Writable } from 'node:stream';
import { createExecutor } from './executor.js';
import { listSources, readItems, type Item } from './inputs.js';
import { forEachOrdered } from './ordered.js';
import { formatSummary, startProgress, type Progress } from './progress.js';
import type { Outcome, RenderOptions } from './task.js';

export interface BatchOptions {
  paths: string[];
  /** `--input ndjson`: every line of the inputs is a document. */
  ndjson: boolean;
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
  const started = performance.now();
  const sources = await listSources(options.paths);
  const files = sources.filter((source) => 'file' in source).length;
  // one document: no worker thread to start
  const jobs = !options.ndjson && files <= 1 ? 1 : options.jobs;
  const executor = createExecutor(jobs, options.render, options.workerScript);
  const showProgress = options.progress === 'auto' ? options.stderrIsTTY && (options.ndjson || files > 1) : options.progress;
  const progress: Progress | null = showProgress ? await startProgress(options.stderr, options.ndjson ? null : files) : null;
  const totals = { documents: 0, words: 0, facts: 0 };
  let status = 0;

  const start = (item: Item): Promise<Outcome> => (item.kind === 'task' ? executor.run(item.task) : Promise.resolve({ ok: false, message: item.message }));
  const emit = (item: Item, outcome: Outcome): void => {
    if (outcome.ok) {
      options.stdout.write(outcome.output);
      totals.documents++;
      totals.words += outcome.words;
      totals.facts += outcome.facts;
      progress?.update(outcome.words, outcome.facts);
    } else {
      options.stderr.write(`factx: ${outcome.message}\n`);
      status = Math.max(status, item.kind === 'error' ? item.status : 1);
      progress?.update(0, 0);
    }
  };
  try {
    await forEachOrdered(readItems(sources, { ndjson: options.ndjson, referenceDate: options.referenceDate, stdin: options.stdin }), start, emit, Math.max(2, jobs * 4));
  } finally {
    await executor.close();
    progress?.stop();
  }
  if (progress) options.stderr.write(formatSummary({ ...totals, seconds: (performance.now() - started) / 1000 }));
  return status;
}
