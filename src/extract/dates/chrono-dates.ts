/**
 * Calendar dates and clock times found by chrono-node's strict English parser:
 * "Friday, July 21, 2017", "March 3", "7/8/07", "2:30 p.m.", "16:08 UTC".
 * Only the components chrono is certain of are used; the year of "March 3" and
 * the day of "2:30 p.m." come from the reference date, never from local time.
 */
import * as chrono from 'chrono-node/en';
import { formatDate, formatTime, type CalendarDate } from './calendar.js';
import type { Candidate, FinderContext } from './candidate.js';
import { yearOfDay } from './relative-values.js';
import { tenseAt } from './tense.js';

type Components = chrono.ParsedResult['start'];

/** A fixed instant: chrono needs one, the values never depend on it. */
const NEUTRAL_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

// "may 5 percent", "march 3 miles": month words written in lower case are not months
const LOWERCASE_MONTH = /^(may|march|jan|mar|sept?|dec)\b/;

// "Nov. 20 to Dec. 11": chrono joins a range into one result, timexes are per date
const RANGE_SEPARATOR = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*/;

// "Feb. 27-March 2": chrono reads "27-March" as a date; with an en dash (same length) it sees the range
const ABBREVIATED_RANGE = /(\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\. \d{1,2})-(?=[A-Z][a-z]+\.? \d)/g;

export function findChronoDates(ctx: FinderContext): Candidate[] {
  const found: Candidate[] = [];
  for (const result of parse(ctx.text.replace(ABBREVIATED_RANGE, '$1–'), ctx.ref)) {
    // "one month after", "after four years": durations misread as dates
    if (result.start.tags().has('result/relativeDate')) continue;
    if (LOWERCASE_MONTH.test(result.text)) continue;
    if (result.text.includes('\n')) found.push(...reparseLines(ctx, result));
    else if (result.end) found.push(...splitRange(ctx, result));
    else found.push(toCandidate(ctx, result.index, result.text, result.start));
  }
  return found.map((candidate) => trim(ctx.text, candidate)).filter((c) => isPlausible(ctx.text, c));
}

// "at 22:30", "from 6:00am", "on 11 December": the preposition stays outside
const LEADING_WORD = /^(?:at|from|on|in|by|since|until|till|after|before|of)\s+/i;

function trim(text: string, candidate: Candidate): Candidate {
  const span = text.slice(candidate.start, candidate.end);
  const lead = LEADING_WORD.exec(span)?.[0].length ?? 0;
  const trail = span.length - span.trimEnd().length;
  return { ...candidate, start: candidate.start + lead, end: candidate.end - trail };
}

// "closing at 8,579.19", "increased from 9 to 10": numbers, not clock times
function isPlausible(text: string, candidate: Candidate): boolean {
  if (candidate.type !== 'TIME') return true;
  const span = text.slice(candidate.start, candidate.end);
  if (/^\d+(?:[.,]\d+)?$/.test(span)) return false;
  return !/^[.,]\d/.test(text.slice(candidate.end, candidate.end + 2));
}

// "until Friday\n\nSeptember 18, 2008": a headline and a dateline, one line each
function reparseLines(ctx: FinderContext, result: chrono.ParsedResult): Candidate[] {
  const found: Candidate[] = [];
  let offset = 0;
  for (const line of result.text.split('\n')) {
    for (const part of parse(line, ctx.ref)) {
      if (!part.end) found.push(toCandidate(ctx, result.index + offset + part.index, part.text, part.start));
    }
    offset += line.length + 1;
  }
  return found;
}

function parse(text: string, ref: CalendarDate | null): chrono.ParsedResult[] {
  const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : NEUTRAL_INSTANT;
  return chrono.strict.parse(text, { instant, timezone: 0 });
}

function splitRange(ctx: FinderContext, result: chrono.ParsedResult): Candidate[] {
  const separator = RANGE_SEPARATOR.exec(result.text);
  if (!separator) return [toCandidate(ctx, result.index, result.text, result.start)];
  const pieces = [
    { offset: 0, text: result.text.slice(0, separator.index) },
    { offset: separator.index + separator[0].length, text: result.text.slice(separator.index + separator[0].length) },
  ];
  return pieces.flatMap((piece) =>
    parse(piece.text, ctx.ref)
      .filter((part) => !part.end && part.index === 0 && part.text === piece.text.trim())
      .map((part) => toCandidate(ctx, result.index + piece.offset, part.text, part.start)),
  );
}

function toCandidate(ctx: FinderContext, start: number, text: string, components: Components): Candidate {
  const end = start + text.length;
  const date = datePart(ctx, start, components);
  if (!components.isCertain('hour')) return { start, end, type: 'DATE', value: date };
  const hour = components.get('hour') ?? 0;
  const minute = components.get('minute') ?? 0;
  // "16:08 UTC" -> 2008-09-17T16:08Z
  const zone = components.isCertain('timezoneOffset') && components.get('timezoneOffset') === 0 ? 'Z' : '';
  const day = date ?? (ctx.ref ? formatDate(ctx.ref) : null);
  const value = day === null ? null : `${day}T${formatTime(hour, minute)}${zone}`;
  return { start, end, type: 'TIME', value, floating: date === null };
}

/** The date chrono is certain of, its missing year taken from the reference date. */
function datePart(ctx: FinderContext, offset: number, components: Components): string | null {
  if (!components.isCertain('day') || !components.isCertain('month')) return null;
  const month = components.get('month') ?? 1;
  const day = components.get('day') ?? 1;
  if (components.isCertain('year')) return formatDate({ year: components.get('year') ?? 0, month, day });
  // "March 3": "XXXX-03-03" without a reference date
  if (!ctx.ref) return `XXXX-${formatDate({ year: 0, month, day }).slice(5)}`;
  return formatDate({ year: yearOfDay(ctx.ref, month, day, tenseAt(ctx.doc, offset)), month, day });
}
