/** Names listed together share a kind when nothing else decides one (coordination.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a list of names', () => {
  it('gives an undecided name the kind of the names listed with it', () => {
    const text = 'The show had Polaroids of Walker Evans, Robert Mapplethorpe, and Helmut Newton.';
    expect(names(text, 'people')).toEqual(['Walker Evans', 'Robert Mapplethorpe', 'Helmut Newton']);
  });
  it('does not read an apposition after a comma as a list', () => {
    const text = 'According to the New Zealand Herald, Emeritus Professor John Burrows agreed.';
    expect(names(text, 'organizations')).toEqual(['New Zealand Herald']);
  });
  it('does not list a possessive, which owns the name after it', () => {
    const text = 'Winners were Lau Siu-lai and Youngspiration\'s Yau Wai-ching.';
    expect(names(text, 'people')).toEqual(['Lau Siu-lai', 'Yau Wai-ching']);
  });
  it('reads a list through the brackets after its names', () => {
    const text = 'The court found Rizal Hakim (23), Dewi Kartika (21) and Agus Setiawan (26) guilty.';
    expect(names(text, 'people')).toEqual(['Rizal Hakim', 'Dewi Kartika', 'Agus Setiawan']);
  });
  it('gives the kind to the first names of a list whose "and" comes later', () => {
    const text = 'Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, and Athena.';
    expect(names(text, 'people')).toEqual(['Zeus', 'Hera', 'Poseidon', 'Athena']);
  });
  it('gives no kind to ordinary words listed with capitals', () => {
    const text = 'Edward Yiu of the Architectural, Surveying, Planning and Design constituency won.';
    expect(names(text, 'organizations')).not.toContain('Surveying');
  });
  it('leaves a name alone when its neighbours disagree', () => {
    const text = 'Delegates Sweden, Kelvara and Tom Smith arrived.';
    expect([...names(text, 'people'), ...names(text, 'places')]).not.toContain('Kelvara');
  });
});

describe('a name before a title is not listed', () => {
  it.each([
    // "U.N." says whose Secretary-General; it is no person like Warren Christopher
    ['Warren Christopher and U.N. Secretary-General Boutros Boutros-Ghali attended.', ['Warren Christopher', 'Boutros Boutros-Ghali']],
  ])('%s', (text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
  it.each([
    // no title after the name: listed as before
    ['The show had Polaroids of Walker Evans and Kelvin Dobbs.', ['Walker Evans', 'Kelvin Dobbs']],
  ])('still listed: %s', (text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
});
