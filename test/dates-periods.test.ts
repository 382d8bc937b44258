/** Newswire periods, TimeML spans with modifiers, halves and SETs with amounts, clock times on a named day, and homographs. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { findDates } from '../src/extract/dates/index.js';

const REF = '2025-03-03'; // a Monday

type Row = [text: string, type: string, value: string | null];

function dates(input: string, ref: string | null = REF): Row[] {
  return findDates(parseDocument(input), ref).map((d) => [d.text, d.type, d.value]);
}

describe.each<[string, Row[]]>([
  // periods of the financial press
  ['Net income rose in fiscal 1989.', [['fiscal 1989', 'DATE', 'FY1989']]],
  ['Sales fell in the second half of 1989.', [['the second half of 1989', 'DATE', '1989-H2']]],
  ['Profit doubled in the first half of this year.', [['the first half of this year', 'DATE', '2025-H1']]],
  ['Profit rose from a year earlier.', [['a year earlier', 'DATE', '2024']]],
  ['Earnings fell from the year-earlier period.', [['the year-earlier period', 'DATE', '2024']]],
  // quarters and halves as modifiers of what is reported for them (reference March 3, 2025)
  ['Fourth-quarter profit rose 5%.', [['Fourth-quarter', 'DATE', '2024-Q4']]],
  ['The first-quarter results were released.', [['first-quarter', 'DATE', '2025-Q1']]],
  ['The 1988 fourth quarter was weak.', [['The 1988 fourth quarter', 'DATE', '1988-Q4']]],
  ['Second-half sales fell.', [['Second-half', 'DATE', '2024-H2']]],
  ['The firm will report first-half earnings.', [['first-half', 'DATE', '2025-H1']]],
  ['He led a fourth-quarter comeback.', []],
  ['He scored a first-half goal.', []],
  ['Sales rose in the current quarter.', [['the current quarter', 'DATE', '2025-Q1']]],
  ['Revenue rose in the latest quarter.', [['the latest quarter', 'DATE', '2024-Q4']]],
  ['Sales fell in the most recent quarter.', [['the most recent quarter', 'DATE', '2024-Q4']]],
  ['The latest week was bad.', []],
  ['Prices doubled over the past decade.', [['the past decade', 'DURATION', 'P10Y']]],
  ['Rates will rise in the coming months.', [['the coming months', 'DURATION', 'PXM']]],
  ['In the past few days, towns acted.', [['the past few days', 'DURATION', 'PXD']]],
  ['Prices rose in recent months.', [['recent months', 'DATE', 'PAST_REF']]],
  ['The minister spoke this afternoon.', [['this afternoon', 'TIME', '2025-03-03TAF']]],
  ['The law passed last night.', [['last night', 'TIME', '2025-03-02TNI']]],
  ['He will speak tomorrow night.', [['tomorrow night', 'TIME', '2025-03-04TNI']]],
  ['It rained yesterday evening.', [['yesterday evening', 'TIME', '2025-03-02TEV']]],
  ['The last night of the festival was wet.', []],
  ['Their last evening together was calm.', []],
  ['The backlog will be cleared by year end.', [['year end', 'DATE', '2025']]],
  // TimeML spans take in their modifiers
  ['It has fallen since the start of this year.', [['the start of this year', 'DATE', '2025']]],
  ['Rates will rise by the end of the year.', [['the end of the year', 'DATE', '2025']]],
  ['The plant opened in early 1988.', [['early 1988', 'DATE', '1988']]],
  ['The plant opened in mid-1988.', [['mid-1988', 'DATE', '1988']]],
  ['The raid came early Friday.', [['early Friday', 'DATE', '2025-02-28']]],
  ['The vote ended late Tuesday.', [['late Tuesday', 'DATE', '2025-02-25']]],
  ['It was too late for Tuesday.', [['Tuesday', 'DATE', '2025-02-25']]],
  // "May of last year": one expression
  ['It fell in May of last year.', [['May of last year', 'DATE', '2024-05']]],
  ['It opens in June of next year.', [['June of next year', 'DATE', '2026-06']]],
  ['He died in the summer of last year.', [['summer of last year', 'DATE', '2024-SU']]],
  ['It fell in May, and last year too.', [['May', 'DATE', '2024-05'], ['last year', 'DATE', '2024']]],
  // anaphora with a shift
  ['Sales rose in 1988 after falling the previous year.', [['1988', 'DATE', '1988'], ['the previous year', 'DATE', '1987']]],
  ['It opened on May 7, 2019 and closed the following day.', [['May 7, 2019', 'DATE', '2019-05-07'], ['the following day', 'DATE', '2019-05-08']]],
  // "N units later" counts from the date in view; "a year earlier" (a comparison) from the reference date
  ['He was born in 1950. Ten years later, he moved.', [['1950', 'DATE', '1950'], ['Ten years later', 'DATE', '1960']]],
  ['It opened on May 7, 2019. Three weeks later it closed.', [['May 7, 2019', 'DATE', '2019-05-07'], ['Three weeks later', 'DATE', '2019-05-28']]],
  ['It was signed in March 2010; two months later it failed.', [['March 2010', 'DATE', '2010-03'], ['two months later', 'DATE', '2010-05']]],
  ['The plant will open two years later.', [['two years later', 'DATE', '2027']]],
  ['It opened three days later than planned.', [['three days', 'DURATION', 'P3D']]],
  ['In 2010 profit rose from a year earlier.', [['2010', 'DATE', '2010'], ['a year earlier', 'DATE', '2009']]],
  ['Net income rose in 2009 from a year earlier.', [['2009', 'DATE', '2009'], ['a year earlier', 'DATE', '2008']]],
  // "earlier" looks no further back than its sentence
  ['He was born in 1950. A year earlier, his father died.', [['1950', 'DATE', '1950'], ['A year earlier', 'DATE', '2024']]],
  // weeks in view
  ['It opened on May 7, 2019. That week, sales doubled.', [['May 7, 2019', 'DATE', '2019-05-07'], ['That week', 'DATE', '2019-W19']]],
  ['It opened on May 7, 2019. The following week it closed.', [['May 7, 2019', 'DATE', '2019-05-07'], ['The following week', 'DATE', '2019-W20']]],
  ['It opened on May 7, 2019, and closed the week after.', [['May 7, 2019', 'DATE', '2019-05-07'], ['the week after', 'DATE', '2019-W20']]],
  ['Prices fell over the next week.', [['the next week', 'DURATION', 'P1W']]],
  // a season without a year follows the clause's tense (reference March 3, 2025)
  ['The plant reopened in the fall.', [['fall', 'DATE', '2024-FA']]],
  ['The plant will reopen in the fall.', [['fall', 'DATE', '2025-FA']]],
  ['Sales rose in early spring.', [['early spring', 'DATE', '2024-SP']]],
  ['He left in the winter.', [['winter', 'DATE', '2025-WI']]],
  ['It opened early this summer.', [['early this summer', 'DATE', '2025-SU']]],
  ['Sales fell last summer.', [['last summer', 'DATE', '2024-SU']]],
  // "late in the day": the day in view
  ['Stocks fell on Friday. The Dow rebounded late in the day.', [['Friday', 'DATE', '2025-02-28'], ['late in the day', 'DATE', '2025-02-28']]],
  ['In March 2020, sales fell. Earlier in the year they rose.', [['March 2020', 'DATE', '2020-03'], ['Earlier in the year', 'DATE', '2020']]],
  ['The Dow rebounded late in the day.', [['late in the day', 'DATE', '2025-03-03']]],
  ['He scored late in the game.', []],
  // a clock time takes the day the sentence names
  ['It flew on Tuesday in Everett at 18:00 UTC.', [['Tuesday', 'DATE', '2025-02-25'], ['18:00 UTC', 'TIME', '2025-02-25T18:00Z']]],
  ['The polls closed at 22:30 and the count ended the next day.', [['22:30', 'TIME', '2025-03-03T22:30'], ['the next day', 'DATE', '2025-03-04']]],
  // "September 11" before "attacks" is 2001's
  ['Markets fell after the September 11 attacks.', [['September 11', 'DATE', '2001-09-11']]],
  ['Markets fell on September 11.', [['September 11', 'DATE', '2024-09-11']]],
  // "are to travel" looks forward
  ['On Wednesday, the pair are to travel to New York.', [['Wednesday', 'DATE', '2025-03-05']]],
  // halves
  ['After nearly half an hour, the team lost a point.', [['nearly half an hour', 'DURATION', 'PT30M']]],
  ['The flight took an hour and a half.', [['an hour and a half', 'DURATION', 'PT1.5H']]],
  ['The strike lasted half a day.', [['half a day', 'DURATION', 'PT12H']]],
  ['The firm has existed for half a century.', [['half a century', 'DURATION', 'P50Y']]],
  ['Half the staff left.', []],
  // "a three-year period": the noun and its article belong to the duration (TimeBank, HeidelTime duration_r3)
  ['Sales rose over a three-year period.', [['a three-year period', 'DURATION', 'P3Y']]],
  ['He served a 10 year term in office.', [['a 10 year term', 'DURATION', 'P10Y']]],
  ['The period of five years ended.', [['five years', 'DURATION', 'P5Y']]],
  ['Prices hit a five-year high.', [['five-year', 'DURATION', 'P5Y']]],
  // SETs with an amount: one expression, not a duration inside
  ['The photographs are shown every ten years.', [['every ten years', 'SET', 'P10Y']]],
  ['The board meets every other week.', [['every other week', 'SET', 'P2W']]],
  ['Prices are reviewed every few months.', [['every few months', 'SET', 'PXM']]],
  ['It lasted ten years.', [['ten years', 'DURATION', 'P10Y']]],
  // "this years festival": the apostrophe dropped
  ['The theme of this years festival is the pig.', [['this years', 'DATE', '2025']]],
  ['He spent his last years in Rome; next years are unknown.', []],
])('%s', (input, expected) => {
  it('finds the expected spans, types and values', () => {
    expect(dates(input)).toEqual(expected);
  });
});

describe('not temporal expressions', () => {
  it.each([
    'The Russell 2000 index fell 3%.',
    'The Russel 2000 Index of smaller companies dropped.',
    'Ozone harms sorghum, field corn, and winter wheat.',
    'It is different from most people\'s every day lives.',
    'Neither side scored in the first half.',
  ])('%s', (input) => {
    expect(dates(input)).toEqual([]);
  });

  it('reads "ten days before the pilgrimage" as a duration, not a date', () => {
    expect(dates('The accident came ten days before the pilgrimage.')).toEqual([['ten days', 'DURATION', 'P10D']]);
  });

  it('keeps a season that is a time: "their Autumn meetings", "in winter"', () => {
    // a past clause in March: the autumn before
    expect(dates('The banks held their Autumn meetings.')).toEqual([['Autumn', 'DATE', '2024-FA']]);
    expect(dates('Roads close in winter.')).toEqual([['winter', 'DATE', '2025-WI']]);
  });
});
