/**
 * The clauses a date reaches beyond its own:
 *   "withdrew her petition in 2015 when Lamar was placed in a coma" (a "when"
 *   clause right after the date);
 *   "On Monday, markets across Asia resumed their slide, and the Nikkei fell"
 *   (a date that opens the sentence reaches its coordinated main clauses);
 *   "At 0800 UTC, the Bank of Canada, ..., and the ECB jointly announced" and
 *   "On Sunday, the Eurogroup -- that is, ... -- had agreed" (a fronted date
 *   with no verb in its clause reaches the first main clause that has one).
 */
import { firstTokenEndingAfter, firstTokenFrom, type Document, type Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import type { Clause } from './clauses.js';
import { coordinatedVerbs } from './coordination.js';
import { isFinite, triggerOf } from './triggers.js';

export interface ScopedTrigger {
  clause: Clause;
  trigger: Token;
}

/** Words that open a clause that is no main clause: "which use the euro", "that is". */
const SUBORDINATE = new Set(['when', 'that', 'who', 'which', 'whom', 'whose', 'because', 'whereas', 'while', 'where', 'since', 'although', 'though', 'after', 'before', 'amid', 'with']);
/** Words that may stand before a fronted date: "On Monday,", "Early on Tuesday,". */
const FRONT = new Set(['on', 'at', 'in', 'by', 'early', 'late', 'later', 'earlier', 'during', 'since', 'until', 'then', 'and', 'but']);

export function triggersInScope(doc: Document, clauses: Clause[], at: number, date: DateFinding): ScopedTrigger[] {
  const own = clauses[at];
  if (!own) return [];
  const found: ScopedTrigger[] = [];
  const ownTrigger = triggerOf(doc, own, date);
  if (ownTrigger) found.push({ clause: own, trigger: ownTrigger });
  if (ownTrigger) for (const verb of coordinatedVerbs(doc, own, ownTrigger)) found.push({ clause: own, trigger: verb });
  const next = clauses[at + 1];
  const lastDateToken = firstTokenFrom(doc, date.end) - 1;
  if (next && doc.tokens[next.first]!.normal === 'when' && next.first === lastDateToken + 1) {
    const trigger = triggerOf(doc, next, date);
    if (trigger) found.push({ clause: next, trigger });
  }
  if (!isFronted(doc, own, date)) return found;
  for (const clause of clauses.slice(at + 1)) {
    if (SUBORDINATE.has(doc.tokens[clause.first]!.normal)) continue;
    const trigger = triggerOf(doc, clause, date);
    if (!trigger || !isFinite(doc, trigger)) continue;
    // "..., and the Nikkei fell": a coordinated clause tells of the same past
    if (ownTrigger && !trigger.tags.has('PastTense')) break;
    found.push({ clause, trigger });
    if (!ownTrigger) break;
  }
  return found;
}

/** "On Monday, ...": the date opens its clause, which opens the sentence, and a comma follows it. */
function isFronted(doc: Document, own: Clause, date: DateFinding): boolean {
  const firstDateToken = firstTokenEndingAfter(doc, date.start);
  const lastDateToken = firstTokenFrom(doc, date.end) - 1;
  if (own.first !== doc.sentences[own.sentence]?.firstToken) return false;
  if (!doc.tokens[lastDateToken]?.post.includes(',')) return false;
  for (let i = own.first; i < firstDateToken; i++) if (!FRONT.has(doc.tokens[i]!.normal)) return false;
  return true;
}
