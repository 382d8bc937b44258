/**
 * Sides on results lines (wire.ts isScoreLine, sides.ts, group.ts joinSides) and teams in
 * racing results (race-teams.ts): a town's name on a results line is the team, its
 * prose mention after "in" the town; a country stays the country.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { isScoreLine } from '../src/extract/names/wire.js';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
/** "Dunmore@12,DUNMORE@80": each entity of the kind with its mentions' texts and offsets. */
const entities = (text: string, kind: Kind): string[] =>
  facts(text)[kind].map((entity) => entity.mentions.map((mention) => `${mention.text}@${mention.start}`).join(','));
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('results lines', () => {
  it.each([
    ['Arsenal 2 West Ham 0', true],
    ['DUNMORE 101 Kelvale 98', true],
    ['Orvale 112 KELVALE 104', true],
    ['Port Arlow 6 NORTH DUNMORE 5 (10 innings)', true],
    ['Orvale 3 Kelvale 2 (OT)', true],
    ['NY Raiders 4 Port Arlow 2', true],
    // prose, a dateline, a date, four-figure numbers
    ['The Raiders won 101 to 98 in Orvale.', false],
    ['DUNMORE 1996-11-14', false],
    ['Flight 1012 Orvale 2040', false],
    ['Orvale 3 Kelvale 2 (after a long delay for rain in the third)', false],
    ['On March 12 Kelvale beat them 3 times', false],
  ])('%s: %s', (line, expected) => {
    expect(isScoreLine(parseDocument(`Results :\n${line}\n`), 1)).toBe(expected);
  });
});

describe('a town on a results line is the team there, the town in the prose', () => {
  const report = ['In Houston , the home side won on Friday .', 'Results on Friday ( home team in capitals ) :', 'HOUSTON 95 Kelvale 90', 'Denver 101 CLEVELAND 98'].join('\n');
  const standings = ['Standings :', 'W L PCT GB', 'HOUSTON 74 60 .552 -', 'Denver 70 64 .522 4', '', 'Fans in Houston waited .'].join('\n');
  it.each([
    ['the prose town stays a place', report, 'places', ['Houston@3']],
    ['the line\'s town is a team, each side with its mentions', report, 'organizations', ['HOUSTON@89', 'Kelvale@100', 'Denver@111', 'CLEVELAND@122']],
    ['a dateline town and the same town on a line', 'DENVER 1996-11-14\nResults :\nDENVER 95 Houston 90\n', 'places', ['DENVER@0']],
    ['a league table\'s town rows', standings, 'organizations', ['HOUSTON@23', 'Denver@44']],
    ['a table\'s town and the prose town', standings, 'places', ['Houston@73']],
    // a country's national side stays the country, on the line and in the prose
    ['national sides', 'In Japan , fans cheered .\nResults :\nJapan 2 Syria 1\n', 'places', ['Japan@3,Japan@36', 'Syria@44']],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(entities(text, kind)).toEqual(expected);
  });

  it.each([
    // the prose says nothing of the town: the line's team is the prose's too ("Utah's Karl Malone")
    ['Kelvale\'s Ivo Sokolar scored 30 .\nResults :\nHOUSTON 95 Kelvale 90\n', 'organizations', ['Kelvale', 'HOUSTON']],
    // the note after the scores names nothing
    ['Results :\nOrvale 3 Kelvale 2 (OT)\n', 'organizations', ['Orvale', 'Kelvale']],
  ] as [string, Kind, string[]][])('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('teams in racing results', () => {
  const race = [
    'Results :',
    '1. Jorn Valder ( Canada ) Harrows 1:40:22.915',
    '2. Ane Zubiri ( Spain ) Tarsel same time',
    '3. Piet Oldmark ( Poland ) Velcro 0:12 behind',
    '4. Mika Lehto ( Finland ) Dunmore 1 lap behind',
  ].join('\n');
  it.each([
    ['after the country, before the time', race, 'organizations', ['Harrows', 'Tarsel', 'Velcro', 'Dunmore']],
    ['the drivers stay people', race, 'people', ['Jorn Valder', 'Ane Zubiri', 'Piet Oldmark', 'Mika Lehto']],
    ['after "driving for"', 'Jos Valder , driving for Harrows , said he was pleased .', 'organizations', ['Harrows']],
    ['a chassis and its engine after "driving a"', 'Valder , driving a Harrows-Tarsel , finished third .', 'organizations', ['Harrows-Tarsel']],
    // a person after the country, then a score, not a time: a doubles partner, not a team
    ['no time after the name', 'Results :\nJorn Valder ( Canada ) Piet Oldmark 6-4 6-3', 'organizations', []],
    ['a person "driving a" car', 'Jorn Valder was driving a Harrows when he was stopped .', 'organizations', []],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});
