/** An unknown name closing a phrase of "in", "near" or a verb of going is a place. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const places = (text: string): string[] => facts(text).places.map((entity) => entity.name);

describe('an unknown name at the end of a locative phrase', () => {
  const cases: [string, string, string[]][] = [
    ['before a full stop', 'The runner trained in Kaptagat .', ['Kaptagat']],
    ['before a date', 'He told a news conference in Neufchateau on Monday that he would stay.', ['Neufchateau']],
    ['near, before a comma', 'A village near Osk , police said , was burned .', ['Osk']],
    ['after a verb of going', 'Rebels were leaving Grozny next week .', ['Grozny']],
    ['two places joined by "and"', 'Fighting raged near Kelvarun and Osktown .', ['Kelvarun', 'Osktown']],
    ['into, before a date', 'Troops moved into Raskov on Monday .', ['Raskov']],
    ['a clause after the place a speaker is in', 'The rebel chief said in Kelvarun that his fighters had left .', ['Kelvarun']],
    ["the place's region after it", 'Miners found ore near Kelvarun in Western Australia .', ['Kelvarun', 'Western Australia']],
    ['a clause after "in" without speech', 'He put his faith in Kelvarun that year .', []],
    ['"and" a name that goes on', 'Fighting raged near Kelvarun and Osktown with tanks .', []],
    // negative: a month, a game, a holding, a phrase that goes on
    ['a month', 'He lost his job in March .', []],
    ['a game', 'He plays in Counter-Strike , he said .', []],
    ['a holding', 'The fund bought a stake in Kelvar .', []],
    ['a phrase that goes on', 'He trained in Kaptagat with his coach .', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
