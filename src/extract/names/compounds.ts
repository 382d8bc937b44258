/**
 * A name glued by a hyphen to a common word makes an adjective or a noun, not
 * a longer name; the name ends before the hyphen:
 *
 *   "the Moscow-based Interfax agency"   -> "Moscow", "Interfax"
 *   "a Booker Prize-winner"              -> "Booker Prize"
 *   "the Nobel Prize-winning author"     -> "Nobel Prize"
 *
 * A Chinese given name keeps its second syllable: "Cheung Chung-tai",
 * "Leung Kwok-hung", "Lee Wing-ting", "Sun Yat-sen".
 */
import type { Token } from '../../document.js';
import { PERSON_TITLES } from './lexicon.js';

/** Short common words that head such compounds. */
const SHORT_TAILS = new Set(['led', 'born', 'run', 'made', 'style', 'era', 'wide', 'bound', 'type', 'like']);

/** Prefixes glued to a common word: "Co-founder", "Ex-husband", "Vice-chairman" make no name at all. */
const PREFIXES = new Set(['co', 'ex', 'vice', 'anti', 'pro', 'non', 'pre', 'post', 'self', 'neo', 'mid', 'sub', 'super']);

/**
 * "based", "backed", "winner", "speaking": a lower-case word after a hyphen
 * that no syllable of a given name is (syllables end in no "-ed" nor "-er",
 * and "-ing" ones are short: "Wing", "Ching"), after a name, not a prefix.
 */
export function isCompoundTail(previous: Token, token: Token): boolean {
  const word = token.text;
  if (!/^\p{Ll}+$/u.test(word) || PREFIXES.has(previous.normal)) return false;
  return SHORT_TAILS.has(word) || (word.length >= 4 && /(ed|er)$/.test(word)) || (word.length >= 7 && word.endsWith('ing'));
}

/**
 * "Ex-" in "Ex-President Jimmy Carter", "Co-founder Paul Allen": a prefix glued
 * to a title or a common word, before a name; the compound is no part of it.
 */
export function isPrefixedRole(token: Token, next: Token): boolean {
  return token.post === '-' && PREFIXES.has(token.normal) && (PERSON_TITLES.has(next.normal) || /^\p{Ll}+$/u.test(next.text));
}
