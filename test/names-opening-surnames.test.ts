/** A surname that is also a word ("Major") opens a sentence as the person the article names in full (opening-surnames.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): [string, string[]][] => facts(text).people.map((person) => [person.name, person.mentions.map((m) => m.text)]);

describe('a sentence opened by a surname that is also a word', () => {
  it.each([
    ['before a speech verb', 'Prime Minister John Major faced a vote. Major said he would win.', [['John Major', ['John Major', 'Major']]]],
    ['before a comma', 'Prime Minister John Major faced a vote. Major, who leads the party, smiled.', [['John Major', ['John Major', 'Major']]]],
    ['a nurse named in full first', 'Police named her as Nora Keel, 34. Keel, who is a nurse, said she would fight.', [['Nora Keel', ['Nora Keel', 'Keel']]]],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['before a noun', 'Peter Senior shot 68. Senior officials said the course was hard.', [['Peter Senior', ['Peter Senior']]]],
    ['with no full name in the article', 'The vote was close. Major changes are planned.', []],
  ])('leaves the word alone %s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a sentence opened by an unknown word that an apposition describes as a person (apposition.ts)', () => {
  it.each([
    ['a role after "the" and a body', 'Tietmeyer, the Bundesbank president, will speak on Friday.', [['Tietmeyer', ['Tietmeyer']]]],
    ["a role after a country's possessive", "Kinkel, Germany's foreign minister, said the talks were useful.", [['Kinkel', ['Kinkel']]]],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('reads a body from a body\'s noun in the apposition', () => {
    expect(facts("Copa, the EU farmers' lobby in Brussels, welcomed the move.").organizations.map((org) => org.name)).toEqual(['Copa', 'EU']);
  });

  it.each([
    ['an apposition with no role', 'Raskov, a small town, voted on Sunday.', []],
    ['a role with no closing comma', 'Raskov, the president said, had voted.', []],
  ])('leaves the word alone: %s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
