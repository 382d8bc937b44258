/**
 * Last touches once values are known: TimeML-style spans that take in their
 * modifiers ("the start of this year", "early 1988"), clock times put on
 * their day (times.ts), and "the September 11
 * attacks", which happened in 2001 whatever the article's year.
 */
import type { Candidate, FinderContext } from './candidate.js';
import { anchorTime } from './times.js';

// "the start of this year", "the end of the day", "the rest of 2009"
const PART_OF = /\bthe (?:start|beginning|end|middle|close|rest|remainder) of $/i;

// "early 1988", "late March", "mid-2009", "late Tuesday": the modifier is part of the expression
const EDGE = /\b(?:early|late|mid)[- ]$/i;
const EDGE_VALUE = /^(?:\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-(?:SP|SU|FA|WI))$/;

// "the September 11 attacks", "the Sept. 11, 2001, terrorist attacks"
const ATTACKS = /^(?:th)?,?\s+(?:terrorist |terror )?attacks?\b/i;

export function refine(ctx: FinderContext, sorted: Candidate[]): Candidate[] {
  return sorted.map((candidate) => {
    let { start, value } = candidate;
    const before = ctx.text.slice(Math.max(0, start - 40), start);
    const partOf = PART_OF.exec(before);
    if (partOf && candidate.type === 'DATE') start -= partOf[0].length;
    else if (EDGE.test(before) && value !== null && EDGE_VALUE.test(value)) start -= EDGE.exec(before)?.[0].length ?? 0;
    if (value !== null && value.endsWith('-09-11') && !/\d{4}/.test(ctx.text.slice(candidate.start, candidate.end))
      && ATTACKS.test(ctx.text.slice(candidate.end, candidate.end + 30))) value = '2001-09-11';
    if (candidate.floating && value !== null) value = anchorTime(ctx, sorted, candidate, value);
    return { ...candidate, start, value };
  });
}
