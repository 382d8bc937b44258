/** Results copy (results.ts): competitors with their country in brackets, scorers with their minute, sides with their goals. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

const tennis = [
  'TENNIS - RESULTS IN HAMLIN .',
  'Results on Friday :',
  'Jean-Luc Moreau ( France ) beat Li Fang ( China ) 6-1 6-2',
  'Anke Huber ( Germany ) beat Tomas Kriz ( Czech Republic ) 6-3 7-6',
].join('\n');

const soccer = [
  'SOCCER - DUTCH LEAGUE .',
  'Dutch league matches on Sunday :',
  'Vitesse Arnhem 2 ( Dirk Hoekstra 12 , Ruud van den Berg 78 ) Roda JC Kerkrade 1 ( Bram de Wit 55 )',
  'Ajax 3 PSV 1',
].join('\n');

describe('results copy', () => {
  it.each([
    // "beat" before a name makes a club of it, but not with a country in brackets after it
    ['competitors with a country in brackets', tennis, 'people', ['Jean-Luc Moreau', 'Li Fang', 'Anke Huber', 'Tomas Kriz']],
    ['scorers with the minute, inside a side\'s brackets', soccer, 'people', ['Dirk Hoekstra', 'Ruud van den Berg', 'Bram de Wit']],
    ['sides with their goals', soccer, 'organizations', ['Vitesse Arnhem', 'Roda JC Kerkrade', 'Ajax', 'PSV']],
    ['scorers after a label', 'Arsenal 2 Chelsea 1\nWest Ham 0 Everton 0\nScorers : Ian Wright 12 , Dennis Bergkamp 70', 'people', ['Ian Wright', 'Dennis Bergkamp']],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  it.each([
    ['a company with its country', 'Shares of Deutsche Bank ( Germany ) rose 2 percent.'],
    ['a club named for its city', 'Ajax Amsterdam ( Netherlands ) beat Sparta Prague ( Czech Republic ) 2-1 in the cup.'],
    // compromise does not know "March" as a month: no player of that name either
    ['a date in brackets in a match report', 'Arsenal 2 Chelsea 1\nWest Ham 0 Everton 0\nThe final ( March 4 ) was sold out.'],
    ['a number in brackets outside a match report', 'The board met ( Section 12 , item 3 ) and voted.'],
  ])('no person: %s', (_why, text) => {
    expect(names(text, 'people')).toEqual([]);
  });
});

describe('sports events are no people', () => {
  it.each([
    ['TENNIS - HAMLIN OPEN RESULTS .\nResults from the Hamlin Open on Friday :\nAnke Huber ( Germany ) beat Li Fang ( China ) 6-2 6-2', ['Anke Huber', 'Li Fang']],
    ['Jody Hamlin won the London Marathon and the Monaco Grand Prix drew a crowd.', ['Jody Hamlin']],
  ])('%s', (text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
});

describe('a cricket scorecard is sports copy', () => {
  const scorecard = ['CRICKET - SCOREBOARD .', 'England first innings', 'M. Atherton c Inzamam b Wasim 31', 'A. Stewart lbw b Mushtaq 44', 'G. Thorpe not out 54'].join('\n');
  it.each([
    // the fielder and the bowlers are lone unknown surnames: players
    [scorecard, ['M. Atherton', 'Inzamam', 'Wasim', 'A. Stewart', 'Mushtaq', 'G. Thorpe']],
    // no batsman's line: a lone unknown name stays undecided
    ['Plans were drawn up by Inzamam and approved on Monday.', []],
  ])('%s', (text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
});

describe("a competitor's country in brackets", () => {
  const results = 'TENNIS - RESULTS .\nSlobodan Ilic ( Yugoslavia ) beat Pete Sampras ( U.S. ) 6-3 6-2\nLOS ANGELES ( Reuters ) - Sampras said he was tired .';
  it.each([
    // the lists do not know Yugoslavia: a place all the same, not a player
    [results, 'places', ['Yugoslavia', 'U.S.', 'LOS ANGELES']],
    [results, 'people', ['Slobodan Ilic', 'Pete Sampras']],
    // a news agency in a dateline's brackets stays an organization
    [results, 'organizations', ['Reuters']],
    // after a lower-case word: not a competitor's country
    ['The winner ( Kelvara ) was named on Monday by the jury , said Tom Hale .', 'places', []],
  ] as [string, Kind, string[]][])('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe("a player's club in brackets in a team sport", () => {
  const squad = 'RUGBY UNION - SQUAD .\nSquad : Tom Varley ( Harlequins ) , Ned Pask ( Bath ) , Ian Roe ( Wales ) .';
  const singles = 'TENNIS - RESULTS .\nPele Marchetti ( Harriers ) beat Jan Orvik ( Austria ) 6-1 6-2\nIvo Delic ( Bath ) beat Tom Hale ( U.S. ) 6-4 6-3';
  it.each([
    // after a squad's label: the club, though the name is a town's
    [squad, 'organizations', ['Harlequins', 'Bath']],
    // a known country stays the country, even in a squad
    [squad, 'places', ['Wales']],
    [squad, 'people', ['Tom Varley', 'Ned Pask', 'Ian Roe']],
    // no label: an unknown plural is a club, a town or a country a place
    [singles, 'organizations', ['Harriers']],
    [singles, 'places', ['Austria', 'Bath', 'U.S.']],
    [singles, 'people', ['Pele Marchetti', 'Jan Orvik', 'Ivo Delic', 'Tom Hale']],
    ['Forwards : Ken Lusk ( Saracens ) , Rob Dale ( Kelvara ) .', 'organizations', ['Saracens', 'Kelvara']],
    // the label alone on the line above
    ['Ireland squad :\nTom Varley ( Bath ) , Ned Pask ( Kelvara ) .', 'organizations', ['Bath', 'Kelvara']],
    // negative: a label two lines up, or a line that is no label, says nothing
    ['Ireland named a squad :\n\nTom Varley ( Bath ) , Ned Pask ( Kelvara ) .', 'organizations', []],
    // a country no list knows, then a score: the competitor is a person, not a side after "beat"
    ['Jan Orvik ( Austria ) beat Osk Vantor ( Kelvaria ) 6-4 6-3', 'people', ['Jan Orvik', 'Osk Vantor']],
    ['Jan Orvik ( Austria ) beat Osk Vantor ( Kelvaria ) 6-4 6-3', 'places', ['Austria', 'Kelvaria']],
    // no result after the bracket: a side after "beat" stays a club
    ['Kelvar Rovers beat Osk Vantor 2-1 in the cup .', 'people', []],
  ] as [string, Kind, string[]][])('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});
