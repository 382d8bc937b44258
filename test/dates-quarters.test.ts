/** "the past quarter" is the last one reported; "the last quarter of 2012" its fourth. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

const REF = '2013-08-06';

function rows(input: string): [string, string, string | null][] {
  return findDates(parseDocument(input), REF).map((d) => [d.text, d.type, d.value]);
}

describe.each<[string, [string, string, string | null][]]>([
  ['Shares rose 3 percent in the past quarter.', [['the past quarter', 'DATE', '2013-Q2']]],
  ['Sales jumped in the last quarter of 2012.', [['the last quarter of 2012', 'DATE', '2012-Q4']]],
  ['Sales jumped in the last quarter of last year.', [['the last quarter of last year', 'DATE', '2012-Q4']]],
  // "the year-ago quarter": the quarter or half of its sentence, a year back; else the year before
  [
    'Earnings rose in the fourth quarter from the year-ago quarter.',
    [['the fourth quarter', 'DATE', '2012-Q4'], ['the year-ago quarter', 'DATE', '2011-Q4']],
  ],
  [
    'Profit in the first half of 2012 rose from the year-earlier period.',
    [['the first half of 2012', 'DATE', '2012-H1'], ['the year-earlier period', 'DATE', '2011-H1']],
  ],
  ['Sales in 1998 were high. Earnings fell from the year-ago quarter.', [['1998', 'DATE', '1998'], ['the year-ago quarter', 'DATE', '2012']]],
  // "a year earlier" in the sentence of a quarter is that quarter a year back
  ['Sales in the third quarter rose 5% from a year earlier.', [['the third quarter', 'DATE', '2013-Q3'], ['a year earlier', 'DATE', '2012-Q3']]],
  ['In 2010 profit rose from a year earlier.', [['2010', 'DATE', '2010'], ['a year earlier', 'DATE', '2009']]],
  // not a quarter of a year, and "the past" alone stays a vague past
  ['Sales grew over the past quarter century.', []],
  ['The index rose in the past year.', [['the past year', 'DURATION', 'P1Y']]],
  ['Shares rose in the past.', [['the past', 'DATE', 'PAST_REF']]],
])('%s', (input, expected) => {
  it('finds the quarter', () => {
    expect(rows(input)).toEqual(expected);
  });
});
