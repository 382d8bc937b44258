/** Wire copy: ISO datelines as the reference date, clock times on their day. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';
import { facts } from './helpers.js';

const REF = '2025-03-03'; // a Monday

describe('an ISO dateline after the place is the reference date', () => {
  it.each<[string, string, string | null]>([
    // CoNLL-era Reuters: headline, byline, "PLACE , Country YYYY-MM-DD"
    ['SOCCER - JAPAN WIN .\nNadim Ladki\nAL-AIN , United Arab Emirates 1996-12-06\nJapan won on Friday .', '1996-12-06', '1996-12-06'],
    ['EU rejects German call .\nBRUSSELS 1996-08-22\nThe Commission said on Thursday it disagreed .', '1996-08-22', '1996-08-22'],
    ['Stocks rise\nNEW YORK (Reuters) 1998-01-08\nStocks rose on Thursday.', '1998-01-08', '1998-01-08'],
    // a time stamp line: the day of it
    ['Stocks rise\n1998-01-08 17:43:00\nStocks rose on Thursday.', '1998-01-08', '1998-01-08'],
  ])('%j', (text, reference, weekday) => {
    const result = facts(text, null);
    expect([result.referenceDate, result.referenceDateSource]).toEqual([reference, 'document']);
    expect(result.dates.at(-1)?.value).toBe(weekday);
  });

  it.each([
    // a sentence that starts in lower case before the date
    'Stocks rise\nshares were issued 1998-01-08\nStocks rose on Thursday.',
    // a date deep in the text
    'Stocks rise\nStocks rose on Thursday.\nMore text.\nMore.\nMore.\nMore.\nMore.\nBRUSSELS 1996-08-22',
  ])('not a dateline: %j', (text) => {
    const result = facts(text, null);
    expect([result.referenceDate, result.referenceDateSource]).toEqual([null, null]);
  });
});

type Row = [text: string, type: string, value: string | null];
const dates = (input: string): Row[] => findDates(parseDocument(input), REF).map((d) => [d.text, d.type, d.value]);

describe('clock times take the day they are attached to', () => {
  it.each<[string, Row[]]>([
    ['The hearing will resume tomorrow at 9 a.m.', [['tomorrow', 'DATE', '2025-03-04'], ['9 a.m.', 'TIME', '2025-03-04T09:00']]],
    // a time and the day right after it are one TIME, as in TimeML and HeidelTime ("9 am Wednesday")
    ['The hearing will resume at 9 a.m. tomorrow.', [['9 a.m. tomorrow', 'TIME', '2025-03-04T09:00']]],
    // chrono's strict mode drops "Friday at 3 p.m." whole
    ['Police arrived at 9 a.m. on Friday.', [['9 a.m.', 'TIME', '2025-02-28T09:00'], ['Friday', 'DATE', '2025-02-28']]],
    ['He arrived at 10:15 a.m. EST Thursday.', [['10:15 a.m. EST Thursday', 'TIME', '2025-02-27T10:15']]],
    ['The talks ended at 5 p.m. Monday.', [['5 p.m. Monday', 'TIME', '2025-03-03T17:00']]],
    ['It opened at 9am.', [['9am', 'TIME', '2025-03-03T09:00']]],
    ['Doors open at 7 pm.', [['7 pm', 'TIME', '2025-03-03T19:00']]],
    ['Trading stopped at 3 p.m. GMT.', [['3 p.m. GMT', 'TIME', '2025-03-03T15:00Z']]],
  // "2:30 the next day": one TIME
  ['The last ballot was cast at 2:30 the next day.', [['2:30 the next day', 'TIME', '2025-03-04T02:30']]],
  ['The talks will resume at 10 a.m. Friday.', [['10 a.m. Friday', 'TIME', '2025-03-07T10:00']]],
  ['It landed at 9 p.m., Sunday, after a delay.', [['9 p.m., Sunday', 'TIME', '2025-03-02T21:00']]],
  // not joined: "on" between them, or a day that is not a single day
  ['It landed at 9 p.m. on Sunday.', [['9 p.m.', 'TIME', '2025-03-02T21:00'], ['Sunday', 'DATE', '2025-03-02']]],
  ['It closed at 9 p.m. last week.', [['9 p.m.', 'TIME', '2025-03-03T21:00'], ['last week', 'DATE', '2025-W09']]],
  // a past clause without a day of its own: the day last named
  [
    'The election was held on Sunday. Turnout was high. The polls closed at 22:30.',
    [['Sunday', 'DATE', '2025-03-02'], ['22:30', 'TIME', '2025-03-02T22:30']],
  ],
  [
    'The election was held on Sunday. The polls closed at 22:30 and the count ended the next day.',
    [['Sunday', 'DATE', '2025-03-02'], ['22:30', 'TIME', '2025-03-02T22:30'], ['the next day', 'DATE', '2025-03-03']],
  ],
  // a future clause keeps the reference date; so does a time with no day named before it
  [
    'The election was held on Sunday. The count will resume at 10:00.',
    [['Sunday', 'DATE', '2025-03-02'], ['10:00', 'TIME', '2025-03-03T10:00']],
  ],
  ['The polls closed at 22:30.', [['22:30', 'TIME', '2025-03-03T22:30']]],
  // a day far from the reference date is background, not the day in view
  ['He was born on May 3, 1950. The attack happened at 3 a.m.', [['May 3, 1950', 'DATE', '1950-05-03'], ['3 a.m.', 'TIME', '2025-03-03T03:00']]],
  // "the day" with the day named right after it
  [
    'By the end of the day Saturday the site was down.',
    [['the end of the day', 'DATE', '2025-03-01'], ['Saturday', 'DATE', '2025-03-01']],
  ],
  [
    'It rose on Friday, and ended the day up 2%. On Saturday it fell.',
    [['Friday', 'DATE', '2025-02-28'], ['the day', 'DATE', '2025-02-28'], ['Saturday', 'DATE', '2025-03-01']],
  ],
  ])('%j', (input, expected) => {
    expect(dates(input)).toEqual(expected);
  });

  it.each(['The 3 pmol sample was tested.', 'He scored 13 pm points.', 'Lamar listed 3 amazing things.'])('no time: %j', (input) => {
    expect(dates(input).filter(([, type]) => type === 'TIME')).toEqual([]);
  });
});
