/**
 * The progress bar and the closing summary on stderr (cli-progress, loaded
 * only when shown): "factx: 81 documents, 18,188 words, 1,754 facts, 3.2 s".
 */
import type { Writable } from 'node:stream';

export interface Progress {
  update(words: number, facts: number): void;
  stop(): void;
}

export interface Totals {
  documents: number;
  words: number;
  facts: number;
  seconds: number;
}

/** `total` is null when unknown (a stream of ndjson lines). */
export async function startProgress(stream: Writable, total: number | null): Promise<Progress> {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const format =
    total === null
      ? 'factx {value} documents | {words} words | {facts} facts | {duration_formatted}'
      : 'factx [{bar}] {value}/{total} documents | {words} words | {facts} facts | ETA {eta_formatted}';
  const bar = new SingleBar({ format, stream, hideCursor: false, noTTYOutput: true, notTTYSchedule: 2000, etaBuffer: 50 }, Presets.shades_classic);
  let words = 0;
  let facts = 0;
  bar.start(total ?? 0, 0, { words: 0, facts: 0 });
  return {
    update(moreWords, moreFacts) {
      words += moreWords;
      facts += moreFacts;
      bar.increment(1, { words: words.toLocaleString('en-US'), facts: facts.toLocaleString('en-US') });
    },
    stop: () => bar.stop(),
  };
}

export function formatSummary(totals: Totals): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  const plural = (value: number, word: string): string => `${n(value)} ${word}${value === 1 ? '' : 's'}`;
  return `factx: ${plural(totals.documents, 'document')}, ${plural(totals.words, 'word')}, ${plural(totals.facts, 'fact')}, ${totals.seconds.toFixed(1)} s\n`;
}
