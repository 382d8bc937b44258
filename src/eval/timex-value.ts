/** TIMEX3 value equality, allowing for GUM's intervals. */

/** "2017-W28" -> "2017-07-10/2017-07-16" (ISO week: Monday to Sunday). */
function weekInterval(value: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  const monday = jan4 + ((week - 1) * 7 - jan4Weekday) * 86_400_000;
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  return `${iso(monday)}/${iso(monday + 6 * 86_400_000)}`;
}

/**
 * Equal TIMEX3 values. GUM writes "last week" as an interval
 * ("2017-07-10/2017-07-16"); the same ISO week ("2017-W28") counts as equal.
 */
export function sameValue(pred: string | null, gold: string | null): boolean {
  if (pred === null || gold === null) return false;
  if (pred === gold) return true;
  return gold.includes('/') && weekInterval(pred) === gold;
}
