/**
 * A body's name opening a sentence on an ordinary word, where the capital says
 * nothing of its own: the head word after it, then the body's people or speech.
 *
 *   "White House spokesman Mike McCurry said"   -> "White House"
 *   "State Department officials said"           -> "State Department"
 *   "Labour Party leader Tony Blair"            -> "Labour Party"
 *   "Supreme Court judges ruled"                -> "Supreme Court"
 *   not "Former Party leader Ann Lee", "Many Council members", "Senior Court officials"
 */
import type { Token } from '../../document.js';
import { isRoleNoun } from '../people/roles.js';
import { PEOPLE_OF_BODIES } from './body-context.js';
import { isOrganizationWord, SPEECH_VERBS } from './lexicon.js';
import { baseWord, CLAUSE_WORD_TAGS, isBreak, UPPER } from './name-tokens.js';

/** "House" ends the names of bodies ("White House", "Random House") without being one to the lists. */
const HOUSE = 'House';
/**
 * Who speaks or acts for the body named before: its own people, and those who serve a
 * person or a place too ("lawyers for Tom Hale", "judges in Texas"), so only after a body's name.
 */
const AFTER_A_BODY = new Set([...PEOPLE_OF_BODIES, 'lawyers', 'judges', 'members', 'sources', 'source', 'leader', 'chief']);
/** Words that open a sentence about a body without naming it: "Former Party leader", "Senior Court officials". */
const DESCRIBING_WORDS = new Set(['former', 'ex', 'then', 'current', 'senior', 'junior', 'top', 'local', 'many', 'most', 'some', 'several', 'other', 'both', 'all', 'each', 'every', 'no', 'two', 'three']);

/** The first word of a sentence at `index` opens a body's name of two words. */
export function opensInstitution(tokens: Token[], index: number, sentenceEnd: number): boolean {
  const token = tokens[index]!;
  const head = tokens[index + 1];
  const after = tokens[index + 2];
  if (head === undefined || after === undefined || index + 2 >= sentenceEnd) return false;
  if (!UPPER.test(token.text) || isBreak(token) || isBreak(head) || DESCRIBING_WORDS.has(token.normal)) return false;
  if (CLAUSE_WORD_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Value')) return false;
  const word = baseWord(head);
  if (!UPPER.test(head.text) || !(word === HOUSE || isOrganizationWord(word))) return false;
  return AFTER_A_BODY.has(after.normal) || SPEECH_VERBS.has(after.normal) || isRoleNoun(after);
}
