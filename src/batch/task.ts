/**
 * One document through the pipeline and a renderer: the unit of work that the
 * main thread (`--jobs 1`) and the worker threads run alike, so that both give
 * the same bytes.
 */
import { renderJson, renderNdjson } from '../render/json.js';
import type { ExtractOptions, Facts } from '../types.js';

export type Format = 'json' | 'ndjson' | 'table';

export interface RenderOptions {
  format: Format;
  /** `--show-text`: print the text that offsets refer to (a page's extracted text) instead of the facts. */
  showText?: boolean;
  /** Table only: ANSI colours and terminal width. */
  color: boolean;
  width: number;
}

/** A document to extract: its text, where it came from, its reference date. */
export interface Task {
  text: string;
  source: string;
  referenceDate: string | null;
  /** A web page: extract the article's text first (src/input/html.ts). */
  html?: boolean;
}

export type Outcome =
  | { ok: true; output: string; words: number; facts: number }
  | { ok: false; message: string };

/** The table renderer imports chalk: loaded on first use only. */
type TableRenderer = (facts: Facts, options: { color: boolean; width: number }) => string;
let renderTable: TableRenderer | null = null;

export async function loadRenderer(options: RenderOptions): Promise<(facts: Facts) => string> {
  if (options.format === 'ndjson') return renderNdjson;
  if (options.format === 'json') return renderJson;
  renderTable ??= (await import('../render/table.js')).renderTable;
  const table = renderTable;
  return (facts) => `${table(facts, { color: options.color, width: options.width })}\n`;
}

export type ExtractFn = (text: string, options: ExtractOptions) => Facts;

/** linkedom and Readability are loaded for the first web page only. */
let htmlModule: Promise<typeof import('../input/html.js')> | null = null;

export async function runTask(task: Task, render: (facts: Facts) => string, extract: ExtractFn, options: { showText?: boolean } = {}): Promise<Outcome> {
  try {
    let text = task.text;
    let referenceDate = task.referenceDate;
    let fromPage = false;
    if (task.html) {
      htmlModule ??= import('../input/html.js');
      const article = (await htmlModule).htmlToArticle(task.text);
      text = article.text;
      // the page's publication date, unless --ref-date (or an ndjson "date") says otherwise
      fromPage = referenceDate === null && article.published !== null;
      referenceDate ??= article.published;
    }
    if (options.showText) return { ok: true, output: text, words: countWords(text), facts: 0 };
    const facts = extract(text, { referenceDate, source: task.source });
    if (fromPage) facts.referenceDateSource = 'document';
    return { ok: true, output: render(facts), words: countWords(text), facts: countFacts(facts) };
  } catch (error) {
    return { ok: false, message: `${task.source}: could not be processed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Whitespace-separated words, for the throughput summary. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function countFacts(facts: Facts): number {
  return facts.people.length + facts.places.length + facts.organizations.length + facts.dates.length + facts.events.length;
}
