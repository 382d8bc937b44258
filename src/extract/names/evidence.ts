/**
 * Weighs what one occurrence of a name says about its kind: the words of the
 * name (compromise's lexicon, the gazetteer), and the words around it.
 * Evidence of all the occurrences of a name is added up in `group.ts`.
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { baseWord, hyphenJoinedWords } from './name-tokens.js';
import { isClubName } from './clubs.js';
import { isRoleNoun } from '../people/roles.js';
import { isAboutSport } from './sports.js';
import { isTownNotCountry } from './towns.js';
import { weighContext } from './context.js';
import { weighCredit } from './credits.js';
import { gazetteerKinds, isKnownPlace, isListed, isPlaceKind } from './gazetteer.js';
import { isMarketIndex, isModelName } from './markets.js';
import { isNationality, isNationalityWord, isNationalsNoun, isTwoWordNationality } from './nationality-adjectives.js';
import { isOfficeConnector } from './offices.js';
import { isParticle, isPatronymic } from './particles.js';
import { weighResults } from './results.js';
import { isSurnameAfterInitial } from './initials.js';
import {
  FOREIGN_BODY_OPENERS,
  FOREIGN_PLACE_OPENERS,
  FOREIGN_WITHOUT,
  INSTITUTION_HEADS,
  isAffiliation,
  isBuildingName,
  isNationalBodyName,
  isRedCrossName,
  isCompanyShapedWord,
  isGeneration,
  isOrganizationWord,
  isRoadNumber,
  LEGISLATURES,
  isPlaceWord,
  isStateAbbreviation,
  isStreetWord,
  LANGUAGES,
  lexiconTags,
  NOT_ORGANIZATION_ACRONYMS,
  PERSON_TITLES,
  TIME_ZONES,
  WORK_WORDS,
} from './lexicon.js';

/**
 * Scores per kind; "work" collects titles of shows, events and products, never output.
 * Weak person evidence is kept apart until all occurrences are in (`settleWeakPerson`).
 */
export interface Evidence {
  person: number;
  place: number;
  organization: number;
  work: number;
  /**
   * Person evidence that a describing noun overrides: speech ("Tam Rask said")
   * and surnames ("Clark"), which companies share, and the shape of unknown
   * capitalised words.
   */
  weakPerson: number;
  /** Occurrences after a noun that only names a body or place: "Irish airline Aer Lingus". */
  described: number;
}

export const KINDS = ['person', 'place', 'organization', 'work'] as const;

export function emptyEvidence(): Evidence {
  return { person: 0, place: 0, organization: 0, work: 0, weakPerson: 0, described: 0 };
}

export function addEvidence(into: Evidence, from: Evidence): void {
  for (const kind of KINDS) into[kind] += from[kind];
  into.weakPerson += from.weakPerson;
  into.described += from.described;
}

/**
 * "Irish airline Aer Lingus said ... Aer Lingus added": the noun says what the
 * name is; that it speaks, or looks like a person's name, counts only where the
 * article never calls it a body or a place.
 */
export function settleWeakPerson(evidence: Evidence): void {
  if (evidence.described === 0) evidence.person += evidence.weakPerson;
  evidence.weakPerson = 0;
}

/** What the name's form says outweighs any sign of a person: "Faber & Faber", "Peruvian Red Cross". */
function ruleOutPerson(evidence: Evidence): void {
  evidence.person = Math.min(evidence.person, 0);
  evidence.weakPerson = 0;
}

const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const NAME_TAGS = [...FIRST_NAME_TAGS, 'LastName', 'Person', ...PLACE_TAGS, 'Organization', 'ProperNoun', 'Demonym'];

/** Compass points that open regions' names: "West Sumatra", "Northern Cape". */
const COMPASS_POINTS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/** Sports a club's name may close after its town: "Valencia Basket". */
const SPORT_WORDS = new Set(['Basket', 'Basketball', 'Volley', 'Hockey', 'Handball', 'Rugby']);

/** What opens a storm's name: "Hurricane Delia", "Tropical Storm Kelvin". */
export const STORM_WORDS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Tropical']);
/** What follows a disease named for a place or a person: "Marburg virus", "Lyme disease". */
const DISEASE_WORDS = new Set(['virus', 'disease', 'fever', 'flu', 'syndrome']);

export function weigh(doc: Document, candidate: NameCandidate): Evidence {
  const evidence = emptyEvidence();
  const tokens = doc.tokens.slice(candidate.first, candidate.end);
  const words = hyphenJoinedWords(tokens);
  weighWords(evidence, candidate.text, tokens, words, doc.tokens[candidate.end], candidate.caseUninformative);
  const shapeWeakPerson = evidence.weakPerson;
  weighContext(evidence, doc, candidate, tokens[tokens.length - 1]!);
  weighResults(evidence, doc, candidate);
  weighCredit(evidence, doc, candidate);
  // "Random House said", "chartered by Anglo American": what makes a person of an unknown
  // name makes a body of a body-shaped one, more than a place's head word ("House") a place.
  if (isBodyShaped(words) && !isPlaceKind(gazetteerKinds(candidate.text))) {
    if (evidence.weakPerson > shapeWeakPerson) evidence.organization += 2.5;
    evidence.weakPerson = 0;
    evidence.described += 1;
  }
  // "the 24-year-old Uzbek said": a nationality after an age is a person's description, no name.
  const afterAge = doc.tokens[candidate.first - 1]?.normal === 'old';
  if (afterAge && words.length === 1 && (isNationalityWord(words[0]!) || isNationalsNoun(words[0]!))) evidence.work += 6;
  // "the 33-year-old Hubble Space Telescope": things have ages too; a name's shape alone makes
  // no person of three words after one, unless a given name opens it ("the 34-year-old Lamar Odom").
  if (afterAge && words.length >= 3 && !gazetteerKinds(words[0]!).has('firstName')) evidence.weakPerson = Math.max(0, evidence.weakPerson - shapeWeakPerson);
  // "Valencia Basket", "Kelvara Volley": in a story about sport, a town before its sport is a club.
  // (Not a word before a town, "Zalgiris Kaunas": towns are surnames too, "Hideo Kawasaki".)
  if (words.length === 2 && SPORT_WORDS.has(words[1]!) && isTownNotCountry(words[0]!) && isAboutSport(doc)) evidence.organization += 4;
  // "Los Angeles Lakers", "Bangladesh Rifles": a team or a corps; not "lawyer Pilar Montes", a person's role
  // before a town and a surname in "s".
  const role = doc.tokens[candidate.first - 1];
  const afterRole = role !== undefined && !/\S/.test(role.post) && isRoleNoun(role);
  if (isPlaceAndPlural(words) && !afterRole) evidence.organization += 3;
  // "Rangers lead the table", "held 1-1 by Hearts": in a story about sport, a plural noun alone names a side.
  // (Not "the Swedes", a people.)
  const plural = words.length === 1 && tokens[0]!.tags.has('Plural') && /^\p{Lu}\p{Ll}+s$/u.test(words[0]!) && !tokens[0]!.tags.has('Demonym');
  if (plural && !isNationalityWord(words[0]!) && !isListed(words[0]!) && isAboutSport(doc)) evidence.organization += 3;
  if (isMarketIndex(doc, candidate) || isModelName(words)) evidence.work += 8;
  // "Swimming Australia", "Athletics Kenya", "Elections Manitoba": a national body, no place nor person.
  if (isNationalBodyName(words)) {
    evidence.organization += 6;
    ruleOutPerson(evidence);
  }
  // "the Peruvian Red Cross", "Uganda Red Cross Society", "the Red Crescent".
  if (isRedCrossName(candidate.text)) {
    evidence.organization += 6;
    ruleOutPerson(evidence);
  }
  // "Faber & Faber", "Marks & Spencer": partners in a firm's name, not a person's.
  if (/ & /.test(candidate.text)) {
    evidence.organization += 2;
    ruleOutPerson(evidence);
  }
  // "Airbus A380", "PlayStation VR", "KCNA": people's names have no digits or acronyms.
  if (!couldBePerson(words, candidate.caseUninformative, candidate.title !== null)) {
    ruleOutPerson(evidence);
  }
  return evidence;
}

function weighWords(evidence: Evidence, text: string, tokens: Token[], words: string[], following: Token | undefined, caseUninformative: boolean): void {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // "GAO" is an acronym, not the Malian region of Gao.
  // "BONN 1996-12-06": on a line in capitals a word of four letters or more is no acronym for its capitals.
  const capitalsSayNothing = caseUninformative && first.length >= 4;
  const acronym = words.length === 1 && /^\p{Lu}{2,4}$/u.test(first) && !capitalsSayNothing;
  const whole = acronym ? new Set([...gazetteerKinds(text)].filter((kind) => kind === 'country' || kind === 'company')) : gazetteerKinds(text);
  const firstTags = lexiconTags(first);
  // "Tristan Thompson", "Malika": a known first name.
  // "Northrop Grumman": a first name ("Northrop") that starts a company's name is no first name here.
  const companyWords = words.filter((word) => gazetteerKinds(word).has('company')).length;
  // "Andy Warhol Foundation", "Douglas Aircraft": a person's name before the head of a body's name.
  const head = headWord(tokens);
  const building = isBuildingName(words, head);
  const institution = words.length > 1 && INSTITUTION_HEADS.has(head.toLowerCase());
  // "María Fernanda Quispe Huamán": a first name that is also a word, before a second given name.
  const doubleGivenName = words.length > 2 && gazetteerKinds(first).has('wordFirstName') && gazetteerKinds(words[1]!).has('firstName');
  const firstName =
    (FIRST_NAME_TAGS.some((tag) => firstTags.includes(tag)) || gazetteerKinds(first).has('firstName') || doubleGivenName) &&
    !(words.length > 1 && companyWords === words.length) &&
    !institution;
  // ("Buenos Aires": a place the lists know whole, though the company list holds its words.)
  if (words.length > 1 && companyWords === words.length && !isPlaceKind(whole)) evidence.organization += 3;
  // "Washington D.C.", "Sydney": a place known by its whole name outweighs a first name in it.
  const placeTags = words.length === 1 ? firstTags : [];
  const knownPlace = isPlaceKind(whole) || PLACE_TAGS.some((tag) => placeTags.includes(tag));
  if (firstName) evidence.person += (words.length > 1 ? 3 : 1.5) / (knownPlace ? 2 : 1);
  // "Tariq bin Yusof", "Siti binti Aziz", "Abdullah ibn Saud": "son of" or "daughter of" inside the name.
  if (words.length > 2 && words.slice(1, -1).some(isPatronymic)) evidence.person += 5;
  // "Dunmore Clark", "Morgan Stanley": firms carry surnames too.
  if (lexiconTags(last).includes('LastName') && !institution) evidence.weakPerson += 1;
  // "Sweden", "Bavaria", "Las Vegas": the lists and compromise know the place; "Calif.", "N.Y." too.
  const state = tokens.length === 1 && isStateAbbreviation(tokens[0]!.text, tokens[0]!.post);
  if (whole.has('country') || placeTags.includes('Country')) evidence.place += 4;
  else if (state) evidence.place += 3.5;
  else if (whole.has('region') || placeTags.includes('Region')) evidence.place += 3.5;
  else if (whole.has('city') || placeTags.includes('City')) evidence.place += 3;
  // compromise tags "Graham Hill" a place for its last word, which the head rule below weighs already.
  else if (!(words.length > 1 && isPlaceWord(head)) && tokens.every((token) => PLACE_TAGS.some((tag) => token.tags.has(tag)))) evidence.place += 1.5;
  if (whole.has('company')) evidence.organization += 2.5;
  // "Air France", "Air India", "Air Zermatt": an airline named for its country or town (a word no
  // lexicon has); not "Air Marshal", a rank, nor "the Air Mountains". "Detik.com": a website.
  if (words.length === 2 && first === 'Air' && (isListed(last) || lexiconTags(last).length === 0) && !isPlaceWord(last) && !firstName) evidence.organization += 5;
  // "Instituto Gonzaga", "Banco Santander": a body's head word in another language opens the name.
  // ("Maison Delorme said": the opener is no given name, and the body speaks.)
  if (words.length > 1 && FOREIGN_BODY_OPENERS.has(first.toLowerCase())) {
    evidence.organization += 5;
    ruleOutPerson(evidence);
    evidence.described += 1;
  }
  // "Médecins Sans Frontières", "Reporters Sans Frontières": a body "without" something; no person's name.
  if (words.slice(1, -1).some((word) => FOREIGN_WITHOUT.has(word))) evidence.organization += 4;
  // "Paseo de la Castellana", "Friedrichstrasse", "Teatro Real": a street's or a venue's name.
  if ((words.length > 1 && FOREIGN_PLACE_OPENERS.has(first.toLowerCase())) || isStreetWord(last)) evidence.place += 5;
  // "County Kildare", "County Durham": an Irish or British county, named after the word.
  if (words.length === 2 && first === 'County' && !isOrganizationWord(last)) evidence.place += 4;
  // "West Sumatra", "North Kivu", "West Kelowna": a compass point before a name, a region or a town's part.
  if (words.length === 2 && COMPASS_POINTS.has(first) && !isOrganizationWord(last) && !isPlaceWord(last)) evidence.place += isKnownPlace(last) ? 3 : 1.5;
  // "Darnell Hughes III", "Marcus Tillman Jr.": only people carry a generation after their name.
  if (isAfterSurname(words, words.length - 1)) evidence.person += 3;
  // "Operation Clambake", "Operation Desert Storm": a campaign's name.
  if (words.length > 1 && first === 'Operation') evidence.work += 6;
  // "Hurricane Delia", "Typhoon Haiyan": a storm's name.
  if (words.length > 1 && STORM_WORDS.has(first)) evidence.work += 8;
  // "the Marburg virus", "Lassa fever": a disease named for a place or a person.
  if (following !== undefined && DISEASE_WORDS.has(following.normal) && !/\S/.test(tokens[tokens.length - 1]!.post)) evidence.work += 6;
  // "Der Spiegel", "Die Welt": a German article opens a newspaper's name, never a person's.
  if (words.length === 2 && /^(Der|Die|Das)$/.test(first)) evidence.organization += 5;
  // "The bill now goes to the Senate", "a reform sent to Congress"
  if (words.length === 1 && LEGISLATURES.has(first) && !caseUninformative) evidence.organization += 3;
  if (words.length === 1 && /\p{L}\.(com|net|org)$/iu.test(first)) evidence.organization += 3;
  // "Ubisoft", "Wikinews": a word glued from a company's trade.
  else if (words.length === 1 && isCompanyShapedWord(first)) evidence.organization += 3;
  // ("Philips Stadium", "Allianz Arena": a venue named for its sponsor is a place.)
  else if (words.length > 1 && gazetteerKinds(first).has('company') && !firstName && !isPlaceWord(head) && !building) evidence.organization += 1.5;
  if (tokens.some((token) => token.tags.has('Organization') && !token.tags.has('Person'))) evidence.organization += 1;
  // "Airbus Industries", "Bank of England": the head is the word before "of".
  // "United Nations High Commissioner for Refugees": an office with its domain, which shape.ts
  // leaves in a name only where no person follows it, is a body.
  if (words.length > 1 && !building && (isOrganizationWord(head) || isOfficeHead(tokens, head))) evidence.organization += 3;
  // "City of London Police", "University of Texas Press": a body's word closing a name headed by another.
  else if (words.length > 2 && head !== last && isOrganizationWord(last) && !isPlaceWord(last)) evidence.organization += 3;
  // "House of Representatives", "House of Commons": a chamber, though a house is a building.
  if (words.length > 1 && head === 'House' && head !== last) evidence.organization += 3;
  else if (words.length > 1 && isPlaceWord(head)) evidence.place += 2;
  // "Interstate 65", "County Road 747": a road named by its number.
  if (building || (words.length > 1 && isRoadNumber(words[words.length - 2]!, last))) {
    evidence.place += 4;
    ruleOutPerson(evidence);
  }
  if (isPlaceAndCommonWord(words, knownPlace)) {
    evidence.organization += 2;
    evidence.described += 1;
  }
  if (isClubName(words)) evidence.organization += 8;
  // "Major League Baseball said": a body's head word inside the name; that it speaks says no person.
  if (words.length > 2 && words.slice(1, -1).some((word) => INSTITUTION_HEADS.has(word.toLowerCase()) && isOrganizationWord(word) && !isPlaceWord(word))) {
    evidence.organization += 1;
    evidence.described += 1;
  }
  // "NBA", "EADS": an acronym that is not a common word ("TV") nor a time zone ("UTC").
  // "DAB" is no verb here: three capitals and more are an acronym whatever the word means in lower case.
  // "UK", "US" are countries, not acronyms of bodies.
  // "AFL-CIO": acronyms joined by a hyphen.
  if (words.length === 1 && ACRONYM.test(first) && (first.length > 2 || !isCommonWord(first)) && !whole.has('country') && !capitalsSayNothing) {
    // "for a good long time, UNLESS of course": a long word in capitals for emphasis.
    const shouted = first.length >= 5 && isCommonWord(first.toLowerCase());
    if (TIME_ZONES.has(first) || NOT_ORGANIZATION_ACRONYMS.has(first) || shouted) evidence.work += 5;
    else evidence.organization += 2;
  }
  // "Afghan", "Yugoslav forces", "British lamb": a nationality names nobody (nationality-adjectives.ts);
  // "August", "Friday" are dates. compromise tags "Philippines" a demonym too.
  if (words.length === 1 && !whole.has('country') && (isNationality(first, tokens[0]!, following) || LANGUAGES.has(first.toLowerCase()) || (isAffiliation(first) && !isListed(first)))) {
    evidence.work += 6;
  }
  // "June", "April" are given names too; "died on Tuesday aged 84, his family said" names no Tuesday.
  if (words.length === 1 && firstTags.includes('Month')) evidence.work += 3;
  if (words.length === 1 && firstTags.includes('WeekDay')) evidence.work += 8;
  // "Kyle & Jackie O Show", "Super Bowl", "Keeping Up".
  if (words.length > 1 && WORK_WORDS.has(last.toLowerCase())) evidence.work += 4;
  if (tokens[0]!.tags.has('Gerund')) evidence.work += 4;
  // "Khloé Kardashian", "Valeska Paris": two or three capitalised words that are no common
  // words, no known place and no company are most often a person; a city may be a surname.
  const unknownOrName = (word: string, i: number): boolean => {
    const kinds = gazetteerKinds(word);
    // "Dean Kamen": a first name that is also a word, before a surname.
    if (kinds.has('firstName') || (i === 0 && kinds.has('wordFirstName'))) return true;
    // "Major League Baseball": a body's head word is no part of an unknown person's name.
    if (isCommonWord(word) || isOrganizationWord(word) || kinds.has('company') || kinds.has('country') || (i === 0 && kinds.has('region'))) return false;
    // "Valeska Paris", "Tendai Moyo": a town or a region may be a surname.
    return !isListed(word) || (i > 0 && (kinds.has('city') || kinds.has('region')));
  };
  // "Lau Siu-lai", "Wong Kwok-hing": a Chinese or Korean given name of two syllables after the surname.
  if (words.length === 2 && /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u.test(last) && /^\p{Lu}\p{Ll}{1,5}$/u.test(first)) evidence.person += 2;
  // "M. Atherton", "J. Smith": an initial before a surname.
  const initial = /^\p{Lu}\.?$/u.test(first) && (first.endsWith('.') || tokens[0]!.post.startsWith('.'));
  if (words.length === 2 && initial && isSurnameAfterInitial(last)) evidence.person += 1.5;
  // "Group C" is no person: a surname is more than an initial.
  const lastIsInitial = /^\p{Lu}\.?$/u.test(last);
  // "Robin van Persie", "Jean de La Fontaine": particles are no given names nor surnames of their own;
  // "la Repubblica", "Le Monde": nor is one word after a particle.
  const named = words.filter((word) => !isParticle(word));
  if (named.length >= 2 && named.length <= 3 && !knownPlace && !lastIsInitial && !institution && named.every(unknownOrName)) evidence.weakPerson += 1;
  // "Ruud van der Linde", "Joaquim da Silva": a particle in lower case between a given name and a surname,
  // though the surname is a company's too ("Linde"); not "Banco de Santander", "Avenida de Mayo".
  else if (named.length >= 2 && words.slice(1, -1).some((word) => isParticle(word) && /^\p{Ll}/u.test(word)) && !knownPlace && !institution && unknownOrName(first, 0) && !isOrganizationWord(last) && !isPlaceWord(last)) evidence.weakPerson += 1;
}

/**
 * "Anglo American", "Royal Dutch Shell", "Random House", "Royal Ulster Constabulary": a name of
 * two words or more with no given name in it, where a word is a nationality or an ordinary
 * word of five letters or more, is a body's; not an unknown person's ("Tendai Moyo", "Wu Tsai-lin",
 * "Long Yongtu"), nor a people's ("Bosnian Serb", "South Korean").
 */
export function isBodyShaped(words: string[]): boolean {
  // "Marine Le Pen", "Vincent Van Gogh": a capitalised particle opens a person's surname.
  if (words.slice(1, -1).some((word) => isParticle(word) && /^\p{Lu}/u.test(word))) return false;
  const named = words.filter((word) => !isParticle(word));
  if (named.length < 2 || named.some(isGivenName)) return false;
  // "South Korean", "Bosnian Serb": a people, with its compass point.
  if (named.every(isNationalityWord) || (named.length === 2 && isTwoWordNationality(named[0]!, named[1]!))) return false;
  // "Helmut Newton", "Dries Mertens": a surname may be a common noun, a given name a verb.
  return named.some((word) => isNationalityWord(word) || isForeignNationality(word) || FOREIGN_BODY_WORDS.has(word.toLowerCase())) || named.slice(0, -1).some(isDescribingWord);
}

/**
 * "Norsk Hydro", "Siam Cement", "Vattenfall Energi": words of trades and nations, English or
 * foreign, that name bodies and no person, though compromise knows none of them.
 */
const FOREIGN_BODY_WORDS = new Set([
  'norsk', 'norske', 'svenska', 'svenske', 'dansk', 'danske', 'suomen', 'nederlandse', 'hellenic',
  'petroleos', 'petróleos', 'petroleo', 'petróleo', 'petrolera', 'energi', 'energia', 'energía', 'energie',
  'hydro', 'elektro', 'cement', 'cementos', 'aceros', 'siderurgica', 'siderúrgica', 'minera', 'nacional',
  'nationale', 'nazionale', 'generale', 'generali',
]);

/** "Petroleos Mexicanos", "Compagnie Italiana": a nationality with a foreign ending; not "Indiana", a state. */
function isForeignNationality(word: string): boolean {
  const stem = /^(\p{Lu}\p{Ll}{3,})(?:os|as|o|a|e)$/u.exec(word)?.[1];
  return stem !== undefined && lexiconTags(stem).includes('Demonym') && !isListed(word);
}

const DESCRIBING_TAGS = ['Adjective', 'Singular', 'Uncountable', 'Actor'];

/** "Royal", "Random", "Human": an ordinary adjective or noun of five letters or more, no verb. */
function isDescribingWord(word: string): boolean {
  const tags = lexiconTags(word);
  return word.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(word) && isCommonWord(word) && tags.some((tag) => DESCRIBING_TAGS.includes(tag)) && !tags.some((tag) => /Verb|Tense|Infinitive|Gerund/.test(tag));
}

/**
 * "Boris", "Grace", "Frank Worrell", "Dean Kamen": a given name; "Royal", "Red", adjectives that
 * the lists also know as given names, are none at the head of a body's name.
 */
function isGivenName(word: string, i: number): boolean {
  const kinds = gazetteerKinds(word);
  const tags = lexiconTags(word);
  if (kinds.has('firstName') || FIRST_NAME_TAGS.some((tag) => tags.includes(tag))) return true;
  return i === 0 && kinds.has('wordFirstName') && !tags.includes('Adjective');
}

/**
 * "Scotland Yard", "China Daily", "Kelvara Telecom": a known place, then a common word,
 * is a body's name; no person is named for a country ("Jordan Henderson", "Sydney Hale":
 * those are given names), nor a place by a word that is no place's ("Kelvara Bay").
 */
function isPlaceAndCommonWord(words: string[], knownPlace: boolean): boolean {
  if (words.length !== 2 || knownPlace) return false;
  const [first, last] = words as [string, string];
  const place = gazetteerKinds(first);
  if (!isPlaceKind(place) || place.has('firstName') || place.has('wordFirstName')) return false;
  if (lexiconTags(first).some((tag) => FIRST_NAME_TAGS.includes(tag))) return false;
  // "Kowloon East", "Kelvara Central": a part of the place.
  if (/^(north|south|east|west|central|centre|center|upper|lower|island|islands)$/i.test(last)) return false;
  return isCommonWord(last) && !isPlaceWord(last) && !/\p{Ll}s$/u.test(last);
}

/** "Los Angeles Lakers", "New York Yankees", "Chicago Bulls": a known place, then a plural: a team. */
function isPlaceAndPlural(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || !/\p{Ll}s$/u.test(last) || isListed(last)) return false;
  const place = words.slice(0, -1).join(' ');
  return isKnownPlace(place);
}

/** "NBA", "AFL-CIO" */
const ACRONYM = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;

/**
 * Digits and acronyms do not make a person's name; initials ("J.R.") do, and
 * so do capitals where the whole line is in capitals, and a titled name's regnal number.
 */
function couldBePerson(words: string[], caseUninformative: boolean, titled: boolean): boolean {
  // "Darnell Hughes III": a generation after a name, as a regnal number after a titled one.
  return words.every((word, i) => !/\d/.test(word) && (caseUninformative || !ACRONYM.test(word) || (titled && isRegnalNumber(words, i)) || isAfterSurname(words, i)));
}

/** "Darnell Hughes III", "Marcus Tillman Jr.": a generation last, after a surname; not "World War II". */
function isAfterSurname(words: string[], index: number): boolean {
  const surname = words[index - 1];
  return index > 0 && index === words.length - 1 && isGeneration(words[index]!) && surname !== undefined && /^\p{Lu}\p{Ll}/u.test(surname) && !isCommonWord(surname);
}

/**
 * "Pope John Paul II", "Queen Elizabeth II", "Pope Benedict XVI": a regnal number
 * after a titled name; not "Apollo XI", "World War II".
 */
function isRegnalNumber(words: string[], index: number): boolean {
  return index > 0 && index === words.length - 1 && /^(I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})$/.test(words[index]!);
}

/**
 * "Bank of England" -> "Bank"; "Foundation for the Arts" -> "Foundation";
 * "Council on Foreign Relations" -> "Council"; "Defence and Space Company" -> "Company".
 */
function headWord(tokens: Token[]): string {
  const of = tokens.findIndex((token, i) => i > 0 && /^(of|for|on)$/.test(token.text));
  return baseWord(tokens[of > 0 ? of - 1 : tokens.length - 1]!);
}

/** "Commissioner" in "High Commissioner for Refugees": a title before its domain. */
function isOfficeHead(tokens: Token[], head: string): boolean {
  return PERSON_TITLES.has(head.toLowerCase()) && tokens.some((token, i) => i > 0 && isOfficeConnector(token));
}

/** A word compromise knows as something other than a name: "tv", "good", "after". */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.includes(tag));
}
