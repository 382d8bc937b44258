/**
 * Events the dateline anchors: in the lead sentences of an article dated
 *   "March 27, 2008 | EADS ... has won a #13 billion contract",
 * a clause without a date of its own that tells the news in the present
 * ("says", "is"), the present perfect ("has won") or a reporting verb
 * ("said", "announced") happened on the article's date.
 */
import type { Document, Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import { clausesOf, type Clause } from './clauses.js';
import { isContentVerb, isFinite } from './triggers.js';

const LEAD_SENTENCES = 3;
const REPORTING = new Set(['said', 'announced', 'stated', 'told', 'confirmed', 'reported', 'claimed', 'added', 'quoted', 'recommended']);

export interface LeadClause {
  clause: Clause;
  clauses: Clause[];
  trigger: Token;
}

export function leadClauses(doc: Document, dates: DateFinding[], dateline: DateFinding): LeadClause[] {
  const titleEnd = doc.title?.end ?? -1;
  const sentences = doc.sentences.filter((s) => s.end > dateline.start && s.start > titleEnd).slice(0, LEAD_SENTENCES);
  const found: LeadClause[] = [];
  for (const sentence of sentences) {
    const clauses = clausesOf(doc, sentence);
    for (const clause of clauses) {
      const start = doc.tokens[clause.first]!.start;
      const end = doc.tokens[clause.end - 1]!.end;
      // a clause with a date of its own is anchored to that date
      if (dates.some((d) => d !== dateline && (d.type === 'DATE' || d.type === 'TIME') && d.start < end && d.end > start)) continue;
      const trigger = newsVerb(doc, clause, dateline);
      if (trigger) found.push({ clause, clauses, trigger });
    }
  }
  return found;
}

/** The clause's first finite verb when it tells of the article's day. */
function newsVerb(doc: Document, clause: Clause, dateline: DateFinding): Token | null {
  for (let i = clause.first; i < clause.end; i++) {
    const token = doc.tokens[i]!;
    if (token.start < dateline.end || !isContentVerb(doc, token) || !isFinite(doc, token)) continue;
    // "have unexpectedly defeated"
    let back = i - 1;
    while (back > clause.first && doc.tokens[back]!.tags.has('Adverb')) back--;
    const perfect = /^(has|have)$/.test(doc.tokens[back]?.normal ?? '');
    const present = token.tags.has('PresentTense') && !token.tags.has('Infinitive') && !token.tags.has('Gerund');
    return perfect || present || REPORTING.has(token.normal) ? token : null;
  }
  return null;
}
