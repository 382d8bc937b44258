/**
 * Role noun phrases, found from the word after a determiner:
 *
 *   "former NBA star", "45-year-old athlete", "Good American founder"   modifiers then a role noun
 *   "45-year-old" in "the 45-year-old said"                             the age alone
 *   "27-year-old Kenyan" in "the 27-year-old Kenyan won"                a nationality
 *   "Swede" in "The Swede, 29, turned professional"                     a nationality's person
 */
import type { Document, Token } from '../../document.js';
import { ageModifierAt, type AgeModifier } from './age-phrases.js';
import { isRoleNoun } from './roles.js';
import { isNationalityWord, isNationalsNoun } from '../names/nationality-adjectives.js';

/** How many words a role phrase may hold before its role noun. */
export const MAX_MODIFIERS = 6;

export interface RolePhrase {
  /** First token after the determiner. */
  first: number;
  end: number;
  age: AgeModifier | null;
}

/** "former NBA star", "45-year-old athlete", "Good American founder": modifiers then a role noun. */
export function rolePhrase(doc: Document, first: number): RolePhrase | null {
  const sentence = doc.tokens[first - 1]?.sentence;
  let age: AgeModifier | null = null;
  let i = first;
  for (let seen = 0; seen <= MAX_MODIFIERS && i < doc.tokens.length; seen++) {
    const token = doc.tokens[i]!;
    if (token.sentence !== sentence) return null;
    const modifier = ageModifierAt(doc, i);
    if (modifier) {
      age = modifier;
      i = modifier.endToken;
      if (isAgeAsNoun(doc, modifier)) return { first, end: i, age };
      continue;
    }
    if (isRoleNoun(token) && !continuesNoun(doc.tokens[i + 1], token)) return isNounAfter(doc.tokens[i + 1], token) ? null : { first, end: i + 1, age };
    if ((age || isNationalityNoun(token)) && isNationalityHead(token, doc.tokens[i + 1], doc.tokens[i + 2])) return { first, end: i + 1, age };
    if (!isModifier(token) || endsPhrase(token)) return null;
    i++;
  }
  return null;
}

/**
 * "the 45-year-old said", "The 45-year-old, Lamar Odom,", "the 45-year-old's lawyer", "the 22-year-old from Dakar":
 * no noun follows, so the age names the person; not "the 12-year-old conflict",
 * nor "the 12-year-old, bloody conflict".
 */
function isAgeAsNoun(doc: Document, age: AgeModifier): boolean {
  const last = doc.tokens[age.endToken - 1]!;
  const next = doc.tokens[age.endToken];
  if (!next || next.sentence !== last.sentence) return true;
  if (/['’]s$/.test(last.text)) return true;
  if (/,/.test(last.post)) return !next.tags.has('Adjective');
  // "the 22-year-old from Dakar thanked": where the person is from.
  // "The 24-year-old now has seven goals": an adverb, then the verb.
  const adverb = isAdverb(next);
  const verbAfterAdverb = adverb && doc.tokens[age.endToken + 1]?.tags.has('Verb') === true;
  // Not "the 12-year-old staffing agreement": a word in -ing that modifies the noun after it.
  const after = doc.tokens[age.endToken + 1];
  const modifiesNoun = next.tags.has('Gerund') && after !== undefined && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && !after.tags.has('Pronoun');
  // "making the 36-year-old the youngest manager": a second object after the age.
  const secondObject = /^(the|a|an)$/.test(next.normal);
  // Not "the 100-year-old blast furnace": a verb's bare form, which "the 45-year-old" as a subject would not take ("blasts").
  const bareForm = next.tags.has('Infinitive') && !next.tags.has('PastTense') && !next.tags.has('Modal') && !/s$/.test(next.normal);
  return (next.tags.has('Verb') && !next.tags.has('Noun') && !modifiesNoun && !bareForm) || next.normal === 'who' || next.normal === 'from' || verbAfterAdverb || secondObject;
}

/** "now", "still": an adverb before a verb, which compromise tags otherwise at times ("now" a conjunction). */
export function isAdverb(token: Token): boolean {
  return token.tags.has('Adverb') || /^(now|still|also|then|later|already)$/.test(token.normal);
}

/** "Spaniard" in "the 24-year-old Spaniard", "Swede" in "The Swede, 29,": a phrase headed by a nationality, not a role. */
export function nationalityHead(doc: Document, phrase: RolePhrase): string | null {
  const head = doc.tokens[phrase.end - 1]!;
  return !isRoleNoun(head) && (isNationalityNoun(head) || head.tags.has('Demonym') || isNationalityWord(head.text)) ? head.text : null;
}

/**
 * "the 27-year-old Kenyan won", "the 23-year-old Dutchman", "the 31-year-old Briton,";
 * not "the 50-year-old Russian constitution".
 */
function isNationalityHead(token: Token, next: Token | undefined, afterNext: Token | undefined): boolean {
  const nationality = token.tags.has('Demonym') || isNationalityWord(token.text) || isNationalsNoun(token.text);
  if (!nationality) return false;
  if (!next || next.sentence !== token.sentence || endsPhrase(token)) return true;
  return (!next.tags.has('Noun') && !next.tags.has('Adjective')) || isVerbBeforeObject(next, afterNext);
}

/**
 * "beat" in "the 24-year-old Spaniard beat Japan's Yuko Tanabe", which compromise tags a noun:
 * a lower-case word that no role names, before a name or a determiner, is the verb.
 * Not "the 27-year-old Kenyan runner Paul Tergat" (a role), nor "the Russian constitution says".
 */
function isVerbBeforeObject(word: Token, object: Token | undefined): boolean {
  if (!object || object.sentence !== word.sentence || /\S/.test(word.post) || !/^\p{Ll}/u.test(word.text) || isRoleNoun(word)) return false;
  return /^\p{Lu}\p{Ll}/u.test(object.text) || /^(the|a|an|his|her|their)$/.test(object.normal);
}

/**
 * "the Swede, 29,", "the Uzbek said", "the Dutchman": a nationality that names one person without
 * an age before it; not "the French", "the British", "the Swiss", who are a people.
 */
function isNationalityNoun(token: Token): boolean {
  if (isNationalsNoun(token.text)) return true;
  return (token.tags.has('Demonym') || isNationalityWord(token.text)) && !/(?:ese|ish|ch|ss)$/.test(token.text);
}

/** "reality star" continues, "star said" does not. */
function continuesNoun(next: Token | undefined, token: Token): boolean {
  if (!next || next.sentence !== token.sentence || endsPhrase(token)) return false;
  return next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date') && /^\p{Ll}/u.test(next.text) && isRoleNoun(next);
}

/** "the 30-year-old forward line": the role word only modifies a noun; not "star said", "star Tristan". */
function isNounAfter(next: Token | undefined, token: Token): boolean {
  if (!next || next.sentence !== token.sentence || endsPhrase(token)) return false;
  return next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb') && !next.tags.has('Date') && /^\p{Ll}/u.test(next.text);
}

export function isModifier(token: Token): boolean {
  return token.tags.has('Adjective') || token.tags.has('Noun') || token.tags.has('ProperNoun') || token.tags.has('Value');
}

export function endsPhrase(token: Token): boolean {
  return /[,;:–—()"”]/.test(token.post) || /['’]s$/.test(token.text);
}
