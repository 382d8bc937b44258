/** Places named by where they stand: the region of a dateline (wire.ts), a place holding a place (context.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const kinds = (text: string): Record<string, string[]> => {
  const found = facts(text);
  return { people: found.people.map((e) => e.name), places: found.places.map((e) => e.name), organizations: found.organizations.map((e) => e.name) };
};

describe('places by position', () => {
  it.each([
    // the region after the dateline's place, before its date, though "Bank" ends bodies' names
    ['HEBRON , West Bank 1996-08-28\nPolice arrested 12 people on Wednesday .', 'West Bank'],
    ['AL-AIN , Kelvara Coast 1996-12-06\nJapan began the defence of their title .', 'Kelvara Coast'],
    // "the X town of Y": X is a place too
    ['Settlers clashed with police in the West Bank town of Hebron on Wednesday.', 'West Bank'],
    ['Fighting spread to the Tessin port of Osk, officials said.', 'Tessin'],
    // "the town of X": X is a place, though no list knows it
    ['The girls disappeared from the town of Grace-Hollogne near Liege.', 'Grace-Hollogne'],
    ['Rebels shelled the city of Kelvara on Monday.', 'Kelvara'],
  ])('%s', (text, place) => {
    expect(kinds(text).places).toContain(place);
  });

  it.each([
    // a sentence after the dateline's place, not a region and a date
    ['HEBRON , West Bank officials said on Wednesday that 12 people were held .', 'West Bank'],
    // "of" after another noun: the University of Kelvara is no place
    ['She studied at the University of Kelvara.', 'Kelvara'],
    // the noun without "of": a body's city office, no place inside a place
    ['The Tessin Bank city office closed.', 'Tessin Bank'],
  ])('no place: %s', (text, name) => {
    expect(kinds(text).places).not.toContain(name);
  });
});
