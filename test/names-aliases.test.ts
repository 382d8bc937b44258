/** One entity for the several names of a country or a body. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

describe('the names of one country', () => {
  it('joins "US", "U.S." and "United States" in one place', () => {
    const text = 'US stocks fell. Traders in the United States sold, and U.S. banks lost most.';
    expect(facts(text).places.map((place) => [place.name, place.aliases])).toEqual([['United States', ['US', 'U.S.']]]);
  });
  it('joins "Britain" and "United Kingdom"', () => {
    const text = 'Britain voted. The United Kingdom then left the talks.';
    expect(facts(text).places.map((place) => [place.name, place.aliases])).toEqual([['United Kingdom', ['Britain']]]);
  });
  it('keeps two countries apart', () => {
    const text = 'North Korea fired shells at South Korea on Friday.';
    expect(facts(text).places.map((place) => place.name)).toEqual(['North Korea', 'South Korea']);
  });
});

describe('a dotted acronym', () => {
  it('joins the one body with its initials', () => {
    const text = 'The United Nations met in New York. The U.N. said it was worried.';
    expect(facts(text).organizations.map((org) => [org.name, org.aliases])).toEqual([['United Nations', ['U.N.']]]);
  });
});
