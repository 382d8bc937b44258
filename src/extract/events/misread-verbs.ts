/**
 * Past-tense verbs compromise reads as nouns in wire copy:
 *   "Prices of new homes rose in the fourth quarter" (rose/Noun),
 *   "The US economy shed 663,000 jobs in March", "Airbus cut 10,000 jobs".
 * Such a word is the verb only in a clause with no finite verb of its own,
 * right after a noun (its subject) and before what a verb takes next.
 * Past forms equal to the base form are read as infinitives after a noun:
 *   "the storm hit the coast on Monday" (hit/Infinitive) is a finite verb.
 */
import type { Document, Token } from '../../document.js';

const PAST_FORMS = new Set(['rose', 'shed', 'cut', 'hit', 'set', 'bid', 'cost', 'spread', 'put', 'quit', 'slid', 'split', 'cast', 'shut', 'hurt', 'beat', 'upset', 'burst']);

/** "The budget was cut in March", "the last ballot was cast at 2:30": a past the tagger may read as a noun. */
export function isPastForm(token: Token): boolean {
  return PAST_FORMS.has(token.normal);
}

export function isMisreadVerb(doc: Document, token: Token): boolean {
  if (!PAST_FORMS.has(token.normal) || token.tags.has('Verb')) return false;
  const previous = doc.tokens[token.index - 1];
  const next = doc.tokens[token.index + 1];
  if (!previous || !next || /[,.;:()]/.test(previous.post)) return false;
  // "homes rose", "Airbus cut", "The US economy shed", "indexes worldwide rose"; not "a rose", "the garden shed"
  // "unemployment benefits rose": a plural noun read as a verb is a subject too
  const noun = (t: Token | undefined): boolean => t !== undefined
    && ((t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Determiner')) || isPluralNounReadAsVerb(doc, t));
  const modifier = previous.tags.has('Adjective') || previous.tags.has('Adverb');
  const subject = noun(previous) || (modifier && doc.tokens[token.index - 2]?.tags.has('Plural') === true);
  // "cut rates", "shed jobs": a plural object too
  const object = ['Value', 'Determiner', 'Preposition', 'Adverb', 'Possessive', 'Plural'].some((tag) => next.tags.has(tag)) || next.normal === 'to';
  return subject && object;
}

/** Verbs the tagger reads as adverbs after an auxiliary: "will close in June", "did close". */
const READ_AS_ADVERB = new Set(['close']);

/** "The plant will close in June": the word after a modal or an auxiliary is its verb. */
export function isVerbAfterAuxiliary(doc: Document, token: Token): boolean {
  if (!READ_AS_ADVERB.has(token.normal) || token.tags.has('Verb')) return false;
  const previous = doc.tokens[token.index - 1];
  return previous !== undefined && (previous.tags.has('Modal') || (previous.tags.has('Auxiliary') && !previous.tags.has('Copula'))) && !/[,.;:()]/.test(previous.post);
}

/** "the storm hit the coast", "they cut jobs": a base-form past right after its subject. */
export function isBarePast(doc: Document, token: Token): boolean {
  if (!PAST_FORMS.has(token.normal) || !token.tags.has('Infinitive')) return false;
  const previous = doc.tokens[token.index - 1];
  if (!previous || /[,.;:()]/.test(previous.post)) return false;
  // not "Let them hit the road": the subject of "let", "make", "help" takes the bare verb
  const beforeSubject = doc.tokens[token.index - 2];
  if (beforeSubject?.tags.has('Verb') && previous.tags.has('Pronoun')) return false;
  return previous.tags.has('Noun') && !previous.tags.has('Determiner') && !previous.tags.has('Possessive');
}

/**
 * "British and Irish stock markets", "weekly unemployment benefits": a plural
 * noun compromise reads as a present verb, after a noun that follows an
 * adjective, a name, a preposition, a noun or a verb ("raised interest rates"), or before
 * its own predicate ("Asian markets saw").
 */
export function isPluralNounReadAsVerb(doc: Document, token: Token): boolean {
  if (!/s$/.test(token.normal) || !token.tags.has('Verb') || !token.tags.has('PresentTense')) return false;
  const previous = doc.tokens[token.index - 1];
  const beforePrevious = doc.tokens[token.index - 2];
  // "Asian markets saw the biggest sell-off": a finite verb right after it is its predicate
  const next = doc.tokens[token.index + 1];
  if (next && !/[,;:]/.test(token.post) && next.tags.has('Verb') && (next.tags.has('PastTense') || next.tags.has('Auxiliary') || next.tags.has('Modal'))
    && previous?.tags.has('Noun') === true && !previous.tags.has('Pronoun')) return true;
  const commonNoun = (t: Token | undefined): boolean => t !== undefined && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun');
  const lexicalVerb = (t: Token | undefined): boolean => t !== undefined && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal');
  // "reduction of crop yields": after a preposition too
  return commonNoun(previous)
    && (['Adjective', 'ProperNoun', 'Preposition'].some((tag) => beforePrevious?.tags.has(tag) === true) || commonNoun(beforePrevious) || lexicalVerb(beforePrevious));
}
