/** Names on newswire: rules added for unseen news (issue 3), each with positive and negative cases. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

const cases: [string, string, Kind, string[]][] = [
  ['hyphenated given names stay whole', 'Legislator Lee Cheuk-yan spoke to reporters.', 'people', ['Lee Cheuk-yan']],
  ['a title inside a run starts the name', 'Afghan Ambassador Hamdullah Mohib said the team worked hard.', 'people', ['Hamdullah Mohib']],
  ['an office after a title stays outside', 'He met Secretary of State Rex Tillerson on Monday.', 'people', ['Rex Tillerson']],
  ['"of" joins after an organization word', 'The University of North Carolina won.', 'organizations', ['University of North Carolina']],
  ['"of" does not join a person to a party', 'Lee Cheuk-yan of the Labour Party lost, said Wu Chi-wai.', 'people', ['Lee Cheuk-yan', 'Wu Chi-wai']],
  ['a known place outweighs a first name in it', 'The team flew to Washington D.C. on Friday.', 'places', ['Washington D.C.']],
  ['a sentence-initial adjective may open a known place', 'United States officials said nothing.', 'places', ['United States']],
  ['countries from compromise', 'Sweden beat England in Nizhny Novgorod.', 'places', ['Sweden', 'England', 'Nizhny Novgorod']],
  ['a city may be a surname', 'Valeska Paris said she was held for years. Paris said it was hard.', 'people', ['Valeska Paris']],
  ['a surname stays a place where the text says so', 'Valeska Paris left. She flew to Paris last year.', 'places', ['Paris']],
  ['a company from the lists', 'Shares in Boeing rose on Monday.', 'organizations', ['Boeing']],
  ['an acronym is an organization', 'The GAO upheld the protest.', 'organizations', ['GAO']],
  ['all-capital lines only repeat body names', 'LAMAR ODOM SAID IN LAS VEGAS\nLamar Odom was in town.', 'people', ['Lamar Odom']],
];

const nothing: [string, string, Kind][] = [
  ['a nationality alone', 'Afghan girls built the robot, Russian officials said.', 'people'],
  ['a nationality alone is no organization', 'Afghan girls built the robot, Russian officials said.', 'organizations'],
  ['a month is not a person', 'The vote was held in August after a delay.', 'people'],
  ['a time zone is not an organization', 'The launch is set for 08:00 UTC tomorrow.', 'organizations'],
  ['products with model numbers are not people', 'The Airbus A380 and the Boeing 747 were grounded.', 'people'],
  ['an unknown sentence-initial word is not a name', 'Stock markets fell sharply on Monday.', 'organizations'],
  ['a role after a nationality is not a name', 'The Afghan Ambassador spoke briefly.', 'people'],
];

describe('newswire names', () => {
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
  it.each(nothing)('nothing: %s', (_why, text, kind) => {
    expect(names(text, kind)).toEqual([]);
  });

  it('joins the surname mentions to the person, not the place', () => {
    const person = facts('Valeska Paris said she was held for years. Paris said it was hard.').people[0];
    expect(person?.aliases).toEqual(['Paris']);
  });
});

describe('short forms of organizations', () => {
  const orgs = (text: string): [string, string[], number][] =>
    facts(text).organizations.map((org) => [org.name, org.aliases, org.mentions.length]);

  it('joins an acronym to the long form it defines, across "and"', () => {
    expect(orgs('European Aeronautic Defence and Space Company (EADS) won. EADS said it was pleased.')).toEqual([
      ['European Aeronautic Defence and Space Company', ['EADS'], 3],
    ]);
  });
  it('joins an acronym to the one organization with those initials', () => {
    expect(orgs('The United States Air Force chose the tanker, and the USAF agreed.')).toEqual([['United States Air Force', ['USAF'], 2]]);
  });
  it('joins a first word to the one organization it starts', () => {
    expect(orgs('Northrop Grumman won the contract. Northrop said it was pleased.')).toEqual([['Northrop Grumman', ['Northrop'], 2]]);
  });
  const defined: [string, string, [string, string[], number][]][] = [
    ['a dotted word gives all its letters', 'The U.N. High Commissioner for Refugees (UNHCR) said no. UNHCR staff left.', [['U.N. High Commissioner for Refugees', ['UNHCR'], 3]]],
    ['brackets spaced as CoNLL text spaces them', 'The Kelvara Rail Authority ( KRA ) said no . KRA staff left .', [['Kelvara Rail Authority', ['KRA'], 3]]],
  ];
  it.each(defined)('joins a defined acronym: %s', (_why, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
  it('leaves a dotted word whose letters do not match alone', () => {
    expect(orgs('The U.S. Rail Authority (KRA) said no.').flatMap(([, aliases]) => aliases)).not.toContain('KRA');
  });
  it('leaves an acronym alone when its letters do not match', () => {
    expect(orgs('Lockheed Martin Aeronautics (NATO) said no.').flatMap(([, aliases]) => aliases)).not.toContain('NATO');
  });
});

describe('wire copy', () => {
  it('reads a dateline in capitals as a place', () => {
    expect(names('Peter Blackburn\nBRUSSELS 1996-08-22\nThe Commission said on Thursday it disagreed.', 'places')).toEqual(['BRUSSELS']);
    expect(names('JAPAN GET LUCKY WIN\nAL-AIN , United Arab Emirates 1996-12-06\nJapan won.', 'places')).toEqual(['Japan', 'AL-AIN', 'United Arab Emirates']);
  });
  it('does not read a capitalised headline word as a dateline', () => {
    // "JAPAN" is a country all the same (CoNLL marks it so); "SOCCER" is no place
    expect(names('SOCCER - JAPAN GET LUCKY WIN\nThe team played well.', 'places')).toEqual(['JAPAN']);
    expect(names('SOCCER - SHEARER GETS LUCKY WIN\nThe team played well.', 'places')).toEqual([]);
  });
  it('treats commas spaced off as words as punctuation', () => {
    expect(names('Germany \'s representative Werner Zwingmann , a vet , said so .', 'people')).toEqual(['Werner Zwingmann']);
  });
  it('keeps nationality adjectives out of organizations', () => {
    expect(names('EU rejects German call to boycott British lamb .', 'organizations')).toEqual(['EU']);
  });
  it('keeps a letter-named group out of the people', () => {
    expect(names('Japan beat Syria in a Group C match on Friday .', 'people')).toEqual([]);
  });
});

describe('runs cut by what the document says', () => {
  it('keeps caption labels out of names', () => {
    expect(names('Belle Image: Nick Moreau. Batman arrived. Image: Nick Moreau.', 'people')).toEqual(['Nick Moreau']);
  });
  it('keeps a label that occurs once: it may be a name', () => {
    expect(names('Warning: Nick Moreau said nothing.', 'people')).toEqual(['Nick Moreau']);
  });
  it('keeps capitalised particles inside a name', () => {
    expect(names('Kevin De Bruyne scored and Carlo De Benedetti watched.', 'people')).toEqual(['Kevin De Bruyne', 'Carlo De Benedetti']);
  });
  it('starts a name after a sentence-initial title', () => {
    expect(names('Minister of Education Stefania Giannini spoke. President Obama agreed.', 'people')).toEqual(['Stefania Giannini', 'Obama']);
  });
});

describe('business wire', () => {
  const text = [
    'NEW YORK (Reuters) - Shares of Apple Inc fell 4 percent on Wednesday.',
    'Chief Executive Tim Cook told analysts that demand had weakened. "We are disappointed," Cook said.',
    'Goldman Sachs analyst Rod Hall cut his target, Fed Chair Janet Yellen said.',
  ].join('\n');
  it('strips multi-word titles and finds the person after a role noun', () => {
    expect(facts(text).people.map((p) => [p.name, p.aliases])).toEqual([
      ['Tim Cook', ['Cook']],
      ['Rod Hall', []],
      ['Janet Yellen', []],
    ]);
  });
  it('keeps the organizations and the dateline apart from the people', () => {
    const result = facts(text);
    expect(result.places.map((p) => p.name)).toEqual(['NEW YORK']);
    // "Fed Chair Janet Yellen": the body whose office it is.
    expect(result.organizations.map((o) => o.name)).toEqual(['Reuters', 'Apple Inc', 'Goldman Sachs', 'Fed']);
  });
});

describe('court report', () => {
  const text = [
    'Massapequa man charged',
    'MINEOLA, N.Y. -- A Long Island father was ordered held without bail on Monday.',
    'Raymond Roth, 48, of Massapequa, pleaded not guilty. Prosecutors said Roth faked his death.',
    "Roth's wife, Evana, told Newsday she was relieved.",
  ].join('\n');
  it('finds the person in apposition to a relative, and not the newspaper told', () => {
    expect(facts(text).people.map((p) => [p.name, p.aliases, p.age])).toEqual([
      ['Raymond Roth', ['Roth'], 48],
      ['Evana', [], null],
    ]);
  });
  it('reads "Name, age, of X" and "X man" as places, and the state in the dateline', () => {
    expect(facts(text).places.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Massapequa', 2],
      ['MINEOLA', 1],
      ['N.Y.', 1],
      ['Long Island', 1],
    ]);
  });
});

describe('sports copy', () => {
  const text = [
    'SOCCER - ENGLISH LEAGUE RESULTS .',
    'LONDON 1996-08-24',
    'Arsenal 2 West Ham 0',
    "Alan Shearer scored twice for Newcastle as they beat Sheffield Wednesday 2-1 at St James' Park .",
    'Newcastle manager Kevin Keegan said Japan played Syria .',
  ].join('\n');
  it('reads clubs as organizations from results lines, match verbs and club roles', () => {
    expect(names(text, 'organizations')).toEqual(['Arsenal', 'West Ham', 'Newcastle', 'Sheffield Wednesday']);
  });
  it('keeps national sides and grounds as places', () => {
    expect(names(text, 'places')).toEqual(['LONDON', "St James' Park", 'Japan', 'Syria']);
  });
  it('gives a weekday inside a club name to the name, not the dates', () => {
    expect(facts(text).dates.map((d) => d.text)).toEqual(['1996-08-24']);
  });
  it('leaves a line of two numbers without names alone', () => {
    expect(names('Then Arsenal fans sang . The score was 2 to 0 .', 'organizations')).toEqual(['Arsenal']);
  });
});

describe('teams named after their city', () => {
  it('reads a known place followed by a plural as a team', () => {
    expect(names('The New York Yankees beat the Chicago Bulls in Los Angeles.', 'organizations')).toEqual(['New York Yankees', 'Chicago Bulls']);
  });
  it('leaves a person whose surname ends in s alone', () => {
    expect(names('Maria Santos and Carlos Mendes agreed.', 'people')).toEqual(['Maria Santos', 'Carlos Mendes']);
  });
});

describe('a currency beside a country', () => {
  const cases: [string, string[]][] = [
    ['The bank lost US$ 2.2 billion in the US last year.', ['US']],
    ['Sales in Hong Kong rose to HK$ 5 million.', ['Hong Kong']],
  ];
  it.each(cases)('keeps the country, not the currency: %s', (text, expected) => {
    expect(names(text, 'places')).toEqual(expected);
  });
});
