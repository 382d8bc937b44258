/** What each finder proposes before overlaps are settled. */
import type { Document } from '../../document.js';
import type { TimexType } from '../../types.js';
import type { TextRange } from '../model.js';
import type { CalendarDate } from './calendar.js';

/** The grain an anaphor copies from the date just mentioned: "the same year". */
export type Grain = 'year' | 'month' | 'week' | 'day';

export interface Candidate extends TextRange {
  type: TimexType;
  value: string | null;
  /** Set for "the same year" / "that month": the value comes from the previous date. */
  anaphor?: Grain;
  /** "the year before": -1 from the antecedent's year. */
  shift?: number;
  /** "the following Monday": the weekday (1-7) counted from the antecedent day. */
  weekday?: number;
  /** "the next Tuesday night": the part of that day, "NI". */
  dayPart?: string;
  /** "the year-ago quarter": the quarter or half named before it in the sentence, a year back. */
  yearAgoPart?: boolean;
  /** "In 2010 profit rose from a year earlier": the antecedent only from the same sentence. */
  inSentence?: boolean;
  /** A clock time whose day was taken from the reference date: "at 18:00 UTC". */
  floating?: boolean;
  /** Breaks ties between overlapping candidates of equal length: higher wins. */
  priority?: number;
}

export interface FinderContext {
  doc: Document;
  text: string;
  /** The publication date; null when unknown (relative values are then null). */
  ref: CalendarDate | null;
}

export type Finder = (ctx: FinderContext) => Candidate[];

/** Runs a global regex over the text and maps each match (null to skip). */
export function scan(
  text: string,
  pattern: RegExp,
  build: (match: RegExpExecArray) => Candidate | null,
): Candidate[] {
  // exec on the pattern itself, not matchAll: matchAll runs a copy of the regexp,
  // compiled afresh on each call when the process started from the V8 snapshot
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += 1;
    const candidate = build(match);
    if (candidate) found.push(candidate);
  }
  pattern.lastIndex = 0;
  return found;
}

/** The span of a match, optionally of one named group inside it. */
export function spanOf(match: RegExpExecArray, group?: string): TextRange {
  const whole = match[0];
  const part = group === undefined ? whole : match.groups?.[group];
  if (part === undefined) return { start: match.index, end: match.index + whole.length };
  const offset = whole.indexOf(part);
  return { start: match.index + offset, end: match.index + offset + part.length };
}
