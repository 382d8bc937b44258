/**
 * Dates that measure a record or a change, not an event's time:
 *   "its lowest level since 2003", "the worst fall since 1987",
 *   "the highest since 1983", "fell two percent from Monday's closing price",
 *   "an increase of 54 points from March 12": the event came after that date.
 * Not "had been suspended since July 24, 2003", which dates the suspension,
 * nor "from 2009 to 2011", a range.
 */
import { firstTokenEndingAfter, firstTokenFrom, type Document } from '../../document.js';
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

/** "fell two percent from Monday's closing price": a change's starting point, with no end of range after it. */
export function isComparisonFrom(doc: Document, date: DateFinding): boolean {
  const from = firstTokenEndingAfter(doc, date.start) - 1;
  if (doc.tokens[from]?.normal !== 'from') return false;
  const after = doc.tokens[firstTokenFrom(doc, date.end)];
  const lastDateToken = doc.tokens[firstTokenFrom(doc, date.end) - 1];
  return !(after && /^(to|until|till|through|thru)$/.test(after.normal)) && !/[-–—]/.test(lastDateToken?.post ?? '');
}

/** "raised rates for the third time this year": the date counts the times, the event has its own. */
export function isCountOfTimes(doc: Document, date: DateFinding): boolean {
  const time = doc.tokens[firstTokenEndingAfter(doc, date.start) - 1];
  if (!time || !/^times?$/.test(time.normal) || /[,.;:()]/.test(time.post)) return false;
  const count = doc.tokens[time.index - 1];
  return count !== undefined && (count.tags.has('Value') || count.tags.has('Ordinal') || RECORD_WORDS.has(count.normal) || count.normal === 'last');
}
