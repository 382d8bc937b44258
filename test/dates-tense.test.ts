/** Which way a date without a year or week resolves: by the tense of its own clause. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

const REF = '2024-03-13'; // a Wednesday

function values(input: string): [string, string | null][] {
  return findDates(parseDocument(input), REF).map((d) => [d.text, d.value]);
}

describe.each<[string, [string, string | null][]]>([
  // the reporting verb after the quote or the comma does not decide
  ['"We will meet on Thursday," he said.', [['Thursday', '2024-03-14']]],
  ['Sales will rise in December, the company said.', [['December', '2024-12']]],
  ['"We met on Thursday," he said.', [['Thursday', '2024-03-07']]],
  ['Sales rose in December, the company said.', [['December', '2023-12']]],
  // a clause without a verb of its own takes the sentence's nearest one
  ['On Friday, the company said it will cut jobs.', [['Friday', '2024-03-08']]],
  ['On Friday, the company will cut jobs.', [['Friday', '2024-03-15']]],
  // "would" looks forward from a past report; "would have" does not
  ['He said they would meet on Thursday.', [['Thursday', '2024-03-14']]],
  ['The company said it would cut jobs in December.', [['December', '2024-12']]],
  ['The firm would have closed on Friday.', [['Friday', '2024-03-08']]],
  ['Officials said on Monday that the plant would close.', [['Monday', '2024-03-11']]],
])('%s', (input, expected) => {
  it('resolves by the clause it sits in', () => {
    expect(values(input)).toEqual(expected);
  });
});

// a present tense looks at the nearer weekday: back for "announces on Monday", ahead for "begins Friday"
describe.each<[string, [string, string | null][]]>([
  ['The trial begins Friday.', [['Friday', '2024-03-15']]],
  ['Polls close at 8 p.m. Thursday.', [['8 p.m. Thursday', '2024-03-14T20:00']]],
  ['The company announces results on Monday.', [['Monday', '2024-03-11']]],
  ['The company announced results on Friday.', [['Friday', '2024-03-08']]],
])('%s', (input, expected) => {
  it('takes the nearer day', () => {
    expect(values(input)).toEqual(expected);
  });
});
