/** Towns, countries and clubs' plurals (towns.ts), for clubs, headlines, sides, results and match sentences alike. */
import { describe, expect, it } from 'vitest';
import { isCountryName, isTown, isTownNotCountry, isUnknownPlural } from '../src/extract/names/towns.js';

describe('isTown', () => {
  // cities and regions of the lists ("Tel Aviv", "Belgrade"), of compromise ("Bavaria", "Macau")
  const towns = ['Kiev', 'Munich', 'Tel Aviv', 'Madrid', 'Belgrade', 'Ostrava', 'Bergen', 'New Delhi', 'Bavaria', 'Yorkshire', 'Macau', 'Gold Coast'];
  it.each(towns)('%s is a town', (name) => {
    expect(isTown(name)).toBe(true);
  });
  // a country, a word, a company's suffix, a club word with its town
  const others = ['Spain', 'Croatia', 'Alia', 'Oil', 'estate', 'Square', 'Holdings Plc', 'Foundation', 'Star Belgrade'];
  it.each(others)('%s is no town', (name) => {
    expect(isTown(name)).toBe(false);
  });
});

describe('isTownNotCountry and isCountryName', () => {
  it.each(['Houston', 'Bavaria', 'Newcastle'])('%s is a town and no country', (name) => {
    expect([isTownNotCountry(name), isCountryName(name)]).toEqual([true, false]);
  });
  it.each(['Japan', 'Spain', 'Wales'])('%s is a country and no town', (name) => {
    expect([isTownNotCountry(name), isCountryName(name)]).toEqual([false, true]);
  });
});

describe('isUnknownPlural', () => {
  it.each(['Harlequins', 'Saracens', 'Kelvarers'])('%s is a plural no list knows', (name) => {
    expect(isUnknownPlural(name)).toBe(true);
  });
  // known places, a name ending in "ss", a singular
  it.each(['Paris', 'Wales', 'Voss', 'Kelvara'])('%s is not', (name) => {
    expect(isUnknownPlural(name)).toBe(false);
  });
});
