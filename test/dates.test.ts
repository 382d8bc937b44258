import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

const REF = '2025-03-03'; // a Monday

type Row = [text: string, type: string, value: string | null];

function dates(input: string, ref: string | null = REF): Row[] {
  return findDates(parseDocument(input), ref).map((d) => [d.text, d.type, d.value]);
}

describe('the golden fixture', () => {
  it('gives exactly the ten annotated expressions', () => {
    const text = readFileSync(new URL('../fixtures/lamar-odom.txt', import.meta.url), 'utf8');
    const found = findDates(parseDocument(text), REF);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found.map((d) => [d.text, d.type, d.value])).toEqual([
      ['nearly a decade', 'DURATION', 'P10Y'],
      ['over the weekend', 'DATE', '2025-W09-WE'],
      ['one month', 'DURATION', 'P1M'],
      ['2011', 'DATE', '2011'],
      ['2013', 'DATE', '2013'],
      ['four years', 'DURATION', 'P4Y'],
      ['2015', 'DATE', '2015'],
      ['2016', 'DATE', '2016'],
      ['the same year', 'DATE', '2016'],
      ['2021', 'DATE', '2021'],
    ]);
  });
});

describe.each<[string, string, Row[]]>([
  // bare years and decades
  ['years', 'She filed for divorce in 2013.', [['2013', 'DATE', '2013']]],
  ['years', 'He lost the 1996 election.', [['1996', 'DATE', '1996']]],
  ['years', 'Stocks hit the lowest level since \'82.', [["'82", 'DATE', '1982']]],
  ['years', 'Music of the 1990s returned.', [['1990s', 'DATE', '199']]],
  ['years', 'It was founded in the late 1990s.', [['late 1990s', 'DATE', '199']]],
  ['years', 'Prices peaked in the mid-1980s.', [['mid-1980s', 'DATE', '198']]],
  ['years', 'He is in his late 30s.', []],
  ['years', 'It shaped the 20th century.', [['the 20th century', 'DATE', '19']]],
  // full and partial dates
  ['dates', 'Friday, July 21, 2017', [['Friday, July 21, 2017', 'DATE', '2017-07-21']]],
  ['dates', 'February 03, 2009', [['February 03, 2009', 'DATE', '2009-02-03']]],
  ['dates', 'The vote was held on March 3.', [['March 3', 'DATE', '2025-03-03']]],
  ['dates', 'The plane landed on 11 December.', [['11 December', 'DATE', '2024-12-11']]],
  ['dates', 'The show will open on December 11.', [['December 11', 'DATE', '2025-12-11']]],
  ['dates', 'It was written 7/8/07, the American way.', [['7/8/07', 'DATE', '2007-07-08']]],
  // months, seasons, quarters
  ['months', 'The company was founded in September 2010.', [['September 2010', 'DATE', '2010-09']]],
  ['months', 'Sales fell in March.', [['March', 'DATE', '2025-03']]],
  ['months', 'Sales fell in November.', [['November', 'DATE', '2024-11']]],
  ['months', 'The figure was not seen since last September.', [['last September', 'DATE', '2024-09']]],
  ['months', 'The economy shrank in the third quarter of this year.', [['the third quarter of this year', 'DATE', '2025-Q3']]],
  ['months', 'Home prices rose in the fourth quarter.', [['the fourth quarter', 'DATE', '2024-Q4']]],
  ['months', 'They met last summer.', [['last summer', 'DATE', '2024-SU']]],
  // relative to the reference date
  ['relative', 'He left last week.', [['last week', 'DATE', '2025-W09']]],
  ['relative', 'He left yesterday.', [['yesterday', 'DATE', '2025-03-02']]],
  ['relative', 'She will arrive tomorrow.', [['tomorrow', 'DATE', '2025-03-04']]],
  ['relative', 'This year the theme was water.', [['This year', 'DATE', '2025']]],
  ['relative', 'The plant opens next year.', [['next year', 'DATE', '2026']]],
  ['relative', 'It began three years ago.', [['three years ago', 'DATE', '2022']]],
  ['relative', 'It happened a week ago.', [['a week ago', 'DATE', '2025-02-24']]],
  ['relative', 'The fair was held this weekend.', [['this weekend', 'DATE', '2025-W09-WE']]],
  ['relative', 'The fair will be held this weekend.', [['this weekend', 'DATE', '2025-W10-WE']]],
  ['relative', 'Prices are now higher.', [['now', 'DATE', 'PRESENT_REF']]],
  ['relative', 'The site is currently down.', [['currently', 'DATE', 'PRESENT_REF']]],
  ['relative', 'Thailand has recently cracked down.', [['recently', 'DATE', 'PAST_REF']]],
  // weekdays by tense
  ['weekdays', 'The markets closed on Tuesday.', [['Tuesday', 'DATE', '2025-02-25']]],
  ['weekdays', 'The team will meet on Tuesday.', [['Tuesday', 'DATE', '2025-03-04']]],
  ['weekdays', 'The shop opened on Monday.', [['Monday', 'DATE', '2025-03-03']]],
  ['weekdays', 'He was arrested last Monday.', [['last Monday', 'DATE', '2025-02-24']]],
  // "scheduled for", "set for" look forward; a passive "is" is a present tense
  ['weekdays', 'The vote is set for Friday.', [['Friday', 'DATE', '2025-03-07']]],
  ['weekdays', 'The talks will resume at 10 a.m. Friday.', [['10 a.m. Friday', 'TIME', '2025-03-07T10:00']]],
  ['weekdays', 'The vote was held on Friday.', [['Friday', 'DATE', '2025-02-28']]],
  ['months', 'The meeting is scheduled for March 15.', [['March 15', 'DATE', '2025-03-15']]],
  ['months', 'The meeting is on March 15.', [['March 15', 'DATE', '2025-03-15']]],
  ['months', 'The meeting was held on March 15.', [['March 15', 'DATE', '2024-03-15']]],
  // anaphora
  ['anaphora', 'The divorce was final in 2016 – the same year she moved.', [['2016', 'DATE', '2016'], ['the same year', 'DATE', '2016']]],
  ['anaphora', 'It opened on May 7, 2019. That month, sales doubled.', [['May 7, 2019', 'DATE', '2019-05-07'], ['That month', 'DATE', '2019-05']]],
  ['anaphora', 'Sales fell this year. They rose the year before.', [['this year', 'DATE', '2025'], ['the year before', 'DATE', '2024']]],
  ['dates', 'The festival runs through March 11.', [['March 11', 'DATE', '2025-03-11']]],
  ['dates', 'The first meeting is set to take place on February 20.', [['February 20', 'DATE', '2026-02-20']]],
  // durations
  ['durations', 'They married after four years together.', [['four years', 'DURATION', 'P4Y']]],
  ['durations', 'They wed just one month after they first met.', [['one month', 'DURATION', 'P1M']]],
  ['durations', 'The talks lasted six months.', [['six months', 'DURATION', 'P6M']]],
  ['durations', 'It has been nearly a decade.', [['nearly a decade', 'DURATION', 'P10Y']]],
  ['durations', 'Prices rose over the past two weeks.', [['the past two weeks', 'DURATION', 'P2W']]],
  ['durations', 'It is almost two and a half years late.', [['almost two and a half years', 'DURATION', 'P2.5Y']]],
  ['durations', 'The index hit a five-year high.', [['five-year', 'DURATION', 'P5Y']]],
  ['durations', 'The system failed after thirty minutes.', [['thirty minutes', 'DURATION', 'PT30M']]],
  ['durations', 'The delay will last several years.', [['several years', 'DURATION', 'PXY']]],
  // times
  ['times', 'The vote closed at 2:30 p.m.', [['2:30 p.m.', 'TIME', '2025-03-03T14:30']]],
  ['times', 'The Dow was down 2.6% at 16:08 UTC.', [['16:08 UTC', 'TIME', '2025-03-03T16:08Z']]],
  ['times', 'At 0800 UTC, the bank acted.', [['0800 UTC', 'TIME', '2025-03-03T08:00Z']]],
  ['times', 'The riots started Friday night.', [['Friday night', 'TIME', '2025-02-28TNI']]],
  // sets
  ['sets', 'The festival is held every year.', [['every year', 'SET', 'P1Y']]],
  ['sets', 'The report is published annually.', [['annually', 'SET', 'P1Y']]],
  ['sets', 'It builds tankers at a rate of 15 a year.', [['a year', 'SET', 'P1Y']]],
  ['sets', 'Inflation rose 2% a year.', [['a year', 'SET', 'P1Y']]],
  ['sets', 'It grew 3 percent a year.', [['a year', 'SET', 'P1Y']]],
  ['durations', 'It rose 2% in a year.', [['a year', 'DURATION', 'P1Y']]],
  ['sets', 'Claims for weekly benefits rose.', [['weekly', 'SET', 'P1W']]],
])('%s: %s', (_kind, input, expected) => {
  it('finds the expected spans, types and values', () => {
    expect(dates(input)).toEqual(expected);
  });
});

describe('not temporal expressions (chrono misreadings and homographs)', () => {
  it.each([
    'Her reunion with Lamar may bring up some serious emotions.',
    'May I ask a question?',
    'April Ryan said the briefing was cancelled.',
    'Will Khloé Kardashian and Lamar Odom ever get back together?',
    'I think it was Super Bowl weekend.',
    'The 45-year-old athlete said so.',
    'He is 45 years old.',
    'More than 2000 people attended.',
    'The index closed at 8,579.19 points.',
    'The Russell index rose 2,000 points to $2000.',
    'They march on the capital.',
    'The price may fall further.',
    'Seats increased from 9 to 10.',
    'Prices are now-cancelled.',
  ])('%s', (input) => {
    expect(dates(input)).toEqual([]);
  });
});

describe('without a reference date', () => {
  it('keeps absolute values and leaves relative ones null', () => {
    expect(dates('In 2013, last week and on Friday, July 21, 2017 and on March 3 for four years.', null)).toEqual([
      ['2013', 'DATE', '2013'],
      ['last week', 'DATE', null],
      ['Friday, July 21, 2017', 'DATE', '2017-07-21'],
      ['March 3', 'DATE', 'XXXX-03-03'],
      ['four years', 'DURATION', 'P4Y'],
    ]);
  });
});

describe('offsets', () => {
  it('are UTF-16 indices that slice back to the text, after astral characters', () => {
    const text = '😀 Khloé 😀 filed in 2013 – 😀 the same year.';
    const found = findDates(parseDocument(text), REF);
    expect(found.map((d) => d.text)).toEqual(['2013', 'the same year']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('determinism', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = originalTz;
  });

  it('gives the same values whatever the time zone and the current date', () => {
    const text = 'On Friday night at 11:30 p.m. and yesterday, last week, on March 3 and in November, he said. '
      + 'It ended 7/8/07 at midnight, three years ago, over the weekend.';
    const runs = new Set<string>();
    // midnight boundaries where a local-time API would shift the day, month or year
    const instants = ['2030-12-31T23:59:59Z', '2031-01-01T00:00:01Z', '1999-06-15T12:00:00Z'];
    for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'UTC', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      for (const instant of instants) {
        vi.useFakeTimers({ now: new Date(instant), toFake: ['Date'] });
        for (const ref of ['2025-03-03', '2025-01-01', '2024-12-31']) runs.add(`${ref} ${JSON.stringify(findDates(parseDocument(text), ref))}`);
        vi.useRealTimers();
      }
    }
    expect(runs.size).toBe(3);
    const onNewYear = dates('It happened yesterday and last week, on Tuesday, in December.', '2025-01-01');
    expect(onNewYear).toEqual([
      ['yesterday', 'DATE', '2024-12-31'],
      ['last week', 'DATE', '2024-W52'],
      ['Tuesday', 'DATE', '2024-12-31'],
      ['December', 'DATE', '2024-12'],
    ]);
  });
});
