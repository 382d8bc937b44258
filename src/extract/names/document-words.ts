/**
 * A document's words taken as a whole, for cutting its runs of capitals: "Khloé"
 * written mid-sentence, "Image:" as a label, a question, a headline or a line in
 * capitals where a capital says little.
 */
import type { Document, Token } from '../../document.js';
import { CAPTION_LABELS } from './credits.js';
import { isCaseUninformativeInTitle } from './headline.js';
import { cachedPerLine } from './line-cache.js';
import { baseWord, opensClause, opensQuote, UPPER } from './name-tokens.js';

/** What the whole document says about its words, read once before the runs are cut. */
export interface DocumentWords {
  /** Written with a capital where position does not force one: "... met Khloé". */
  capitalisedInside: Set<string>;
  /** Two words written with capitals where position does not force the first's: "... of the Red Cross". */
  capitalisedPairs: Set<string>;
  /** Words that label what follows them, more than once: "Image: Nick Moreau." */
  labels: Set<string>;
  /** A report of matches, where "Atherton was out" opens with a player's name. */
  sports: boolean;
  /** Sentences that ask: "Will Khloé Kardashian ever get back together?" */
  questions: Set<number>;
}

export function readDocumentWords(doc: Document, sports: boolean): DocumentWords {
  return { capitalisedInside: wordsCapitalisedInside(doc), capitalisedPairs: pairsCapitalisedInside(doc), labels: labelWords(doc), sports, questions: questionSentences(doc) };
}

function questionSentences(doc: Document): Set<number> {
  return new Set(doc.sentences.filter((sentence) => /\?["”'’)]*\s*$/.test(doc.text.slice(sentence.start, sentence.end))).map((sentence) => sentence.index));
}

function labelWords(doc: Document): Set<string> {
  const counts = new Map<string, number>();
  for (const token of doc.tokens) {
    if (UPPER.test(token.text) && /^:/.test(token.post)) counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([word]) => word));
}

export function isLabel(token: Token, words: DocumentWords): boolean {
  return words.labels.has(token.text) || (CAPTION_LABELS.has(token.text) && /^:/.test(token.post));
}

/** Words written with a capital where position does not force one: "... met Khloé"; not "STANDINGS" in a line of capitals. */
function wordsCapitalisedInside(doc: Document): Set<string> {
  const words = new Set<string>();
  for (const token of doc.tokens) {
    const previous = doc.tokens[token.index - 1];
    const inside = previous !== undefined && previous.sentence === token.sentence && !opensClause(previous) && !opensQuote(token);
    if (inside && UPPER.test(token.text) && !isTitleLine(doc, token) && !isAllCapitalsLine(doc, token.line)) words.add(baseWord(token).toLowerCase());
  }
  return words;
}

/** "the Committee of the Red Cross": "red cross", a pair that a sentence-initial "Red Cross" repeats. */
function pairsCapitalisedInside(doc: Document): Set<string> {
  const pairs = new Set<string>();
  for (const token of doc.tokens) {
    const previous = doc.tokens[token.index - 1];
    const next = doc.tokens[token.index + 1];
    const inside = previous !== undefined && previous.sentence === token.sentence && !opensClause(previous) && !opensQuote(token);
    if (!inside || next === undefined || next.sentence !== token.sentence || /[^\s]/.test(token.post)) continue;
    if (UPPER.test(token.text) && UPPER.test(next.text) && !isTitleLine(doc, token) && !isAllCapitalsLine(doc, token.line)) pairs.add(capitalisedPair(token, next));
  }
  return pairs;
}

export function capitalisedPair(token: Token, next: Token): string {
  return `${token.text.toLowerCase()} ${baseWord(next).toLowerCase()}`;
}

function isTitleLine(doc: Document, token: Token): boolean {
  return doc.title !== null && token.start >= doc.title.start && token.end <= doc.title.end;
}

/** The headline or a line in capitals, where a capital says little. */
export function isCaseUninformative(doc: Document, token: Token): boolean {
  return isCaseUninformativeInTitle(doc, token.start) || isAllCapitalsLine(doc, token.line);
}

/** "LAMAR ODOM SAID IN LAS VEGAS": a line without one lower-case letter (asked for each of its words). */
export const isAllCapitalsLine = cachedPerLine((doc, lineIndex) => {
  const line = doc.lines[lineIndex];
  if (!line) return false;
  const text = doc.text.slice(line.start, line.end);
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
});
