/**
 * Names in reports of public life: chambers named by one word, a body's long name with
 * "and", officials "in" a place, storms and diseases that name no one (held-out round 4).
 */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('names in public life', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a chamber named by one word', 'The bill now goes to the Senate, where the government has a slim majority.', 'organizations', ['Senate']],
    ['a chamber without "the"', 'He will send a reform of the water code to Congress before May.', 'organizations', ['Congress']],
    ['a state\'s chamber, though the state is a first name', 'Ortiz, who chairs the Florida Senate\'s emergency committee, spoke.', 'organizations', ['Florida Senate']],
    ['a body\'s name of ordinary words with "and"', 'It carries a sensor supplied by the National Aeronautics and Space Administration.', 'organizations', ['National Aeronautics and Space Administration']],
    ['an official "in" a place', 'Sunita Bora, a district official in Dhemaji, said rescuers were struggling.', 'places', ['Dhemaji']],
    ['a stake "in" a body', 'The group bought a stake in Dunmore last year.', 'organizations', ['Dunmore']],
    ['a describing word before a country opens a sentence', 'Neighbouring Bangladesh has also reported floods.', 'places', ['Bangladesh']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  const nobody: [string, string][] = [
    ['a storm and its name alone', 'Hurricane Delia strengthened on Tuesday. Forecasters said Delia had winds of 115 mph.'],
    ['a disease named for a town', 'The ministry confirmed an outbreak of the Marburg virus on Friday.'],
    ['a chamber\'s word in lower case', 'The senate of the club met, and congress was held in May.'],
  ];
  it.each(nobody)('no name: %s', (_why, text) => {
    const found = facts(text);
    expect([...found.people, ...found.places, ...found.organizations].map((entity) => entity.name)).toEqual([]);
  });

  it('keeps a person who shares a storm\'s name apart from it', () => {
    const text = 'Hurricane Delia strengthened. Delia said the storm had winds of 115 mph. Delia Smith, a cook, said she would stay.';
    expect(facts(text).people.map((person) => [person.name, person.mentions.length])).toEqual([['Delia Smith', 1]]);
  });
});
