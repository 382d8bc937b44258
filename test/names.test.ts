/** Names: which capitalised runs are people, places or organizations, and how they merge. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';

const found: [string, Kind, string[]][] = [
  ['Lamar Odom met Khloé Kardashian in Las Vegas.', 'people', ['Lamar Odom', 'Khloé Kardashian']],
  ['Lamar Odom met Khloé Kardashian in Las Vegas.', 'places', ['Las Vegas']],
  // titles stay outside the span
  ['Yesterday Mr. Raymond Roth said he was fine.', 'people', ['Raymond Roth']],
  ['The talks were led by President Donald Trump.', 'people', ['Donald Trump']],
  // possessive outside the span
  ["Khloé and Lamar's marriage ended. Lamar Odom said so.", 'people', ['Lamar Odom']],
  // a question's auxiliary is not a first name
  ['Will Khloé Kardashian and Lamar Odom ever get back together?', 'people', ['Khloé Kardashian', 'Lamar Odom']],
  // a name inside a longer name is part of it
  ['He played for the Los Angeles Lakers for years.', 'organizations', ['Los Angeles Lakers']],
  ['He played for the Los Angeles Lakers for years.', 'places', []],
  ['The Good American founder filed the papers.', 'organizations', ['Good American']],
  ['Shares of Northrop Grumman Corp rose.', 'organizations', ['Northrop Grumman Corp']],
  ['The Bank of England raised rates.', 'organizations', ['Bank of England']],
  ['He starred for the NBA for a decade.', 'organizations', ['NBA']],
  // dateline: city and state are two places
  ['Los Angeles, California - The show goes on.', 'places', ['Los Angeles', 'California']],
];

describe('names are found and classified', () => {
  it.each(found)('%s -> %s', (text, kind, expected) => {
    expect(facts(text)[kind].map((entity) => entity.name)).toEqual(expected);
  });
});

const aliases: [string, string, string[]][] = [
  ['Lamar Odom arrived. Later Lamar spoke and Odom left.', 'Lamar Odom', ['Lamar', 'Odom']],
  // a reduplicated nickname joins the one person with the same initial
  ['Khloé Kardashian smiled. KoKo was happy, said Lamar Odom.', 'Khloé Kardashian', ['KoKo']],
];

describe('short forms join their full name', () => {
  it.each(aliases)('%s', (text, name, expected) => {
    const person = facts(text).people.find((p) => p.name === name);
    expect(person?.aliases).toEqual(expected);
  });

  it('keeps a nickname apart from the person named as its relative', () => {
    const people = facts("Kris Jenner spoke. Khloé Kardashian listened. KoKo's mom, Kris Jenner, cried.").people;
    expect(people.find((p) => p.name === 'Khloé Kardashian')?.aliases).toEqual(['KoKo']);
    expect(people.find((p) => p.name === 'Kris Jenner')?.aliases).toEqual([]);
  });

  it('keeps two people who share a surname apart; the short form goes to the one named last', () => {
    const people = facts('Lazaro Gonzalez and Delfin Gonzalez met. Gonzalez said no.').people;
    expect(people.map((p) => [p.name, p.aliases])).toEqual([
      ['Lazaro Gonzalez', []],
      ['Delfin Gonzalez', ['Gonzalez']],
    ]);
  });
});

describe('headline names count only when the body names them', () => {
  it('keeps a headline mention of a body name', () => {
    const result = facts('Lamar Odom Talks Reuniting With Family\nLamar Odom said he was happy.');
    expect(result.people.map((p) => [p.name, p.mentions.length])).toEqual([['Lamar Odom', 2]]);
  });

  it('drops headline capitals the body never uses', () => {
    expect(facts('Talks Reuniting Brings Hope\nLamar Odom said he was happy.').people.map((p) => p.name)).toEqual(['Lamar Odom']);
  });

  // Wikinews writes headlines in sentence case: their capitals mark names, as in the body.
  const sentenceCase: [string, string, Kind, string[]][] = [
    ['a short form of a body name', 'Skyvia delivers its last jet to Kelvara\n\nSkyvia Airlines delivered the jet on Monday.', 'organizations', ['Skyvia Airlines']],
    ['a place the body never names', 'Storm hits Lisbon harbour\n\nA storm damaged boats on Monday.', 'places', ['Lisbon']],
    ['title case still drops it', 'Storm Hits Lisbon Harbour\n\nA storm damaged boats on Monday.', 'places', []],
  ];
  it.each(sentenceCase)('a sentence-case headline: %s', (_why, text, kind, expected) => {
    expect(facts(text)[kind].map((entity) => entity.name)).toEqual(expected);
  });
});
