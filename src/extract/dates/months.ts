/**
 * Months, seasons and quarters: "in March", "September 2010", "last
 * September", "last summer", "the third quarter of this year".
 */
import { firstTokenFrom } from '../../document.js';
import { formatMonth, formatYear } from './calendar.js';
import { scan, type Candidate, type FinderContext } from './candidate.js';
import { modifiesNoun } from './context.js';
import { yearOfMonth, type Direction } from './relative-values.js';
import { tenseAt } from './tense.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "March", "Sept." or "Sep" -> 3, 9, 9; 0 for no month. */
export function monthNumber(name: string): number {
  const prefix = name.toLowerCase().replace('.', '').slice(0, 3);
  return prefix.length === 3 ? MONTHS.findIndex((full) => full.startsWith(prefix)) + 1 : 0;
}

const MONTH = new RegExp(
  String.raw`\b(?:(?<modifier>[Ll]ast|[Nn]ext|[Tt]his) )?(?<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?= \d{4}))(?:,? (?:of )?(?<year>1[6-9]\d\d|20\d\d)| of (?<relative>last|this|next) year)?\b`,
  'g',
);

// "May of last year" -> the reference year - 1
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

// "in April", "between April and June", "since November": a month, not a name
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|from|of|early|late|mid|between|through|during|before|after|and|or|to|last|next|this|each|every)[\s-]+$/i;

export function findMonths(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, MONTH, (m) => {
    const name = m.groups?.month ?? '';
    const month = monthNumber(name);
    const year = m.groups?.year;
    const modifier = m.groups?.modifier?.toLowerCase() as Direction | undefined;
    const start = m.index;
    const end = m.index + m[0].length;
    if (year) return { start, end, type: 'DATE', value: formatMonth(Number(year), month) };
    const relative = m.groups?.relative;
    if (relative) return { start, end, type: 'DATE', value: ctx.ref ? formatMonth(ctx.ref.year + (YEAR_SHIFT[relative] ?? 0), month) : null };
    if (!modifier && !isMonthWord(ctx, start)) return null;
    if (!ctx.ref) return { start, end, type: 'DATE', value: null };
    const direction = modifier ?? tenseAt(ctx.doc, start);
    return { start, end, type: 'DATE', value: formatMonth(yearOfMonth(ctx.ref, month, direction), month) };
  });
}

// "April Ryan said", "it may bring": names and the modal verb are not months
function isMonthWord(ctx: FinderContext, start: number): boolean {
  if (MONTH_CONTEXT.test(ctx.text.slice(Math.max(0, start - 12), start))) return true;
  const found = ctx.doc.tokens[firstTokenFrom(ctx.doc, start)];
  const token = found?.start === start ? found : undefined;
  return token !== undefined && token.tags.has('Month') && !token.tags.has('Person') && !token.tags.has('Modal');
}

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

// "last summer", "Autumn", "the fall of 2008"; a bare "fall" is the verb
const SEASON = /\b(?:(?<modifier>last|this|next|early|late) )?(?<season>spring|summer|autumn|winter|(?<=(?:last|this|next|the) )fall)(?: (?:of )?(?<year>1[6-9]\d\d|20\d\d)| of (?<relative>last|this|next) year)?\b/gi;

export function findSeasons(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, SEASON, (m) => {
    const code = SEASON_CODES[(m.groups?.season ?? '').toLowerCase()] ?? 'SU';
    const modifier = m.groups?.modifier?.toLowerCase();
    const year = m.groups?.year;
    const start = modifier === 'early' || modifier === 'late' ? m.index + m[0].indexOf(m.groups?.season ?? '') : m.index;
    const candidate = { start, end: m.index + m[0].length, type: 'DATE' as const };
    // "field corn, and winter wheat": a kind of crop, not a season
    const determined = /\b(?:the|this|their|its|his|her|our|in|during|since|until|by)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
    if (!modifier && !year && !m.groups?.relative && !determined && modifiesNoun(ctx, candidate.end)) return null;
    if (year) return { ...candidate, value: `${year}-${code}` };
    if (!ctx.ref) return { ...candidate, value: null };
    // "the summer of last year"
    const relative = m.groups?.relative?.toLowerCase();
    if (relative) return { ...candidate, value: `${formatYear(ctx.ref.year + (YEAR_SHIFT[relative] ?? 0))}-${code}` };
    const middle = SEASON_MONTH[code] ?? 7;
    // "reopened in the fall" (March 2025) -> 2024-FA, "will reopen in the fall" -> 2025-FA
    const direction: Direction = modifier === 'last' ? 'last' : modifier === 'next' ? 'next' : modifier === 'this' ? 'this' : tenseAt(ctx.doc, m.index);
    return { ...candidate, value: `${formatYear(yearOfMonth(ctx.ref, middle, direction))}-${code}` };
  });
}

// what a company or an economy reports for a quarter or a half: "third-quarter profit"
export const FIGURES = 'profits?|sales|earnings|results|loss(?:es)?|revenues?|net|income|growth|output|figures|GDP|dividends?|deliveries|production|operating|pretax|per-share';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

// "the third quarter of this year", "the fourth quarter", "Q3 2009", "the 1988 fourth quarter", "the last quarter of 2012",
// "third-quarter profit" (not "a fourth-quarter comeback": a game's quarter)
const QUARTER = new RegExp(String.raw`\b(?:the )?(?:(?<pyear>1[6-9]\d\d|20\d\d) )?(?<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th|last(?= quarter of\b))(?: quarter|-quarter(?= (?:${FIGURES})\b))(?: of (?:(?<year>1[6-9]\d\d|20\d\d)|(?<relative>this|last|next) year))?\b|\bQ(?<q>[1-4])(?: (?<qyear>1[6-9]\d\d|20\d\d))?\b`, 'gi');

export function findQuarters(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, QUARTER, (m) => {
    const g = m.groups ?? {};
    const quarter = g.q ? Number(g.q) : ORDINALS[(g.ordinal ?? '').toLowerCase()] ?? 1;
    // "the second-quarter results": the article belongs to "results"
    const article = /^the (?:\d{4} )?[^ ]+-quarter\b/i.test(m[0]) ? 4 : 0;
    const candidate = { start: m.index + article, end: m.index + m[0].length, type: 'DATE' as const };
    const year = g.year ?? g.qyear ?? g.pyear;
    if (year) return { ...candidate, value: `${year}-Q${quarter}` };
    if (!ctx.ref) return { ...candidate, value: null };
    const shift = { this: 0, last: -1, next: 1 }[(g.relative ?? '').toLowerCase()];
    if (shift !== undefined) return { ...candidate, value: `${formatYear(ctx.ref.year + shift)}-Q${quarter}` };
    // "rose in the fourth quarter" (March 2007): the last fourth quarter, 2006-Q4
    const current = Math.ceil(ctx.ref.month / 3);
    const future = tenseAt(ctx.doc, m.index) === 'future';
    const resolved = future ? (quarter >= current ? ctx.ref.year : ctx.ref.year + 1) : quarter <= current ? ctx.ref.year : ctx.ref.year - 1;
    return { ...candidate, value: `${formatYear(resolved)}-Q${quarter}` };
  });
}
