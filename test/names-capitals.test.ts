/** Capitalised words that the lexicon reads as function words, and caption labels inside runs. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a country in capitals is not the pronoun "us"', () => {
  const cases: [string, string, string[]][] = [
    ['sentence-initial, before a noun', 'US stocks fell sharply on Monday.', ['US']],
    ['mid-sentence, before a noun', 'Investors fear a US recession this year.', ['US']],
    ['the United Kingdom too', 'UK shares rose while the index fell.', ['UK']],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(names(text, 'places')).toEqual(expected);
  });
  const pronouns: [string, string][] = [
    ['the pronoun in lower case', 'They told us nothing about the plan.'],
    ['the pronoun opening a quote', 'He said: "Us? We never agreed."'],
  ];
  it.each(pronouns)('nothing: %s', (_why, text) => {
    expect(names(text, 'places')).toEqual([]);
  });
});

describe('caption labels end a run', () => {
  it('stops a place at a label that follows an abbreviation', () => {
    const text = 'The contest was held in Washington D.C. Image: United States Navy.\nThe team won. Image: Nick Moreau.';
    expect(names(text, 'places')).toEqual(['Washington D.C.']);
    expect(names(text, 'organizations')).toEqual(['United States Navy']);
    expect(names(text, 'people')).toEqual(['Nick Moreau']);
  });
  it('keeps an organization word after an abbreviation inside the name', () => {
    expect(names('Shares of Acme Holdings Co. Ltd rose on Friday.', 'organizations')).toEqual(['Acme Holdings Co. Ltd']);
  });
});

describe('a weekday before a name is a date', () => {
  it('cuts the weekday off the front of a run', () => {
    expect(names('Late on Friday Maria Santos said the deal was done.', 'people')).toEqual(['Maria Santos']);
  });
  it('keeps a weekday that ends a club name', () => {
    expect(names('They beat Sheffield Wednesday 2-1 on Saturday.', 'organizations')).toEqual(['Sheffield Wednesday']);
  });
});

describe('a place after a preposition in a capitals headline', () => {
  const story = (headline: string): string => `${headline}\n\nOSK 1996-11-04\n\nTom Kelvar was seeded second on Monday.`;
  it.each([
    ['a town after "IN"', 'TENNIS - KELVAR SECOND SEED IN STOCKHOLM', ['STOCKHOLM', 'OSK']],
    ['a town after "NEAR"', 'BOMB KILLS 12 NEAR KARACHI', ['KARACHI', 'OSK']],
  ])('%s', (_why, headline, expected) => {
    expect(names(story(headline), 'places')).toEqual(expected);
  });
  it.each([
    ['a town without a preposition', 'TENNIS - STOCKHOLM SEEDS NAMED', ['OSK']],
    ['a first name after "IN"', 'TENNIS - KELVAR IN JORDAN FORM', ['OSK']],
    ['an ordinary word after "IN"', 'FLOODS KILL 120 IN SOUTHERN KELVARIA', ['OSK']],
  ])('not %s', (_why, headline, expected) => {
    expect(names(story(headline), 'places')).toEqual(expected);
  });
});
