/** Words that make a name a body's: a foreign body word opening it, a trade before a body noun. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('body words', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a German union', 'Vereinigung Cockpit said pilots would strike on Friday.', 'organizations', ['Vereinigung Cockpit']],
    ['a French society', 'Societe Kelvaroise said profits rose.', 'organizations', ['Societe Kelvaroise']],
    ['a Spanish federation', 'Federacion Ortiz said the match was off.', 'organizations', ['Federacion Ortiz']],
    ['a trade before "union"', 'The pilots union Tomas Verde said it would strike.', 'organizations', ['Tomas Verde']],
    ['a genre before "band"', 'The rock band Tobias Quill said they would tour.', 'organizations', ['Tobias Quill']],
    // negative: "the party" ends a phrase before the clause's subject
    ['a phrase that ends in a body noun', 'At the party Tobias Quill said he would resign.', 'people', ['Tobias Quill']],
    ['a person whose name holds no body word', 'Anton Gesell said he would go.', 'people', ['Anton Gesell']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('a known place before a common word', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a police force', 'Scotland Yard said two men were arrested.', 'organizations', ['Scotland Yard']],
    ['a postal company', 'Norway Post said it would cut jobs.', 'organizations', ['Norway Post']],
    // negative: a given name that is a place's, a part of a place
    ['a given name that is a city', 'Sydney Hale said he would resign.', 'people', ['Sydney Hale']],
    ['a part of a place', 'Voters in Kowloon East said the vote was fair.', 'organizations', []],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('shares of a company', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['shares of', 'Shares of Kelvin Marsh fell sharply on Monday.', 'organizations', ['Kelvin Marsh']],
    ['shares in', 'Shares in Tobias Quill rose 5 percent.', 'organizations', ['Tobias Quill']],
    // negative: "shares" as a verb after a person
    ['a person who shares', 'Tobias Quill shares his time between Kelvara and Osk, he said.', 'people', ['Tobias Quill']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});
