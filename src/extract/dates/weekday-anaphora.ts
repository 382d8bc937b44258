/**
 * A weekday counted from the day in view, not from the reference date: "The
 * fire started on Feb. 2. The following Monday, crews left" -> the Monday after
 * February 2; "the previous Friday" -> the Friday before it.
 */
import { formatDate, parseIsoDate } from './calendar.js';
import { scan, type Candidate, type FinderContext } from './candidate.js';
import { weekdayDate } from './relative-values.js';
import { PARTS, WEEKDAYS } from './weekdays.js';


const RELATIVE_WEEKDAY = /\bthe (?<shift>next|following|previous|preceding|prior) (?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?<part>morning|afternoon|evening|night))?\b/gi;

export function findRelativeWeekdays(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, RELATIVE_WEEKDAY, (m) => {
    const g = m.groups ?? {};
    const part = g.part ? PARTS[g.part.toLowerCase()] : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: part ? 'TIME' : 'DATE',
      value: null,
      anaphor: 'day',
      shift: /^(next|following)$/i.test(g.shift ?? '') ? 1 : -1,
      weekday: WEEKDAYS.indexOf((g.day ?? '').toLowerCase()) + 1,
      ...(part ? { dayPart: part } : {}),
    };
  });
}

/** The weekday after (or before) the antecedent day "2024-02-02": "2024-02-05", "2024-02-05TNI". */
export function weekdayFrom(source: string, anaphor: Candidate): string | null {
  const day = parseIsoDate(source.slice(0, 10));
  if (!day || anaphor.weekday === undefined) return null;
  const date = formatDate(weekdayDate(day, anaphor.weekday, (anaphor.shift ?? 1) > 0 ? 'next' : 'last'));
  return anaphor.dayPart ? `${date}T${anaphor.dayPart}` : date;
}
