/**
 * A surname that is also an ordinary word ("Major", "Young", "Rice") loses
 * nothing to the finder mid-sentence, but at a sentence's head its capital
 * says nothing and the finder leaves it out. Where the article names the
 * person in full, the surname alone opens a sentence as that person:
 *
 *   "British Prime Minister John Major faced a vote. Major said he would win."
 *   not "Peter Senior shot 68. Senior officials said ...": a noun follows.
 *
 * A word no lexicon knows, described at once by an apposition, is a name too:
 *
 *   "Tietmeyer, the Bundesbank president, said ...", "Copa, the EU farmers' lobby in Brussels, ..."
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { baseWord, isPossessive, UPPER } from './name-tokens.js';
import { isFirstName } from './offices.js';
import { isListed } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { isFollowedByDescribingApposition } from './descriptors.js';
import { shape } from './shape.js';

export function addOpeningSurnames(doc: Document, candidates: NameCandidate[]): NameCandidate[] {
  const surnames = fullNameSurnames(doc, candidates);
  const taken = new Set(candidates.flatMap((candidate) => range(candidate.first, candidate.end)));
  const added: NameCandidate[] = [];
  for (const sentence of doc.sentences) {
    const token = doc.tokens[sentence.firstToken];
    if (!token || taken.has(token.index) || !UPPER.test(token.text)) continue;
    const surname = surnames.has(baseWord(token)) && actsAlone(token, doc.tokens[token.index + 1]);
    if (surname || isDescribedUnknownWord(doc, token)) added.push(...shape(doc, token.index, token.index + 1));
  }
  return added.length === 0 ? candidates : [...candidates, ...added].sort((a, b) => a.first - b.first);
}

/** "Major" of "John Major": the last word of a name that opens with a known first name. */
function fullNameSurnames(doc: Document, candidates: NameCandidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.end - candidate.first < 2 || !isFirstName(baseWord(doc.tokens[candidate.first]!))) continue;
    surnames.add(baseWord(doc.tokens[candidate.end - 1]!));
  }
  return surnames;
}

/** "Major said", "Major, who ...", "Major's government": a verb, a comma or a possessive; not "Senior officials". */
function actsAlone(token: Token, next: Token | undefined): boolean {
  if (/^\s*,/.test(token.post) || isPossessive(token)) return true;
  if (!next || /\S/.test(token.post) || next.sentence !== token.sentence) return false;
  return (next.tags.has('Verb') || next.tags.has('Adverb') || next.tags.has('Modal')) && !next.tags.has('Noun');
}

/** "Tietmeyer, the Bundesbank president,", "Copa, the EU farmers' lobby,": a word no lexicon knows, then an apposition that describes it. */
function isDescribedUnknownWord(doc: Document, token: Token): boolean {
  const word = baseWord(token);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && lexiconTags(word).length === 0 && !isListed(word) && isFollowedByDescribingApposition(doc, token);
}

function range(first: number, end: number): number[] {
  return Array.from({ length: end - first }, (_, i) => first + i);
}
