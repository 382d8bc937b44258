/**
 * Temporal expressions (TIMEX3): every date, time, duration and set in the
 * text, with its span, type and value resolved against the reference date.
 *
 * find (one finder per kind of expression) -> merge overlaps -> resolve
 * anaphors ("the same year") -> order range ends ("Friday to Sunday") -> join times and days ("2:30 the next day")
 * -> refine spans and days -> DateFinding.
 */
import type { Document } from '../../document.js';
import type { DateFinding } from '../model.js';
import { findAnaphors, resolveAnaphors } from './anaphora.js';
import { parseIsoDate } from './calendar.js';
import { datelineValue } from './dateline.js';
import { findDayRanges } from './day-ranges.js';
import type { Finder, FinderContext } from './candidate.js';
import { findChronoDates } from './chrono-dates.js';
import { findClockTimes } from './clock-times.js';
import { findDurations } from './durations.js';
import { findHolidays } from './holidays.js';
import { mergeCandidates } from './merge.js';
import { findPeriods } from './periods.js';
import { orderRanges } from './ranges.js';
import { refine } from './refine.js';
import { findMonths, findQuarters, findSeasons } from './months.js';
import { findAgo, findDayWords, findReferenceWords, findShiftedUnits, findWeekends } from './relative.js';
import { findSets } from './sets.js';
import { joinTimesAndDays } from './times.js';
import { findRelativeWeekdays } from './weekday-anaphora.js';
import { findWeekdays } from './weekdays.js';
import { findYears } from './years.js';

const FINDERS: Finder[] = [
  findChronoDates,
  findDayRanges,
  findClockTimes,
  findYears,
  findMonths,
  findSeasons,
  findQuarters,
  findWeekdays,
  findHolidays,
  findDayWords,
  findShiftedUnits,
  findAgo,
  findWeekends,
  findReferenceWords,
  findDurations,
  findSets,
  findPeriods,
  findAnaphors,
  findRelativeWeekdays,
];

export function findDates(doc: Document, referenceDate: string | null): DateFinding[] {
  const ctx: FinderContext = { doc, text: doc.text, ref: parseIsoDate(referenceDate) };
  const merged = mergeCandidates(FINDERS.flatMap((find) => find(ctx)));
  return refine(ctx, joinTimesAndDays(ctx, orderRanges(ctx, resolveAnaphors(ctx, merged)))).map(({ start, end, type, value }) => ({
    text: doc.text.slice(start, end),
    start,
    end,
    type,
    value,
  }));
}

/**
 * The article's own date when no reference date is given: its dateline,
 * "February 03, 2009" under the title or "Friday, July 21, 2017"; else null.
 */
export function findDocumentDate(doc: Document): string | null {
  return datelineValue(doc, findDates(doc, null));
}
