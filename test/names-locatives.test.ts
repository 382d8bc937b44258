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
    ['a year after the place', 'Born in Lwów in 1938 , he moved to Kraków .', ['Lwów', 'Kraków']],
    ['a region named by its kind after the place', 'The storm made landfall near Palanan in Isabela province .', ['Palanan', 'Isabela']],
    ['a verb after the place', 'Plants in Peterhead and Fraserburgh could close .', ['Peterhead', 'Fraserburgh']],
    ['a compass word between', 'The typhoon tore across northern Luzon on Monday .', ['Luzon']],
    ['a neighbour between', 'Families were moved to shelters in neighbouring Yungay .', ['Yungay']],
    // negative: a month, a game, a holding, a phrase that goes on, a name after "in" that a noun follows
    ['a noun after the name', 'He trained in Kaptagat schools .', []],
    ['a describing word that is no place\'s', 'The case was heard in open Kelvarun court .', []],
    ['a month', 'He lost his job in March .', []],
    ['a game', 'He plays in Counter-Strike , he said .', []],
    ['a holding', 'The fund bought a stake in Kelvar .', []],
    ['a phrase that goes on', 'He trained in Kaptagat with his coach .', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
