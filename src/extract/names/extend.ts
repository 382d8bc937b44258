/**
 * Document-level consistency for runs cut at a sentence's first word: an
 * ordinary word that opens a sentence is kept out of names ("Civil" in "Civil
 * Defense Authority director ..."), unless the article writes the longer name
 * elsewhere, where nothing forced the capital:
 *
 *   "... according to Saudi Arabia's Civil Defense Authority. Civil Defense Authority director ..."
 *   "... Romelu Lukaku and Dries Mertens ... Dries Mertens's attempt failed."
 *
 * or the start of a longer name: "Red Star Belgrade beat ... Red Star coach Milan Vasic said".
 */
import type { Document } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { UPPER } from './name-tokens.js';
import { shape } from './shape.js';

export function extendToKnownNames(doc: Document, candidates: NameCandidate[]): NameCandidate[] {
  const known = new Set(candidates.flatMap((candidate) => leadingRuns(candidate.text.toLowerCase())));
  return candidates.map((candidate) => {
    const opener = doc.tokens[candidate.first - 1];
    if (!opener || opener.sentence !== doc.tokens[candidate.first]!.sentence || /\S/.test(opener.post) || !UPPER.test(opener.text)) return candidate;
    if (!known.has(`${opener.text} ${candidate.text}`.toLowerCase())) return candidate;
    const [longer] = shape(doc, opener.index, candidate.end);
    return longer && longer.first === opener.index && longer.end === candidate.end ? longer : candidate;
  });
}

/** Names have a few words; a run of thousands ("Lamar Odom Lamar Odom ...") gives no more prefixes. */
const MAX_PREFIX_WORDS = 5;

/** "red star belgrade" -> "red star belgrade", "red star": the name and the runs of two words or more that open it. */
function leadingRuns(name: string): string[] {
  const words = name.split(' ', MAX_PREFIX_WORDS + 1);
  const prefixes = words.slice(2).map((_, i) => words.slice(0, i + 2).join(' '));
  return [name, ...prefixes.filter((prefix) => prefix !== name)];
}
