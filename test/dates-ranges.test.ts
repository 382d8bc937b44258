/** The ends of a range written without years come in order. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

type Row = [string, string | null];

function values(input: string, ref: string): Row[] {
  return findDates(parseDocument(input), ref).map((d) => [d.text, d.value]);
}

const WEDNESDAY = '2024-01-03';
const SATURDAY = '2024-03-16';

describe.each<[string, string, Row[]]>([
  // the end moves on: a week for weekdays, a year for months and days
  [WEDNESDAY, 'The festival runs from Friday to Sunday.', [['Friday', '2024-01-05'], ['Sunday', '2024-01-07']]],
  [WEDNESDAY, 'The fair will run from Friday to Monday.', [['Friday', '2024-01-05'], ['Monday', '2024-01-08']]],
  [WEDNESDAY, 'The season ran from November to February.', [['November', '2023-11'], ['February', '2024-02']]],
  [WEDNESDAY, 'The show will run from Dec. 28, 2024 to Jan. 2.', [['Dec. 28, 2024', '2024-12-28'], ['Jan. 2', '2025-01-02']]],
  // a past range that would end after the reference date: the start moves back
  [SATURDAY, 'The festival ran from Friday to Sunday.', [['Friday', '2024-03-08'], ['Sunday', '2024-03-10']]],
  [SATURDAY, 'The festival runs from Friday to Sunday.', [['Friday', '2024-03-15'], ['Sunday', '2024-03-17']]],
  // "Feb. 27-March 2": two dates, not "27-March"
  [SATURDAY, 'The summit ran Feb. 27-March 2.', [['Feb. 27', '2024-02-27'], ['March 2', '2024-03-02']]],
  [SATURDAY, 'The summit will run Dec. 28-Jan. 3.', [['Dec. 28', '2024-12-28'], ['Jan. 3', '2025-01-03']]],
  [SATURDAY, 'He visited on Feb. 27-Mr. Smith said.', [['Feb. 27', '2024-02-27']]],
  // already in order, a written year, or a change of date: left alone
  [WEDNESDAY, 'The fair ran from Monday to Wednesday.', [['Monday', '2024-01-01'], ['Wednesday', '2024-01-03']]],
  [WEDNESDAY, 'The show ran from Dec. 28, 2022 to Jan. 2, 2021.', [['Dec. 28, 2022', '2022-12-28'], ['Jan. 2, 2021', '2021-01-02']]],
  [WEDNESDAY, 'The vote was moved from Friday to Monday.', [['Friday', '2023-12-29'], ['Monday', '2024-01-01']]],
  [WEDNESDAY, 'He came on Friday and left on Monday.', [['Friday', '2023-12-29'], ['Monday', '2024-01-01']]],
])('%s: %s', (ref, input, expected) => {
  it('orders the ends', () => {
    expect(values(input, ref)).toEqual(expected);
  });
});
