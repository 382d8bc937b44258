/** Sports copy: players named by surname alone (sports.ts), and runs extended to names the article uses (extend.ts). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { sentenceHasScore } from '../src/extract/names/sports.js';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

const report = [
  'SOCCER - LEAGUE ROUND-UP',
  'Hollister beat Castlebar 2-1 in the league on Saturday , with Ronaldo scoring twice .',
  'Atherton was out for 31 before half-time and Pizzi won the match in the 80th minute .',
  'Valdora drew 1-1 with Kelvara .',
].join('\n');

describe('players in sports copy', () => {
  it('reads lone unknown surnames as players', () => {
    expect(names(report, 'people')).toEqual(['Ronaldo', 'Atherton', 'Pizzi']);
  });
  it('keeps the sides organizations', () => {
    expect(names(report, 'organizations')).toEqual(['Hollister', 'Castlebar', 'Valdora', 'Kelvara']);
  });
  it('leaves lone unknown names alone outside sports copy', () => {
    const text = 'The talks with Kelvara ended. Atherton was out of the office and Pizzi won the vote.';
    expect(names(text, 'people')).toEqual([]);
  });
  it('needs scores and match words, not one score', () => {
    const text = 'The board voted 5-4 to approve the plan, which Pizzi opposed.';
    expect(names(text, 'people')).toEqual([]);
  });
});

describe('a sentence-initial word that the article uses inside a name', () => {
  it('joins the longer name written elsewhere', () => {
    const text = 'The blast hit the Civil Defense Authority offices. Civil Defense Authority staff said two died.';
    expect(facts(text).organizations.map((org) => [org.name, org.mentions.length])).toEqual([['Civil Defense Authority', 2]]);
  });
  it('leaves the run alone when the longer name is not used', () => {
    const text = 'The blast hit the Defense Authority offices. Civil Defense Authority staff said two died.';
    expect(names(text, 'organizations')).toEqual(['Defense Authority']);
  });
});

describe('grounds in sports copy', () => {
  const match = (sentence: string): string => ['RUGBY UNION - ITALY RECALL WING', 'Italy beat Wales 31-22 and lost 10-20 to France in the match last season .', sentence].join('\n');
  it.each([
    ['a ground after "at"', match('Italy play Scotland at Murrayfield on Saturday .'), ['Murrayfield']],
    ['a ground named twice, each time after "at" or "in"', match('They lost at Twickenham . The wing scored in Twickenham before .'), ['Twickenham']],
  ])('reads %s as a place', (_why, text, expected) => {
    expect(names(text, 'places').filter((name) => !['Italy', 'Wales', 'France', 'Scotland', 'ITALY'].includes(name))).toEqual(expected);
    expect(names(text, 'people')).toEqual([]);
  });

  it.each([
    ['a player the ball goes to', match('Dominguez passed to Cuttitta who scored .'), ['Dominguez', 'Cuttitta']],
    ['a player also named outside "at"', match('Cuttitta scored twice . The try came at Cuttitta , not at the line .'), ['Cuttitta']],
  ])('keeps %s a person', (_why, text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
});

describe("a team's nickname after 'the' in sports copy", () => {
  const game = (line: string): string => `BASKETBALL - ROUND-UP\n\nHOUSTON 1996-11-14\n\n${line}`;
  it.each([
    ['The Kelvers trailed by 10 points before the Rasks rallied.', ['Kelvers', 'Rasks']],
    ['Karl Mason scored 30 points for the Oskers.', ['Oskers']],
  ])('%s', (line, expected) => {
    expect(names(game(line), 'organizations')).toEqual(expected);
  });
  it.each([
    ['Karl Mason was named Man of the Match .', []],
  ])('no team: %s', (line, expected) => {
    expect(names(game(line), 'organizations')).toEqual(expected);
  });
  it('reads no team outside sports copy', () => {
    expect(names('FLOODS HIT TOWN\n\nOSK 1996-11-14\n\nThe Kelvers said the river rose.', 'organizations')).toEqual(['Kelvers']);
    expect(names('FLOODS HIT TOWN\n\nOSK 1996-11-14\n\nVisitors saw the Kelvers on Monday.', 'organizations')).toEqual([]);
  });
});

describe('a score in the sentence (sentenceHasScore)', () => {
  it.each([
    ['Barcelona beat Real Madrid 2-1 on Sunday.', true],
    ['Sampras won 6 - 4 7-5 in the final.', true],
    ['Kelvara drew 1–1 with Valdora.', true],
    ['LONDON 1996-12-06 Shares fell.', false],
    ['The war of 1914-18 ended.', false],
    ['The board voted on Tuesday.', false],
  ])('%s -> %s', (text, expected) => {
    expect(sentenceHasScore(parseDocument(text), 0)).toBe(expected);
  });
});
