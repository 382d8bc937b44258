/** Common nouns next to a name that say what it names (descriptors.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a describing noun next to a name', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a noun before the name', 'Irish national airline Aer Lingus bought six jets.', 'organizations', ['Aer Lingus']],
    // a first name in the body's name weighs less than a noun only bodies have
    ['a body named with a first name', 'He signed with the Italian agency Rosa Associati in May.', 'organizations', ['Rosa Associati']],
    ['a compound noun before the name', 'The bailout of insurance firm Dunmore Clark was approved.', 'organizations', ['Dunmore Clark']],
    ['a noun after the name', 'According to Yonhap news agency, the talks failed.', 'organizations', ['Yonhap']],
    ['a noun after the name, as subject', 'The Sea Org group requires members to sign a contract.', 'organizations', ['Sea Org']],
    ['the head of an apposition', 'On Monday Skyvia, the Irish low-cost airline, ordered jets.', 'organizations', ['Skyvia']],
    ['a place in apposition', 'They met in Castlebar, a town in the west.', 'places', ['Castlebar']],
    ['a place before "of"', 'Rebels took Kelvara, the capital of the region, on Monday.', 'places', ['Kelvara']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  const notThese: [string, string, Kind][] = [
    ['a capitalised common word before the noun', 'The Internet security firm said browsers were at risk.', 'organizations'],
    ['a person in apposition to a company role', 'Talbot Quinn, a company spokesman, said no.', 'organizations'],
    // a noun people also stand after ("the party chairman"): the first name keeps the person
    ['a person after a noun people share with bodies', 'At the party Rosa Marin said she was pleased.', 'organizations'],
    ['a noun with words between it and the name', 'The firm hired many people, Talbot Quinn said.', 'organizations'],
  ];
  it.each(notThese)('nothing: %s', (_why, text, kind) => {
    expect(names(text, kind)).toEqual([]);
  });
});

describe('"the" before a name', () => {
  it('is no person\'s', () => {
    // an unknown two-word name, as an index or a body is written: "the Dow Jones was down"
    expect(facts('The Tam Rask was down 2 percent at noon. Later the Tam Rask fell again.').people).toEqual([]);
  });
  it('still allows a person whose name modifies a noun', () => {
    const text = 'Mario Monti took office in 2011. The tax rose under the Monti government, Monti said.';
    expect(names(text, 'people')).toEqual(['Mario Monti']);
  });
  it('leaves a person named without "the" alone', () => {
    expect(names('Tam Rask was in the office, a colleague said. Rask left at noon.', 'people')).toEqual(['Tam Rask']);
  });
});

describe('a describing noun before a name outweighs speech and a surname', () => {
  const bodies: [string, string, Kind, string[]][] = [
    ['an airline that speaks', 'Irish airline Aer Lingus said it would buy six jets.', 'organizations', ['Aer Lingus']],
    ['a firm that speaks again without its noun', 'Insurance firm Dunmore Clark said profits fell. Dunmore Clark said it would cut jobs. Dunmore Clark added that costs rose.', 'organizations', ['Dunmore Clark']],
    ['a speech verb before the name', 'The deal was good, said carmaker Velloro Tansk.', 'organizations', ['Velloro Tansk']],
  ];
  it.each(bodies)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  const people: [string, string, string][] = [
    ['a noun that also names a trade', 'Property developer Tam Rask said the tower would open in May.', 'Tam Rask'],
    ['a noun that ends a phrase before a clause', 'At the party Tam Rask said she was tired.', 'Tam Rask'],
    ['no describing noun at all', 'Tam Rask said the firm would grow. Rask added that costs rose.', 'Tam Rask'],
    ['a publisher, who may be a person', 'Newspaper publisher Dana Voss said the paper would close.', 'Dana Voss'],
  ];
  it.each(people)('still a person: %s', (_why, text, person) => {
    expect(names(text, 'people')).toEqual([person]);
    expect(names(text, 'organizations')).toEqual([]);
  });
});

describe('a plural noun before a list of names', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['schools', 'The board fined the private schools San Kelvo and Ardmorra in Pisa.', 'organizations', ['San Kelvo', 'Ardmorra']],
    ['carriers', 'Rival carriers Kelvor and Dresmann cut fares on Monday.', 'organizations', ['Kelvor', 'Dresmann']],
    ['companies', 'Insurance companies Kelvara and Brodwin said no.', 'organizations', ['Kelvara', 'Brodwin']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
    expect(names(text, 'people')).toEqual([]);
  });

  it.each([
    ['a plural after the name qualifies nothing', 'The G7 nations had met in Washington.', 'places', ['Washington']],
    ['a plural in apposition describes no name', 'On Sunday, the fifteen countries met in Brussels.', 'places', ['Brussels']],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  it('leaves a person after a plural for people too', () => {
    expect(names('The show had publishers Jann Wenner and Carlo De Benedetti.', 'organizations')).toEqual([]);
  });
});
