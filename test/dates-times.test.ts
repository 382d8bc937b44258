/** A clock time takes the day it is attached to, even across a few words. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

const REF = '2024-01-03'; // a Wednesday

function values(input: string): [string, string | null][] {
  return findDates(parseDocument(input), REF).map((d) => [d.text, d.value]);
}

describe.each<[string, [string, string | null][]]>([
  // the day after the time, with no verb and no clause break between them
  ['The plane landed at 6:40 p.m. local time on Sunday.', [['6:40 p.m.', '2023-12-31T18:40'], ['Sunday', '2023-12-31']]],
  ['The talks lasted from 9 a.m. to 5 p.m. on Friday.', [['9 a.m.', '2023-12-29T09:00'], ['5 p.m.', '2023-12-29T17:00'], ['Friday', '2023-12-29']]],
  // the same time in another zone, in brackets, does not break the link
  [
    'The blast occurred at 10:30 a.m. local time (0830 GMT) on Sunday.',
    [['10:30 a.m.', '2023-12-31T10:30'], ['0830 GMT', '2023-12-31T08:30Z'], ['Sunday', '2023-12-31']],
  ],
  ['It landed at 9 p.m. (after a long delay) and on Sunday it left.', [['9 p.m.', '2024-01-03T21:00'], ['Sunday', '2023-12-31']]],
  // a verb between: the day named before the time
  [
    'On Monday, police arrived at 9 a.m. and the mayor spoke on Friday.',
    [['Monday', '2024-01-01'], ['9 a.m.', '2024-01-01T09:00'], ['Friday', '2023-12-29']],
  ],
  // a clause break between, nothing before: the reference date
  ['It landed at 9 p.m., and on Sunday it left.', [['9 p.m.', '2024-01-03T21:00'], ['Sunday', '2023-12-31']]],
])('%s', (input, expected) => {
  it('puts the time on its day', () => {
    expect(values(input)).toEqual(expected);
  });
});
