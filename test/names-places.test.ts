/** Places of 1990s newswire: former countries, the home nations, older names of cities; towns that name a club. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('places the gazetteer knows by an older name', () => {
  const places: [string, string][] = [
    ['Aid flights to the former Soviet Union resumed on Monday .', 'Soviet Union'],
    ['Czechoslovakia split into two states in 1993 .', 'Czechoslovakia'],
    ['Refugees from Yugoslavia crossed the border .', 'Yugoslavia'],
    ['He fled East Germany in 1961 .', 'East Germany'],
    ['Scotland voted on a parliament of its own .', 'Scotland'],
    ['Unemployment in Wales rose .', 'Wales'],
    ['Flights to Bombay were cancelled .', 'Bombay'],
    ['He was born in Leningrad .', 'Leningrad'],
    // a place named with its article, and a strip of land
    ['The court sits in The Hague .', 'The Hague'],
    // a place the lists know whole, though the company list holds each of its words
    ['He spoke at a news conference in Buenos Aires on Wednesday .', 'Buenos Aires'],
    ['Prices rose in Sao Paulo .', 'Sao Paulo'],
    ['Troops left the Gaza Strip on Monday .', 'Gaza Strip'],
  ];
  it.each(places)('%s -> place %s', (text, place) => {
    expect(names(text, 'places')).toContain(place);
    expect(names(text, 'organizations')).toEqual([]);
  });
});

describe('a town that names a club in sports copy', () => {
  const report = (line: string): string => `SOCCER - ENGLISH LEAGUE\nLONDON 1996-08-30\n${line}\nArsenal beat Chelsea 2-0 and Leeds drew 1-1 with Everton in the league .`;
  const clubs: [string, string][] = [
    ['Newcastle manager Kevin Keegan said the side had played well .', 'Newcastle'],
    ['Ollie Stratton scored as they beat Sheffield 2-1 .', 'Sheffield'],
    ['Liverpool stayed top .\nStandings ( tabulate under played , won , drawn , lost , points ) :\nLiverpool 5 4 1 0 13\nArsenal 5 3 1 1 10', 'Liverpool'],
  ];
  it.each(clubs)('%s -> organization %s', (line, club) => {
    expect(names(report(line), 'organizations')).toContain(club);
    expect(names(report(line), 'places')).not.toContain(club);
  });
  const places: [string, string][] = [
    ['England manager Terry Venables named his squad .', 'England'],
    ['The team flew home to Newcastle on Sunday .', 'Newcastle'],
  ];
  it.each(places)('%s -> place %s', (line, place) => {
    expect(names(report(line), 'places')).toContain(place);
  });
});

describe('a country name less its "ia" names its people, no one', () => {
  const report = (line: string): string => `SOCCER - LEAGUE ROUND-UP\n${line}\nArsenal beat Chelsea 2-0 and Leeds drew 1-1 with Everton in the league .`;
  const nationalities = ['Partizan beat Vojvodina 2-1 in the Yugoslav first division .', 'Slovak officials met Serb leaders .', 'Yugoslav President Slobodan Milosevic met envoys .'];
  it.each(nationalities)('%s', (line) => {
    expect(names(report(line), 'people').filter((name) => !name.includes(' '))).toEqual([]);
    expect(names(report(line), 'organizations')).not.toContain('Yugoslav');
  });
  // a name in "s", one a verb follows, one the lists know
  const stems: [string, string][] = [
    ['Jonty Rhodes was out for 31 . Rhodes batted well .', 'Rhodes'],
    ['Mike Armen scored twice . Armen said the side was tired .', 'Armen'],
  ];
  it.each(stems)('%s -> person %s', (line, person) => {
    const mentions = facts(report(line)).people.flatMap((entity) => entity.mentions.map((mention) => mention.text));
    expect(mentions).toContain(person);
  });
});

describe('a country in a capitals headline, which the body need not repeat', () => {
  const cases: [string, string[]][] = [
    ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nAL-AIN 1996-12-06\nThe holders began with a lucky 2-1 win .', ['JAPAN', 'CHINA']],
    ['INDIA - SHARES CLOSE HIGHER .\nNEW DELHI 1996-08-30\nIndian shares closed higher on Friday .', ['INDIA']],
  ];
  it.each(cases)('%s', (text, countries) => {
    const places = facts(text).places.flatMap((entity) => entity.mentions.map((mention) => mention.text));
    for (const country of countries) expect(places).toContain(country);
  });
  // a first name as well as a country; a city the body does not use
  const others: [string, string][] = [
    ['BASKETBALL - JORDAN SCORES 40 .\nCHICAGO 1996-12-06\nThe Bulls won 101-90 .', 'JORDAN'],
    ['MARKETS - BOMBAY SHARES CLOSE HIGHER .\nNEW DELHI 1996-08-30\nShares closed higher on Friday .', 'BOMBAY'],
  ];
  it.each(others)('%s leaves %s out', (text, word) => {
    const all = [...facts(text).places, ...facts(text).people, ...facts(text).organizations].map((entity) => entity.name);
    expect(all).not.toContain(word);
  });
});

describe('mountains and other landmarks', () => {
  const placeMentions = (text: string): [string, string[]][] => facts(text).places.map((place) => [place.name, place.mentions.map((m) => m.text)]);
  it.each([
    ['a landmark without its "Mount"', 'Climbers left Mount Everest on Monday. Three died on Everest this spring.', [['Mount Everest', ['Mount Everest', 'Everest']]]],
    ['a mountain an apposition names', 'He died descending Lhotse, the world\'s fourth-highest mountain, on Monday.', [['Lhotse', ['Lhotse']]]],
    ['a landform named for a word', 'Rangers closed Farewell Spit to visitors on Monday.', [['Farewell Spit', ['Farewell Spit']]]],
    ['a country that names a mountain too', 'Climbers left Mount Kenya. Kenya is a country.', [['Mount Kenya', ['Mount Kenya']], ['Kenya', ['Kenya']]]],
  ])('%s', (_why, text, expected) => {
    expect(placeMentions(text)).toEqual(expected);
  });
});

describe('streets and squares', () => {
  it.each([
    ['a boulevard named for a person', 'Marchers gathered on Frikkie Meyer Boulevard on Monday.', 'Frikkie Meyer Boulevard'],
    ['a street in one word', 'The office is on Obere Donaustrasse in Vienna.', 'Obere Donaustrasse'],
    ['a street opened in Spanish', 'Protesters filled the Paseo de la Castellana.', 'Paseo de la Castellana'],
    ['a square opened in French', 'The Place de la Concorde was shut.', 'Place de la Concorde'],
    ['a street opened in French before a person\'s name', 'Marchers filled the Cours Jean Jaures in Lyon.', 'Cours Jean Jaures'],
  ])('%s', (_why, text, street) => {
    expect(names(text, 'places')).toContain(street);
    expect(names(text, 'people')).toEqual([]);
  });
  it('leaves "Place" an ordinary word before lower case', () => {
    expect(names('Place the dough in a bowl, said Tom Hale.', 'places')).toEqual([]);
  });
});

describe('a given name alone after "in"', () => {
  it('is a town', () => {
    const text = 'The suit was filed in a federal court in Marshall, Texas. Courts in Marshall are popular with patent holders.';
    expect(names(text, 'places')).toContain('Marshall');
    expect(names(text, 'people')).toEqual([]);
  });
  it('stays the person the article names in full', () => {
    const text = 'Marshall Tate spoke on Monday. In Marshall\'s view the case was weak, and Marshall said so.';
    expect(names(text, 'people')).toEqual(['Marshall Tate']);
  });
});

describe('a landform named, then its kind in lower case', () => {
  const places: [string, string][] = [
    ['The brewery at Namur on the Meuse river will stay open.', 'Meuse'],
    ['The stage went over the Grossglockner pass in the rain.', 'Grossglockner'],
    ['Rafting on the Kali Gandaki river was halted.', 'Kali Gandaki'],
  ];
  it.each(places)('%s -> place %s', (text, place) => {
    expect(names(text, 'places')).toContain(place);
    expect(names(text, 'organizations')).not.toContain(place);
    expect(names(text, 'people')).not.toContain(place);
  });
  it('leaves a kind that is no landform alone: "the Meuse plant" is a brewery\'s', () => {
    expect(names('Meuse Brewing said the Meuse plant would close.', 'places')).toEqual([]);
  });
});
