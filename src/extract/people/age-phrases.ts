/**
 * The shapes an age takes in news text, read from the raw text at a token:
 *
 *   "45-year-old", "45 year old"      -> AgeModifier (before a noun or name)
 *   "48" in "Raymond Roth, 48,"       -> bare number after a name
 *   "48" in "Roth (48)"               -> parenthesised number after a name
 */
import type { Document } from '../../document.js';

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

const AGE_MODIFIER = /^(\d{1,3})(?:-| )(?:year|yr)s?(?:-| )old\b/i;

export function ageModifierAt(doc: Document, tokenIndex: number): AgeModifier | null {
  const token = doc.tokens[tokenIndex];
  if (!token || !/^\d/.test(token.text)) return null;
  const match = AGE_MODIFIER.exec(doc.text.slice(token.start, token.start + 20));
  if (!match) return null;
  const value = Number(match[1]);
  if (value < 1 || value > MAX_AGE) return null;
  const stop = token.start + match[0].length;
  let endToken = tokenIndex + 1;
  while (endToken < doc.tokens.length && doc.tokens[endToken]!.end <= stop) endToken++;
  return { value, start: token.start, end: token.start + match[1]!.length, startToken: tokenIndex, endToken };
}

/** "48": a whole token that is a plausible age. */
export function bareAgeAt(doc: Document, tokenIndex: number): { value: number; start: number; end: number } | null {
  const token = doc.tokens[tokenIndex];
  if (!token || !/^\d{1,3}$/.test(token.text)) return null;
  const value = Number(token.text);
  if (value < 1 || value > MAX_AGE) return null;
  return { value, start: token.start, end: token.end };
}
