/**
 * Pathological input finishes in linear time: a long line with no punctuation,
 * 100,000 spaces or digits, one capitalised "name" run on and on. Each is
 * extracted at a size and at 4x that size; 4x the size must take less than 8x
 * the time (plus 100 ms for timer and GC noise on a busy 2-core machine).
 * Before src/document-pieces.ts and the linear trailing-punctuation scan in
 * src/document.ts, digits took 15x and a run of names 9x.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { schemaErrors } from './support/contract.js';

const CASES: [name: string, make: (length: number) => string, size: number][] = [
  ['a line of words with no punctuation (to 1 MB)', (n) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n), 256 * 1024],
  ['repeated spaces (to 100,000)', (n) => ' '.repeat(n), 25_000],
  ['repeated digits (to 100,000)', (n) => '7'.repeat(n), 25_000],
  ['a name run without punctuation', (n) => 'Lamar Odom '.repeat(Math.ceil(n / 11)).slice(0, n), 32 * 1024],
  ['a line of newlines and digits', (n) => '12\n'.repeat(Math.ceil(n / 3)).slice(0, n), 8_000],
];

/** The faster of two runs, in ms. */
function time(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    const facts = extract(text, { source: 'big.txt' });
    best = Math.min(best, performance.now() - started);
    expect(schemaErrors(facts)).toEqual([]);
  }
  return best;
}

describe('linear time on pathological input', () => {
  extract('Warm up: Ann Lee met Bob Stone in Paris on March 3, 2013.');

  it.each(CASES)('%s', (_name, make, size) => {
    const small = time(make(size));
    const large = time(make(size * 4));
    expect({ small: Math.round(small), large: Math.round(large), ok: large < 8 * small + 100 }).toMatchObject({ ok: true });
  }, 60_000);
});
