/** A nationality or a country's adjective names nothing (nationality-adjectives.ts). */
import { describe, expect, it } from 'vitest';
import { isNationalityWord, isTwoWordNationality } from '../src/extract/names/nationality-adjectives.js';
import { facts } from './helpers.js';

const names = (text: string): string[] => {
  const result = facts(text);
  return [...result.people, ...result.places, ...result.organizations].map((entity) => entity.name);
};

describe('a nationality word', () => {
  it.each([
    // compromise's Demonym
    ['Afghan', true],
    ['Belgians', true],
    // a country less "ia": "Yugoslavia", "Serbia", "Croatia"
    ['Yugoslav', true],
    ['Serb', true],
    ['Croat', true],
    // a known place plus a suffix: "Dagestan" + "i", "Bosnia" + "n", "Punjab" + "i"
    ['Dagestani', true],
    ['Bosnian', true],
    ['Punjabi', true],
    // places and names the lists know as written
    ['Asia', false],
    ['Indiana', false],
    ['Mali', false],
    ['Susan', false],
    // no place under it: "Dan" + "ia", "Hebron"
    ['Dania', false],
    ['Hebron', false],
    // known names, and words in "s": "Russia", "Persia"
    ['Russ', false],
    ['Pers', false],
  ])('%s: %s', (word, expected) => {
    expect(isNationalityWord(word)).toBe(expected);
  });
});

describe('a nationality adjective from a place the lists know', () => {
  it.each([
    // "Dagestan" + "i" (the lists hold "Republic of Dagestan")
    ['Police in the Dagestani capital Makhachkala said two men were killed.', 'Dagestani', 'Makhachkala'],
    ['Police said Punjabi farmers blocked the road to Amritsar on Monday.', 'Punjabi', 'Amritsar'],
    ['Witnesses said Chechnyan rebels fired on a convoy from Moscow.', 'Chechnyan', 'Moscow'],
    // before a title
    ['The Dagestani President Ramzan Aliyev met officials in Moscow.', 'Dagestani', 'Moscow'],
    ['Yugoslav President Slobodan Milosevic spoke in Belgrade.', 'Yugoslav', 'Belgrade'],
    // a country less "ia" before a noun
    ['Serb forces shelled Sarajevo on Monday.', 'Serb', 'Sarajevo'],
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
    ['Talks went on, and Armen said no.', 'Armen'],
    // a first name the lists know
    ['Ministers met and Susan Ravel spoke.', 'Susan Ravel'],
    ['Dania Ramirez starred in the film, shot in Asia and Indiana.', 'Dania Ramirez'],
  ])('stays a name: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('isTwoWordNationality', () => {
  it.each([['South', 'African'], ['North', 'Korean'], ['Sri', 'Lankan'], ['Northern', 'Irish']])('%s %s is one nationality', (first, second) => {
    expect(isTwoWordNationality(first, second)).toBe(true);
  });
  // a direction before a place or a name, a nationality after an ordinary word
  it.each([['South', 'Africa'], ['North', 'Kelvara'], ['Royal', 'Dutch']])('%s %s is none', (first, second) => {
    expect(isTwoWordNationality(first, second)).toBe(false);
  });
});
