/**
 * "trained by A. O'Brien", "A. Bichel 3-64", "won by I. Harrington": the initials
 * "A." and "I." read as an article and a pronoun, yet before a surname they open
 * the name as any other initial does ("M. Bevan"). Not "vitamin A. Researchers",
 * whose next word is a common one, nor "Title I. Congress", a body, nor "Plan A. The".
 */
import type { Token } from '../../document.js';
import { gazetteerKinds } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { baseWord, UPPER } from './name-tokens.js';

/** The lexicon's tags a surname may carry: "O'Brien", "Hayden"; not "Researchers", "Congress". */
const SURNAME_TAGS = new Set(['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'ProperNoun']);
/** The initials that are also words. */
const WORD_INITIALS = new Set(['A', 'I']);

export function isInitialBeforeSurname(token: Token, next: Token | undefined): boolean {
  if (!WORD_INITIALS.has(token.text) || !/^\. ?$/.test(token.post) || next === undefined || !UPPER.test(next.text) || next.line !== token.line) return false;
  if (next.text === 'The') return false;
  const word = baseWord(next);
  return isSurnameAfterInitial(word) && lexiconTags(word).every((tag) => SURNAME_TAGS.has(tag));
}

/** Kinds of the lists that a surname may share: "K. Fallon", "M. Hayden" (first names too). */
const NAME_KINDS = new Set(['firstName', 'maleName', 'femaleName', 'wordFirstName', 'lastName']);

/** "Atherton", "O'Brien", "Fallon" after "M." / "A." / "K.": a surname; not "Japan" ("Group C. Japan"), a listed place or body. */
export function isSurnameAfterInitial(word: string): boolean {
  if (!/^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(word)) return false;
  return [...gazetteerKinds(word)].every((kind) => NAME_KINDS.has(kind));
}
