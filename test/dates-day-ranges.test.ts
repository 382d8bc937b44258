/** Ranges of days inside one month: one date per day, the month and year shared. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

type Row = [string, string | null];

function values(input: string, ref: string | null): Row[] {
  return findDates(parseDocument(input), ref).map((d) => [d.text, d.value]);
}

const REF = '2025-03-03';

describe.each<[string | null, string, Row[]]>([
  // the month before the days
  [REF, 'The festival runs March 20-22 in Austin.', [['March 20', '2025-03-20'], ['22', '2025-03-22']]],
  [REF, 'The meeting is set for Sept. 9 to 11.', [['Sept. 9', '2025-09-09'], ['11', '2025-09-11']]],
  [REF, 'Talks were held Nov. 3–5, 2024, in Lima.', [['Nov. 3', '2024-11-03'], ['5, 2024', '2024-11-05']]],
  [REF, 'The fair ran Feb. 20-22.', [['Feb. 20', '2025-02-20'], ['22', '2025-02-22']]],
  // the days before the month
  [REF, 'The show ran from 10 to 12 April.', [['10', '2024-04-10'], ['12 April', '2024-04-12']]],
  [REF, 'Polls open 10-12 June 2026.', [['10', '2026-06-10'], ['12 June 2026', '2026-06-12']]],
  // no reference date: month and day only
  [null, 'The festival runs March 20-22.', [['March 20', 'XXXX-03-20'], ['22', 'XXXX-03-22']]],
  // not ranges of days: a score, the days in the wrong order, a day the month lacks
  [REF, 'Arsenal won 3-1 on March 3.', [['March 3', '2025-03-03']]],
  [REF, 'The vote on March 22-20 was void.', [['March 22', '2024-03-22']]],
  [REF, 'Nothing happened on 30-31 February.', [['February', '2025-02']]],
])('%s: %s', (ref, input, expected) => {
  it('gives each day its date', () => {
    expect(values(input, ref)).toEqual(expected);
  });
});
