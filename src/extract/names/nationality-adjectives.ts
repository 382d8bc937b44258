/**
 * A nationality or a country's adjective names nobody (CoNLL's MISC), though
 * it is written with a capital:
 *
 *   "Afghan teenagers", "Belgians"             compromise's Demonym
 *   "Yugoslav first division", "Serb forces"   "Yugoslavia", "Serbia" less "ia"
 *   "the Dagestani capital Makhachkala"        "Dagestan" + "i"
 *   "British lamb", "Brazillian team"          a nationality's ending
 *
 * but "Mali troops" (a place the lists know), "Hebron residents" (no suffix),
 * "Armen said", "Dagestani said" (a verb after it) stay names.
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { gazetteerKinds, isListed, isPlaceKind } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { isTitle } from './offices.js';

/** "Afghan", "Yugoslav", "Dagestani", "Bosnian", "Serb": a people's or a country's word; not "Asia", "Indiana", "Dania". */
export function isNationalityWord(word: string): boolean {
  return isDemonym(word) || isCountryStem(word) || isPlaceWithSuffix(word);
}

/** One of a nation's people, in a word no suffix rule reads: "the 19-year-old Finn", "the Swede", "a Pole". */
const ONE_OF_A_NATION = new Set(['Finn', 'Swede', 'Dane', 'Pole', 'Turk', 'Scot', 'Briton', 'Brit', 'Serb', 'Croat', 'Slovak', 'Czech', 'Thai', 'Kiwi']);

/** "Dutchman", "Frenchwoman", "Briton", "Finn": a noun for one of a nation's people. */
export function isNationalsNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:man|woman)$/u.test(word) || ONE_OF_A_NATION.has(word);
}

/**
 * Before an office ("Irish Prime Minister", "British Agriculture Minister"): a nationality,
 * or a word with a nationality's ending that no list knows as a place or a first name.
 */
export function isNationalityBeforeOffice(word: string): boolean {
  return isNationalityWord(word) || (NATIONALITY_ENDING.test(word) && /^\p{Lu}\p{Ll}+$/u.test(word) && !isListedName(word));
}

/**
 * A one-word name (`token` its first token) that reads as a nationality where it stands:
 * "Afghans" anywhere; "Yugoslav first division", "Yugoslav President"; "British lamb".
 */
export function isNationality(word: string, token: Token, next: Token | undefined): boolean {
  if (isDemonym(word, token)) return true;
  if ((isCountryStem(word) || isPlaceWithSuffix(word)) && beforeNounOrTitle(next)) return true;
  // "Meridian shareholders": a town the lists know is no nationality, whatever its ending.
  return NATIONALITY_ENDING.test(token.text) && !isPlaceKind(gazetteerKinds(token.text)) && beforeLowerCaseWord(token, next, ['Noun']);
}

/** "the Dagestani capital Makhachkala", "Punjabi farmers": a one-word candidate that is an adjective, no name. */
export function isNationalityAdjective(doc: Document, candidate: NameCandidate): boolean {
  if (candidate.end - candidate.first !== 1 || candidate.title !== null) return false;
  const token = doc.tokens[candidate.first]!;
  const next = doc.tokens[candidate.end];
  return next !== undefined && !next.tags.has('Verb') && beforeLowerCaseWord(token, next, ['Noun', 'Adjective']) && isNationalityWord(token.text);
}

/** "Afghan", "Belgians" (compromise, alone or in the sentence); but "Philippines", tagged so too, is a country. */
function isDemonym(word: string, token?: Token): boolean {
  return (lexiconTags(word).includes('Demonym') || token?.tags.has('Demonym') === true) && !gazetteerKinds(word).has('country');
}

/**
 * "Yugoslav", "Slovak", "Serb", "Croat": a country's name less its "ia", which names its people;
 * "Uzbek", "Tajik", "Kyrgyz": less its "istan" or "stan"; not a name the lists know ("Russ",
 * "Tunis"), nor one in "s" ("Rhodes", "Pers").
 */
export function isCountryStem(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+[^\Ws]$/u.test(word) || isListed(word)) return false;
  return ['ia', 'istan', 'stan'].some((ending) => gazetteerKinds(`${word}${ending}`).has('country'));
}

/** "Dagestan-i", "Tanzania-n", "Taiwan-ese", "Kenya-n", "Armenia-n"; "Ukrain-ian" drops the place's "e". */
const SUFFIXES: readonly [suffix: string, restore: string][] = [['i', ''], ['n', ''], ['ese', ''], ['ish', ''], ['ian', ''], ['ian', 'e'], ['an', ''], ['an', 'a']];

/** "Dagestani" -> "Dagestan" + "i": a country or region the lists know, not the word itself. */
function isPlaceWithSuffix(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || isListedName(word)) return false;
  return SUFFIXES.some(([suffix, restore]) => word.endsWith(suffix) && isCountryOrRegion(word.slice(0, -suffix.length) + restore));
}

/** A place or a first name the lists know as written: "Mali", "Susan". */
function isListedName(name: string): boolean {
  const kinds = gazetteerKinds(name);
  return isPlaceKind(kinds) || kinds.has('firstName');
}

/** "Tanzania", "Punjab"; "Dagestan", which the lists hold as "Republic of Dagestan". */
function isCountryOrRegion(name: string): boolean {
  if (name.length < 4) return false;
  const kinds = gazetteerKinds(name);
  return kinds.has('country') || kinds.has('region') || gazetteerKinds(`Republic of ${name}`).has('region');
}

/** "British", "Chinese", "Brazillian", "European": a nationality's ending, where no list knows the word. */
const NATIONALITY_ENDING = /(ish|ese|ian|ean)$/;

/** "Serb forces", "Yugoslav first division": a lower-case word, no verb ("Armen said"); "Yugoslav President". */
function beforeNounOrTitle(next: Token | undefined): boolean {
  if (next === undefined) return false;
  return (/^\p{Ll}/u.test(next.text) && !next.tags.has('Verb')) || isTitle(next);
}

/** "Dagestani capital", "British lamb": a lower-case word of one of `kinds` right after, no pronoun. */
function beforeLowerCaseWord(token: Token, next: Token | undefined, kinds: readonly string[]): boolean {
  if (next === undefined || /\S/.test(token.post) || !/^\p{Ll}/u.test(next.text)) return false;
  return kinds.some((kind) => next.tags.has(kind)) && !next.tags.has('Pronoun');
}

/** Words that open a nationality of two words: "South African", "Northern Irish", "Sri Lankan". */
const NATIONALITY_OPENERS = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Upper|Lower|Sri|Latin)$/;

/** "South African", "North Korean", "New Zealander", "Sri Lankan": one nationality in two words. */
export function isTwoWordNationality(first: string, second: string): boolean {
  if (!NATIONALITY_OPENERS.test(first)) return false;
  if (isNationalityBeforeOffice(second) || lexiconTags(second).includes('Demonym')) return true;
  // "Sri Lankan": the country of two words ("Sri Lanka") and a suffix.
  return SUFFIXES.some(([suffix, restore]) => second.endsWith(suffix) && isCountryOrRegion(`${first} ${second.slice(0, -suffix.length)}${restore}`));
}
