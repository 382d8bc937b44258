/** factx's compromise: its own post-tagger sweep (src/nlp/sweep.ts) changes no tag. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nlp, { fullSweep } from '../src/nlp.js';

interface Term {
  text: string;
  tags: Set<string>;
  switch?: string;
}
const tagsOf = (text: string): string[][] =>
  (nlp(text).docs as Term[][]).map((sentence) => sentence.map((term) => `${term.text}/${[...term.tags].sort().join('+')}/${term.switch ?? ''}`));

const TEXTS = [
  ...readdirSync('fixtures').filter((name) => name.endsWith('.txt')).map((name) => readFileSync(`fixtures/${name}`, 'utf8')),
  'Will Smith will go to the park. May may leave in May. The old man the boat.',
  "I can't believe they'd've gone; it's 5 o'clock and we're n't ready.",
];

describe("compromise with factx's sweep", () => {
  it('is in use', () => {
    expect((nlp.methods() as unknown as { one: { bulkMatch: unknown } }).one.bulkMatch).not.toBe(fullSweep);
  });

  it('tags every word as compromise alone does', () => {
    const methods = (nlp.methods() as unknown as { one: { bulkMatch: unknown } }).one;
    const ours = TEXTS.map(tagsOf);
    const patched = methods.bulkMatch;
    try {
      methods.bulkMatch = fullSweep;
      expect(ours).toEqual(TEXTS.map(tagsOf));
      // the comparison sees the sweep: without it, tags change
      methods.bulkMatch = () => [];
      expect(TEXTS.map(tagsOf)).not.toEqual(ours);
    } finally {
      methods.bulkMatch = patched;
    }
  });
});
