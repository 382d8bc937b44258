/** Common nouns next to a name that say what it names (descriptors.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a describing noun next to a name', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a noun before the name', 'Irish national airline Aer Lingus bought six jets.', 'organizations', ['Aer Lingus']],
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
