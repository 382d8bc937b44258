/**
 * Credits under a picture or a clip: a caption's label, a colon, then who made
 * it, to the end of the line. Wikinews credits its contributors by user name:
 *
 *   "Image: Nick Moreau."                 -> "Nick Moreau"
 *   "Video: Miharris & Acphillips."       -> "Miharris", "Acphillips": two people
 *   "Audio: Jkthom."                      -> "Jkthom": a user name, a person
 *   "Image: Twitter / NASA."              -> a company and a body, as the lists say
 */
import type { Document } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import type { Evidence } from './evidence.js';
import { isListed } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';

/** "Image: United States Navy", "Photo: Reuters": a caption's label, even once. */
export const CAPTION_LABELS = new Set(['Image', 'Photo', 'Picture', 'Video', 'Audio', 'Source', 'Credit', 'File']);

/** The token at `index` stands after a caption's label on its line: "Image: |Nick Moreau". */
export function isInCredit(doc: Document, index: number): boolean {
  const line = doc.tokens[index]!.line;
  for (let i = index - 1; i >= 0 && doc.tokens[i]!.line === line; i--) {
    const token = doc.tokens[i]!;
    if (CAPTION_LABELS.has(token.text) && /^:/.test(token.post)) return true;
    // "Image: Nick Moreau. Kristen Wilkins said ...": the credit ended with its sentence.
    if (/[.!?]\s/.test(token.post)) return false;
  }
  return false;
}

/** "Miharris & Acphillips", "Twitter / NASA": in a credit, "&" and "/" part two names. */
export function partsCredit(doc: Document, index: number): boolean {
  const token = doc.tokens[index]!;
  const previous = doc.tokens[index - 1];
  return (token.text === '&' || /^\s*\/\s*$/.test(previous?.post ?? '')) && isInCredit(doc, index);
}

/**
 * "Video: Miharris & Acphillips": one word no list or dictionary knows, credited and
 * named nowhere else in the article, is a contributor's user name. Not "Image: Wikinews."
 * where the article speaks of "Wikinews reporters" too.
 */
export function weighCredit(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  if (candidate.end - candidate.first !== 1 || !isInCredit(doc, candidate.first)) return;
  const word = candidate.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isListed(word) || lexiconTags(word).length > 0) return;
  const elsewhere = doc.tokens.some((token) => token.text === word && !isInCredit(doc, token.index));
  if (!elsewhere) evidence.person += 3;
}
