/**
 * A "since" date that measures a record, not an event's time:
 *   "its lowest level since 2003", "the worst fall since 1987",
 *   "the highest since 1983": the event came after that date, not on it.
 * Not "had been suspended since July 24, 2003", which dates the suspension.
 */
import { firstTokenEndingAfter, type Document } from '../../document.js';
import type { DateFinding } from '../model.js';

const REACH = 6;
/** Superlatives the tagger may miss: "its best finish since November", "the first time since 2001". */
const RECORD_WORDS = new Set(['best', 'worst', 'most', 'least', 'first']);

export function isRecordSince(doc: Document, date: DateFinding): boolean {
  const since = firstTokenEndingAfter(doc, date.start) - 1;
  if (doc.tokens[since]?.normal !== 'since') return false;
  for (let i = since - 1; i >= 0 && i >= since - REACH; i--) {
    const token = doc.tokens[i]!;
    if (/[,.;:()–—]/.test(token.post) || (token.tags.has('Verb') && !token.tags.has('Auxiliary'))) return false;
    if (token.tags.has('Superlative') || RECORD_WORDS.has(token.normal)) return true;
  }
  return false;
}
