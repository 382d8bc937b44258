/** Short forms of people's names: which person a surname alone stands for, and names with "O'". */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): [string, string[]][] => facts(text).people.map((person) => [person.name, person.mentions.map((m) => m.text)]);

describe('a surname shared by two people', () => {
  it.each([
    // once "Mohamed" stands for the boy, it keeps him after his father is named
    [
      'Ahmed Mohamed built a clock. Mohamed was arrested. His father, Mohamed El-Hassan Mohamed, spoke to reporters. Mohamed was later released.',
      [['Ahmed Mohamed', ['Ahmed Mohamed', 'Mohamed', 'Mohamed']], ['Mohamed El-Hassan Mohamed', ['Mohamed El-Hassan Mohamed']]],
    ],
    // the other person named in full in the same sentence takes it
    [
      'Ahmed Mohamed built a clock. Mohamed was arrested. Later Mohamed El-Hassan Mohamed said Mohamed was proud.',
      [['Ahmed Mohamed', ['Ahmed Mohamed', 'Mohamed']], ['Mohamed El-Hassan Mohamed', ['Mohamed El-Hassan Mohamed', 'Mohamed']]],
    ],
    // "senior" names the one named first, "junior" the one named after him
    [
      'Bob Woolmer coached Pakistan. His son, Dale Woolmer, flew in. Woolmer senior had been ill, Dale Woolmer said. Woolmer junior wept.',
      [['Bob Woolmer', ['Bob Woolmer', 'Woolmer']], ['Dale Woolmer', ['Dale Woolmer', 'Dale Woolmer', 'Woolmer']]],
    ],
    // not used before: the one named last
    ['Lazaro Gonzalez and Delfin Gonzalez met. Gonzalez said no.', [['Lazaro Gonzalez', ['Lazaro Gonzalez']], ['Delfin Gonzalez', ['Delfin Gonzalez', 'Gonzalez']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('"O\'" written apart from the surname', () => {
  it.each([
    ["Ryanair's chief, Michael O' Leary, said fares would fall. O' Leary smiled.", [["Michael O' Leary", ["Michael O' Leary", "O' Leary"]]]],
    // a quotation mark after a capital "O" still ends the name
    ["He shouted 'O' and Mary Smith laughed.", [['Mary Smith', ['Mary Smith']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a weekday after a name', () => {
  it.each([
    ['Stocks in Asia Monday fell sharply.', ['Asia'], ['Monday']],
    ['Shares of Boeing Tuesday rose.', [], ['Tuesday']],
  ])('%s', (text, places, dates) => {
    const found = facts(text);
    expect(found.places.map((place) => place.name)).toEqual(places);
    expect(found.people).toEqual([]);
    expect(found.dates.map((date) => date.text)).toEqual(dates);
  });
});

describe('a club named for its town and a weekday', () => {
  it.each([
    ['Newcastle beat Sheffield Wednesday 2-1 at home.', 'Sheffield Wednesday'],
    ['The Sheffield Wednesday manager resigned.', 'Sheffield Wednesday'],
  ])('%s', (text, club) => {
    expect(facts(text).organizations.map((org) => org.name)).toContain(club);
    expect(facts(text).dates).toEqual([]);
  });
});

describe('two particles before a surname', () => {
  it.each([
    ['Ursula von der Leyen spoke. Von der Leyen said no.', [['Ursula von der Leyen', ['Ursula von der Leyen', 'Von der Leyen']]]],
    ['Rafael van der Vaart scored twice.', [['Rafael van der Vaart', ['Rafael van der Vaart']]]],
    // "of the" joins no person to a party
    ['Lee Cheuk-yan of the Labour Party spoke.', [['Lee Cheuk-yan', ['Lee Cheuk-yan']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a body's one-word short form", () => {
  const bodies = (text: string): [string, string[]][] => facts(text).organizations.map((org) => [org.name, org.aliases]);
  it.each([
    // a later word of one body's name
    ['Deutsche Lufthansa AG plans cuts, the union said. Shares in Lufthansa rose.', [['Deutsche Lufthansa AG', ['Lufthansa']]]],
    ['Dunmore Tessaro Inc bid for the mine. Shares of Tessaro rose 3 percent.', [['Dunmore Tessaro Inc', ['Tessaro']]]],
    // initials without the legal form
    ['International Business Machines Corp rose 1-1/4 to 113. IBM was the most active issue.', [['International Business Machines Corp', ['IBM']]]],
    ['Kelvara Tessin Mining Ltd said output fell. KTM shares slipped.', [['Kelvara Tessin Mining Ltd', ['KTM']]]],
    ['Nordvik Rask Data AB said sales rose. NRD shares gained 3 percent.', [['Nordvik Rask Data AB', ['NRD']]]],
    ['Analysts at Goldman Sachs said the cuts were expected. Sachs also cut its forecast.', [['Goldman Sachs', ['Sachs']]]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });

  it.each([
    // a word two bodies share does not say which one it is
    ['Dunmore Tessaro Inc and Ashby Tessaro Ltd both bid for the mine. Shares of Tessaro rose 3 percent.', 'Tessaro'],
    // an ordinary word of a body's name is no short form of it
    ['The Kelvara Mining Council met on Monday. Shares of Mining rose.', 'Mining'],
  ])('no long form: %s', (text, word) => {
    const organizations = facts(text).organizations;
    expect(organizations.map((org) => org.name)).toContain(word);
    expect(organizations.flatMap((org) => org.aliases)).not.toContain(word);
  });
});

describe('an initial before a surname', () => {
  it.each([
    [
      'a scorecard after the prose',
      'Opener Roshan Gunawardene hit 112. Gunawardene, 24, batted well.\n\nScores: Sri Lanka 287-6 (R. Gunawardene 112, A. Perera 4)',
      [['Roshan Gunawardene', ['Roshan Gunawardene', 'Gunawardene', 'R. Gunawardene']], ['A. Perera', ['A. Perera']]],
    ],
    [
      'a middle name in full',
      'Roshan Kumar Gunawardene hit 112.\n\nScores: Sri Lanka 287-6 (R. Gunawardene 112)',
      [['Roshan Kumar Gunawardene', ['Roshan Kumar Gunawardene', 'R. Gunawardene']]],
    ],
  ])('joins the full name: %s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it.each([
    ['another initial', 'Roshan Gunawardene hit 112 and M. Gunawardene took two wickets.', [['Roshan Gunawardene', ['Roshan Gunawardene']], ['M. Gunawardene', ['M. Gunawardene']]]],
    ['two people the initial fits', 'Roshan Gunawardene and Ruwan Gunawardene batted. R. Gunawardene was out.', [['Roshan Gunawardene', ['Roshan Gunawardene']], ['Ruwan Gunawardene', ['Ruwan Gunawardene']], ['R. Gunawardene', ['R. Gunawardene']]]],
  ])('keeps apart %s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('the first of two surnames', () => {
  it.each([
    ['before the last word of three', 'Previous leader Rafael Ortiz Bermúdez crashed. Ortiz finished the stage.', [['Rafael Ortiz Bermúdez', ['Rafael Ortiz Bermúdez', 'Ortiz']]]],
    ['before a particle', 'Carlos Ortega de la Fuente spoke. Ortega said no.', [['Carlos Ortega de la Fuente', ['Carlos Ortega de la Fuente', 'Ortega']]]],
    ['a particle\'s surname before the last word', 'Mayor Ximena de la Garza Ortiz won. De la Garza said so.', [['Ximena de la Garza Ortiz', ['Ximena de la Garza Ortiz', 'De la Garza']]]],
    ['not two given names before a surname', 'Tom Hale Smith and Tom Hale met.', [['Tom Hale Smith', ['Tom Hale Smith']], ['Tom Hale', ['Tom Hale']]]],
    ['before the last word of four', 'Juan Sebastián Quintero Mejía won. Quintero said he was tired.', [['Juan Sebastián Quintero Mejía', ['Juan Sebastián Quintero Mejía', 'Quintero']]]],
    ['not a second given name', 'Juan Carlos de la Torre spoke. Carlos said no.', [['Juan Carlos de la Torre', ['Juan Carlos de la Torre']], ['Carlos', ['Carlos']]]],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
