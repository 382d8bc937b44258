/**
 * Headlines name people by surname alone ("SHEARER RULED OUT"): a surname the body gives with a first name (headline.ts);
 * any capital may open a headline's name, the body decides which are names ("Dole attacks Clinton").
 */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): [string, string[]][] => facts(text).people.map((person) => [person.name, person.mentions.map((m) => m.text)]);

describe('a surname in a headline', () => {
  it.each([
    ['SOCCER - SHEARER RULED OUT .\nLONDON 1996-08-27\nStriker Alan Shearer will miss the match .', [['Alan Shearer', ['SHEARER', 'Alan Shearer']]]],
    ['TENNIS - KRAJICEK BEATS SAMPRAS .\nRichard Krajicek beat Pete Sampras 7-6 6-4 on Friday .', [['Richard Krajicek', ['KRAJICEK', 'Richard Krajicek']], ['Pete Sampras', ['SAMPRAS', 'Pete Sampras']]]],
    // the headline's first word is a verb to compromise, a name all the same
    ['Dole attacks Clinton on drugs\n\nBob Dole spoke in Iowa on Monday.', [['Bob Dole', ['Dole', 'Bob Dole']]]],
    // a title before the body's name makes its last word a surname, first name known or not
    ['ZORVAN SAYS TALKS WILL GO ON .\nBONN 1996-12-06\nChancellor Ildor Zorvan said on Friday the talks would go on .', [['Ildor Zorvan', ['ZORVAN', 'Ildor Zorvan']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // the body's name opens with no first name: its last word is no surname
    ['SOCCER - CUP DRAW MADE .\nThe World Cup draw was made on Friday .'],
    // a headline word the body does not use
    ['POLITICS - TALKS STALL .\nPete Sampras watched the talks .'],
    ['Drugs worry voters\n\nVoters said drugs were a worry, Pete Sampras said.'],
    // no title, no known first name: the last word is no surname
    ['ZORVAN SAYS TALKS WILL GO ON .\nBONN 1996-12-06\nIldor Zorvan and Kelvara Motors said on Friday the talks would go on .'],
  ])('no headline person: %s', (text) => {
    expect(facts(text).people.flatMap((person) => person.mentions.map((m) => m.text)).filter((t) => !/\p{Ll}/u.test(t))).toEqual([]);
  });
});
