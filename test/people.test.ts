/** Descriptions and ages: which person a role phrase or an age belongs to. */
import { describe, expect, it } from 'vitest';
import { ages, facts } from './helpers.js';

const agesFound: [string, string[]][] = [
  ['Raymond Roth, 48, of Massapequa was charged.', ['Raymond Roth 48']],
  ['Police arrested Jane Smith (34) on Monday.', ['Jane Smith 34']],
  ['The driver, Tom Hanks, aged 55, was unhurt.', ['Tom Hanks 55']],
  ['Maria Lopez, who is 25, won the race.', ['Maria Lopez 25']],
  ['Lamar Odom spoke. "It was fine," the 45-year-old athlete said.', ['Lamar Odom 45']],
  ['Doctors treated 6-year-old Elian Gonzalez at the scene.', ['Elian Gonzalez 6']],
  // the first stated age is the current one
  ['Raymond Roth, 48, said he left school. Raymond Roth, 16, was a boy then.', ['Raymond Roth 48']],
];

const notAges: [string][] = [
  // ages of things, not people
  ['Lamar Odom ended the 12-year-old conflict.'],
  ['Lamar Odom said the 30-year-old bridge was unsafe.'],
  // a number that is not an age
  ['Lamar Odom, 2015 champion, spoke.'],
  ['Raymond Roth, who is 25 percent owner, spoke.'],
  ['Lamar Odom scored 48, the most in years.'],
];

describe('ages', () => {
  it.each(agesFound)('%s', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each(notAges)('no age in: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
  it('keeps the span the age came from', () => {
    const person = facts('Raymond Roth, 48, of Massapequa was charged.').people[0]!;
    expect(person.ageSource).toEqual({ text: '48', start: 14, end: 16 });
  });
});

const descriptions: [string, string, string[]][] = [
  // apposition
  ['After the trailer, Lamar Odom, the former NBA star, spoke.', 'Lamar Odom', ['former NBA star']],
  // apposition after the age
  ['Police named Silas Brandt, 45, a retired teacher, on Monday.', 'Silas Brandt', ['retired teacher']],
  ['Police named Silas Brandt, Owen Pike, 45, a retired teacher, on Monday.', 'Silas Brandt', []],
  // a possessive's role, named in apposition
  ["Marsh's wife, Evana, told reporters she was relieved.", 'Evana', ['wife']],
  ['His father, Anton Karel Brenner, told reporters he was proud.', 'Anton Karel Brenner', ['father']],
  // a role before the name
  ['Khloé began dating NBA star Tristan Thompson.', 'Tristan Thompson', ['NBA star']],
  // salience: the subject of the latest clause that names someone
  ['Malika Haqq waited. Then Lamar Odom arrived, but Lamar Odom admitted he was late. The former Lakers star said sorry.', 'Lamar Odom', ['former Lakers star']],
  // people named in the description's own clause are someone else
  ['Khloé Kardashian was there. Malika Haqq brought Lamar Odom to meet the reality star.', 'Khloé Kardashian', ['reality star']],
];

describe('descriptions', () => {
  it.each(descriptions)('%s -> %s', (text, name, expected) => {
    const person = facts(text).people.find((p) => p.name === name);
    expect(person?.descriptors).toEqual(expected);
  });

  it('ignores role phrases with nobody to point at', () => {
    expect(facts('The former NBA star said nothing.').people).toEqual([]);
  });
});

describe('gender agreement', () => {
  it('resolves a female role to the woman, though a man was named last', () => {
    const result = facts('Kristen Stewart arrived first. Later Tom Hanks spoke. The 30-year-old actress smiled.');
    expect(result.people.map((p) => [p.name, p.age])).toEqual([
      ['Kristen Stewart', 30],
      ['Tom Hanks', null],
    ]);
  });
  it('learns a gender from the pronoun after a name', () => {
    const result = facts('Jordan Vale said she would run. Then Alex Moss said he would not. The 41-year-old mother waved.');
    expect(result.people.find((p) => p.age !== null)?.name).toBe('Jordan Vale');
  });
  it('resolves a role by the pronoun that follows it', () => {
    const result = facts('Jordan Vale said she would run. Then Alex Moss said he would not. The 41-year-old politician said he was tired.');
    expect(result.people.find((p) => p.age !== null)?.name).toBe('Alex Moss');
  });
  it.each([
    // [text, who is 22]: the pronoun far on in the person's own sentence outweighs a first name's sex ("Marin" is a woman's name in English)
    ['Marin Kovac beat Anders Lindqvist. Kovac, who had never won a match on grass before this week, first picked up a racket when he was seven. He is 22.', 'Marin Kovac'],
    // another person named before the pronoun: it is theirs, not the first's
    ['Marin Kovac beat Anders Lindqvist. Kovac, who had never won a match on grass before this week, praised Lindqvist, who said he was tired. He is 22.', 'Anders Lindqvist'],
  ])('learns a gender from a pronoun later in the sentence: %s', (text, person) => {
    expect(facts(text).people.find((p) => p.age === 22)?.name).toBe(person);
  });
  it('leaves a gendered role unresolved when nobody fits', () => {
    expect(facts('Tom Hanks spoke. The 30-year-old actress smiled.').people.map((p) => p.age)).toEqual([null]);
  });
});

describe('role phrases that name no one', () => {
  it('reads "scored the winner" as a goal', () => {
    const result = facts('Alan Shearer ran hard. Takuya Takagi scored the winner in the 88th minute.');
    expect(result.people.flatMap((p) => p.descriptors)).toEqual([]);
  });
  it('still resolves a role after other verbs', () => {
    const result = facts('Alan Shearer ran hard. Fans cheered the 26-year-old striker.');
    expect(result.people.map((p) => [p.name, p.age])).toEqual([['Alan Shearer', 26]]);
  });
});

describe('roles before a name', () => {
  it.each([
    ['Khloé began dating former NBA star Tristan Thompson.', 'Tristan Thompson', ['former NBA star']],
    ['Doctors treated 6-year-old Elian Gonzalez at the scene.', 'Elian Gonzalez', []],
  ])('%s', (text, name, expected) => {
    expect(facts(text).people.find((p) => p.name === name)?.descriptors).toEqual(expected);
  });
  it.each([
    // not back over a score or a year
    ['In sport, the Owls beat Dunmore 6-4 7-5 behind pitcher Jonah Reyes.', 'Jonah Reyes'],
    ['The Owls won the 2015 title behind pitcher Jonah Reyes.', 'Jonah Reyes'],
  ])('%s: no number in the role', (text, name) => {
    const descriptors = facts(text).people.find((p) => p.name === name)?.descriptors ?? [];
    expect(descriptors.filter((descriptor) => /\d/.test(descriptor))).toEqual([]);
  });
});
