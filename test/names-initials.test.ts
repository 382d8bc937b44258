/**
 * Initials in results and scorecards (initials.ts, continues-name.ts, document.ts):
 * "(K. Varrow)", "trained by A. Orrey", "(M. Brannock 131 not out", "(U.S.)".
 */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const mentions = (text: string, kind: Kind): string[] => facts(text)[kind].flatMap((entity) => entity.mentions.map((mention) => mention.text));

const racing = ['HORSE RACING - RESULT', '', 'Result:', '', '1. Bold Lantern (K. Varrow) 7-2', '', '2. Grey Harbour (M. Scarrow) 10-1', '', 'Winner trained by A. Orrey at Kelmor.'].join('\n');
const cricket = 'Scores: Kelmor 312-6 (M. Brannock 131 not out, S. Volk 54; A. Orrey 3-64) v Orvale 287 (M. Varrow 102)';

describe('initials before a surname', () => {
  it.each([
    ['a jockey in brackets after a horse', racing, ['K. Varrow', 'M. Scarrow', 'A. Orrey']],
    // compromise ends a sentence at "(M." and reads "A." as an article
    ['a scorecard line', cricket, ['M. Brannock', 'S. Volk', 'A. Orrey', 'M. Varrow']],
    ['"A." mid-sentence', 'The race was won by A. Orrey on Sunday.', ['A. Orrey']],
  ])('%s', (_why, text, expected) => {
    expect(mentions(text, 'people')).toEqual(expected);
  });

  it.each([
    // a letter that ends a sentence before a common word opens no name
    ['vitamin A.', 'The pills hold vitamin A. Researchers said so on Monday.'],
    ['"Plan A." before "The"', 'They chose Plan A. The rest was dropped.'],
    ['a group\'s letter before a country', 'Kelmor won Group A. Japan came second.'],
    ['a numbered title before a body', 'It falls under Title I. Congress passed it in 1994.'],
  ])('no person: %s', (_why, text) => {
    expect(mentions(text, 'people').filter((name) => /^A\. /.test(name))).toEqual([]);
  });
});

describe('an abbreviated country in brackets', () => {
  it.each([
    ['athletics rows', "Men's 200 metres\n\n1. Davin Orrey (U.S.) 19.85\n\n2. Ivo Brannock (U.K.) 20.04", ['U.S.', 'U.K.']],
    ['mid-sentence', 'Davin Orrey (U.S.) won the race in Kelmor.', ['U.S.', 'Kelmor']],
  ])('%s', (_why, text, expected) => {
    expect(mentions(text, 'places')).toEqual(expected);
  });
});
