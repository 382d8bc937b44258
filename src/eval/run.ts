/** `factx eval`: extract every annotated document, score it, report per file. */
import type { ExtractOptions, Facts } from '../types.js';
import { EvalError } from './errors.js';
import { readGold } from './gold.js';
import { failures, renderJson, renderText } from './report.js';
import type { FileCard } from './report.js';
import { combine, scoreDocument } from './score.js';

export interface EvalOptions {
  json: boolean;
  /** Fail when a metric with gold items has a lower F1. */
  minF1?: number;
}

export interface EvalResult {
  output: string;
  /** false only when `minF1` is given and some metric scores below it. */
  passed: boolean;
}

export type ExtractFn = (text: string, options: ExtractOptions) => Facts;

/** `extractFn` defaults to factx's `extract`, loaded only when needed (tests pass a fake). */
export async function runEval(paths: string[], options: EvalOptions, extractFn?: ExtractFn): Promise<EvalResult> {
  if (paths.length === 0) throw new EvalError('USAGE', 'eval needs at least one gold .jsonl file');
  const { minF1 } = options;
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1)) {
    throw new EvalError('USAGE', `--min-f1 must be a number between 0 and 1, not ${minF1}`);
  }
  const extractDoc = extractFn ?? (await import('../index.js')).extract;
  const files: FileCard[] = [];
  for (const path of paths) {
    const docs = await readGold(path);
    const cards = docs.map((doc) => {
      let facts: Facts;
      try {
        facts = extractDoc(doc.text, { referenceDate: doc.dct, source: `${path}#${doc.id}` });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new EvalError('PROCESSING', `${path}:${doc.line}: extraction failed on ${doc.id} (${reason})`);
      }
      return scoreDocument(doc, facts);
    });
    files.push({ label: path, card: combine(cards) });
  }
  const total = files.length > 1 ? { label: 'total', card: combine(files.map((f) => f.card)) } : null;
  const shown = total === null ? files : [...files, total];
  const fails = failures(shown, minF1);
  const output = options.json ? renderJson(files, total, fails, minF1) : renderText(shown, fails, minF1);
  return { output, passed: fails.length === 0 };
}
