/** A known place's name with a nationality suffix, before a lower-case word, names nothing (nationality-adjectives.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const names = (text: string): string[] => {
  const result = facts(text);
  return [...result.people, ...result.places, ...result.organizations].map((entity) => entity.name);
};

describe('a nationality adjective from a place the lists know', () => {
  it.each([
    // "Dagestan" + "i" (the lists hold "Republic of Dagestan")
    ['Police in the Dagestani capital Makhachkala said two men were killed.', 'Dagestani', 'Makhachkala'],
    ['Police said Punjabi farmers blocked the road to Amritsar on Monday.', 'Punjabi', 'Amritsar'],
    ['Witnesses said Chechnyan rebels fired on a convoy from Moscow.', 'Chechnyan', 'Moscow'],
  ])('%s', (text, adjective, place) => {
    const found = names(text);
    expect(found).not.toContain(adjective);
    expect(found).toContain(place);
  });

  it.each([
    // places the lists know as written
    ['Mali troops withdrew from the north.', 'Mali'],
    // no suffix on a known place
    ['Hebron residents protested on Friday.', 'Hebron'],
    // a verb after it: a name that speaks
    ['Talks went on, and Dagestani said no.', 'Dagestani'],
    // a first name the lists know
    ['Ministers met and Susan Ravel spoke.', 'Susan Ravel'],
  ])('stays a name: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
