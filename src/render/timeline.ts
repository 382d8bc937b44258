/** The events in date order, for the table's Timeline section. */
import type { DateMention, Event, Facts } from '../types.js';

export interface TimelineEntry {
  event: Event;
  date: DateMention | undefined;
}

/** Events sorted by their date's value; undated or unplaceable ones last, in text order. */
export function timeline(facts: Facts): TimelineEntry[] {
  const dates = new Map(facts.dates.map((date) => [date.id, date]));
  return facts.events
    .map((event, index) => {
      const date = dates.get(event.date);
      return { entry: { event, date }, index, key: timexSortKey(date?.value ?? null) };
    })
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ entry }) => entry);
}

const PART_MONTH: Record<string, string> = {
  Q1: '01', Q2: '04', Q3: '07', Q4: '10', H1: '01', H2: '07',
  SP: '03', SU: '06', FA: '09', WI: '12',
};

/**
 * A string that sorts TIMEX3 values chronologically, or null for values that
 * have no place on a timeline ("P4Y", "XXXX-03-03", "PRESENT_REF").
 * "2013" < "2013-05" < "2013-05-01" < "2013-05-01T14:00".
 */
export function timexSortKey(value: string | null): string | null {
  if (value === null) return null;
  // "2025-W09-WE" -> the Saturday of ISO week 9; "2025-W09" -> its Monday
  const week = /^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?/.exec(value);
  if (week) {
    const day = week[3] === 'WE' ? 6 : Number(week[3] ?? 1);
    return isoWeekDay(Number(week[1]), Number(week[2]), day);
  }
  // "2025-Q1", "2025-SU"
  const part = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (part) return `${part[1]}-${PART_MONTH[part[2] ?? ''] ?? '01'}`;
  // "201" (the 2010s), "19" (the 1900s)
  if (/^\d{2,3}$/.test(value)) return value.padEnd(4, '0');
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$/.test(value) ? value : null;
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

// ISO week: week 1 holds January 4th; days 1 (Monday) to 7. UTC, so TZ-proof.
function isoWeekDay(year: number, week: number, day: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Day = (new Date(jan4).getUTCDay() + 6) % 7;
  const time = jan4 + ((week - 1) * 7 + (day - 1) - jan4Day) * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
