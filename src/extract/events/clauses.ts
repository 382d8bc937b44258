/**
 * Cuts a sentence into clauses, the unit events are read from:
 *
 *   "The Good American founder ultimately filed for divorce in 2013 ... ,"
 *   "but Khloé later withdrew her petition in 2015"
 *   "when Lamar was placed in a coma after a near-fatal overdose."
 */
import type { Document, Sentence, Token } from '../../document.js';

export interface Clause {
  /** Token range `[first, end)`. */
  first: number;
  end: number;
  sentence: number;
}

/** Conjunctions that open a clause after a comma: ", but ...". */
/** ", after US bank chiefs spoke", ", before falling back": a second event of its own. */
const AFTER_COMMA = new Set(['but', 'and', 'while', 'although', 'though', 'whereas', 'yet', 'so', 'with', 'then', 'after', 'before', 'amid']);
/** Words that open a clause wherever they stand: "... in 2015 when Lamar was placed". */
const RELATIVE = new Set(['who', 'which']);
const ALWAYS = new Set(['when', 'that', 'who', 'which', 'whom', 'whose', 'because', 'whereas', 'while', 'where', 'since']);

export function clausesOf(doc: Document, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let first = sentence.firstToken;
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    const previous = doc.tokens[i - 1]!;
    const token = doc.tokens[i]!;
    // "currency -- had agreed"; not a dateline's "MINEOLA, N.Y. -- A Long Island father", with no verb before it
    const dash = /[–—;]|\s-\s/.test(previous.post) || (/\s--\s/.test(previous.post) && hasVerb(doc, first, i));
    const comma = previous.post.includes(',');
    if (dash || (comma && AFTER_COMMA.has(token.normal)) || (ALWAYS.has(token.normal) && !isSinceDate(doc, i))
      || (comma && closesRelative(doc, first, token))) {
      clauses.push({ first, end: i, sentence: sentence.index });
      first = i;
    }
  }
  clauses.push({ first, end: sentence.endToken, sentence: sentence.index });
  return clauses;
}

/** "the ministers, who met in Paris, agreed": a finite verb after the comma returns to the main clause. */
function closesRelative(doc: Document, first: number, token: Token): boolean {
  const opener = doc.tokens[first];
  if (!opener || !RELATIVE.has(opener.normal) || !doc.tokens[first - 1]?.post.includes(',')) return false;
  // "Japan, which accounts for 7% of world output, has entered": an auxiliary or a modal opens the verb group
  if (token.tags.has('Auxiliary') || token.tags.has('Modal')) return doc.tokens[token.index + 1]?.tags.has('Verb') === true;
  return token.tags.has('Verb') && (token.tags.has('PastTense') || token.tags.has('PresentTense'))
    && !token.tags.has('Gerund') && !token.tags.has('Infinitive');
}

function hasVerb(doc: Document, first: number, end: number): boolean {
  return doc.tokens.slice(first, end).some((token) => token.tags.has('Verb'));
}

/** "since 2015" is a date phrase, not a clause. */
function isSinceDate(doc: Document, index: number): boolean {
  const token = doc.tokens[index]!;
  const next = doc.tokens[index + 1];
  return token.normal === 'since' && next !== undefined && (next.tags.has('Date') || next.tags.has('Value'));
}

export function clauseAt(clauses: Clause[], tokenIndex: number): number {
  return clauses.findIndex((clause) => tokenIndex >= clause.first && tokenIndex < clause.end);
}
