/**
 * Datelines: the place a story is filed from, at the head of a line in
 * capitals, followed by a comma, a bracket, a dash or a date.
 *
 *   "BRUSSELS 1996-08-22"   "AL-AIN , United Arab Emirates 1996-12-06"   "LOS ANGELES (AP) --"
 */
import type { Document } from '../../document.js';
import type { NameCandidate } from './candidates.js';

export function isDateline(doc: Document, candidate: NameCandidate): boolean {
  const first = doc.tokens[candidate.first]!;
  const previous = doc.tokens[candidate.first - 1];
  if (previous && previous.line === first.line) return false;
  if (/\p{Ll}/u.test(candidate.text)) return false;
  const last = doc.tokens[candidate.end - 1]!;
  const next = doc.tokens[candidate.end];
  if (/^\s*([,(]|-|–|—)/.test(last.post) || (next !== undefined && /^\(/.test(next.pre))) return true;
  return next !== undefined && next.line === last.line && /^\d/.test(next.text);
}
