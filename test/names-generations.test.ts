/** A generation after a surname ("Jr.", "Sr.") belongs to the name: no title split, the full stop kept, the surname alone joins. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): [string, string[]][] => facts(text).people.map((person) => [person.name, person.mentions.map((m) => m.text)]);

describe('a generation after a surname', () => {
  it.each([
    // "King" is a title elsewhere ("King Hussein"), not before "Jr."
    ['Martin Luther King Jr. was remembered on Monday.', [['Martin Luther King Jr.', ['Martin Luther King Jr.']]]],
    ['Ken Griffey Jr. hit a home run. Griffey said he was happy.', [['Ken Griffey Jr.', ['Ken Griffey Jr.', 'Griffey']]]],
    // a Roman generation, which looks like an acronym, makes a person of a name nothing else describes
    ['Rookie guard Darnell Hughes III scored 24 points. Hughes was the 11th pick.', [['Darnell Hughes III', ['Darnell Hughes III', 'Hughes']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('makes no person of a war', () => {
    expect(people('The World War II veterans met on Monday.')).toEqual([]);
  });

  it.each([
    // a title inside a run still starts the name when no generation follows
    ['Jordanian King Hussein met Afghan Ambassador Hamdullah Mohib.', ['Hussein', 'Hamdullah Mohib']],
  ])('still a title: %s', (text, expected) => {
    expect(facts(text).people.map((person) => person.name)).toEqual(expected);
  });
});

describe('a regnal number after a titled name', () => {
  const names = (text: string): string[] => facts(text).people.map((person) => person.name);
  it.each([
    ['Pope John Paul II said mass in Rome on Sunday.', ['John Paul II']],
    ['Queen Elizabeth II opened parliament.', ['Elizabeth II']],
    ['Pope Benedict XVI visited Germany.', ['Benedict XVI']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['no title: a mission', 'Apollo XI landed on the moon.'],
    ['no title: a war', 'World War II ended in 1945.'],
    ['no title: a game', 'Super Bowl XXX was played in Arizona.'],
  ])('no person: %s', (_why, text) => {
    expect(names(text)).toEqual([]);
  });
});
