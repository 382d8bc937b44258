/** What a person is "of" ("Nick Rask of Corvo Corvo") is a body or a place, never another person. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a name after "<first name> <surname> of"', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a band named like a person', 'The show had musician Nick Rask of Corvo Corvo on stage.', 'organizations', ['Corvo Corvo']],
    ['the person before it', 'The show had musician Nick Rask of Corvo Corvo on stage.', 'people', ['Nick Rask']],
    ['a place stays a place', 'Senator John Kerry of Massachusetts voted no.', 'places', ['Massachusetts']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  it.each([
    ['after a common noun', 'The play was written by the son of Arthur Miller.', ['Arthur Miller']],
    ['after a title, not a given name', 'The Prince of Wales met Tony Blair.', ['Tony Blair']],
  ])('keeps a person %s', (_why, text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
});
