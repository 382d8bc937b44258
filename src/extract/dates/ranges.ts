/**
 * The two ends of a range written without years or weeks come in order:
 * "from Friday to Sunday" (reference Wednesday) is this Friday to the Sunday
 * after it, "from November to February" November to the February after it.
 */
import { addDays, formatDate, parseIsoDate, toEpochDays } from './calendar.js';
import type { Candidate, FinderContext } from './candidate.js';
import { tenseAt } from './tense.js';

// "Friday to Sunday", "Friday through Sunday", "Friday-Sunday", "between Friday and Sunday"
const LINK = /^\s*(?:to|through|thru|until|till|[-–])\s*$/i;
const BETWEEN_LINK = /^\s*and\s*$/i;
const BETWEEN = /\bbetween\s+$/i;

// "the vote was moved from Tuesday to Monday": a change of date, not a range
const RESCHEDULED = /\b(?:moved|moving|brought forward|advanced|rescheduled|changed|shifted|switched)\b[^.;]*$/i;

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
// an end with a written year ("to Jan. 2, 2024", "'09") is already fixed; "Dec. 28, 2024 to Jan. 2" is not
const WRITTEN_YEAR = /\d{4}|'\d\d/;

export function orderRanges(ctx: FinderContext, sorted: Candidate[]): Candidate[] {
  const ordered = [...sorted];
  for (let i = 0; i + 1 < ordered.length; i += 1) {
    const first = ordered[i]!;
    const last = ordered[i + 1]!;
    if (!isRange(ctx, first, last) || first.value === null || last.value === null) continue;
    // same shape, the end before the start: "2024-03-15" .. "2024-03-10"
    if (first.value.length !== last.value.length || last.value >= first.value) continue;
    const later = laterEnd(ctx, last);
    if (later) ordered[i + 1] = { ...last, value: later };
    else {
      const earlier = earlierStart(ctx, first);
      if (earlier) ordered[i] = { ...first, value: earlier };
    }
  }
  return ordered;
}

function isRange(ctx: FinderContext, first: Candidate, last: Candidate): boolean {
  if (first.type !== 'DATE' || last.type !== 'DATE' || first.anaphor || last.anaphor) return false;
  const gap = ctx.text.slice(first.end, last.start);
  if (RESCHEDULED.test(ctx.text.slice(Math.max(0, first.start - 60), first.start))) return false;
  if (LINK.test(gap)) return true;
  return BETWEEN_LINK.test(gap) && BETWEEN.test(ctx.text.slice(Math.max(0, first.start - 12), first.start));
}

function written(ctx: FinderContext, c: Candidate): string {
  return ctx.text.slice(c.start, c.end);
}

/**
 * "Friday to Sunday": the Sunday a week on, unless that passes the reference
 * date in a past clause ("ran from Friday to Sunday" on a Saturday: last week's);
 * "November to February", "Dec. 28 to Jan. 6": the year after.
 */
function laterEnd(ctx: FinderContext, last: Candidate): string | null {
  const text = written(ctx, last);
  if (WRITTEN_YEAR.test(text)) return null;
  if (WEEKDAY.test(text)) {
    const day = parseIsoDate(last.value);
    if (!day || !ctx.ref) return null;
    const moved = addDays(day, 7);
    const pastRef = toEpochDays(moved) > toEpochDays(ctx.ref);
    return pastRef && tenseAt(ctx.doc, last.start) === 'past' ? null : formatDate(moved);
  }
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?)$/.exec(last.value ?? '');
  return m ? `${Number(m[1]) + 1}${m[2]}` : null;
}

/** "ran from Friday to Sunday" (reference Saturday): the Friday of last week. */
function earlierStart(ctx: FinderContext, first: Candidate): string | null {
  if (!WEEKDAY.test(written(ctx, first))) return null;
  const day = parseIsoDate(first.value);
  return day ? formatDate(addDays(day, -7)) : null;
}
