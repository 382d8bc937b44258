/** Credits under pictures and clips ("Image: Dana Voss.", "Video: Tovrel & Kasmund."): who made them. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): string[] => facts(text).people.map((person) => person.name);

describe('a credit after a caption label', () => {
  it.each([
    ['two user names joined by "&"', 'The exhibit opened on Thursday. Video: Tovrel & Kasmund.', ['Tovrel', 'Kasmund']],
    ['an audio credit', 'Full interview with the curator. Audio: Brellwyn.', ['Brellwyn']],
    ['an image credit', 'The gallery at night. Image: Quastor.', ['Quastor']],
    ['a full name', 'The hall was full. Image: Dana Voss.', ['Dana Voss']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a name the article uses elsewhere', 'Wikinews reporters attended the opening. Image: Wikinews.'],
    ['a company and an acronym', 'The clock on the wall. Image: Twitter / NASA.'],
    ['an unknown word outside a credit', 'The gallery opened. Quastor arrived later.'],
  ])('no person: %s', (_why, text) => {
    expect(people(text)).toEqual([]);
  });
});
