/**
 * Where one run of capitalised words holds two names, or a word that names nothing
 * before a name (shape.ts cuts the run there):
 *
 *   "Refugee Council Enver Solomon"        a body, then a person
 *   "United States Hamdullah Mohib"        a place, then a person
 *   "South African Ernie Els"              a nationality, then a person
 *   "a California Democrat"                a place, then a party's member
 *   "EU Farm Commissioner"                 a body and a portfolio before an office
 */
import type { Document } from '../../document.js';
import { baseWord, hyphenJoinedWords, isPossessive } from './name-tokens.js';
import { gazetteerKinds, isKnownPlace, isListed } from './gazetteer.js';
import { isParticle } from './particles.js';
import { isUnknownName } from './sports.js';
import { INSTITUTION_HEADS, isAffiliation, isLegalForm, isOrganizationWord, isRedCrossName, lexiconTags, MEMBER_TITLES } from './lexicon.js';
import { isCountryStem, isNationalityBeforeOffice, isTwoWordNationality } from './nationality-adjectives.js';
import { isFirstName, isOfficeDomainWord } from './offices.js';

/**
 * "Refugee Council Enver Solomon": a body's head word, then a first name and a surname;
 * "Council on American-Islamic Relations Alia Salem": or a body named by its head and what it is "on".
 */
export function bodyBeforePerson(doc: Document, first: number, end: number): number {
  const split = end - 2;
  // Not "Bank Brussel Lambert": a body's head word alone names no body before a person.
  if (split <= first + 1 || isPossessive(doc.tokens[split - 1]!)) return -1;
  if (!isOrganizationWord(baseWord(doc.tokens[split - 1]!)) && !opensWithBodyHead(doc, first, split)) return -1;
  const given = baseWord(doc.tokens[split]!);
  const surname = baseWord(doc.tokens[split + 1]!);
  if ([given, surname].some((word) => isOrganizationWord(word) || !/^\p{Lu}\p{Ll}+$/u.test(word))) return -1;
  const named = isFirstName(given) || lexiconTags(surname).includes('LastName') || isFirstName(surname);
  return named && doc.tokens[split - 1]!.post === ' ' ? split : -1;
}

/** "Council on ...", "Bank of ...": a body's head word and its connector open the run. */
function opensWithBodyHead(doc: Document, first: number, split: number): boolean {
  const connector = doc.tokens[first + 1];
  return first + 2 < split && isOrganizationWord(baseWord(doc.tokens[first]!)) && connector !== undefined && /^(of|on|for)$/.test(connector.normal);
}

/** "United States Hamdullah Mohib": the longest known place, when a first name follows. */
export function placeBeforePerson(doc: Document, first: number, end: number): number {
  // "South East Asia": a first name alone after a place is no person ("Asia").
  for (let split = end - 2; split > first; split--) {
    const head = doc.text.slice(doc.tokens[first]!.start, doc.tokens[split - 1]!.end);
    if (!isKnownPlace(head)) continue;
    // "David Lloyd": a first name that is also a town does not split the name.
    if (split === first + 1 && isFirstName(baseWord(doc.tokens[first]!))) continue;
    // "Lau Mei-ling", "Park Jong-hoon": a Chinese or Korean surname, a town's too, before a given name of two syllables.
    const [syllable, second] = [doc.tokens[split]!, doc.tokens[split + 1]];
    if (split === first + 1 && end === split + 2 && syllable.post === '-' && /^\p{Lu}\p{Ll}{1,5}$/u.test(syllable.text) && /^\p{Ll}{1,5}$/u.test(second?.text ?? '')) continue;
    // "Van der Broek": a particle is no first name, though "Der" is one to the lists.
    if (isFirstName(baseWord(doc.tokens[split]!)) && !isParticle(doc.tokens[split]!.text)) return split;
    if (isUnknownPersonAfterCountry(doc, head, split, end)) return split;
  }
  return -1;
}

/**
 * "Ambassador to the United States Hamdullah Mohib": a country, then two words no list
 * knows, is a person after the country, though neither is a known first name.
 * Not "Hong Kong Disneyland" (one word), "Sri Lanka Freedom Party" (common words).
 */
function isUnknownPersonAfterCountry(doc: Document, head: string, split: number, end: number): boolean {
  if (end - split !== 2 || !gazetteerKinds(head).has('country')) return false;
  return doc.tokens.slice(split, end).every((token) => isUnknownPersonWord(baseWord(token)));
}

/** "Moyo", "Kruijswijk": a surname compromise does not know, though a town or a region may share it. */
function isUnknownSurname(word: string): boolean {
  const kinds = gazetteerKinds(word);
  return isUnknownName(word) && !isOrganizationWord(word) && [...kinds].every((kind) => kind === 'city' || kind === 'region');
}

/** "Hamdullah", "Kruijswijk": a capitalised word that no list nor compromise knows, nor heads a body. */
function isUnknownPersonWord(word: string): boolean {
  return isUnknownName(word) && !isListed(word) && !isOrganizationWord(word);
}

/**
 * "American Pete Sampras": a nationality or membership, a first name, a surname;
 * "Briton Henman": or a surname the lexicon does not know (but "American Express", "American Samoa").
 * "South African Ernie Els": a nationality of two words. The number of the affiliation's words, or 0.
 */
export function affiliationBeforePerson(doc: Document, first: number, end: number): number {
  const words = isCompassNationality(doc, first) ? 2 : 1;
  if (end - first < words + 1) return 0;
  const word = baseWord(doc.tokens[first + words - 1]!);
  const tags = lexiconTags(word);
  // "Dane Rasmus Nielsen": a member's noun that is also a first name, before a full name.
  const member = words === 1 && isAffiliation(word) && end - first >= 3;
  if (!member && (isFirstName(word) || tags.some((tag) => ['LastName', 'Person', 'FirstName'].includes(tag)))) return 0;
  // "Welshman Owain Llewellyn", "South African Mandla Khumalo": a member's noun or a nationality of two
  // words before two or three capitalised words that close no body's name ("South African Airways Corp").
  const rest = doc.tokens.slice(first + words, end);
  // "Portuguese Joaquim da Silva Pinto": particles are no words of the name's count.
  const named = rest.filter((token) => !isParticle(token.text));
  // "Philippine Red Cross": the nation is part of the body's name; so in "European Court of Justice",
  // whose "of" no person's name holds.
  if (isRedCrossName(doc.text.slice(rest[0]!.start, rest[rest.length - 1]!.end)) || rest.some((token) => /^(of|for|on)$/.test(token.text))) return 0;
  const personShaped = named.length >= 2 && named.length <= 3 && named.every((token) => /^\p{Lu}\p{Ll}/u.test(token.text) && !INSTITUTION_HEADS.has(baseWord(token).toLowerCase()) && !isOrganizationWord(baseWord(token)) && !isLegalForm(baseWord(token)));
  if ((member || words === 2) && personShaped) return words;
  // "Yugoslav Nenad Kostic": a country's name less its "ia" is a nationality too (not "Karsan", Kars and a suffix).
  if (!tags.includes('Demonym') && !isAffiliation(word) && !isCountryStem(word) && words === 1) return 0;
  // "German Heinz-Harald Frentzen": the hyphen makes one given name of two words.
  const person = hyphenJoinedWords(doc.tokens.slice(first + words, end));
  const next = person[0]!.split('-')[0]!;
  // "Frenchman Jean Morel": a first name that is also a word ("jean") counts after a nationality.
  const given = isFirstName(next) || gazetteerKinds(next).has('wordFirstName');
  // "Zimbabwean Tendai Moyo": or a word no list knows, then a surname that may be a town's name too.
  if (person.length === 2) return given || (isUnknownPersonWord(person[0]!) && isUnknownSurname(person[1]!)) ? words : 0;
  if (person.length > 2) return given || (named.length < rest.length && personShaped) ? words : 0;
  // Not "South African Breweries": a company's head word, no surname.
  return isUnknownName(next) && !isListed(next) && !isListed(`${word} ${next}`) && !INSTITUTION_HEADS.has(next.toLowerCase()) ? words : 0;
}

/** "South African", "North Korean", "New Zealander": a direction or "New" before a nationality. */
export function isCompassNationality(doc: Document, first: number): boolean {
  const second = doc.tokens[first + 1];
  return second !== undefined && isTwoWordNationality(doc.tokens[first]!.text, baseWord(second));
}


export function isPlaceBeforeAffiliation(doc: Document, first: number, end: number): boolean {
  if (end - first < 2 || !isAffiliation(baseWord(doc.tokens[end - 1]!))) return false;
  return isKnownPlace(doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 2]!.end));
}

/**
 * "EU Farm Commissioner", "US Trade Representative": a country or an acronym, then the
 * office's portfolio: the end of the name before the portfolio ("EU", "US"); "British
 * Agriculture Minister": a nationality, which names nothing, so no name at all.
 */
export function domainOwnerEnd(doc: Document, first: number, title: number): number {
  // "Labor MP Helen Papadopoulos": a member has a party, no portfolio.
  if (MEMBER_TITLES.has(doc.tokens[title]!.text)) return title;
  const owner = baseWord(doc.tokens[first]!);
  // "British Prime Minister John Major", "state Revenue Minister Venkata Rao": a nationality or a portfolio alone.
  if (title - first === 1) return isNationalityBeforeOffice(owner) || isOfficeDomainWord(owner) ? first : title;
  if (title - first > 3) return title;
  if (!doc.tokens.slice(first + 1, title).map(baseWord).every(isOfficeDomainWord)) return title;
  if (/^\p{Lu}{2,}$/u.test(owner.replace(/\./g, '')) || gazetteerKinds(owner).has('country')) return first + 1;
  return isNationalityBeforeOffice(owner) ? first : title;
}

/** "European", "Democrat": one word for a nation or a party's members. */
export function isNationality(doc: Document, first: number, end: number): boolean {
  const word = baseWord(doc.tokens[first]!);
  return end - first === 1 && (lexiconTags(word).includes('Demonym') || isAffiliation(word));
}
