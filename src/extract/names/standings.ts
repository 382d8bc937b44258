/**
 * League tables in wire copy: under a heading that names the columns, each
 * row is a side's name and its figures.
 *
 *   "Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :"
 *   "Liverpool 5 4 1 0 12 4 13"          a club, though Liverpool is a city
 *   "Sheffield Wednesday 5 3 0 2 7 6 9"  a club, not a person nor a weekday
 *   "NEW YORK 80 62 .563 -"              a team: wins, losses, percentage, games behind
 *
 * A batting or bowling table ("Graham Gooch 10 18 2 800 150 50.00") has no
 * won-and-lost heading: its rows are people and stay so.
 */
import type { Document } from '../../document.js';
import { cachedPerLine } from './line-cache.js';

/**
 * A name, then four or more figures: "5", "12", ".563", "-", "1/2". Each word of
 * the name opens with a letter and each figure does not, so the match is linear.
 */
const ROW = /^\s*\p{Lu}[\p{L}.'&]*(?:-\p{L}[\p{L}.'&]*)*(?:[ \t]+\p{L}[\p{L}.'&]*(?:-\p{L}[\p{L}.'&]*)*)*(?:[ \t]+(?:\d+(?:[.,/]\d+)?|\.\d+|-)){4,}\s*$/u;
/** Longer lines are prose or data, not a table's row. */
const MAX_ROW_LENGTH = 200;
/** "Standings", "league table", or columns "won ... lost" ("W L PCT GB" in American tables). */
const HEADING = /\bstandings\b|\bleague table\b|\bwon\b.*\blost\b|\bW\b.*\bL\b.*\b(?:PCT|GB|PTS)\b/i;
/** "Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :" is 90. */
const MAX_HEADING_LENGTH = 300;
/** Rows of one table a heading may stand above, blank lines and sub-headings aside. */
const MAX_LINES_ABOVE = 40;

/** The line is a row of a league table: a side's name and its figures under a heading. */
export const isStandingsRow = cachedPerLine((doc, lineIndex) => isRow(doc, lineIndex) && hasHeadingAbove(doc, lineIndex));

function lineText(doc: Document, lineIndex: number): string {
  const line = doc.lines[lineIndex]!;
  return doc.text.slice(line.start, line.end);
}

/** Each line tested once: every row looks up over the rows above it. */
const isRow = cachedPerLine((doc, lineIndex) => {
  if (lineIndex < 0 || lineIndex >= doc.lines.length) return false;
  const text = lineText(doc, lineIndex);
  return text.length <= MAX_ROW_LENGTH && ROW.test(text);
});

/** Up over the table's rows, its blank lines and sub-headings ("Eastern Division"), to its heading. */
function hasHeadingAbove(doc: Document, lineIndex: number): boolean {
  for (let index = lineIndex - 1; index >= 0 && index >= lineIndex - MAX_LINES_ABOVE; index--) {
    if (isRow(doc, index)) continue;
    const text = lineText(doc, index);
    // a paragraph of the story, not a heading
    if (text.length > MAX_HEADING_LENGTH) return false;
    if (HEADING.test(text)) return true;
    // a sentence of the story, not a heading: the table has none
    if (/\p{Ll}{3,}.*[.!?]\s*$/u.test(text) && !/:\s*$/.test(text)) return false;
  }
  return false;
}
