/**
 * A place's name with a nationality suffix, before a lower-case word, is an
 * adjective and names nothing (CoNLL's MISC), though no list knows the word:
 *
 *   "the Dagestani capital Makhachkala"   "Dagestan" + "i"
 *   "Punjabi farmers"                     "Punjab" + "i"
 *   "Tanzanian troops"                    "Tanzania" + "n"
 *   "Taiwanese firms"                     "Taiwan" + "ese"
 *
 * but "Bali bombings", "Mali troops" (places the lists know), "Hebron residents"
 * (no suffix), "Dagestani said" (a verb after it) stay names.
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { gazetteerKinds, isPlaceKind } from './gazetteer.js';

/** "Dagestan-i", "Tanzania-n", "Taiwan-ese", "Kenya-n", "Armenia-n"; "Ukrain-ian" drops the place's "e". */
const SUFFIXES: readonly [suffix: string, restore: string][] = [['i', ''], ['n', ''], ['ese', ''], ['ish', ''], ['ian', ''], ['ian', 'e'], ['an', ''], ['an', 'a']];

/** The one-word candidate is a nationality adjective before a lower-case word. */
export function isNationalityAdjective(doc: Document, candidate: NameCandidate): boolean {
  if (candidate.end - candidate.first !== 1 || candidate.title !== null) return false;
  const token = doc.tokens[candidate.first]!;
  return beforeLowerCaseWord(token, doc.tokens[candidate.end]) && isPlaceWithSuffix(token.text);
}

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

/** "Dagestani capital", "Punjabi farmers": a lower-case noun or adjective right after; not "said". */
function beforeLowerCaseWord(token: Token, next: Token | undefined): boolean {
  if (next === undefined || /\S/.test(token.post) || !/^\p{Ll}/u.test(next.text)) return false;
  return (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun') && !next.tags.has('Verb');
}
