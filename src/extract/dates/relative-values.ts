/**
 * TIMEX3 values of expressions that count from the reference date:
 * "last week" -> 2025-W09, "three years ago" -> 2022, "Friday" -> 2025-02-28.
 */
import {
  addDays, addMonths, formatDate, formatMonth, formatWeek, formatYear, isoWeekday, toEpochDays,
  type CalendarDate,
} from './calendar.js';
import type { Tense } from './tense.js';

export type Unit = 'year' | 'month' | 'week' | 'day' | 'quarter' | 'decade' | 'century' | 'hour' | 'minute';

/** "last week" (offset -1), "this year" (0), "next month" (+1). */
export function shiftedUnit(ref: CalendarDate, unit: Unit, offset: number): string | null {
  switch (unit) {
    case 'year': return formatYear(ref.year + offset);
    case 'decade': return String(Math.floor(ref.year / 10) + offset).padStart(3, '0');
    case 'century': return String(Math.floor(ref.year / 100) + offset).padStart(2, '0');
    case 'month': {
      const { year, month } = addMonths(ref.year, ref.month, offset);
      return formatMonth(year, month);
    }
    case 'quarter': {
      const { year, month } = addMonths(ref.year, ref.month, offset * 3);
      return `${formatYear(year)}-Q${Math.ceil(month / 3)}`;
    }
    case 'week': return formatWeek(addDays(ref, offset * 7));
    case 'day': return formatDate(addDays(ref, offset));
    default: return null;
  }
}

/** "three years ago" -> 2022; "a week ago" -> 2025-02-24; "two months ago" -> 2025-01. */
export function agoValue(ref: CalendarDate, amount: number, unit: Unit): string | null {
  if (!Number.isInteger(amount)) return null;
  switch (unit) {
    case 'year': return formatYear(ref.year - amount);
    case 'decade': return formatYear(ref.year - amount * 10);
    case 'century': return formatYear(ref.year - amount * 100);
    case 'month': return shiftedUnit(ref, 'month', -amount);
    case 'quarter': return shiftedUnit(ref, 'quarter', -amount);
    case 'week': return formatDate(addDays(ref, -7 * amount));
    case 'day': return formatDate(addDays(ref, -amount));
    case 'hour': return formatDate(addDays(ref, -Math.floor(amount / 24)));
    case 'minute': return formatDate(ref);
  }
}

export type Direction = 'last' | 'next' | 'this' | Tense;

/**
 * The date of a weekday: "last Friday" strictly before the reference date,
 * "next Friday" strictly after, "this Friday" in its week, and a bare
 * "Friday" on or before it in a past clause, on or after it in a future one.
 */
export function weekdayDate(ref: CalendarDate, weekday: number, direction: Direction): CalendarDate {
  const today = isoWeekday(ref);
  switch (direction) {
    case 'this': return addDays(ref, weekday - today);
    case 'last': return addDays(ref, -(((today - weekday + 7) % 7) || 7));
    case 'next': return addDays(ref, ((weekday - today + 7) % 7) || 7);
    // "announces on Monday" (ref Wednesday) looks back, "begins Friday" ahead: the nearer one
    case 'present': {
      const back = (today - weekday + 7) % 7;
      return addDays(ref, back <= 3 ? -back : 7 - back);
    }
    case 'past': return addDays(ref, -((today - weekday + 7) % 7));
    case 'future': return addDays(ref, (weekday - today + 7) % 7);
  }
}

/** "over the weekend" in a past clause -> the weekend before: 2025-W09-WE. */
export function weekendValue(ref: CalendarDate, direction: Direction): string {
  const saturday = direction === 'last' || direction === 'past' || direction === 'present'
    ? weekdayDate(ref, 6, isoWeekday(ref) === 7 ? 'this' : 'last')
    : weekdayDate(ref, 6, direction === 'this' ? 'future' : direction === 'next' ? 'next' : 'future');
  return `${formatWeek(saturday)}-WE`;
}

/** The year of a month named without one: "in March", past clauses look back. */
export function yearOfMonth(ref: CalendarDate, month: number, direction: Direction): number {
  if (direction === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (direction === 'next') return month > ref.month ? ref.year : ref.year + 1;
  if (direction === 'past') return month <= ref.month ? ref.year : ref.year - 1;
  if (direction === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  if (direction === 'present') return presentYear(ref, month, 15);
  return ref.year;
}

// a news present reports the recent past ("Unemployment rises to 5% in February")
// or tells a schedule ("The plant closes in November"): up to this many days back
const PRESENT_DAYS_BACK = 100;

/** The year that puts month/day within about three months before the reference date or the nine after. */
function presentYear(ref: CalendarDate, month: number, day: number): number {
  const offset = (year: number): number => toEpochDays({ year, month, day }) - toEpochDays(ref);
  return [ref.year - 1, ref.year, ref.year + 1].find((year) => offset(year) >= -PRESENT_DAYS_BACK && offset(year) < 366 - PRESENT_DAYS_BACK) ?? ref.year;
}

/** "March 3" without a year: the year whose March 3 fits the clause's tense. */
export function yearOfDay(ref: CalendarDate, month: number, day: number, direction: Direction): number {
  if (month !== ref.month) return yearOfMonth(ref, month, direction);
  if (direction === 'past' || direction === 'last') return day <= ref.day ? ref.year : ref.year - 1;
  if (direction === 'next') return day >= ref.day ? ref.year : ref.year + 1;
  // "is to run from January 23" (ref January 28): a day just past is this year's, not next year's
  if (direction === 'future') return day >= ref.day - 14 ? ref.year : ref.year + 1;
  if (direction === 'present') return presentYear(ref, month, day);
  return ref.year;
}
