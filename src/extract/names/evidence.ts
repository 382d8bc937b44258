/**
 * Weighs what one occurrence of a name says about its kind: the words of the
 * name (compromise's lexicon, the gazetteer), and the words around it.
 * Evidence of all the occurrences of a name is added up in `group.ts`.
 */
import type { Document, Token } from '../../document.js';
import { baseWord, isPossessive, type NameCandidate } from './candidates.js';
import { isRoleNoun } from '../people/roles.js';
import { isDateline } from './dateline.js';
import { gazetteerKinds } from './gazetteer.js';
import {
  isOrganizationWord,
  isPlaceWord,
  KINSHIP_NOUNS,
  lexiconTags,
  LOCATIVE_PREPOSITIONS,
  ORGANIZATION_ROLES,
  SPEECH_VERBS,
  NOT_ORGANIZATION_ACRONYMS,
  TIME_ZONES,
  WORK_WORDS,
} from './lexicon.js';

/** Scores per kind; "work" collects titles of shows, events and products, never output. */
export interface Evidence {
  person: number;
  place: number;
  organization: number;
  work: number;
}

export function emptyEvidence(): Evidence {
  return { person: 0, place: 0, organization: 0, work: 0 };
}

export function addEvidence(into: Evidence, from: Evidence): void {
  into.person += from.person;
  into.place += from.place;
  into.organization += from.organization;
  into.work += from.work;
}

const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const NAME_TAGS = [...FIRST_NAME_TAGS, 'LastName', 'Person', ...PLACE_TAGS, 'Organization', 'ProperNoun', 'Demonym'];

export function weigh(doc: Document, candidate: NameCandidate): Evidence {
  const evidence = emptyEvidence();
  const tokens = doc.tokens.slice(candidate.first, candidate.end);
  const words = joinHyphenated(tokens);
  weighWords(evidence, candidate.text, tokens, words, doc.tokens[candidate.end]);
  weighContext(evidence, doc, candidate, tokens[tokens.length - 1]!);
  // "Airbus A380", "PlayStation VR", "KCNA": people's names have no digits or acronyms.
  if (!couldBePerson(words, candidate.caseUninformative)) evidence.person = Math.min(evidence.person, 0);
  return evidence;
}

function weighWords(evidence: Evidence, text: string, tokens: Token[], words: string[], following: Token | undefined): void {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // "GAO" is an acronym, not the Malian region of Gao.
  const acronym = words.length === 1 && /^\p{Lu}{2,4}$/u.test(first);
  const whole = acronym ? new Set([...gazetteerKinds(text)].filter((kind) => kind === 'country' || kind === 'company')) : gazetteerKinds(text);
  const firstTags = lexiconTags(first);
  // "Tristan Thompson", "Malika": a known first name.
  // "Northrop Grumman": a first name ("Northrop") that starts a company's name is no first name here.
  const companyWords = words.filter((word) => gazetteerKinds(word).has('company')).length;
  const firstName =
    (FIRST_NAME_TAGS.some((tag) => firstTags.includes(tag)) || gazetteerKinds(first).has('firstName')) &&
    !(words.length > 1 && companyWords === words.length);
  if (words.length > 1 && companyWords === words.length) evidence.organization += 3;
  // "Washington D.C.", "Sydney": a place known by its whole name outweighs a first name in it.
  const placeTags = words.length === 1 ? firstTags : [];
  const knownPlace = whole.has('country') || whole.has('region') || whole.has('city') || PLACE_TAGS.some((tag) => placeTags.includes(tag));
  if (firstName) evidence.person += (words.length > 1 ? 3 : 1.5) / (knownPlace ? 2 : 1);
  if (lexiconTags(last).includes('LastName')) evidence.person += 1;
  // "Sweden", "Bavaria", "Las Vegas": the lists and compromise know the place.
  if (whole.has('country') || placeTags.includes('Country')) evidence.place += 4;
  else if (whole.has('region') || placeTags.includes('Region')) evidence.place += 3.5;
  else if (whole.has('city') || placeTags.includes('City')) evidence.place += 3;
  else if (tokens.every((token) => PLACE_TAGS.some((tag) => token.tags.has(tag)))) evidence.place += 1.5;
  if (whole.has('company')) evidence.organization += 2.5;
  else if (words.length > 1 && gazetteerKinds(first).has('company') && !firstName) evidence.organization += 1.5;
  if (tokens.some((token) => token.tags.has('Organization') && !token.tags.has('Person'))) evidence.organization += 1;
  // "Airbus Industries", "Bank of England": the head is the word before "of".
  const head = headWord(tokens);
  if (words.length > 1 && isOrganizationWord(head)) evidence.organization += 3;
  if (words.length > 1 && isPlaceWord(head)) evidence.place += 2;
  // "NBA", "EADS": an acronym that is not a common word ("TV") nor a time zone ("UTC").
  // "DAB" is no verb here: three capitals and more are an acronym whatever the word means in lower case.
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(first) && (first.length > 2 || !isCommonWord(first))) {
    if (TIME_ZONES.has(first) || NOT_ORGANIZATION_ACRONYMS.has(first)) evidence.work += 5;
    else evidence.organization += 2;
  }
  // "Afghan", "Russian": a nationality alone names nobody; "August", "Friday" are dates.
  if (words.length === 1 && (firstTags.includes('Demonym') || tokens[0]!.tags.has('Demonym') || isNationalityAdjective(tokens[0]!, following))) {
    evidence.work += 6;
  }
  if (words.length === 1 && (firstTags.includes('Month') || firstTags.includes('WeekDay'))) evidence.work += 3;
  // "Kyle & Jackie O Show", "Super Bowl", "Keeping Up".
  if (words.length > 1 && WORK_WORDS.has(last.toLowerCase())) evidence.work += 4;
  if (tokens[0]!.tags.has('Gerund')) evidence.work += 4;
  // "Khloé Kardashian", "Valeska Paris": two or three capitalised words that are no common
  // words, no known place and no company are most often a person; a city may be a surname.
  const unknownOrName = (word: string, i: number): boolean => {
    const kinds = gazetteerKinds(word);
    if (kinds.has('firstName')) return true;
    if (isCommonWord(word) || kinds.has('company') || kinds.has('country') || kinds.has('region')) return false;
    return kinds.size === 0 || (i > 0 && kinds.has('city'));
  };
  // "Group C" is no person: a surname is more than an initial.
  const lastIsInitial = /^\p{Lu}\.?$/u.test(last);
  if (words.length >= 2 && words.length <= 3 && !knownPlace && !lastIsInitial && words.every(unknownOrName)) evidence.person += 1;
}

function weighContext(evidence: Evidence, doc: Document, candidate: NameCandidate, last: Token): void {
  if (candidate.title) evidence.person += 3;
  if (isDateline(doc, candidate)) evidence.place += 4;
  // "the newest trailer for The Kardashians": a capitalised "The" mid-sentence opens a title.
  if (candidate.capitalisedThe) evidence.work += 3;
  const after = nextWords(doc, candidate.end, 3);
  const before = doc.tokens[candidate.first - (candidate.title ? 2 : 1)];
  const next = after[0];
  if (isPossessive(last)) {
    // "KoKo's mom"
    if (next && KINSHIP_NOUNS.has(next.normal)) evidence.person += 2;
    return;
  }
  // "Lamar explained", "Lamar further clarified", "said Roth".
  // Companies speak too ("Airbus said"): a one-word name gets less from it than "Lamar Odom said".
  const speech = candidate.end - candidate.first > 1 ? 2 : 1;
  if (after.slice(0, 2).some((token) => SPEECH_VERBS.has(token.normal)) && !lastIsComma(last)) evidence.person += speech;
  if (before && SPEECH_VERBS.has(before.normal) && before.sentence === last.sentence) evidence.person += speech;
  weighPronoun(evidence, doc, candidate);
  // "Raymond Roth, 48, of Massapequa"
  if (lastIsComma(last) && next && /^\d{1,3}$/.test(next.text) && /^,/.test(next.post)) evidence.person += 2;
  // "The Good American founder", "shares of Airbus"
  if (next && ORGANIZATION_ROLES.has(next.normal) && !lastIsComma(last)) evidence.organization += 3;
  if (before && before.normal === 'of' && doc.tokens[before.index - 1]?.normal === 'shares') evidence.organization += 2;
  // "Raymond Roth, 48, of Massapequa": where a person named with an age is from.
  if (before?.normal === 'of' && /^\d{1,3}$/.test(doc.tokens[before.index - 1]?.text ?? '') && /,/.test(doc.tokens[before.index - 1]!.post)) evidence.place += 2;
  // "a Massapequa man", "the Brooklyn resident"
  if (next && /^(man|woman|resident|residents|native|couple|family|boy|girl|teen|teenager)$/.test(next.normal) && !/\S/.test(last.post)) evidence.place += 1.5;
  // "Roth's wife, Evana, told ...": named in apposition to a role.
  if (before && (isRoleNoun(before) || KINSHIP_NOUNS.has(before.normal)) && /^\s*,\s*$/.test(before.post) && lastIsComma(last)) evidence.person += 3;
  // "Goldman Sachs analyst Rod Hall", "NBA star Tristan Thompson": a role noun just before the name.
  if (before && isRoleNoun(before) && before.sentence === last.sentence && !/\S/.test(before.post)) evidence.person += 2;
  // "in Las Vegas", "from Paris"
  if (before && LOCATIVE_PREPOSITIONS.has(before.normal)) evidence.place += 0.5;
}

/**
 * The first personal pronoun after the name in its sentence, with no other
 * capitalised word between: "Airbus said its ..." (an organization),
 * "Roth said he ..." (a person).
 */
function weighPronoun(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const sentence = doc.tokens[candidate.first]!.sentence;
  // Only a subject: "Airbus said its", "Lamar admitted he"; not "told Newsday she".
  const next = doc.tokens[candidate.end];
  if (!next || next.sentence !== sentence || !(next.tags.has('Verb') || next.tags.has('Adverb'))) return;
  for (let i = candidate.end; i < Math.min(doc.tokens.length, candidate.end + 8); i++) {
    const token = doc.tokens[i]!;
    if (token.sentence !== sentence || /^\p{Lu}/u.test(token.text)) return;
    if (/^(he|she|him|his|her|hers|himself|herself)$/.test(token.normal)) {
      evidence.person += 1.5;
      return;
    }
    if (/^(its|itself)$/.test(token.normal)) {
      evidence.organization += 1.5;
      return;
    }
  }
}

/** "British lamb", "Chinese keeper": a nationality-shaped word before a common noun. */
function isNationalityAdjective(token: Token, following: Token | undefined): boolean {
  if (!/(ish|ese|ian|ean)$/.test(token.text) || /\S/.test(token.post)) return false;
  return following !== undefined && /^\p{Ll}/u.test(following.text) && following.tags.has('Noun') && !following.tags.has('Pronoun');
}

/** "Lee Cheuk-yan" is two words, though compromise makes three tokens of it. */
function joinHyphenated(tokens: Token[]): string[] {
  const words: string[] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && tokens[i - 1]!.post === '-') words[words.length - 1] += `-${baseWord(token)}`;
    else words.push(baseWord(token));
  });
  return words;
}

/**
 * Digits and acronyms do not make a person's name; initials ("J.R.") do, and
 * so do capitals where the whole line is in capitals.
 */
function couldBePerson(words: string[], caseUninformative: boolean): boolean {
  return words.every((word) => !/\d/.test(word) && (caseUninformative || !/^\p{Lu}{2,}$/u.test(word)));
}

function headWord(tokens: Token[]): string {
  const connector = tokens.findIndex((token, i) => i > 0 && /^\p{Ll}/u.test(token.text) && !/-$/.test(tokens[i - 1]!.post));
  return baseWord(tokens[connector > 0 ? connector - 1 : tokens.length - 1]!);
}

function nextWords(doc: Document, from: number, count: number): Token[] {
  const sentence = doc.tokens[from - 1]?.sentence;
  return doc.tokens.slice(from, from + count).filter((token) => token.sentence === sentence);
}

function lastIsComma(token: Token): boolean {
  return token.post.trim().startsWith(',');
}

/** A word compromise knows as something other than a name: "tv", "good", "after". */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.includes(tag));
}
