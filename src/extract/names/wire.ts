/**
 * Shapes of wire copy that say what a name is by where it stands:
 *
 *   "BRUSSELS 1996-08-22", "LOS ANGELES (AP) --"   a dateline: the place filed from
 *   "Arsenal 2 West Ham 0"                         a results line: two clubs
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { cachedPerLine } from './line-cache.js';

/** A place in capitals at the head of a line, then a comma, a bracket, a dash or a date. */
export function isDateline(doc: Document, candidate: NameCandidate): boolean {
  const first = doc.tokens[candidate.first]!;
  const previous = doc.tokens[candidate.first - 1];
  if (previous && previous.line === first.line) return isDatelineRegion(doc, candidate);
  if (/\p{Ll}/u.test(candidate.text)) return false;
  const last = doc.tokens[candidate.end - 1]!;
  const next = doc.tokens[candidate.end];
  if (/^\s*\(/.test(last.post) || (next !== undefined && /^\(/.test(next.pre))) return true;
  // "LOS ANGELES, Aug 22", "HEBRON, WEST BANK 1996-08-28"; not "DOLLAR FIRMS AGAINST MARK, YEN AHEAD OF G7", a headline.
  if (/^\s*,/.test(last.post)) return next !== undefined && next.line === last.line && (!isAllCapitalsFrom(doc, next) || /\d{4}-\d{2}-\d{2}\s*$/.test(restOfLine(doc, next)));
  // "WASHINGTON - The Senate voted": a dash and ordinary text; not "CRICKET - ENGLAND FIGHT BACK", a slug.
  // "NATO-led peacekeepers": a hyphen glued to the next word makes a compound, no dateline.
  if (/^\s*[–—]|^\s+-|^-\s/.test(last.post)) return next !== undefined && next.line === last.line && !isAllCapitalsFrom(doc, next);
  if (next === undefined || next.line !== last.line || !/^\d/.test(next.text)) return false;
  // "BONN 1996-12-06", "PARIS 22 Aug"; in a headline, not "HALVORSEN HOLDINGS PROFIT JUMPS 34 PCT".
  // ("BALTIMORE 75 68 .524" below the headline is a table's row, which stands on its own too.)
  const inHeadline = doc.title !== null && first.start >= doc.title.start && first.start < doc.title.end;
  return !inHeadline || DATE_AFTER_DATELINE.test(restOfLine(doc, next));
}

const DATE_AFTER_DATELINE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}{2}|\d{1,2}\/\d{1,2}\b|\d{4}\s*$)/u;

function restOfLine(doc: Document, token: Token): string {
  const line = doc.lines[token.line];
  return line === undefined ? '' : doc.text.slice(token.start, line.end);
}

/**
 * "HEBRON , West Bank 1996-08-28", "AL-AIN , United Arab Emirates 1996-12-06": the
 * region or country after the dateline's place, before its date.
 */
function isDatelineRegion(doc: Document, candidate: NameCandidate): boolean {
  const place = doc.tokens[candidate.first - 1]!;
  const line = doc.lines[place.line]!;
  const lead = doc.text.slice(line.start, place.end);
  if (!/^\s*,\s*$/.test(place.post) || /\p{Ll}/u.test(lead) || !/\p{Lu}{2}/u.test(lead)) return false;
  const next = doc.tokens[candidate.end];
  return next !== undefined && next.line === place.line && /^\d{4}-\d{2}-\d{2}$/.test(next.text);
}

/** The rest of the line from `token` has no lower-case letter. */
function isAllCapitalsFrom(doc: Document, token: Token): boolean {
  const line = doc.lines[token.line];
  return line !== undefined && !/\p{Ll}/u.test(restOfLine(doc, token));
}

/**
 * "Arsenal 2 West Ham 0", "CHICAGO 101 New York 98", "San Diego 6 LOS ANGELES 5 (10 innings)",
 * "Toronto 3 Boston 2 (OT)": two names, each with a score of up to three figures, then a short note;
 * a side may carry its league position in brackets ("Vicenza (2) 3 Udinese (12) 1");
 * several such matches may share the line: "Hamburg 2 Freiburg 0, Dortmund 1 Schalke 1".
 */
const SIDE = String.raw`\p{Lu}[\p{L}.' -]*?(?: \(\d{1,2}\))?`;
const MATCH = String.raw`${SIDE} \d{1,3} ${SIDE} \d{1,3}(?:[ \t]*\([^()\n]{1,20}\))?`;
const RUN = String.raw`${MATCH}(?:[ \t]*[,;][ \t]*${MATCH})*[ \t]*\.?\s*$`;
const SCORE_LINE = new RegExp(String.raw`^\s*${RUN}`, 'u');
/** "Results of German first division matches: Hamburg 2 Freiburg 0, Dortmund 1 Schalke 1": a label, then the matches. */
const LABELLED_RUN = new RegExp(String.raw`^[^:\n]{3,100}:[ \t]*${RUN}`, 'u');

/** A line of two names, each with its score; or of several such matches. */
export const isScoreLine = cachedPerLine((doc, lineIndex) => {
  const line = doc.lines[lineIndex];
  return line !== undefined && SCORE_LINE.test(doc.text.slice(line.start, line.end));
});

const hasLabelledRun = cachedPerLine((doc, lineIndex) => {
  const line = doc.lines[lineIndex];
  return line !== undefined && LABELLED_RUN.test(doc.text.slice(line.start, line.end));
});

/** A line that reports matches, with or without a label before them. */
export function isResultsRunLine(doc: Document, lineIndex: number): boolean {
  return isScoreLine(doc, lineIndex) || hasLabelledRun(doc, lineIndex);
}

/** The token stands among a line's matches: on a results line, or after the label that opens them on its line. */
export function isOnResultsRun(doc: Document, token: Token): boolean {
  if (isScoreLine(doc, token.line)) return true;
  const line = doc.lines[token.line];
  return line !== undefined && hasLabelledRun(doc, token.line) && doc.text.slice(line.start, token.start).includes(':');
}

/** "OT" in "Toronto 3 Boston 2 (OT)": the note after a results line's scores, no side. */
export function isInScoreNote(doc: Document, token: Token): boolean {
  const line = doc.lines[token.line];
  if (line === undefined || !isOnResultsRun(doc, token)) return false;
  const before = doc.text.slice(line.start, token.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
