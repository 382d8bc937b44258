/** Clubs named by a club word and their town (clubs.ts): one body, never a word and a place. */
import { describe, expect, it } from 'vitest';
import { isClubName } from '../src/extract/names/clubs.js';
import { facts } from './helpers.js';

const mentions = (text: string, kind: 'people' | 'places' | 'organizations'): string[] =>
  facts(text)[kind].flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('isClubName', () => {
  const clubs = ['Dynamo Kiev', 'Real Madrid', 'Red Star Belgrade', 'Sporting Lisbon', 'Bayern Munich', 'Hapoel Tel Aviv', 'AC Milan', 'VfB Stuttgart', 'DYNAMO KIEV', 'Croatia Zagreb', 'Austria Vienna', 'Rosenborg BK', 'Hammarby IF', 'Faaberg IL'];
  it.each(clubs)('%s is a club', (name) => {
    expect(isClubName(name.split(' '))).toBe(true);
  });
  // no town after the club word, a town alone, a country, an abbreviation in lower case
  const others = ['Real estate', 'Inter Alia', 'Standard Oil', 'Kiev', 'Dynamo', 'Real Spain', 'Sc Milan', 'Red Square', 'Mexico City', 'Kuwait City', 'Croatia', 'What If', 'Molde Fk'];
  it.each(others)('%s is no club', (name) => {
    expect(isClubName(name.split(' '))).toBe(false);
  });
});

describe('clubs in a report', () => {
  const clubs: [string, string][] = [
    ['Red Star Belgrade beat Partizan 2-1 in the Yugoslav first division on Friday .', 'Red Star Belgrade'],
    ['Fans of Red Star Belgrade rioted after the match .', 'Red Star Belgrade'],
    ['Real Madrid will meet Ajax Amsterdam in the final .', 'Real Madrid'],
    ['Real Madrid will meet Ajax Amsterdam in the final .', 'Ajax Amsterdam'],
    ['Dynamo Kiev coach Josef Szabo said the side was tired .', 'Dynamo Kiev'],
    ['Inter Milan striker Ivan Zamorano scored twice .', 'Inter Milan'],
    ['Olympique Marseille drew with Steaua Bucharest .', 'Olympique Marseille'],
  ];
  it.each(clubs)('%s -> organization %s', (text, club) => {
    expect(mentions(text, 'organizations')).toContain(club);
    expect(mentions(text, 'people')).not.toContain(club);
  });
  it('leaves the town alone a place', () => {
    const text = 'Real estate prices in Madrid rose . The team flew back to Kiev on Sunday .';
    expect(mentions(text, 'places')).toEqual(['Madrid', 'Kiev']);
    expect(mentions(text, 'organizations')).toEqual([]);
  });
});

describe('the short form of a club at the head of a sentence', () => {
  it('keeps the club word the article writes before the town elsewhere', () => {
    const text = 'Red Star Belgrade beat Partizan 2-1 on Friday .\nRed Star coach Milan Vasic said the side deserved it .';
    expect(mentions(text, 'organizations')).toContain('Red Star');
    expect(mentions(text, 'organizations')).not.toContain('Star');
  });
  it('leaves an ordinary opening word out when no longer name starts with it', () => {
    const text = 'Partizan beat Red Star Belgrade 2-1 on Friday .\nRed Belgrade was quiet after the match .';
    expect(mentions(text, 'places')).toContain('Belgrade');
    expect(mentions(text, 'organizations')).not.toContain('Red Belgrade');
  });
});

describe('a plural noun named alone in sports copy is a side', () => {
  const report = 'SOCCER - SCOTTISH ROUND-UP\nGLASGOW 1996-10-19\nCeltic beat Kilmarnock 3-1 on Saturday .\n';
  it.each([
    ['Celtic closed on leaders Rangers . Rangers lead the table with 24 points from 10 games .', 'Rangers'],
    ['The champions were held 1-1 by Hearts at Tynecastle .', 'Hearts'],
  ])('%s -> organization %s', (line, club) => {
    expect(mentions(report + line, 'organizations')).toContain(club);
    expect(mentions(report + line, 'people')).not.toContain(club);
  });
  it('leaves a people and a plural outside sport alone', () => {
    expect(mentions(report + 'The Swedes arrived on Friday .', 'organizations')).not.toContain('Swedes');
    expect(mentions('Rangers patrolled the park on Friday .', 'organizations')).toEqual([]);
  });
});

describe('clubs named with their abbreviation after them, and sides after a result', () => {
  it.each([
    // [text, kind, mentions]
    ['He joined Rosenborg BK in 1995 and left Molde FK later.', 'organizations', ['Rosenborg BK', 'Molde FK']],
    ['Djurgardens IF beat Hammarby IF 2-1 on Sunday.', 'organizations', ['Djurgardens IF', 'Hammarby IF']],
    ['ELECTION - WHAT IF VOTERS STAY HOME\nThe vote is on Sunday.', 'organizations', []],
    ['SOCCER - BARI WIN\nPacheco scored late to give Bari a win over Piacenza. Juventus stayed top after a goalless draw with Cagliari.', 'organizations', ['Piacenza', 'Cagliari']],
    ['SOCCER - ITALY DRAW\nItaly had a draw with Spain on Sunday, and Sampras earned a win over Federer.', 'organizations', []],
    ['SOCCER - ITALY DRAW\nItaly had a draw with Spain on Sunday, and Sampras earned a win over Federer.', 'places', ['ITALY', 'Italy', 'Spain']],
  ] as [string, 'people' | 'places' | 'organizations', string[]][])('%s: %s', (text, kind, expected) => {
    expect(mentions(text, kind)).toEqual(expected);
  });
});
