/** Wire-copy shapes: slugs, state abbreviations, sides named by match verbs, pronouns, given names. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

const cases: [string, string, Kind, string[]][] = [
  ['a dateline before a dash and text', 'Lead story\nWASHINGTON - The Senate voted on Friday.', 'places', ['WASHINGTON']],
  // CoNLL marks a country in a capitals headline a place, whether or not the body names it
  ['a country after a topic slug, not the slug', 'Lead story\nCRICKET - ENGLAND FIGHT BACK .\nThe side batted well.', 'places', ['ENGLAND']],
  ['a state abbreviation keeps its full stop', 'He was born in Albany, N.Y., and moved to Tallahassee, Fla., in 1980.', 'places', ['Albany', 'N.Y.', 'Tallahassee', 'Fla.']],
  ['a first name that is also a town', 'Coach David Lloyd said the side was tired.', 'people', ['David Lloyd']],
  ['a side before "beat" with a score', 'Then Valdora beat Real Madrid 2-1 at home.', 'organizations', ['Valdora', 'Real Madrid']],
  ['a surname with a personal pronoun', 'Later Mushtaq trapped him lbw for 31.', 'people', ['Mushtaq']],
  ['a two-syllable given name', 'The localist Yau Wai-ching defeated another candidate.', 'people', ['Yau Wai-ching']],
  ['a body named with "Brothers"', 'Analysts at Salomon Brothers cut the target.', 'organizations', ['Salomon Brothers']],
  // capitals on a dateline make no acronym of a four-letter city; the headline's country is a place too
  ['a four-letter city on a dateline', 'KOHL SAYS GERMANY WILL MEET TARGETS .\n\nBONN 1996-12-06\n\nHelmut Kohl spoke on Friday .', 'places', ['GERMANY', 'BONN']],
  ['a dateline before a comma and a date', 'Lead story\nLOS ANGELES, Aug 22 (Reuters) - Kelvara Corp said on Thursday it would cut jobs.', 'places', ['LOS ANGELES']],
  ['a dateline before a day and month', 'Lead story\nPARIS 22 Aug - Kelvara Corp said on Thursday it would cut jobs.', 'places', ['PARIS']],
  // a headline in capitals is no dateline, though a comma or a number follows its first words
  ['a capitals headline before a comma', 'KELVARA BANK LEAVES RATES UNCHANGED, BONDS FIRM\n\nFRANKFURT 1996-08-22\n\nThe Kelvara Bank left its rates unchanged.', 'places', ['FRANKFURT']],
  ['a capitals headline before a comma and a number', 'DOLLAR FIRMS AGAINST MARK, YEN AHEAD OF G7\n\nTOKYO 1996-08-22\n\nThe dollar firmed.', 'places', ['TOKYO']],
  ['a dateline before a comma and an ISO date', 'Lead story\nHEBRON, WEST BANK 1996-08-28\n\nKelvara Corp said on Thursday it would cut jobs.', 'places', ['HEBRON', 'WEST BANK']],
  ['a capitals headline before a number', 'KELVARA HOLDINGS PROFIT JUMPS 34 PCT\n\nOSLO 1996-08-22\n\nKelvara Holdings ASA said profit rose.', 'places', ['OSLO']],
  ['a country opening a sentence with its possessive', "Kelvara won. South Africa's foreign ministry welcomed it.", 'places', ['South Africa']],
  ['a body in capitals glued to "-led"', 'NATO-led peacekeepers reported no incidents overnight.', 'organizations', ['NATO']],
  ['a state before a party member', 'Representative Dana Voss, a California Democrat, spoke.', 'places', ['California']],
  ['acronyms joined by a hyphen', 'The AFL-CIO said it would campaign against the bill.', 'organizations', ['AFL-CIO']],
  ['an acronym the body writes in capitals', 'NATO EXPANDS EAST .\n\nBRUSSELS 1996-12-06\n\nNATO ministers met on Friday .', 'organizations', ['NATO']],
];

const nothing: [string, string, Kind][] = [
  ['a topic slug in capitals before a dash', 'Lead story\nCRICKET - ATHERTON FIGHTS BACK .\nThe side batted well.', 'places'],
  ['a compound glued by a hyphen is no dateline', 'NATO-led peacekeepers reported no incidents overnight.', 'places'],
  ['a party member after a state is no name', 'Representative Dana Voss, a California Democrat, spoke.', 'organizations'],
  ['hyphenated acronyms name no one', 'The AFL-CIO said it would campaign against the bill.', 'people'],
  ['a sentence-initial possessive pronoun', 'Its plant will close next year, the firm said.', 'organizations'],
  ['a candidate who "defeated" another, with no score', 'The localist Yau Wai-ching defeated another candidate.', 'organizations'],
  ['a title before a name is no state', 'Miss Jane Moss met the mayor after Mass on Sunday.', 'places'],
];

describe('a country with its possessive in a capitals headline', () => {
  it('is a mention of the country', () => {
    const text = "PERU'S RASK REJECTS CALL\n\nOSK 1996-08-22\n\nPeru's President Tom Rask rejected the call.";
    expect(facts(text).places.map((place) => place.mentions.map((mention) => mention.text))).toEqual([['PERU', 'Peru'], ['OSK']]);
  });
});

describe('wire-copy shapes', () => {
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
  it.each(nothing)('nothing: %s', (_why, text, kind) => {
    expect(names(text, kind)).toEqual([]);
  });
});

describe('initials', () => {
  it('keeps an initial with the name it opens or sits inside', () => {
    expect(names('England first innings\nM. Atherton c Moin Khan b Wasim Akram 31\n', 'people')).toEqual(['M. Atherton', 'Moin Khan', 'Wasim Akram']);
    expect(names('George W. Bush spoke on Monday.', 'people')).toEqual(['George W. Bush']);
    expect(names('He met J. Smith on Monday.', 'people')).toEqual(['J. Smith']);
  });
  it('does not join a group letter to the next sentence', () => {
    expect(names('Japan won in Group C. Japan lost later.', 'places')).toEqual(['Japan']);
    expect(names('Japan won in Group C. Japan lost later.', 'people')).toEqual([]);
  });
});
