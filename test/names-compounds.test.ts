/** A name glued by a hyphen to a common word ("Moscow-based", "Prize-winner") ends before the hyphen (compounds.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a name before a hyphenated common word', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a city before "-based"', 'The Moscow-based Interfax news agency said the talks ended.', 'organizations', ['Interfax']],
    ['the city itself', 'The Moscow-based Interfax news agency said the talks ended.', 'places', ['Moscow']],
    ['a company before "-led"', 'AirTanker, a Kelvara-led group, signed the contract.', 'people', []],
    ['a prize before "-winner"', 'Ilse Marn, a Booker Prize-winner, was there to launch her novel.', 'people', ['Ilse Marn']],
    ['a person before "-like"', 'Guests could wear a Vosker-like wig. Anna Vosker smiled.', 'people', ['Anna Vosker']],
    ['a prize before "-winning"', 'The Nobel Prize-winning author Toni Morrison spoke.', 'people', ['Toni Morrison']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  it.each([
    ['a two-syllable given name', 'Lawmaker Cheung Chung-tai said no.', ['Cheung Chung-tai']],
    ['a syllable that is an English verb', 'Leung Kwok-hung left the chamber.', ['Leung Kwok-hung']],
    ['a syllable ending in "-ing"', 'Lee Wing-ting spoke first.', ['Lee Wing-ting']],
    ['a syllable after the surname', 'Sun Yat-sen founded the party.', ['Sun Yat-sen']],
  ])('keeps %s', (_why, text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
  });
});

describe('a prefixed role before a name', () => {
  it.each([
    ['a prefixed title', 'Ex-President Jimmy Carter visited Haiti.', ['Jimmy Carter']],
    ['a prefixed common word', 'Co-founder Paul Allen left the board.', ['Paul Allen']],
  ])('%s', (_why, text, expected) => {
    expect(names(text, 'people')).toEqual(expected);
    expect(names(text, 'organizations')).toEqual([]);
  });

  it('keeps a hyphenated given name that opens the run', () => {
    expect(names('Jean-Pierre Raffarin spoke in Paris.', 'people')).toEqual(['Jean-Pierre Raffarin']);
  });
});
