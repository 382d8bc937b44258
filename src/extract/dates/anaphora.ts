/**
 * Dates that point back at the one just mentioned: "in 2016 – the same year"
 * -> 2016, "that month", "that week", "the same day", "ended the day" (the day
 * in view), "late in the day", "the previous year", "the following week".
 */
import { addDays, formatDate, formatWeek, parseIsoDate } from './calendar.js';
import { shiftedUnit } from './relative-values.js';
import { scan, type Candidate, type FinderContext, type Grain } from './candidate.js';
import { weekdayFrom } from './weekday-anaphora.js';

const ANAPHOR = /\b(?:the same|that) (?<grain>year|month|week|day)\b/gi;

// "a decrease from the year before" -> the year before the one in view
const BEFORE = /\bthe (?<grain>year|month|week|day) (?<shift>before|after)\b(?=\s*(?:[,.;:)!?]|$))/gi;

// "the previous year", "the following day" -> one before or after the one in view
const PREVIOUS = /\bthe (?<shift>previous|preceding|following) (?<grain>year|month|week|day)\b|\bthe (?<next>next) (?<grain2>day)\b/gi;

// "to end the day at 7,114", "for the day", "the start of the day"
const THE_DAY = /(?<=\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|of|for) )the day\b(?! (?:before|after|when|that|of)\b)/gi;

// "rebounded late in the day", "earlier in the year": a part of the day or year in view
const PART_IN = /\b(?:early|late|later|earlier) in the (?<grain>day|month|year)\b/gi;

export function findAnaphors(ctx: FinderContext): Candidate[] {
  const build = (m: RegExpExecArray): Candidate => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: null,
    anaphor: (m.groups?.grain?.toLowerCase() ?? 'day') as Grain,
  });
  const shifted = (m: RegExpExecArray): Candidate => ({ ...build(m), shift: /^(after|following)$/i.test(m.groups?.shift ?? '') ? 1 : -1 });
  const previous = (m: RegExpExecArray): Candidate => ({
    ...shifted(m),
    anaphor: (m.groups?.grain ?? m.groups?.grain2 ?? 'day').toLowerCase() as Grain,
    shift: m.groups?.next || /^following$/i.test(m.groups?.shift ?? '') ? 1 : -1,
  });
  return [...scan(ctx.text, ANAPHOR, build), ...scan(ctx.text, THE_DAY, build), ...scan(ctx.text, PART_IN, build), ...scan(ctx.text, BEFORE, shifted), ...scan(ctx.text, PREVIOUS, previous)];
}

const GRAIN_LENGTH: Record<Grain, number> = { year: 4, month: 7, week: 10, day: 10 };

/**
 * Fills anaphors, in text order, from the closest earlier date precise enough
 * ("2016" for "the same year"); the reference date when there is none.
 */
export function resolveAnaphors(ctx: FinderContext, sorted: Candidate[]): Candidate[] {
  const resolved: Candidate[] = [];
  sorted.forEach((candidate, i) => {
    if (!candidate.anaphor) {
      resolved.push(candidate.yearAgoPart ? { ...candidate, value: partYearAgo(ctx, resolved, candidate) ?? candidate.value } : candidate);
      return;
    }
    const named = namedRightAfter(ctx, candidate, sorted[i + 1]);
    if (named) {
      resolved.push({ ...candidate, value: named });
      return;
    }
    const length = GRAIN_LENGTH[candidate.anaphor];
    // a clock time's day is not known yet: "closed at 22:30 [...] the next day"
    const from = candidate.inSentence ? sentenceStart(ctx, candidate.start) : 0;
    const antecedent = [...resolved].reverse().find((c) => c.start >= from && c.type !== 'DURATION' && c.type !== 'SET' && !c.floating && precise(c.value, length));
    const fallback = ctx.ref ? formatDate(ctx.ref) : null;
    const source = antecedent?.value ?? fallback;
    const value = source === null ? null
      : candidate.weekday ? weekdayFrom(source, candidate)
      : shiftValue(source.slice(0, length), candidate.anaphor, candidate.shift ?? 0) + quarterOf(candidate, source);
    resolved.push({ ...candidate, value });
  });
  return resolved;
}

/** "rose in the third quarter [2012-Q3] from a year earlier" -> 2011-Q3: the quarter or half is kept. */
function quarterOf(candidate: Candidate, source: string): string {
  const part = /^\d{4}(-(?:Q[1-4]|H[12]))$/.exec(source)?.[1];
  return part && candidate.inSentence && candidate.anaphor === 'year' ? part : '';
}

/** "rose in the fourth quarter [2012-Q4] from the year-ago quarter" -> 2011-Q4. */
function partYearAgo(ctx: FinderContext, resolved: Candidate[], candidate: Candidate): string | null {
  const from = sentenceStart(ctx, candidate.start);
  const part = [...resolved].reverse().find((c) => c.start >= from && /^\d{4}-(?:Q[1-4]|H[12])$/.test(c.value ?? ''));
  const value = part?.value;
  return value ? `${String(Number(value.slice(0, 4)) - 1).padStart(4, '0')}${value.slice(4)}` : null;
}

/** "by the end of the day Saturday": the day is the one named right after it. */
function namedRightAfter(ctx: FinderContext, anaphor: Candidate, next: Candidate | undefined): string | null {
  if (anaphor.anaphor !== 'day' || anaphor.shift || !next || next.type !== 'DATE' || next.anaphor) return null;
  if (!/^,? $/.test(ctx.text.slice(anaphor.end, next.start))) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(next.value ?? '') ? next.value : null;
}

function sentenceStart(ctx: FinderContext, offset: number): number {
  return ctx.doc.sentences.find((s) => offset >= s.start && offset < s.end)?.start ?? offset;
}

// "2016-05-03" is precise to the year, month and day; "2025-W09" only to the year
function precise(value: string | null, length: number): boolean {
  if (value === null) return false;
  const pattern = length === 4 ? /^\d{4}/ : length === 7 ? /^\d{4}-\d{2}/ : /^\d{4}-\d{2}-\d{2}/;
  return pattern.test(value);
}

/** "the year before" 2015 -> 2014; "the day after" 2016-05-03 -> 2016-05-04; "that week" -> 2016-W18. */
function shiftValue(value: string, grain: Grain, shift: number): string | null {
  if (grain === 'week') {
    const day = parseIsoDate(value);
    return day ? formatWeek(addDays(day, 7 * shift)) : null;
  }
  if (shift === 0) return value;
  if (grain === 'year') return String(Number(value) + shift).padStart(4, '0');
  const date = parseIsoDate(grain === 'month' ? `${value}-01` : value);
  if (!date) return null;
  return grain === 'month' ? shiftedUnit(date, 'month', shift) : formatDate(addDays(date, shift));
}
