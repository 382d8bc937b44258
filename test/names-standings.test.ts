/** League tables (standings.ts): each row under a won-and-lost heading names a side; other tables name people. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

const soccerTable = [
  'SOCCER - ENGLISH LEAGUE STANDINGS .',
  'Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :',
  'Liverpool 5 4 1 0 12 4 13',
  'Arsenal 5 3 1 1 9 5 10',
  'Sheffield Wednesday 5 3 0 2 7 6 9',
].join('\n');

const groupTable = ['World Cup qualifying group standings after Wednesday :', 'Team P W D L F A Pts', 'Japan 3 2 1 0 6 2 7', 'Kuwait 3 0 1 2 1 5 1'].join('\n');

const baseball = ['American League standings ( tabulate under won , lost , winning percentage and games behind ) :', 'EASTERN DIVISION', 'W L PCT GB', 'BALTIMORE 75 68 .524 5 1/2', 'BOSTON 72 71 .503 8 1/2'].join('\n');

const batting = [
  'Averages of the England players after the first test ( tabulate under matches , innings , not out , runs , highest score , average ) :',
  'Graham Gooch 10 18 2 800 150 50.00',
  'Nick Knight 3 5 0 120 64 24.00',
].join('\n');

const golf = ['Leading scores after the third round of the Open on Saturday :', 'Ernie Els 67 67 70 204', 'Tom Lehman 68 69 68 205'].join('\n');

describe('league tables', () => {
  it.each([
    // a city's name and a weekday's are a club's in a table's row
    ['a soccer table', soccerTable, 'organizations', ['Liverpool', 'Arsenal', 'Sheffield Wednesday']],
    ['an American table in capitals, under sub-headings', baseball, 'organizations', ['American League', 'BALTIMORE', 'BOSTON']],
    // the table names the club the story names: "Sheffield Wednesday lost ground" is no town and weekday
    ['a club in the story and in its table', `Sheffield Wednesday lost ground on Saturday .\n${soccerTable}`, 'organizations', ['Sheffield Wednesday', 'Liverpool', 'Arsenal']],
    // a country's side stays the country
    ['a table of national sides', groupTable, 'places', ['Japan', 'Kuwait']],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  it.each([
    ['a batting table: no won-and-lost heading', batting, ['Graham Gooch', 'Nick Knight']],
    ['a golf leaderboard', golf, ['Ernie Els', 'Tom Lehman']],
  ])('people, not sides: %s', (_why, text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
    expect(names(text, 'organizations').filter((name) => expected.includes(name))).toEqual([]);
  });

  it.each([
    // the story's sentence above the figures says they are no table's
    ['figures under a sentence', 'Standings mattered to Aston Villa last year.\nThe club said it lost money.\nLiverpool 5 4 1 0 12 4 13'],
    ['a row with too few figures', 'Standings ( tabulate under won , lost ) :\nLiverpool 5 4 1'],
  ])('no side: %s', (_why, text) => {
    expect(names(text, 'organizations')).not.toContain('Liverpool');
  });
});
