/**
 * Headlines name people by surname alone ("SHEARER RULED OUT"): a surname the body gives with a first name (headline.ts);
 * any capital may open a headline's name, the body decides which are names ("Dole attacks Clinton").
 * A country in a headline is a name whether or not the body uses it ("RUSSIA 'S LEBED SAYS ...").
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

describe('a country in a headline', () => {
  const places = (text: string): string[] => facts(text).places.map((place) => place.name);
  it.each([
    // the body says "Russian" only, or names the country in no other way
    ["RUSSIA 'S LEBED SAYS PEACE DEAL HOLDING .\nMOSCOW 1996-08-31\nRussian security chief Alexander Lebed said on Saturday the deal was holding .", ['RUSSIA', 'MOSCOW']],
    ['CHINA SAYS TALKS USEFUL .\nBEIJING 1996-08-22\nThe foreign ministry said on Thursday the talks were useful .', ['CHINA', 'BEIJING']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    // the body writes the word in lower case: a common noun
    ['TURKEY SALES SOAR BEFORE HOLIDAY .\nNEW YORK 1996-11-20\nSales of turkey rose 12 percent , grocers said .', 'TURKEY'],
  ])('no country: %s', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});
