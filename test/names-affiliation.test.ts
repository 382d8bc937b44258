/** A nationality or membership before a person's name is not part of it. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('an affiliation before a name', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a nationality', 'Top seed American Pete Sampras beat Briton Tim Henman .', 'people', ['Pete Sampras', 'Tim Henman']],
    ['a party', 'Republican John McCain criticised Democrat Nancy Pelosi.', 'people', ['John McCain', 'Nancy Pelosi']],
    ['a creed', 'The video featured Scientologist Tom Cruise.', 'people', ['Tom Cruise']],
    ['a nationality noun', 'Dutchman Henk Kruijswijk of the Rabobank team took the lead.', 'people', ['Henk Kruijswijk']],
    ['a first name that is also a word', 'Frenchman Jean Morel won the stage.', 'people', ['Jean Morel']],
    ['a given name and a surname no list knows', 'Zimbabwean Tendai Moyo shared second place.', 'people', ['Tendai Moyo']],
    ['a given name joined to a preposition', 'Second was Sweden\'s Per-Ulrik Lindgren.', 'people', ['Per-Ulrik Lindgren']],
    ['a hyphenated given name no list knows', 'German Heinz-Harald Kelvert was second.', 'people', ['Heinz-Harald Kelvert']],
    ['a nationality of two words', 'He said South African Ernie Kelvert won.', 'people', ['Ernie Kelvert']],
    ['a describing word and a nationality opening the sentence', 'Unseeded Croatian Ivo Kovac knocked out the top seed.', 'people', ['Ivo Kovac']],
    ['a creed\'s suffix after four letters', 'Marxist Ann Vale spoke. He met Scientologist Tom Hale.', 'people', ['Ann Vale', 'Tom Hale']],
    ['a nation\'s member noun that is also a first name, before a full name', 'Dane Rasmus Nielsen, 24, won the stage.', 'people', ['Rasmus Nielsen']],
    ['a first name that is also a nation\'s member noun, before a surname', 'Dane Smith won the stage.', 'people', ['Dane Smith']],
    ['a member\'s noun before a given name and a surname that is also a given name', 'Welshman Owain Llewellyn, 31, won the final.', 'people', ['Owain Llewellyn']],
    ['a nationality of two words before a name no list knows', 'Hayashida beat South African Mandla Khumalo 6-4 3-6 7-6.', 'people', ['Mandla Khumalo']],
    ['a chess title', 'Hungarian Grandmaster Farkas Gergely beat International Master Paolo Dimaculangan.', 'people', ['Farkas Gergely', 'Paolo Dimaculangan']],
    ['a given name that ends like a creed', 'The lab is led by researcher Dr. Tigist Alemayehu. Alemayehu, 41, said no.', 'people', ['Tigist Alemayehu']],
    ['a Swedish surname that ends like a creed', 'Swede Mikael Lindqvist took pole. Lindqvist lapped the circuit, and Anders Holmquist was second.', 'people', ['Mikael Lindqvist', 'Anders Holmquist']],
    ['a surname that ends like a sect', 'Mr White said Shiite leaders met.', 'people', ['White']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
  it('keeps a company\'s name that opens with a nationality of two words', () => {
    expect(names('Shares in South African Airways Corp fell.', 'organizations')).toEqual(['South African Airways Corp']);
  });
  it('names no body by the nationality alone', () => {
    expect(names('He beat Briton Henman in four sets.', 'organizations')).toEqual([]);
  });
  const members: string[] = [
    'The Dutchman said he was tired.',
    'Prime Minister Hasan Begovic, a Moslem, said his party would take part.',
    'Serbs and Croats voted on Sunday, and Kurds marched.',
  ];
  it.each([
    ['A South Korean merchant bank failed on Monday.'],
    ['North Korean troops moved to the border.'],
  ])('names nothing by a nationality of two words: %s', (text) => {
    expect(facts(text).organizations.concat(facts(text).people, facts(text).places)).toEqual([]);
  });
  it('keeps countries named with a direction or "New"', () => {
    expect(names('He flew to South Africa and New Zealand.', 'places')).toEqual(['South Africa', 'New Zealand']);
  });
  it.each(members)('names no one by a member noun alone: %s', (text) => {
    expect(names(text, 'people').filter((name) => !/Begovic/.test(name))).toEqual([]);
  });
  it('leaves a prefix glued to a name out of a given name', () => {
    expect(names('Post-Soviet Kelvara held its first vote.', 'people')).toEqual([]);
  });

  const whole: [string, string, Kind, string[]][] = [
    ['a company named with a nationality', 'American Express said profits rose.', 'organizations', ['American Express']],
    ['a country named with one', 'The storm hit American Samoa on Monday.', 'places', ['American Samoa']],
    ['a country before its possessive', "Saudi Arabia's Civil Defense Authority said 107 died.", 'places', ['Saudi Arabia']],
    ['a first name that ends like a nationality', 'After the match, Hernan Dario Gomez, the coach, said so.', 'people', ['Hernan Dario Gomez']],
  ];
  it.each(whole)('keeps whole: %s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('languages', () => {
  const languages: string[] = ['The form must be completed in English, officials said.', 'He spoke Arabic and Spanish at home.'];
  it.each(languages)('are no places: %s', (text) => {
    expect(names(text, 'places')).toEqual([]);
  });
  it('leave a person named after one alone', () => {
    expect(names('Spanish Prime Minister Felipe Gonzalez spoke.', 'people')).toEqual(['Felipe Gonzalez']);
  });
});
