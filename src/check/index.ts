/**
 * `factx check`: re-extracts every golden case and compares it with its
 * `<case>.expected.json`. Returns the report; the CLI prints it and sets the
 * exit status (1 when `passed` is false).
 */
import { renderJson } from '../render/json.js';
import type { ExtractOptions, Facts } from '../types.js';
import { findCasePaths, loadCase, type CheckCase } from './cases.js';
import { diffFacts } from './diff.js';
import { readOptional, writeAtomic } from './files.js';

export interface CheckOptions {
  /** Rewrite golden files instead of comparing. */
  update: boolean;
}

export interface CheckResult {
  /** The report, one line per case plus diffs and a summary; ends with a newline. */
  output: string;
  passed: boolean;
}

export type ExtractFn = (text: string, options: ExtractOptions) => Facts | Promise<Facts>;

/** The real `extract`, loaded on first use: a broken stage fails the cases, not the import. */
export const defaultExtract: ExtractFn = async (text, options) => (await import('../index.js')).extract(text, options);

type Status = 'ok' | 'FAIL' | 'MISSING' | 'wrote';

interface Outcome {
  status: Status;
  lines: string[];
}

/** Bad paths, unreadable inputs and invalid sidecars throw a FactxError before any case runs. */
export async function runCheck(paths: string[], options: CheckOptions, extractFn: ExtractFn = defaultExtract): Promise<CheckResult> {
  const inputs = await findCasePaths(paths);
  if (inputs.length === 0) {
    const where = paths.length > 0 ? paths.join(', ') : '(no paths given)';
    return { output: `no cases found in ${where} (a case is a <case>.txt file)\n`, passed: false };
  }
  const cases: CheckCase[] = [];
  for (const input of inputs) cases.push(await loadCase(input));

  const lines: string[] = [];
  const outcomes: Outcome[] = [];
  for (const testCase of cases) {
    const outcome = await runCase(testCase, options, extractFn);
    outcomes.push(outcome);
    lines.push(...outcome.lines);
  }
  const count = (status: Status): number => outcomes.filter((o) => o.status === status).length;
  const passed = count('FAIL') === 0 && count('MISSING') === 0;
  const summary = options.update
    ? `${plural(cases.length, 'case')}: ${count('wrote')} written, ${count('ok')} unchanged, ${count('FAIL')} failed`
    : `${plural(cases.length, 'case')}: ${count('ok')} ok, ${count('FAIL')} failed, ${count('MISSING')} missing golden`;
  lines.push('', summary);
  return { output: `${lines.join('\n')}\n`, passed };
}

async function runCase(testCase: CheckCase, options: CheckOptions, extractFn: ExtractFn): Promise<Outcome> {
  const { input, golden } = testCase;
  let actual: Facts;
  try {
    actual = await extractFn(testCase.text, { ...testCase.options, source: input });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'FAIL', lines: [line('FAIL', input), `    extraction failed: ${message}`] };
  }
  const text = renderJson(actual);
  const goldenText = await readOptional(golden);

  if (options.update) {
    if (goldenText === text) return { status: 'ok', lines: [line('ok', input)] };
    await writeAtomic(golden, text);
    return { status: 'wrote', lines: [line('wrote', `${golden} (${goldenText === null ? 'new' : 'updated'})`)] };
  }
  if (goldenText === null) {
    return { status: 'MISSING', lines: [line('MISSING', `${input}: no ${golden}; run "factx check --update" to create it`)] };
  }
  if (goldenText === text) return { status: 'ok', lines: [line('ok', input)] };
  return { status: 'FAIL', lines: [line('FAIL', input), ...explain(goldenText, actual).map((l) => `    ${l}`)] };
}

function explain(goldenText: string, actual: Facts): string[] {
  let expected: unknown;
  try {
    expected = JSON.parse(goldenText);
  } catch (error) {
    return [`golden file is not valid JSON (${error instanceof Error ? error.message : String(error)})`];
  }
  const diff = diffFacts(expected, actual);
  if (diff.length > 0) return diff;
  return ['same facts, different text (formatting, key or list order, ids); run "factx check --update"'];
}

function line(status: Status, text: string): string {
  return `${status.padEnd(7)} ${text}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
