/** Holidays on a fixed day, through the whole pipeline (names must not claim them). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

// reference date 2025-03-03
const found = (input: string, ref?: string | null): [string, string | null][] =>
  facts(input, ref).dates.map((d) => [d.text, d.value]);

describe('holidays', () => {
  it.each<[string, [string, string | null][]]>([
    ['He died on Christmas Day.', [['Christmas Day', '2024-12-25']]],
    ['Sales rose over Christmas.', [['Christmas', '2024-12-25']]],
    ['The store will close on New Year\'s Eve.', [['New Year\'s Eve', '2025-12-31']]],
    ['They married on Valentine\'s Day 2010.', [['Valentine\'s Day 2010', '2010-02-14']]],
    ['It opened on Christmas Eve, 2009, in Paris.', [['Christmas Eve, 2009', '2009-12-24']]],
    ['Crowds gathered on Halloween.', [['Halloween', '2024-10-31']]],
  ])('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  it('has no year without a reference date', () => {
    expect(found('He died on Christmas Day.', null)).toEqual([['Christmas Day', 'XXXX-12-25']]);
  });

  it.each([
    'Christmas shopping rose 4%.',
    'He lives on Christmas Island.',
    'Merry Christmas, he said.',
    'Halloween costumes sold out.',
  ])('not a holiday date: %s', (input) => {
    expect(found(input)).toEqual([]);
  });
});
