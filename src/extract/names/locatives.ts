/**
 * An unknown name that closes a phrase of "in" or "near" is a place:
 *
 *   "He trained in Kaptagat ."
 *   "told a news conference in Neufchateau on Monday"
 *   "a village near Osk , police said"
 *   "rebels were leaving Grozny next week"
 *   "fighting near Argun and Gudermes ."
 *
 * Only where the phrase ends there, with punctuation or a date after the name,
 * and only for plain capitalised words no list knows: "in March", "in Counter-Strike",
 * "in PlayStation" stay out, and other mentions of the name still outweigh it.
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import type { Evidence } from './evidence.js';
import { gazetteerKinds, isKnownPlace } from './gazetteer.js';
import { isMonthName, lexiconTags, PLACES_WITHIN, SPEECH_VERBS } from './lexicon.js';

/** Words after a place that end its phrase with a time: "in Osk on Monday", "near Osk last week". */
const TIME_OPENERS = new Set(['on', 'last', 'next', 'this', 'yesterday', 'today', 'tomorrow', 'earlier', 'late', 'early']);
/** Prepositions and verbs of going whose object is a place: "near Osk", "fled Grozny", "across Luzon". */
const TO_PLACES = new Set([
  'in', 'near', 'outside', 'around', 'into', 'towards', 'toward', 'leaving', 'left', 'fled', 'fleeing', 'reached', 'reaching', 'entered', 'entering',
  'across', 'through',
]);
/** Words between such a preposition and a place: "in neighbouring Yungay", "across northern Luzon". */
const PLACE_DESCRIBERS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'north-western', 'north-eastern', 'south-western', 'south-eastern',
  'neighbouring', 'neighboring', 'nearby', 'coastal', 'rural', 'remote', 'downtown',
]);
/** Nouns whose "in" names what is held or played, no place: "a stake in Kelvar", "a role in Osk". */
const HOLDINGS = new Set(['stake', 'stakes', 'investment', 'investments', 'interest', 'shares', 'role', 'roles', 'part', 'star', 'starred', 'starring', 'appeared', 'played']);

/** "shares in", "a stake in": the preposition names what is held, not where. */
export function isHoldingIn(doc: Document, preposition: Token): boolean {
  return HOLDINGS.has(doc.tokens[preposition.index - 1]?.normal ?? '');
}

export function weighLocativePhraseEnd(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const before = placePreposition(doc, candidate.first);
  const last = doc.tokens[candidate.end - 1]!;
  if (candidate.title || !before) return;
  if (isHoldingIn(doc, before)) return;
  if (!closesPhrase(doc, last) || !isUnknownPlainName(doc.tokens.slice(candidate.first, candidate.end))) return;
  evidence.place += 1;
}

/**
 * The preposition or verb of going just before the name ("near Osk"), or before the
 * name that "and" joins it to ("near Argun and Gudermes ."); undefined if none.
 */
function placePreposition(doc: Document, first: number): Token | undefined {
  let before = doc.tokens[first - 1];
  if (before !== undefined && PLACE_DESCRIBERS.has(before.normal) && !/\S/.test(before.post)) before = doc.tokens[first - 2];
  const conjoined = before?.normal === 'and' && !/\S/.test(before.post) ? doc.tokens[first - 2] : undefined;
  if (conjoined !== undefined && /^\p{Lu}\p{Ll}+$/u.test(conjoined.text) && !/\S/.test(conjoined.post)) before = doc.tokens[first - 3];
  return before !== undefined && TO_PLACES.has(before.normal) && !/\S/.test(before.post) ? before : undefined;
}

/** " .", " ,", " ;", or a time right after: "in Osk , ", "in Osk on Monday". */
function closesPhrase(doc: Document, last: Token): boolean {
  if (/^\s*[.,;]/.test(last.post)) return true;
  const next = doc.tokens[last.index + 1];
  if (next === undefined || next.sentence !== last.sentence || /\S/.test(last.post)) return false;
  // "near Argun and Gudermes .": the first of two places closes with the second.
  const second = doc.tokens[last.index + 2];
  if (next.normal === 'and' && second !== undefined && !/\S/.test(next.post) && isUnknownPlainName([second])) return closesPhrase(doc, second);
  // "said in Novye Atagi that ...": a clause after the place; "near Leonora in Western Australia": the place's region.
  if (next.normal === 'that' && SPEECH_VERBS.has(doc.tokens[firstOfPhrase(doc, last) - 2]?.normal ?? '')) return true;
  if (next.normal === 'in' && second !== undefined && isKnownPlace(doc.text.slice(second.start, restOfName(doc, second.index)))) return true;
  // "born in Lwów in 1938": a year after the place; "near Palanan in Isabela province": a region named by its kind.
  if (next.normal === 'in' && second !== undefined && (/^\d{4}$/.test(second.text) || isRegionByKind(doc, second))) return true;
  // "plants in Peterhead could close": a verb after the place.
  if (next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Gerund') && !next.tags.has('Infinitive')) return true;
  return TIME_OPENERS.has(next.normal);
}

/** "Isabela province": a capitalised word, then a place's kind in lower case. */
function isRegionByKind(doc: Document, name: Token): boolean {
  const kind = doc.tokens[name.index + 1];
  return /^\p{Lu}\p{Ll}+$/u.test(name.text) && !/\S/.test(name.post) && kind !== undefined && PLACES_WITHIN.has(kind.text);
}

/** The first token of the capitalised run that ends at `last`. */
function firstOfPhrase(doc: Document, last: Token): number {
  let first = last.index;
  while (first > 0 && /^\p{Lu}/u.test(doc.tokens[first - 1]!.text) && !/\S/.test(doc.tokens[first - 1]!.post)) first--;
  return first;
}

/** The end offset of the capitalised run from `index`: "Western Australia". */
function restOfName(doc: Document, index: number): number {
  let end = index;
  while (doc.tokens[end + 1] !== undefined && /^\p{Lu}/u.test(doc.tokens[end + 1]!.text) && !/\S/.test(doc.tokens[end]!.post)) end++;
  return doc.tokens[end]!.end;
}

/** "Kaptagat", "Neufchateau", "Santa Kelvara": capitalised lower-case words, none a month, none listed. */
function isUnknownPlainName(tokens: Token[]): boolean {
  const text = tokens.map((token) => token.text).join(' ');
  if (gazetteerKinds(text).size > 0 || tokens.some((token, i) => i < tokens.length - 1 && /\S/.test(token.post))) return false;
  return tokens.every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.text) && !isMonthName(token.text) && lexiconTags(token.text).length === 0);
}
