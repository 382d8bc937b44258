/**
 * Past-tense verbs compromise reads as nouns in wire copy:
 *   "Prices of new homes rose in the fourth quarter" (rose/Noun),
 *   "The US economy shed 663,000 jobs in March", "Airbus cut 10,000 jobs".
 * Such a word is the verb only in a clause with no finite verb of its own,
 * right after a noun (its subject) and before what a verb takes next.
 */
import type { Document, Token } from '../../document.js';

const PAST_FORMS = new Set(['rose', 'shed', 'cut', 'hit', 'set', 'bid', 'cost', 'spread', 'put', 'quit', 'slid', 'split']);

export function isMisreadVerb(doc: Document, token: Token): boolean {
  if (!PAST_FORMS.has(token.normal) || token.tags.has('Verb')) return false;
  const previous = doc.tokens[token.index - 1];
  const next = doc.tokens[token.index + 1];
  if (!previous || !next || /[,.;:()]/.test(previous.post)) return false;
  // "homes rose", "Airbus cut", "The US economy shed", "indexes worldwide rose"; not "a rose", "the garden shed"
  const noun = (t: Token | undefined): boolean => t !== undefined && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Determiner');
  const modifier = previous.tags.has('Adjective') || previous.tags.has('Adverb');
  const subject = noun(previous) || (modifier && doc.tokens[token.index - 2]?.tags.has('Plural') === true);
  const object = ['Value', 'Determiner', 'Preposition', 'Adverb', 'Possessive'].some((tag) => next.tags.has(tag)) || next.normal === 'to';
  return subject && object;
}
