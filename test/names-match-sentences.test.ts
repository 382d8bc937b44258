/**
 * Sides of a match report (match-sentences.ts, wire.ts): several matches on one
 * results line, with or without a label before them, and "X beat Y" where one side
 * is a town's or an unknown plural's: both are clubs.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { isOnResultsRun, isScoreLine } from '../src/extract/names/wire.js';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const mentions = (text: string, kind: Kind): string[] => facts(text)[kind].flatMap((entity) => entity.mentions.map((mention) => mention.text));

/** A match report around the lines tested: the words and scores that make sports copy. */
const report = (line: string): string => ['SOCCER - LEAGUE RESULTS', '', 'KELMOR 1996-09-22', '', line, '', 'The coach said the league match was hard, with two goals in the first half, a 2-1 win and a 3-0 loss.'].join('\n');

describe('several matches on one results line', () => {
  it.each([
    ['Exeter 2 Kelvale 0, Oxford 1 Orvale 1', true],
    ['Exeter 2 Kelvale 0; Oxford 1 Orvale 1 (abandoned)', true],
    // one label, then matches: no plain results line, but a run after the label
    ['Results of Kelmor league matches: Exeter 2 Kelvale 0, Oxford 1 Orvale 1', false],
    // prose with figures, a list of dates
    ['Exeter 2 Kelvale 0, and the fans went home happy', false],
    ['Flights 12 and 14, Oxford 1996', false],
  ] as [string, boolean][])('%s: %s', (line, expected) => {
    expect(isScoreLine(parseDocument(`Results :\n${line}\n`), 1)).toBe(expected);
  });

  it.each([
    ['Results of Kelmor league matches: Exeter 2 Kelvale 0', 'Results', false],
    ['Results of Kelmor league matches: Exeter 2 Kelvale 0', 'Kelmor', false],
    ['Results of Kelmor league matches: Exeter 2 Kelvale 0', 'Exeter', true],
    ['Note: Exeter fans were happy.', 'Exeter', false],
  ] as [string, string, boolean][])('%s: %s on the run: %s', (line, word, expected) => {
    const doc = parseDocument(line);
    expect(isOnResultsRun(doc, doc.tokens.find((token) => token.text === word)!)).toBe(expected);
  });

  it.each([
    ['towns on one line', report('Exeter 2 Gloucester 0, Oxford 1 Brackenfolds 1'), 'organizations', ['Exeter', 'Gloucester', 'Oxford', 'Brackenfolds']],
    ['towns after a label', report('Results of league matches: Exeter 2 Gloucester 0, Oxford 1 Brackenfolds 1'), 'organizations', ['Exeter', 'Gloucester', 'Oxford', 'Brackenfolds']],
    // a country's national side stays the country
    ['national sides after a label', report('Results of friendly matches: Norway 2 Fiji 0'), 'places', ['KELMOR', 'Norway', 'Fiji']],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(mentions(text, kind)).toEqual(expected);
  });
});

describe('"X beat Y" in a match report', () => {
  it.each([
    // the opponent is a town: the unknown name is its opponent club
    ['a town beaten', report('Brackenfold beat Exeter on Saturday.'), 'organizations', ['Brackenfold', 'Exeter']],
    ['a town that beats', report('Exeter beat Brackenfold on Saturday.'), 'organizations', ['Exeter', 'Brackenfold']],
    ['plurals no list knows', report('Kelvanders lost to Orvagers on Saturday.'), 'organizations', ['Kelvanders', 'Orvagers']],
    // a country is no club; players beat players
    ['a country', report('Brackenfold drew with Norway on Saturday.'), 'places', ['KELMOR', 'Norway']],
    ['players', report('Davin Orrey lost to Ivo Brannock in the final.'), 'people', ['Davin Orrey', 'Ivo Brannock']],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(mentions(text, kind)).toEqual(expected);
  });
});

describe('a club before a player\'s position', () => {
  it.each([
    ['an unknown club opening the sentence', report('Brackenfold flanker Ivo Scarrow misses out.'), 'organizations', ['Brackenfold']],
    ['a town\'s club mid-sentence', report('He said Exeter prop Ivo Scarrow was fit.'), 'organizations', ['Exeter']],
    // a country's side stays the country; a first name before a position is no club
    ['a national side', report('Norway flanker Ivo Scarrow misses out.'), 'places', ['KELMOR', 'Norway']],
    ['no position after the name', report('Brackenfold said Ivo Scarrow misses out.'), 'organizations', []],
  ] as [string, string, Kind, string[]][])('%s', (_why, text, kind, expected) => {
    expect(mentions(text, kind)).toEqual(expected);
  });
});

describe('a sports slug makes sports copy', () => {
  // "Brackenfold said" with no score in the story: a player only where the slug says sports
  it.each([
    ['RUGBY UNION - KELMOR WIN\n\nBrackenfold flanker Ivo Scarrow misses out.', ['Brackenfold']],
    ['ICE HOCKEY - KELMOR WIN\n\nBrackenfold flanker Ivo Scarrow misses out.', ['Brackenfold']],
    // no slug, no scores: no sports copy, no club
    ['KELMOR WIN\n\nBrackenfold flanker Ivo Scarrow misses out.', []],
    // horse racing names horses, not players
    ['HORSE RACING - KELMOR WIN\n\nBrackenfold flanker Ivo Scarrow misses out.', []],
  ])('%s', (text, expected) => {
    expect(mentions(text, 'organizations')).toEqual(expected);
  });
});
