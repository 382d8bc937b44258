/** Titles and offices around names: what stays outside the name, and offices named without a person. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('an office without a name is no person', () => {
  const offices: [string, string][] = [
    ['a two-word office after "the"', 'In his speech, the Prime Minister applauded the airline.'],
    ['a two-word office after a possessive', "Malaysia's Prime Minister said the boats were turned back."],
    ['an office "of" a common noun', 'John Kerry, the Secretary of State, said nothing. Kerry left.'],
    ['a one-word office after "the"', 'The talks ended when the President left.'],
  ];
  it.each(offices)('%s', (_why, text) => {
    expect(names(text, 'people').filter((name) => !/Kerry/.test(name))).toEqual([]);
  });

  const kept: [string, string, Kind, string[]][] = [
    ['the place an office is "of"', 'Guests included the Prime Minister of Singapore, Mr. Lee Hsien Loong.', 'places', ['Singapore']],
    ['the person after the office', 'Guests included the Prime Minister of Singapore, Mr. Lee Hsien Loong.', 'people', ['Lee Hsien Loong']],
    ['a surname that is also a title', 'Stephen King wrote it. King said he was tired.', 'people', ['Stephen King']],
    ['a title before the name', 'Afghan Ambassador Hamdullah Mohib spoke.', 'people', ['Hamdullah Mohib']],
  ];
  it.each(kept)('keeps %s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('first names that are also words', () => {
  it('reads one before an unknown surname as a person', () => {
    expect(names('The contest was founded by Dean Kamen to encourage science.', 'people')).toEqual(['Dean Kamen']);
  });
  it('keeps a surname that is such a name', () => {
    expect(names('Pro-Beijing legislators Starry Lee and Holden Chow were elected.', 'people')).toEqual(['Starry Lee', 'Holden Chow']);
  });
  it('leaves a place named with one alone', () => {
    expect(names('Crowds gathered in Dean Street on Sunday.', 'people')).toEqual([]);
    expect(names('Crowds gathered in Dean Street on Sunday.', 'places')).toEqual(['Dean Street']);
  });
});
