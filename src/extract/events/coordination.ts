/**
 * Verbs of the same form joined by "and" in a clause: they share a date,
 *   "announced a merger on Tuesday and said it would cut jobs",
 *   "arrested the man and charged him on Sunday",
 * and the dateline's day: "Taro Aso spoke to officials and asked them".
 */
import type { Document, Token } from '../../document.js';
import type { Clause } from './clauses.js';
import { isMisreadVerb } from './misread-verbs.js';
import { isContentVerb, isFinite } from './triggers.js';

/** The finite verbs of `trigger`'s form joined to it by "and" in the clause; none for a plan's verb group. */
export function coordinatedVerbs(doc: Document, clause: Clause, trigger: Token): Token[] {
  // "will take off from Singapore and land in Sydney on October 25": a plan's steps keep their own times
  // "The Fed cut (cut/Noun) rates on Monday and signaled": a misread past is past
  const misread = isMisreadVerb(doc, trigger);
  const form = (token: Token): string => (token.tags.has('PastTense') || (token === trigger && misread) ? 'past'
    : token.tags.has('PresentTense') && !token.tags.has('Infinitive') ? 'present' : 'group');
  if (!(misread || (trigger.tags.has('Verb') && isFinite(doc, trigger))) || form(trigger) === 'group') return [];
  const found: Token[] = [];
  for (let i = clause.first + 1; i < clause.end; i++) {
    const token = doc.tokens[i]!;
    if (token === trigger || !token.tags.has('Verb') || !isContentVerb(doc, token) || !isFinite(doc, token) || form(token) !== form(trigger)) continue;
    // the later verb of the two comes right after "and", its adverbs between
    const [, later] = token.index < trigger.index ? [token, trigger] : [trigger, token];
    let back = later.index - 1;
    while (back > clause.first && doc.tokens[back]!.tags.has('Adverb')) back--;
    if (doc.tokens[back]?.normal === 'and' && !betweenVerb(doc, token, trigger)) found.push(token);
  }
  return found;
}

/** Another content verb between the two: "cut rates, and banks followed". */
function betweenVerb(doc: Document, a: Token, b: Token): boolean {
  const [from, to] = a.index < b.index ? [a.index, b.index] : [b.index, a.index];
  return doc.tokens.slice(from + 1, to).some((token) => isContentVerb(doc, token) && isFinite(doc, token));
}
