/**
 * A name described at once by an apposition that holds a person's role:
 *
 *   "Tietmeyer, the Bundesbank president, said ..."
 *   "Kinkel, Germany's foreign minister, said ..."
 *
 * not "Rask, a small town, voted" (no role) nor "Rask, the president said" (no closing comma).
 */
import type { Document, Token } from '../../document.js';
import { isPossessive } from './name-tokens.js';
import { PERSON_TITLES } from './lexicon.js';

const MAX_APPOSITION_WORDS = 7;

/** Whether `last`, the name's last token, is followed by such an apposition. */
export function isFollowedByRoleApposition(doc: Document, last: Token): boolean {
  if (!/^\s*,\s*$/.test(last.post)) return false;
  const apposition = doc.tokens.slice(last.index + 1, last.index + 1 + MAX_APPOSITION_WORDS);
  const opener = apposition[0];
  if (opener === undefined || (!/^(the|a|an)$/.test(opener.normal) && !isPossessive(opener))) return false;
  for (const word of apposition) {
    if (word.sentence !== last.sentence) return false;
    // "Germany's foreign minister,": the role closes the apposition.
    if (/^\s*,/.test(word.post)) return PERSON_TITLES.has(word.normal) && /^\p{Ll}/u.test(word.text);
    if (/^\s*[.;:]/.test(word.post)) return false;
  }
  return false;
}
