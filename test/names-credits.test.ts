/** Credits under pictures and clips ("Image: Nick Moreau.", "Video: Miharris & Acphillips."): who made them. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): string[] => facts(text).people.map((person) => person.name);

describe('a credit after a caption label', () => {
  it.each([
    ['two user names joined by "&"', 'The exhibit opened on Thursday. Video: Miharris & Acphillips.', ['Miharris', 'Acphillips']],
    ['an audio credit', 'Full interview with the curator. Audio: Jkthom.', ['Jkthom']],
    ['an image credit', 'The gallery at night. Image: Snbehnke.', ['Snbehnke']],
    ['a full name', 'The hall was full. Image: Nick Moreau.', ['Nick Moreau']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a name the article uses elsewhere', 'Wikinews reporters attended the opening. Image: Wikinews.'],
    ['a company and an acronym', 'The clock on the wall. Image: Twitter / NASA.'],
    ['an unknown word outside a credit', 'The gallery opened. Snbehnke arrived later.'],
  ])('no person: %s', (_why, text) => {
    expect(people(text)).toEqual([]);
  });
});
