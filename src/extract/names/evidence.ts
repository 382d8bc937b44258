/**
 * Weighs what one occurrence of a name says about its kind: the words of the
 * name, compromise's tags and the words around it. Evidence of all the
 * occurrences of a name is added up in `entities.ts` before a kind is chosen.
 */
import type { Document, Token } from '../../document.js';
import { baseWord, isPossessive, type NameCandidate } from './candidates.js';
import {
  isOrganizationWord,
  isPlaceWord,
  KINSHIP_NOUNS,
  lexiconTags,
  ORGANIZATION_ROLES,
  SPEECH_VERBS,
  WORK_WORDS,
} from './lexicon.js';

/** Scores per kind; "work" collects titles of shows and events, never output. */
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

export function weigh(doc: Document, candidate: NameCandidate): Evidence {
  const evidence = emptyEvidence();
  const tokens = doc.tokens.slice(candidate.first, candidate.end);
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  weighWords(evidence, tokens, first, last);
  weighContext(evidence, doc, candidate, last);
  return evidence;
}

function weighWords(evidence: Evidence, tokens: Token[], first: Token, last: Token): void {
  const words = tokens.map(baseWord);
  const firstTags = lexiconTags(baseWord(first));
  // "Tristan Thompson", "Malika": a known first name.
  if (FIRST_NAME_TAGS.some((tag) => firstTags.includes(tag))) evidence.person += tokens.length > 1 ? 3 : 2;
  if (lexiconTags(baseWord(last)).includes('LastName')) evidence.person += 1;
  if (tokens.some((token) => token.tags.has('Honorific') && tokens.length > 1)) evidence.person += 1;
  // "Las Vegas", "California": compromise knows the place.
  if (tokens.some((token) => PLACE_TAGS.some((tag) => token.tags.has(tag)))) evidence.place += 2;
  if (tokens.some((token) => token.tags.has('Organization') && !token.tags.has('Person'))) evidence.organization += 1.5;
  // "Airbus Industries", "Bank of England": the head is the word before "of".
  const head = headWord(tokens);
  if (tokens.length > 1 && isOrganizationWord(head)) evidence.organization += 3;
  if (tokens.length > 1 && isPlaceWord(head)) evidence.place += 2;
  // "NBA", "EADS": an acronym that is not a common word ("TV").
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!) && !isCommonWord(words[0]!)) evidence.organization += 2;
  // "Kyle & Jackie O Show", "Super Bowl", "Keeping Up".
  if (tokens.length > 1 && WORK_WORDS.has(baseWord(last).toLowerCase())) evidence.work += 4;
  if (first.tags.has('Gerund')) evidence.work += 4;
  // "Khloé Kardashian": two or three capitalised words nobody knows are most often a person.
  if (tokens.length >= 2 && tokens.length <= 3 && words.every((word) => !isCommonWord(word))) evidence.person += 1;
}

function weighContext(evidence: Evidence, doc: Document, candidate: NameCandidate, last: Token): void {
  if (candidate.title) evidence.person += 3;
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
  if (after.slice(0, 2).some((token) => SPEECH_VERBS.has(token.normal)) && !lastIsComma(last)) evidence.person += 2;
  if (before && SPEECH_VERBS.has(before.normal) && before.sentence === last.sentence) evidence.person += 2;
  // "Raymond Roth, 48, of Massapequa"
  if (lastIsComma(last) && next && /^\d{1,3}$/.test(next.text) && /^,/.test(next.post)) evidence.person += 2;
  // "The Good American founder", "shares of Airbus"
  if (next && ORGANIZATION_ROLES.has(next.normal) && !lastIsComma(last)) evidence.organization += 3;
  if (before && before.normal === 'of' && doc.tokens[before.index - 1]?.normal === 'shares') evidence.organization += 2;
  // "in Las Vegas", "from Paris"
  if (before && /^(in|at|near|from|to|across|outside|inside)$/.test(before.normal)) evidence.place += 0.5;
}

function headWord(tokens: Token[]): string {
  const connector = tokens.findIndex((token, i) => i > 0 && /^\p{Ll}/u.test(token.text));
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
  return tags.length > 0 && !tags.some((tag) => ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun', 'Demonym'].includes(tag));
}
