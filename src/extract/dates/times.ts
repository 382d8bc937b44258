/**
 * Clock times and the day they fall on. TimeML keeps a time and its day in one
 * expression: "at 2:30 the next day", "10 a.m. Friday". A time without a day
 * of its own takes the day its sentence names ("Tuesday ... at 18:00 UTC"),
 * else, in a past clause, the day last named before it when that day is near
 * the reference date ("The election was held on Sunday ... the polls closed at
 * 22:30"), else the reference date.
 */
import { parseIsoDate, toEpochDays } from './calendar.js';
import type { Candidate, FinderContext } from './candidate.js';
import { tenseAt } from './tense.js';
import { firstTokenFrom } from '../../document.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// "2:30 the next day", "9 p.m., Sunday": the day right after the time
const JOIN_GAP = /^,? $/;

/** Joins each clock time with the day written right after it: one TIME. */
export function joinTimesAndDays(ctx: FinderContext, sorted: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const time = sorted[i]!;
    const day = sorted[i + 1];
    if (time.type === 'TIME' && time.floating && day && isDay(day) && JOIN_GAP.test(ctx.text.slice(time.end, day.start))) {
      const value = time.value === null || day.value === null ? null : `${day.value}${time.value.slice(10)}`;
      joined.push({ start: time.start, end: day.end, type: 'TIME', value });
      i += 1;
    } else joined.push(time);
  }
  return joined;
}

function isDay(candidate: Candidate): boolean {
  return candidate.type === 'DATE' && !candidate.floating && DAY_ONLY.test(candidate.value ?? '');
}

/** The value of a floating time put on its day: 2025-02-25T18:00Z. */
export function anchorTime(ctx: FinderContext, sorted: Candidate[], time: Candidate, value: string): string {
  const day = namedInSentence(ctx, sorted, time) ?? (tenseAt(ctx.doc, time.start) === 'past' ? lastNamedBefore(ctx, sorted, time) : undefined);
  return day?.value ? `${day.value.slice(0, 10)}${value.slice(10)}` : value;
}

/**
 * "made its first test flight Tuesday ... at 18:00 UTC" -> Tuesday; a day the
 * time is attached to comes first: "from 9 a.m. to 5 p.m. on Friday",
 * "at 6:40 p.m. local time on Sunday".
 */
function namedInSentence(ctx: FinderContext, sorted: Candidate[], time: Candidate): Candidate | undefined {
  const sentence = ctx.doc.sentences.find((s) => time.start >= s.start && time.start < s.end);
  if (!sentence) return undefined;
  const days = sorted.filter((c) => c !== time && !c.floating && !c.anaphor && c.start >= sentence.start && c.end <= sentence.end && DAY.test(c.value ?? ''));
  const after = days.find((c) => c.start >= time.end);
  if (after && attached(ctx, time.end, after.start)) return after;
  return days.filter((c) => c.end <= time.start).pop();
}

// "9 a.m. to 5 p.m. on Friday": no clause break and no verb between a time and its day
const GAP_BREAK = /[,;:"“”()—]/;
// "10:30 a.m. local time (0830 GMT) on Sunday": the other clock in brackets does not break it
const ASIDE = /^\)|\([^()\d]{0,10}\d[^()]{0,12}\)/g;

function attached(ctx: FinderContext, from: number, to: number): boolean {
  if (to - from > 40 || GAP_BREAK.test(ctx.text.slice(from, to).replace(ASIDE, ''))) return false;
  const words = ctx.doc.tokens.slice(firstTokenFrom(ctx.doc, from), firstTokenFrom(ctx.doc, to));
  return !words.some((word) => word.tags.has('Verb'));
}

// a day further than this from the reference date is a story's background ("born on May 3, 1950")
const NEAR_DAYS = 31;

/** "The election was held on Sunday. [...] the polls closed at 22:30" -> Sunday. */
function lastNamedBefore(ctx: FinderContext, sorted: Candidate[], time: Candidate): Candidate | undefined {
  const last = sorted.filter((c) => c.end <= time.start && !c.floating && c.type !== 'DURATION' && c.type !== 'SET' && DAY.test(c.value ?? '')).pop();
  const day = parseIsoDate(last?.value?.slice(0, 10) ?? null);
  if (!day || !ctx.ref || Math.abs(toEpochDays(day) - toEpochDays(ctx.ref)) > NEAR_DAYS) return undefined;
  return last;
}
