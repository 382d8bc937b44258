/** The words around a candidate, read from the shared parse. */
import { firstTokenFrom, type Token } from '../../document.js';
import type { FinderContext } from './candidate.js';

/** The token that starts at or right after `offset` on the same line. */
export function tokenAfter(ctx: FinderContext, offset: number): Token | undefined {
  const token = ctx.doc.tokens[firstTokenFrom(ctx.doc, offset)];
  if (!token || /[\n,.;:!?()"“”–—]/.test(ctx.text.slice(offset, token.start))) return undefined;
  return token;
}

/**
 * "winter wheat", "every day lives": a lower-case noun right after the
 * expression makes it a modifier of that noun, not a time.
 */
export function modifiesNoun(ctx: FinderContext, end: number): boolean {
  const next = tokenAfter(ctx, end);
  if (!next || !/^[a-z]/.test(next.text)) return false;
  if (['Date', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Adverb'].some((tag) => next.tags.has(tag))) return false;
  return next.tags.has('Noun') && !next.tags.has('Verb');
}
