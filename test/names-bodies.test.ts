/** Words around a name that business and wire copy use for companies (body-context.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

const cases: [string, string, Kind, string[]][] = [
  ['what a body has, after its possessive', "Later Dunmore's chief executive resigned.", 'organizations', ['Dunmore']],
  ['its profit', "Analysts expect Kelvara's quarterly profit to fall.", 'organizations', ['Kelvara']],
  ['who speaks for it', 'A spokeswoman for Kelvara in Houston had no comment.', 'organizations', ['Kelvara']],
  ['how it speaks', 'On Friday Kelvara said in a statement that sales rose.', 'organizations', ['Kelvara']],
  ['an airline named for its country', 'The order came from Air India and Air Canada.', 'organizations', ['Air India', 'Air Canada']],
  ['a website', 'The news site Detik.com quoted the minister.', 'organizations', ['Detik.com']],
  ['a league', 'The Kelvara League met in Osk on Monday.', 'organizations', ['Kelvara League']],
  ['a person quoted', 'The site quoted Djamal as saying the ban was unfair.', 'people', ['Djamal']],
  ['a body named with "the" that speaks', 'The Kremlin said on Tuesday that the talks had ended.', 'organizations', ['Kremlin']],
  ['a building named with "the" that speaks for its body', 'The White House said it welcomed the move.', 'organizations', ['White House']],
  ['a person speaking after "the" and another name', 'Outside the Kelvara Hotel, Tom Rask said no.', 'people', ['Tom Rask']],
  ['a paper that cites, named with "the"', 'The Guardian cited examples of hard questions.', 'organizations', ['Guardian']],
  ['a paper that reports, named with "the"', 'The Daily Courier reported on Monday that the mayor quit.', 'organizations', ['Daily Courier']],
  ['an agency that reports, without "the"', 'Interfax reported that the talks had ended.', 'organizations', ['Interfax']],
  ['a party a person is "of the"', 'Pan-democrat Gary Fan of the Neo Democrats lost his seat.', 'organizations', ['Neo Democrats']],
  ['a place a person is "of the"', 'Anna Berg of the Netherlands won the final.', 'places', ['Netherlands']],
  ['a zoo', 'Keepers at Twycross Zoo said the birth went well.', 'organizations', ['Twycross Zoo']],
  ['a company an apposition describes before its relative clause', 'Contracts went to Ecoservizi Puglia SpA, a company whose chief executive, Vito Lorusso, is under investigation.', 'organizations', ['Ecoservizi Puglia SpA']],
  ['partners in a firm\'s name, after a role and a comma', "Okonkwo's publisher, Faber & Faber, said it would reprint the book.", 'organizations', ['Faber & Faber']],
  ['a company named with its "\'s"', 'Analysts at McDonald\'s Corp said sales rose.', 'organizations', ["McDonald's Corp"]],
  ['a word glued from a software trade, opening a list', 'Ubisoft, Microsoft and Sony had booths.', 'organizations', ['Ubisoft', 'Microsoft', 'Sony']],
  ['a word glued from news, that speaks', 'Of the crowd, Wikinews spoke with a cosplayer.', 'organizations', ['Wikinews']],
];

const notBodies: [string, string][] = [
  ['a person\'s relative after a possessive', "Roth's wife, Evana, told reporters she was relieved."],
  ['a spokesman of a person', 'A spokesman for Angela Merkel said the talks went well.'],
  ['a person who spoke in a statement', 'Lamar Odom said in a statement he was grateful.'],
  ['a person who cites, without "the"', 'Tom Rask cited the report on Monday.'],
  ['a person who reports, without "the"', 'Later Rask reported the theft to police.'],
  ['a common noun glued from a trade', 'Technology shares rose as Biotech stocks fell.'],
  ['a common noun glued from a trade, opening a sentence', 'Fintech firms grew.'],
];

describe('bodies in business copy', () => {
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
  it.each(notBodies)('no organization: %s', (_why, text) => {
    expect(names(text, 'organizations')).toEqual([]);
  });
});

describe("a legal form's full stop", () => {
  const mentionsOf = (text: string): [string, string[]][] => facts(text).organizations.map((org) => [org.name, org.mentions.map((m) => m.text)]);
  it.each([
    ['kept within a sentence', 'Shares of Intel Corp. rose on Monday.', [['Intel Corp.', ['Intel Corp.']]]],
    ['kept before a comma', 'Mitsubishi Heavy Industries Ltd., a maker, said so.', [['Mitsubishi Heavy Industries Ltd.', ['Mitsubishi Heavy Industries Ltd.']]]],
    ["left to the sentence's end", 'The deal went to Intel Corp.', [['Intel Corp', ['Intel Corp']]]],
    ['one name with and without it', 'Acme Inc. said it would cut jobs. Shares went to Acme Inc.', [['Acme Inc.', ['Acme Inc.', 'Acme Inc']]]],
    ['left before a capital, where a sentence may have begun unseen', 'The managers are Chase Manhattan Ltd. Moody\'s Investors Service rates Colombia Baa3.', [['Chase Manhattan Ltd', ['Chase Manhattan Ltd']], ["Moody's Investors Service", ["Moody's Investors Service"]]]],
    ['kept before a second legal form', 'Hoshino Trading Co. Ltd said profits rose.', [['Hoshino Trading Co. Ltd', ['Hoshino Trading Co. Ltd']]]],
  ])('%s', (_why, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a company suffix after a sentence-initial word', () => {
  it('opens the name on the ordinary word', () => {
    expect(names('Target Corp said sales rose in May.', 'organizations')).toEqual(['Target Corp']);
  });
  it('does not open it on a function word', () => {
    expect(names('Although Corp profits rose, shares fell.', 'organizations')).not.toContain('Although Corp');
  });
});

describe('airlines and their flights', () => {
  const cases: [string, string[]][] = [
    ['Search for the black boxes from Air France Flight 447 resumed.', ['Air France']],
    ['The losses of Adam Air Flight 574 shook the industry.', ['Adam Air']],
    ['Lion Air said the jet was new.', ['Lion Air']],
    ['The losses of Garuda Indonesia Flight 200 shook the industry.', ['Garuda Indonesia']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(names(text, 'organizations')).toEqual(expected);
    expect(names(text, 'people')).toEqual([]);
  });
  const flagCarriers: [string, string[]][] = [
    ['Air China ordered six jets on Monday.', ['Air China']],
    ['The jets go to two airlines - Air India and Hainan Airlines.', ['Air India', 'Hainan Airlines']],
  ];
  it.each(flagCarriers)('a flag carrier that opens a clause: %s', (text, expected) => {
    expect(names(text, 'organizations')).toEqual(expected);
    expect(names(text, 'places')).toEqual([]);
  });
  it('reads no airline without a flight number', () => {
    expect(names('Tam Rask booked a flight on Monday.', 'people')).toEqual(['Tam Rask']);
    expect(names('Tam Rask booked a flight on Monday.', 'organizations')).toEqual([]);
  });
  it('leaves "Air" before an ordinary word alone', () => {
    expect(names('Air pollution in China rose.', 'organizations')).toEqual([]);
    expect(names('Air pollution in China rose.', 'places')).toEqual(['China']);
  });
  it('keeps "Flight" inside a name that no number follows', () => {
    expect(names('The Emirates Flight Training Academy opened.', 'organizations')).toEqual(['Emirates Flight Training Academy']);
  });
});

describe('an agent noun that names companies as often as people', () => {
  it('makes no person of the name it describes', () => {
    const text = "Police are investigating loans made by Hanbo Steel, the country's second-largest steelmaker.";
    expect(names(text, 'people')).toEqual([]);
  });
});
