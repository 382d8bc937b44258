/** The article's own date as the reference when --ref-date is absent. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const dated = (text: string, ref: string | null = null): [string | null, [string, string | null][]] => {
  const result = facts(text, ref);
  return [result.referenceDate, result.dates.map((d) => [d.text, d.value])];
};

describe('the dateline serves as the reference date', () => {
  it.each<[string, string, [string, string | null][]]>([
    ['Boeing unveils new jet\n\nFebruary 03, 2009\n\nBoeing unveiled it on Sunday.', '2009-02-03',
      [['February 03, 2009', '2009-02-03'], ['Sunday', '2009-02-01']]],
    ['Scientology hackers\n\nFriday, July 21, 2017\n\nThe site was down last week.', '2017-07-21',
      [['Friday, July 21, 2017', '2017-07-21'], ['last week', '2017-W28']]],
    ['Jet tour delayed\n\nSeptember 01, 2007 A test flight was delayed today.', '2007-09-01',
      [['September 01, 2007', '2007-09-01'], ['today', '2007-09-01']]],
    ['WASHINGTON, March 5, 2009 - Stocks fell yesterday.', '2009-03-05',
      [['March 5, 2009', '2009-03-05'], ['yesterday', '2009-03-04']]],
  ])('%j', (text, reference, expected) => {
    expect(dated(text)).toEqual([reference, expected]);
  });

  it('gives way to --ref-date', () => {
    expect(dated('Jet\n\nFebruary 03, 2009\n\nIt flew yesterday.', '2025-03-03')[0]).toBe('2025-03-03');
  });
});

describe('no dateline: relative dates stay unresolved', () => {
  it.each([
    // a full date deep in the text is history, not the article's date
    'Boeing said it flew yesterday. The program had been suspended since July 24, 2003.',
    // a partial date is not a dateline
    'Jet\n\nMarch 3\n\nIt flew yesterday.',
    // a date inside a sentence at the top
    'Boeing was founded on July 15, 1916 and flew yesterday.',
  ])('%j', (text) => {
    const [reference, dates] = dated(text);
    expect(reference).toBeNull();
    expect(dates.find(([t]) => t === 'yesterday')).toEqual(['yesterday', null]);
  });
});
