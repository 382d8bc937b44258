/**
 * The shapes an age takes in news text, read from the raw text at a token:
 *
 *   "45-year-old", "45 year old"      -> AgeModifier (before a noun or name)
 *   "Fifteen-year-old" (AP style at a sentence's start) -> AgeModifier
 *   "48" in "Raymond Roth, 48,"       -> bare number after a name
 *   "48" in "Roth (48)"               -> parenthesised number after a name
 */
import type { Document, Token } from '../../document.js';
import type { TextRange } from '../model.js';

export interface AgeModifier {
  value: number;
  /** The digits only: "45" in "45-year-old". */
  start: number;
  end: number;
  startToken: number;
  endToken: number;
}

/** Ages people have: "the 12-year-old conflict" is excluded by the noun, not here. */
export const MAX_AGE = 120;

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "fifteen", "twenty-five" */
const WORD_NUMBER = `(?:${TENS.join('|')})(?:-(?:${UNITS.slice(0, 9).join('|')}))?|${UNITS.join('|')}`;
/** "45", "fifteen", "twenty-five" */
const AGE_NUMBER = `\\d{1,3}|${WORD_NUMBER}`;
/** "45-year-old", "45 year old", "Fifteen-year-old"; not "45-year-olds" (a group). */
const AGE_MODIFIER = new RegExp(`^(${AGE_NUMBER})(?:-| )(?:year|yr)s?(?:-| )old(?:['’]s)?\\b`, 'i');

/** "eight", "Twenty-five": an age in words standing alone. */
const SPELLED_AGE = new RegExp(`^(?:${WORD_NUMBER})$`, 'i');

/** "45" -> 45, "fifteen" -> 15, "twenty-five" -> 25. */
function numberValue(text: string): number {
  if (/^\d/.test(text)) return Number(text);
  const [tens, unit] = text.toLowerCase().split('-');
  const tensIndex = TENS.indexOf(tens!);
  if (tensIndex < 0) return UNITS.indexOf(tens!) + 1;
  return (tensIndex + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
}

export function ageModifierAt(doc: Document, tokenIndex: number): AgeModifier | null {
  const token = doc.tokens[tokenIndex];
  if (!token || !/^(\d|\p{L})/u.test(token.text)) return null;
  const match = AGE_MODIFIER.exec(doc.text.slice(token.start, token.start + 32));
  if (!match) return null;
  const value = numberValue(match[1]!);
  if (value < 1 || value > MAX_AGE) return null;
  const stop = token.start + match[0].length;
  let endToken = tokenIndex + 1;
  while (endToken < doc.tokens.length && doc.tokens[endToken]!.end <= stop) endToken++;
  return { value, start: token.start, end: token.start + match[1]!.length, startToken: tokenIndex, endToken };
}

/** An age and the text it was read from. */
export interface StatedAge {
  value: number;
  source: TextRange;
}

/**
 * Where the age stands after the "at" at `index`: "at 70" -> index + 1, "at the age of 70" ->
 * index + 4; -1 when no "at" stands there.
 */
export function ageIndexAfterAt(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.normal !== 'at') return -1;
  const longForm = tokens[index + 1]?.normal === 'the' && tokens[index + 2]?.normal === 'age' && tokens[index + 3]?.normal === 'of';
  return index + (longForm ? 4 : 1);
}

/** "48": a whole token that is a plausible age. */
export function bareAgeAt(doc: Document, tokenIndex: number): StatedAge | null {
  const token = doc.tokens[tokenIndex];
  // "Roth, 48,"; Reuters writes ages under ten in words: "Julie Lejeune, eight,", "aged nine"
  if (!token || !(/^\d{1,3}$/.test(token.text) || SPELLED_AGE.test(token.text))) return null;
  const value = numberValue(token.text);
  if (value < 1 || value > MAX_AGE) return null;
  return { value, source: { start: token.start, end: token.end } };
}

/** "25" in "who is 25 years old", "is 25, her lawyer said", "is 48 and lives"; not "25 percent". */
export function closesAgeClause(doc: Document, number: Token): boolean {
  return /^\s*(years?-? ?old\b|[,.;]|and\b)/.test(doc.text.slice(number.end, number.end + 16));
}

/** Words that tell of a death: the age stated with them is the person's last one. */
export const DEATH_WORDS = new Set(['died', 'dies', 'death', 'killed', 'passed']);

/**
 * The token after where a person is from or works, right after the name at `index`: "of Hungary",
 * "of Uppsala University", "of the University of Oslo"; `index` itself when there is none.
 * The phrase ends at its first punctuation ("of Hungary, still competing"). `opening`: the words
 * that may open it ("at" for "an analyst at Rhein Capital").
 */
export function afterAffiliation(doc: Document, index: number, opening: RegExp = /^of$/): number {
  if (!opening.test(doc.tokens[index]?.normal ?? '')) return index;
  const sentence = doc.tokens[index]!.sentence;
  const inSentence = (i: number): Token | undefined => (doc.tokens[i]?.sentence === sentence ? doc.tokens[i] : undefined);
  let i = inSentence(index + 1)?.normal === 'the' ? index + 2 : index + 1;
  const first = i;
  for (let token = inSentence(i); token !== undefined; token = inSentence(i)) {
    const next = inSentence(i + 1);
    const inName = /^\p{Lu}/u.test(token.text) || (/^(of|for|and)$/.test(token.text) && next !== undefined && /^\p{Lu}/u.test(next.text));
    if (!inName) break;
    i++;
    if (!/^\s+$/.test(token.post)) break;
  }
  return i > first ? i : index;
}
