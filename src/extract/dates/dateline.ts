/**
 * The article's own date: a full date at the start of one of its first lines,
 *   "Boeing unveils new 787 Dreamliner\n\nJuly 09, 2007\n\nAircraft ..."
 *   "Sunday, August 2, 2015", "September 01, 2007 A test flight of ..."
 *   "BRUSSELS 1996-08-22", "AL-AIN , United Arab Emirates 1996-12-06" (wire copy)
 * It serves as the reference date when none is given, and anchors the lead's
 * events when the article says nothing more precise.
 */
import type { Document } from '../../document.js';
import type { DateFinding } from '../model.js';

const FIRST_LINES = 6;
// "2009-02-03"; "1996-08-22T17:43" from "1996-08-22 17:43:00"
const FULL_DAY = /^\d{4}-\d{2}-\d{2}(?:T|$)/;

// "WASHINGTON, ", "Los Angeles, California - ": a place dateline before the date
const PLACE_PREFIX = /^(?:\p{Lu}[\p{L} .'’-]*(?:,\s*\p{L}[\p{L} .'’-]*)*\s*[,–—-]\s*)?$/u;

// "BRUSSELS ", "AL-AIN , United Arab Emirates ", "LONDON (Reuters) ": wire copy puts the
// date after the place in capitals without a separator
const WIRE_PREFIX = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*(?:\s*,\s*\p{Lu}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*)*)*(?: \([\p{L} ]+\))?\s+$/u;
const MAX_PREFIX = 40;

/** Index into `dates` of the dateline, or -1. */
export function datelineIndex(doc: Document, dates: DateFinding[]): number {
  const lines = doc.lines.filter((line) => line.end > line.start).slice(0, FIRST_LINES);
  return dates.findIndex((date) => {
    if (date.type === 'DURATION' || date.type === 'SET' || date.value === null || !FULL_DAY.test(date.value)) return false;
    const line = lines.find((l) => date.start >= l.start && date.end <= l.end);
    const prefix = line === undefined ? '' : doc.text.slice(line.start, date.start);
    return line !== undefined && prefix.length <= MAX_PREFIX && (PLACE_PREFIX.test(prefix) || WIRE_PREFIX.test(prefix));
  });
}

/** The dateline's value, "2009-02-03", or null when the article has none. */
export function datelineValue(doc: Document, dates: DateFinding[]): string | null {
  return dates[datelineIndex(doc, dates)]?.value?.slice(0, 10) ?? null;
}
