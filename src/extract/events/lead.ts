/**
 * Events the dateline anchors: in the lead sentences of an article dated
 *   "March 27, 2008 | EADS ... has won a #13 billion contract",
 * a clause without a date of its own that tells the news in the present
 * ("says", "is", the passive "are selected"), the present perfect ("has
 * won") or a reporting verb ("said", "announced") happened on the article's
 * date, and so did a verb of the same form coordinated with it ("spoke to
 * officials and asked them").
 */
import type { Document, Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import { clausesOf, type Clause } from './clauses.js';
import { coordinatedVerbs } from './coordination.js';
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
      if (!trigger) continue;
      found.push({ clause, clauses, trigger });
      for (const coordinated of coordinatedVerbs(doc, clause, trigger)) found.push({ clause, clauses, trigger: coordinated });
    }
  }
  return found;
}

/** The clause's first finite verb when it tells of the article's day. */
function newsVerb(doc: Document, clause: Clause, dateline: DateFinding): Token | null {
  for (let i = clause.first; i < clause.end; i++) {
    const token = doc.tokens[i]!;
    if (token.start < dateline.end || !isContentVerb(doc, token) || !isFinite(doc, token)) continue;
    // "have unexpectedly defeated", "has been suspended", "are selected" (a present passive)
    let back = i - 1;
    while (back > clause.first && (doc.tokens[back]!.tags.has('Adverb') || doc.tokens[back]!.normal === 'been')) back--;
    const perfect = /^(has|have)$/.test(doc.tokens[back]?.normal ?? '');
    if (/^(is|are|am)$/.test(doc.tokens[back]?.normal ?? '') && token.tags.has('PastTense')) return token;
    const present = token.tags.has('PresentTense') && !token.tags.has('Infinitive') && !token.tags.has('Gerund');
    return perfect || present || REPORTING.has(token.normal) ? passiveParticiple(doc, clause, token) ?? token : null;
  }
  return null;
}

/** "airliners are selected", "It is expected that", "is being billed": the passive's participle is the event. */
function passiveParticiple(doc: Document, clause: Clause, verb: Token): Token | null {
  if (!verb.tags.has('Copula')) return null;
  let i = verb.index + 1;
  while (i < clause.end && (doc.tokens[i]!.tags.has('Adverb') || /^(being|been)$/.test(doc.tokens[i]!.normal))) i++;
  const next = doc.tokens[i];
  // "is expected" (expected/Adjective), "are fully committed"
  const participle = next !== undefined && ((next.tags.has('Verb') && next.tags.has('PastTense')) || (next.tags.has('Adjective') && /ed$/.test(next.normal)));
  return next && participle && i < clause.end && !/[,;:]/.test(verb.post) ? next : null;
}
