/**
 * A short "who did what" line for an event:
 *   "The Good American founder ultimately filed for divorce in 2013"
 *   -> "Khloé Kardashian filed for divorce"
 *   "The divorce was finalized in 2016" -> "The divorce was finalized"
 */
import type { Document, Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import type { Clause } from './clauses.js';
import type { Participants } from './participants.js';

const MAX_WORDS = 10;
const MAX_SUBJECT_WORDS = 5;
const PREPOSITIONS = new Set(['in', 'on', 'at', 'over', 'during', 'since', 'until', 'by', 'from', 'of']);
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'when', 'because', 'while', 'where']);

/** `nameOf` gives the name of a participant that can be a subject, or "". */
export function summarize(doc: Document, clause: Clause, trigger: Token, date: DateFinding, who: Participants, nameOf: (entity: number) => string): string {
  let first = trigger.index;
  // "was placed", "did not get": the auxiliaries stay with their verb.
  while (first > clause.first && isAuxiliary(doc.tokens[first - 1]!)) first--;
  const subject = subjectOf(doc, clause, first, trigger, who, nameOf);
  let last = trigger.index;
  for (let i = trigger.index + 1; i < clause.end && i - first < MAX_WORDS; i++) {
    const token = doc.tokens[i]!;
    if (startsDate(doc, i, date) || CLAUSE_WORDS.has(token.normal)) break;
    last = i;
    if (/[,;:–—"”(]/.test(token.post)) break;
  }
  const what = doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end).replace(/\s+/g, ' ');
  return subject === '' ? what : `${subject} ${what}`;
}

/** The people (or else organizations) named before the verb; else the clause's own words. */
function subjectOf(doc: Document, clause: Clause, first: number, trigger: Token, who: Participants, nameOf: (entity: number) => string): string {
  const names = who.entities.filter((entity) => (who.positions.get(entity) ?? Infinity) < trigger.start).map(nameOf).filter((name) => name !== '');
  if (names.length > 0) return names.join(' and ');
  let from = clause.first;
  while (from < first && /^(but|and|so|yet|while|when|with)$/.test(doc.tokens[from]!.normal)) from++;
  if (from >= first || first - from > MAX_SUBJECT_WORDS) return '';
  return doc.text.slice(doc.tokens[from]!.start, doc.tokens[first - 1]!.end).replace(/\s+/g, ' ');
}

/** The date, or a preposition that introduces it: "in 2013". */
function startsDate(doc: Document, index: number, date: DateFinding): boolean {
  const token = doc.tokens[index]!;
  if (token.end > date.start && token.start < date.end) return true;
  const next = doc.tokens[index + 1];
  return PREPOSITIONS.has(token.normal) && next !== undefined && next.start >= date.start && next.start < date.end;
}

function isAuxiliary(token: Token): boolean {
  return token.tags.has('Auxiliary') || token.tags.has('Negative') || token.tags.has('Modal');
}
