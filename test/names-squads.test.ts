/**
 * Clubs in brackets in a team sport's lists (squads.ts): after a player in a squad or
 * under "Leading scorers:" a town's name is the club, each mention apart from the
 * prose's town; a country stays the country, and results of individual sports keep theirs.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { isTeamListLine } from '../src/extract/names/squads.js';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
/** "Exeter@12,Exeter@80": each entity of the kind with its mentions' texts and offsets. */
const mentions = (text: string, kind: Kind): string[] => facts(text)[kind].flatMap((entity) => entity.mentions.map((mention) => mention.text));

const squad = [
  'RUGBY UNION - KELMOR NAME SQUAD',
  '',
  'Coach Tam Varrow named his squad in Exeter on Monday.',
  '',
  'Squad:',
  '',
  'Full backs - Davin Orrey (Exeter), Ciaran Volk (Gloucester)',
  '',
  'Forwards - Ivo Brannock (captain, Oxford), Lenn Scarrow (Brackenfolds)',
].join('\n');

const scorers = [
  'ICE HOCKEY - RESULTS',
  '',
  'Fans in Tulsa cheered on Thursday.',
  '',
  'Leading scorers: Varrow (Tulsa) 34 points, Ivo Scarrow (Omaha) 28, Tam Orrey (Norway) 27.',
].join('\n');

const athletics = ['ATHLETICS - RESULTS', '', 'Results of the meeting on Friday:', '', "Men's 200 metres", '', '1. Davin Orrey (Exeter) 19.85', '', '2. Ivo Brannock (Norway) 20.04'].join('\n');

describe('a line of a squad or of scorers', () => {
  it.each([
    ['Squad : Davin Orrey ( Exeter ) , Ciaran Volk ( Gloucester )', 0, true],
    ['Forwards - Ivo Brannock (Oxford), Lenn Scarrow (Leeds)', 0, true],
    ['Leading scorers: Varrow (Tulsa) 34 points', 0, true],
    // a position's label under a heading, blank lines between
    ['Squad:\n\nWingers - Davin Orrey (Exeter)\n\nCentres - Ivo Brannock (Oxford)', 4, true],
    // a label with its colon against it
    ['Squad:\n\nFull backs: Davin Orrey (Exeter)\n\nCentres: Ivo Brannock (Oxford)', 4, true],
    // no label: results of an individual sport, or prose with brackets
    ['1. Davin Orrey (Exeter) 19.85', 0, false],
    ['Squad:\n\nThe coach (Tam Varrow) said he was happy.', 2, false],
    ['Shares of Kelmor Holdings (Oxford) rose 2 percent.', 0, false],
  ] as [string, number, boolean][])('%s', (text, line, expected) => {
    expect(isTeamListLine(parseDocument(text), line)).toBe(expected);
  });
});

describe('clubs in brackets in squads and lists of scorers', () => {
  it.each([
    ['squad clubs, a town\'s name each', squad, 'organizations', ['Exeter', 'Gloucester', 'Oxford', 'Brackenfolds']],
    ['the prose town stays a place', squad, 'places', ['Exeter']],
    ['the players', squad, 'people', ['Tam Varrow', 'Davin Orrey', 'Ciaran Volk', 'Ivo Brannock', 'Lenn Scarrow']],
    ['a club before a role in the bracket', 'Squad:\n\nCentres: Ivo Brannock (Brive), Lenn Scarrow (Castres, captain)', 'organizations', ['Brive', 'Castres']],
    ['scorers\' clubs', scorers, 'organizations', ['Tulsa', 'Omaha']],
    // a country stays the country; the prose town stays the town
    ['scorers\' countries and the prose town', scorers, 'places', ['Tulsa', 'Norway']],
    // an individual sport's results: the bracket is where the competitor comes from
    ['no club in athletics results', athletics, 'organizations', []],
    ['athletics results keep their places', athletics, 'places', ['Exeter', 'Norway']],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(mentions(text, kind)).toEqual(expected);
  });
});
