/**
 * Expressions that count from the reference date: "yesterday", "last week",
 * "this year", "three years ago", "over the weekend".
 */
import { addDays, formatDate } from './calendar.js';
import { scan, type Candidate, type FinderContext } from './candidate.js';
import { NUMBER, parseNumber } from './numbers.js';
import { agoValue, shiftedUnit, weekendValue, type Unit } from './relative-values.js';
import { tenseAt } from './tense.js';

// "earlier today", "yesterday", "tomorrow"; not "USA Today"
const DAY_WORD = /(?<!USA )\b(?:(?:earlier|later) )?(?<word>today|yesterday|tomorrow|tonight)\b/gi;

const DAY_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

export function findDayWords(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, DAY_WORD, (m) => {
    const word = (m.groups?.word ?? '').toLowerCase();
    const candidate = { start: m.index, end: m.index + m[0].length };
    // "tonight" -> 2025-03-03TNI
    if (word === 'tonight') return { ...candidate, type: 'TIME', value: ctx.ref ? `${formatDate(ctx.ref)}TNI` : null };
    const date = ctx.ref ? formatDate(addDays(ctx.ref, DAY_OFFSETS[word] ?? 0)) : null;
    return { ...candidate, type: 'DATE', value: date };
  });
}

const UNITS = 'week|month|year|quarter|decade|century|day';

// "last week", "this year", "this past week", "next month"; "this years festival" (the apostrophe dropped)
const SHIFTED = new RegExp(String.raw`\b(?:(?:later|earlier) )?(?<modifier>last|this past|this coming|this|next|coming)\s+(?:(?<unit>${UNITS})\b|(?<=\bthis )(?<typo>year)s\b)(?!-)`, 'gi');

const SHIFTS: Record<string, number> = { last: -1, 'this past': -1, this: 0, 'this coming': 1, next: 1, coming: 1 };

export function findShiftedUnits(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, SHIFTED, (m) => {
    const modifier = (m.groups?.modifier ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m.groups?.unit ?? m.groups?.typo ?? '').toLowerCase() as Unit;
    // "this day" is rarely a date; "last day" is an ordinal
    if (unit === 'day') return null;
    const value = ctx.ref ? shiftedUnit(ctx.ref, unit, SHIFTS[modifier] ?? 0) : null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value };
  });
}

// "three years ago", "[Ten] years ago", "a decade ago"; "just over 24 hours ago" keeps "24 hours ago"
const AGO = new RegExp(String.raw`(?<![\w-])(?<amount>\[?${NUMBER}\]?|several|a few|many)\s+(?<unit>years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?)\s+ago\b`, 'gi');

export function findAgo(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, AGO, (m) => {
    const candidate = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const };
    const amount = parseNumber(m.groups?.amount ?? '');
    if (amount === null) return { ...candidate, value: 'PAST_REF' };
    const unit = (m.groups?.unit ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') as Unit;
    return { ...candidate, value: ctx.ref ? agoValue(ctx.ref, amount, unit) : null };
  });
}

// "over the weekend", "this weekend", "last weekend"; not "Super Bowl weekend"
const WEEKEND = /\b(?:(?<over>over) the|the|(?<modifier>this|last|next|this past|this coming))\s+weekend\b/gi;

export function findWeekends(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, WEEKEND, (m) => {
    const candidate = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const };
    if (!ctx.ref) return { ...candidate, value: null };
    const modifier = (m.groups?.modifier ?? '').toLowerCase();
    const direction = modifier === 'last' || modifier === 'this past' ? 'last'
      : modifier === 'next' || modifier === 'this coming' ? 'next'
        : tenseAt(ctx.doc, m.index);
    return { ...candidate, value: weekendValue(ctx.ref, direction) };
  });
}

// "now", "currently", "recently", "in the past", "the near future"
const REFERENCE_WORDS: [RegExp, string][] = [
  [/\b(?:now|currently|nowadays|the time being|at present|these days)\b(?! that\b| and\b|-)/gi, 'PRESENT_REF'],
  [/\b(?:recently|recent (?:years|decades|months|weeks|days)|recent|(?<=\bin )the past)\b(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|week|month|year|quarter|decade|day))/gi, 'PAST_REF'],
  [/\b(?:the near term|the near future|the foreseeable future)\b/gi, 'FUTURE_REF'],
];

export function findReferenceWords(ctx: FinderContext): Candidate[] {
  return REFERENCE_WORDS.flatMap(([pattern, value]) =>
    scan(ctx.text, pattern, (m) => ({ start: m.index, end: m.index + m[0].length, type: 'DATE', value })),
  );
}
