/**
 * Ranges of days inside one month, one timex per day, as factx writes every
 * range ("Nov. 20 to Dec. 11" is two dates):
 *   "March 20-22"          -> "March 20" (03-20) and "22" (03-22)
 *   "Nov. 3-5, 2024"       -> "Nov. 3" and "5, 2024", both in 2024
 *   "from 10 to 12 April"  -> "10" and "12 April"
 * The month and year written at one end hold for both; a missing year comes
 * from the reference date, as for "March 20" alone.
 */
import { formatDate } from './calendar.js';
import { type Candidate, type FinderContext, scan } from './candidate.js';
import { monthNumber } from './months.js';
import { yearOfDay } from './relative-values.js';
import { tenseAt } from './tense.js';

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const LINK = String.raw`\s*(?:-|–|—|to|through|until)\s*`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = String.raw`(?:1[6-9]|20)\d\d\b`;

// "March 20-22", "Nov. 3-5, 2024", "Sept. 9 to 11"; not "March 3-5:30" or "Nov. 2-3.5"
const MONTH_FIRST = new RegExp(
  String.raw`\b(?<from>(?<month>${MONTH})\.? (?<first>\d{1,2})${ORDINAL})${LINK}(?<to>(?<last>\d{1,2})${ORDINAL}\b(?![:.,]?\d)(?:,? (?<year>${YEAR}))?)`,
  'dg',
);
// "10-12 April", "10 to 12 April 2024"
const DAY_FIRST = new RegExp(String.raw`\b(?<from>(?<first>\d{1,2})${ORDINAL})${LINK}(?<to>(?<last>\d{1,2})${ORDINAL} (?<month>${MONTH})\b(?: (?<year>${YEAR}))?)`, 'dg');

export function findDayRanges(ctx: FinderContext): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of [MONTH_FIRST, DAY_FIRST]) {
    scan(ctx.text, pattern, (match) => {
      found.push(...bothDays(ctx, match));
      return null;
    });
  }
  return found;
}

/** Both days of a match; none when they are no range of days ("3-1", "30-31 February"). */
function bothDays(ctx: FinderContext, match: RegExpExecArray): Candidate[] {
  const { month: monthName = '', first = '', last = '', year: writtenYear } = match.groups ?? {};
  const month = monthNumber(monthName);
  const firstDay = Number(first);
  const lastDay = Number(last);
  const from = match.indices?.groups?.from;
  const to = match.indices?.groups?.to;
  if (!from || !to || month === 0 || firstDay < 1 || firstDay >= lastDay || lastDay > daysIn(month)) return [];
  const year = writtenYear ? Number(writtenYear) : ctx.ref ? yearOfDay(ctx.ref, month, firstDay, tenseAt(ctx.doc, match.index)) : null;
  const value = (day: number): string => {
    const date = formatDate({ year: year ?? 0, month, day });
    return year === null ? `XXXX${date.slice(4)}` : date;
  };
  return [
    { start: from[0], end: from[1], type: 'DATE', value: value(firstDay) },
    { start: to[0], end: to[1], type: 'DATE', value: value(lastDay) },
  ];
}

/** The most days a month can have (February: 29). */
function daysIn(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}
