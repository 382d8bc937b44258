/**
 * Calendar arithmetic in UTC only, so that values never depend on the
 * machine's time zone or on today's date.
 */

export interface CalendarDate {
  year: number;
  /** 1-12. */
  month: number;
  /** 1-31. */
  day: number;
}

const DAY_MS = 86_400_000;

/** "2025-03-03" -> { year: 2025, month: 3, day: 3 }; anything else -> null. */
export function parseIsoDate(text: string | null): CalendarDate | null {
  const match = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const back = fromEpochDays(toEpochDays(date));
  return back.month === date.month && back.day === date.day ? date : null;
}

export function toEpochDays(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

export function fromEpochDays(days: number): CalendarDate {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDays(toEpochDays(date) + days);
}

/** The month `months` away, as { year, month }: (2025, 1) - 2 -> (2024, 11). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDays(date) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week: 2025-03-03 -> { year: 2025, week: 10 }. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toEpochDays(thursday) - toEpochDays(jan1)) / 7) + 1;
  return { year: thursday.year, week };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2025-W09" */
export function formatWeek(date: CalendarDate): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatTime(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}
