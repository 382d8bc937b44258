/**
 * A match report's sentences name two sides around the result's verb:
 *
 *   "Neath beat Newport"          Newport is a town: both are sides, clubs
 *   "Schalke beat Bochum 3-1"
 *   "Harlequins lost to Wasps"    plurals no list knows: clubs
 *
 * One side that reads as a club (a town's name, not a country's; or such a plural)
 * makes the other a side too, and a town that beats a name no list knows is a side
 * ("Exeter beat Brackenfold"). "Agassi lost to Chang" names no town: people.
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { weighClub } from './clubs.js';
import type { Evidence } from './evidence.js';
import { baseWord, UPPER } from './name-tokens.js';
import { isUnknownName } from './sports.js';
import { isCountryName, isTownNotCountry, isUnknownPlural } from './towns.js';

/** Verbs of a result, with the word that may follow them: "beat", "lost to", "drew with". */
const RESULT_VERBS = new Map<string, string | null>([
  ['beat', null], ['beats', null], ['defeated', null], ['edged', null], ['thrashed', null], ['routed', null], ['crushed', null],
  ['lost', 'to'], ['loses', 'to'], ['drew', 'with'], ['draws', 'with'],
]);

export function weighMatchSentence(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  if (isCountryName(candidate.text)) return;
  const opponent = opponentAfter(doc, candidate.end) ?? opponentBefore(doc, candidate.first);
  if (opponent === undefined) return;
  const word = baseWord(opponent);
  // "Exeter beat Brackenfold": a town's side beats a name no list knows, a club too.
  if (readsAsClub(word) || (isTownNotCountry(candidate.text) && isUnknownName(word))) weighClub(evidence, 4);
}

/** "Neath beat Newport": the first word after the verb, on the same sentence. */
function opponentAfter(doc: Document, end: number): Token | undefined {
  const last = doc.tokens[end - 1]!;
  const verb = doc.tokens[end];
  if (verb === undefined || /\S/.test(last.post) || verb.sentence !== last.sentence || !RESULT_VERBS.has(verb.normal)) return undefined;
  const particle = RESULT_VERBS.get(verb.normal);
  let index = end + 1;
  if (particle !== null && particle !== undefined) {
    if (doc.tokens[index]?.normal !== particle) return undefined;
    index++;
  }
  const opponent = doc.tokens[index];
  return opponent !== undefined && opponent.sentence === verb.sentence && UPPER.test(opponent.text) && !/\S/.test(doc.tokens[index - 1]!.post) ? opponent : undefined;
}

/** "beat Bochum" after "Schalke": the word before the verb. */
function opponentBefore(doc: Document, first: number): Token | undefined {
  let index = first - 1;
  const particle = doc.tokens[index];
  if (particle === undefined) return undefined;
  if (particle.normal === 'to' || particle.normal === 'with') index--;
  const verb = doc.tokens[index];
  if (verb === undefined || !RESULT_VERBS.has(verb.normal) || /\S/.test(verb.post)) return undefined;
  if (index !== first - 1 && RESULT_VERBS.get(verb.normal) !== particle.normal) return undefined;
  if (index === first - 1 && RESULT_VERBS.get(verb.normal) !== null) return undefined;
  const subject = doc.tokens[index - 1];
  return subject !== undefined && subject.sentence === verb.sentence && UPPER.test(subject.text) && !/\S/.test(subject.post) ? subject : undefined;
}

/** "Newport", "Bochum": a town's name; "Wasps": a plural no list knows; not "Japan", a country. */
function readsAsClub(word: string): boolean {
  return isTownNotCountry(word) || isUnknownPlural(word);
}
