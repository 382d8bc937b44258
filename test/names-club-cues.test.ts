/** Sides named in a match report's prose (club-cues.ts), and the town's other mentions (sides.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);
const SLUG = 'SOCCER - LEAGUE ROUND-UP.\n\n';

describe('a side in sports prose', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a town after a draw "at"', 'Bologna drew 1-1 at Parma on Sunday.', 'organizations', ['Bologna', 'Parma']],
    ['a side "held" by another', 'Sampdoria were held 0-0 by Lazio in Genoa.', 'organizations', ['Lazio']],
    ['the town after "in" stays the place', 'Sampdoria were held 0-0 by Lazio in Genoa.', 'places', ['Genoa']],
    ['a defeat "by" a side', 'Milan slumped to a 3-1 home defeat by Vicenza.', 'organizations', ['Vicenza']],
    ['a win "over" a side', 'The goal gave Parma a 2-1 win over Fiorentina.', 'organizations', ['Parma', 'Fiorentina']],
    ['a side that won by a score', 'Leaders Juventus won 2-0 on Sunday.', 'organizations', ['Juventus']],
    ['a player\'s old club', 'Obi, who joined from Anderlecht in May, scored twice.', 'organizations', ['Anderlecht']],
    ['a side in the table', 'The win lifted Parma to fifth, six points clear of Sampdoria and a point behind Bologna.', 'organizations', ['Sampdoria', 'Bologna']],
    ['a town a player joined', 'The guard, who joined Houston from high school, scored 24.', 'organizations', ['Houston']],
    ['a side\'s record after "improved to"', 'Houston improved to 9-2 on Tuesday.', 'organizations', ['Houston']],
    ['a side that is "they"', 'Denver, who have lost five straight, were beaten 112-94.', 'organizations', ['Denver']],
    ['a side with a plural verb after "who"', 'Newcastle, who play at home on Sunday, are third.', 'organizations', ['Newcastle']],
    ['a person with a verb in "-s" after "who"', 'Tom Hale, who plays for Leeds, scored twice.', 'people', ['Tom Hale']],
    ['a town in a table\'s place', 'Arsenal lead with 29 points, two clear of Newcastle (3).', 'organizations', ['Newcastle']],
    ['a town in brackets outside a table stays the place', 'He lives in Newcastle (England) now.', 'organizations', []],
    ['a place after "over the" in sports copy is no team', 'Play starts early because storms are forecast over the Alps.', 'organizations', []],
    ['a team after "the" in sports copy', 'The Bulls beat the Lakers 101-99.', 'organizations', ['Bulls', 'Lakers']],
    ['a ground after "at the" in sports copy is no player', 'Striker Tom Hale scored at the San Siro.', 'people', ['Tom Hale']],
    ['a goaltender\'s side', 'Chicago goaltender Sergei Kamenskikh made 30 saves.', 'organizations', ['Chicago']],
    ['every mention of a town named as a side once', 'Parma coach Carlo Benedetti was pleased. Parma levelled before halftime.', 'organizations', ['Parma']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(SLUG + text, kind)).toEqual(expected);
  });

  it('names a racing team by its driver', () => {
    expect(names('Stewards looked at a collision between Ligier driver Kenji Tanabe and Olli Rautio.', 'organizations')).toEqual(['Ligier']);
    expect(names('Formula One driver Tom Hale won.', 'organizations')).toEqual([]);
  });

  it('names a club by a position and a full name, outside sports copy too', () => {
    expect(names('The uncapped players are Edinburgh flanker Jamie Brodie and others.', 'organizations')).toEqual(['Edinburgh']);
  });

  const notSides: [string, string, Kind, string[]][] = [
    ['a ground after "at", no town', 'England won 2-0 at Kelvin Park on Sunday.', 'organizations', []],
    ['a tennis player who won by sets', 'Andre Kelvert won 6-4 6-3 on Sunday. Kelvert was pleased.', 'people', ['Andre Kelvert']],
    ['a town after "at" outside sports copy', 'Talks ended 2-1 at Parma, the mayor said.', 'places', ['Parma']],
    ['a town after "in", no side', 'The team trained in Parma on Sunday after the 2-1 win.', 'places', ['Parma']],
    ['a position word with no player after it', 'The Edinburgh centre of the city was closed after the 2-1 win.', 'places', ['Edinburgh']],
  ];
  it.each(notSides)('%s', (_why, text, kind, expected) => {
    const body = kind === 'places' && /Talks/.test(text) ? text : SLUG + text;
    expect(names(body, kind)).toEqual(expected);
  });
});

describe('a side in a story about sport without scores', () => {
  const transfer = 'Atalanta signed midfielder Kofi Boateng-Asante from French side Lille on Tuesday. The midfielder made 87 appearances for Lille, scoring 11 goals. Lille will receive 10 percent of any sale. The striker and the goalkeeper stayed.';
  it('reads a town named as a side as the club, every time', () => {
    expect(facts(transfer).organizations.find((org) => org.name === 'Lille')?.mentions.length).toBe(3);
    expect(names(transfer, 'places')).not.toContain('Lille');
  });
  it('reads no lone unknown name as a player without a report of matches', () => {
    const text = `${transfer} The deal was reported by La Gazzetta dello Sport.`;
    const people = names(text, 'people');
    expect(people).toContain('Kofi Boateng-Asante');
    expect(people.filter((name) => /Gazzetta|Sport/.test(name))).toEqual([]);
  });
  it('leaves the town a town outside sport', () => {
    const text = 'The summit opened in Lille on Tuesday. Lille will host the next one, the French side said.';
    expect(names(text, 'places')).toEqual(['Lille']);
  });
  it('reads "the Right to Dream Academy" as no team nickname', () => {
    const text = `${SLUG}Kelvara beat Osk 2-1 and Valdora drew 1-1 with Rask. Obi came through the Right to Dream Academy before his league debut.`;
    expect(names(text, 'organizations')).not.toContain('Right');
  });
});

describe('a club named for its town and its sport', () => {
  const story = 'Kelvara won the basketball championship on Saturday, beating Osk 84-79 in the final. Guard Marius Jankauskas led the hosts with 27 points, 6 rebounds and 5 assists in the playoffs. He spent one season with Valencia Basket in Spain.';
  it('is a club in a story about sport', () => {
    expect(names(story, 'organizations')).toContain('Valencia Basket');
    expect(names(story, 'people')).not.toContain('Valencia Basket');
  });
});
