/** First names that are also function words ("Les", "Des", "Will"), capitalised mid-sentence before a surname. */
import { describe, expect, it } from 'vitest';
import { peopleNames } from './helpers.js';

describe('a function word that is a first name', () => {
  it.each([
    ['Forwards - Alan Shearer ( Newcastle ) , Les Ferdinand ( Newcastle ) .', ['Alan Shearer', 'Les Ferdinand']],
    ['The defender Des Walker was booked.', ['Des Walker']],
    ['The film starred Will Smith.', ['Will Smith']],
  ])('%s', (text, expected) => {
    expect(peopleNames(text)).toEqual(expected);
  });

  it.each([
    // the next word is no surname: a common word, a verb
    'They played Nothing Else Matters at the end.',
    'Workers marched on May Day in Paris.',
    'Fans sang Will Ye Go at the end.',
  ])('no person: %s', (text) => {
    expect(peopleNames(text)).toEqual([]);
  });
});

describe('a first name that is also a word, at the head of a sentence', () => {
  it.each([
    ['Will Smith leads the cast.', ['Will Smith']],
    ['Frank Worrell was honoured in Barbados.', ['Frank Worrell']],
    // a question opens on the auxiliary
    ['Will Khloé Kardashian ever get back together?', ['Khloé Kardashian']],
    // an adverb or a conjunction is no given name
    ['Lamar Odom and Tom Jones spoke. Even Jones could not stop it.', ['Lamar Odom', 'Tom Jones']],
    ['May Day was quiet in Paris.', []],
  ])('%s', (text, expected) => {
    expect(peopleNames(text)).toEqual(expected);
  });
});
