/** Decades written with an apostrophe: "the '90s". */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

function rows(input: string): [string, string, string | null][] {
  return findDates(parseDocument(input), '2024-01-10').map((d) => [d.text, d.type, d.value]);
}

describe.each<[string, [string, string, string | null][]]>([
  ["Music of the '90s returned.", [["'90s", 'DATE', '199']]],
  ["It was founded in the late '80s.", [["late '80s", 'DATE', '198']]],
  ["The shows of the '00s were bad.", [["'00s", 'DATE', '200']]],
  // the 1920s or the 2020s: not resolved; no "the": a score, not a decade
  ["Flappers of the '20s danced.", []],
  ['He scored 90s in both tests.', []],
])('%s', (input, expected) => {
  it('reads the decade', () => {
    expect(rows(input)).toEqual(expected);
  });
});
