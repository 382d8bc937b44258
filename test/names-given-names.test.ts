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
