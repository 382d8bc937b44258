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

// "the following Monday" counts from the day in view, "next Monday" from the reference date
describe.each<[string, [string, string | null][]]>([
  ['The fire started on Feb. 2. The following Monday, crews left.', [['Feb. 2', '2024-02-02'], ['The following Monday', '2024-02-05']]],
  ['He arrived on Feb. 2. The previous Friday, he had called.', [['Feb. 2', '2024-02-02'], ['The previous Friday', '2024-01-26']]],
  ['It opened on Feb. 2. I went back the next Tuesday night.', [['Feb. 2', '2024-02-02'], ['the next Tuesday night', '2024-02-06TNI']]],
  ['It opened on Feb. 2. The talks will continue next Monday.', [['Feb. 2', '2024-02-02'], ['next Monday', '2024-03-18']]],
  ['The talks will continue the following Monday.', [['the following Monday', '2024-03-18']]],
])('%s', (input, expected) => {
  it('counts from the day in view', () => {
    expect(values(input)).toEqual(expected);
  });
});

// a present tense with a month: the recent past up to about three months back, else a schedule ahead
describe.each<[string, [string, string | null][]]>([
  ['The plant closes in November.', [['November', '2024-11']]],
  ['The offer expires on April 30.', [['April 30', '2024-04-30']]],
  ['Unemployment rises to 5% in February.', [['February', '2024-02']]],
  ['The company reports a loss for January.', [['January', '2024-01']]],
  ['The plant closed in November.', [['November', '2023-11']]],
])('%s', (input, expected) => {
  it('reads a present tense as recent news or a schedule', () => {
    expect(values(input)).toEqual(expected);
  });
});
