/** Participants through pronouns: only when exactly one person of the pronoun's gender is in view. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

/** "trigger: participant names | summary" for each event. */
function participants(text: string): string[] {
  const result = facts(text, '2025-03-03');
  const names = new Map(result.people.map((p) => [p.id, p.name]));
  return result.events.map((e) => `${e.trigger.text}: ${e.people.map((id) => names.get(id)).join(', ')} | ${e.summary}`);
}

describe.each<[string, string[]]>([
  // "he" after the one man named (MaleName in compromise's lexicon)
  ['Lamar Odom was hospitalized in 2015. He recovered in 2016.',
    ['hospitalized: Lamar Odom | Lamar Odom was hospitalized', 'recovered: Lamar Odom | Lamar Odom recovered']],
  // "She": Khloé's gender is unknown to the lexicon, Lamar is a man, so she is the only one who fits
  ['Khloé Kardashian married Lamar Odom in 2009. She filed for divorce in 2013.',
    ['married: Khloé Kardashian, Lamar Odom | Khloé Kardashian married Lamar Odom', 'filed: Khloé Kardashian | Khloé Kardashian filed for divorce']],
  // "her petition" in a clause that names nobody
  ['Khloé Kardashian filed for divorce in 2013, but later withdrew her petition in 2015.',
    ['filed: Khloé Kardashian | Khloé Kardashian filed for divorce', 'withdrew: Khloé Kardashian | later withdrew her petition']],
])('%s', (input, expected) => {
  it('resolves the pronoun to the one person who fits', () => {
    expect(participants(input)).toEqual(expected);
  });
});

describe('pronouns left alone', () => {
  it.each<[string, string]>([
    // two men in view
    ['Lamar Odom met John Smith in 2009. He left in 2013.', 'left:  | He left'],
    // two women in view
    ['Mary Jones met Anna Brown in 2009. She left in 2013.', 'left:  | She left'],
    // nobody named
    ['The company said in 2009 that it would grow. He left in 2013.', 'left:  | He left'],
    // the only person named is a man: "she" is someone else
    ['John Smith spoke in 2009. She left in 2013.', 'left:  | She left'],
  ])('%s', (input, expected) => {
    expect(participants(input).at(-1)).toBe(expected);
  });
});
