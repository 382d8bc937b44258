/** The town in a club's name (towns.ts), for clubs.ts and headline-short-forms.ts alike. */
import { describe, expect, it } from 'vitest';
import { isTown } from '../src/extract/names/towns.js';

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
