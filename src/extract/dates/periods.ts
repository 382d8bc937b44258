/**
 * Newswire periods the other finders leave out: "fiscal 1989" FY1989, "the
 * first half" 2025-H1, "a year earlier" 2024, "the current quarter" 2025-Q1,
 * "the past year" P1Y, "the coming months" PXM, "this afternoon"
 * 2025-03-03TAF, "last night" 2025-03-02TNI, "year-end" 2025, "mid-1988".
 */
import { formatYear, type CalendarDate } from './calendar.js';
import { scan, type Candidate, type FinderContext, type Grain } from './candidate.js';
import { NUMBER, parseNumber } from './numbers.js';
import { FIGURES } from './months.js';
import { agoValue, shiftedUnit, type Unit } from './relative-values.js';
import { tenseAt } from './tense.js';

const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
const span = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.index, end: m.index + m[0].length });

// "fiscal 1989", "fiscal year 2010" -> FY1989
const FISCAL = new RegExp(String.raw`\bfiscal (?:year )?(?<year>${YEAR})\b`, 'gi');

// "the second half of 1989", "the first half of this year", "first-half profit"; a bare "the first half" may be a match's
const HALF = new RegExp(String.raw`\bthe (?<ordinal>first|second) half of (?:(?<year>${YEAR})|(?<relative>this|last|next|the) year)\b|\b(?<ordinal2>first|second)-half(?= (?:${FIGURES})\b)`, 'gi');

// "a year earlier", "two weeks earlier", "three days later": counted from the date in view
const EARLIER = new RegExp(String.raw`(?<![\w-])(?<amount>${NUMBER}) (?<unit>years?|months?|weeks?|days?) (?<way>earlier|later)\b(?! than)`, 'gi');

// "the year-earlier period", "the year-ago quarter"
const YEAR_AGO = /\bthe year-(?:earlier|ago) (?:period|quarter|level|month|week)\b/gi;

// "the current quarter" 1989-Q4, "the latest quarter", "the past quarter" 1989-Q3 (the last one reported);
// not "the last quarter of 2012" (its fourth) or "the past quarter century"
const CURRENT = /\bthe (?:(?<current>current)|latest|most recent|past|last) (?<unit>quarter|year|month|week)\b(?!-| of\b| century\b)/gi;

// "the past year" P1Y, "the last decade" P10Y; not "last year" (a date)
const PAST_UNIT = /\bthe (?:past|last|next|coming) (?<unit>year|decade|century|month|week)\b(?!-)/gi;

// "the coming months", "the past few days" (vague amounts)
const PLURAL = /\bthe (?:past|last|next|coming|previous)(?: few| several| couple of)? (?<unit>years|decades|months|weeks|days|hours)\b/gi;

// "this afternoon", "yesterday morning", "tomorrow evening", "last night", "tomorrow night";
// not "the last night of the festival"
const DAY_PART = /\b(?:(?<day>this|yesterday|tomorrow) (?<part>morning|afternoon|evening)|(?<!\b(?:the|its|his|her|their|our|my|your|a) )(?<night>last|yesterday|tomorrow) (?<part2>night|evening))\b/gi;

// "at year-end", "by year end"
const YEAR_END = /\byear[- ]end\b/gi;

// "by the end of the year", "the start of the month"
const PART_OF_UNIT = /\bthe (?:start|beginning|end|middle|close) of the (?<unit>year|month|week|quarter)\b/gi;

// "mid-1988", "mid-March" keeps its year or month
const MID = new RegExp(String.raw`\bmid-(?<year>${YEAR})\b`, 'g');

// "three weeks later" is 21 days after the day in view, "a week earlier" 7 days before
const LATER: Record<string, (amount: number) => { anaphor: Grain; shift: number }> = {
  year: (n) => ({ anaphor: 'year', shift: n }),
  month: (n) => ({ anaphor: 'month', shift: n }),
  week: (n) => ({ anaphor: 'day', shift: 7 * n }),
  day: (n) => ({ anaphor: 'day', shift: n }),
};

const CODES: Record<string, string> = { year: 'Y', decade: 'Y', century: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H' };
const TIMES: Record<string, number> = { year: 1, decade: 10, century: 100, month: 1, week: 1, day: 1, hour: 1 };
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const DAY_SHIFT: Record<string, number> = { this: 0, yesterday: -1, tomorrow: 1, last: -1 };

export function findPeriods(ctx: FinderContext): Candidate[] {
  const { text, ref } = ctx;
  const year = (shift: number): string | null => (ref ? formatYear(ref.year + shift) : null);
  return [
    ...scan(text, FISCAL, (m) => ({ ...span(m), type: 'DATE', value: `FY${m.groups?.year}` })),
    ...scan(text, HALF, (m) => {
      const g = m.groups ?? {};
      if (g.ordinal2) return { ...span(m), type: 'DATE', value: ref ? halfByTense(ctx, ref, g.ordinal2, m.index) : null };
      const half = g.ordinal?.toLowerCase() === 'first' ? 1 : 2;
      const shift = { this: 0, the: 0, last: -1, next: 1 }[(g.relative ?? '').toLowerCase()] ?? 0;
      const y = g.year ?? year(shift);
      return { ...span(m), type: 'DATE', value: y === null ? null : `${y}-H${half}` };
    }),
    ...scan(text, EARLIER, (m) => {
      const amount = parseNumber(m.groups?.amount ?? '');
      const unit = (m.groups?.unit ?? '').toLowerCase().replace(/s$/, '') as Unit;
      const later = m.groups?.way?.toLowerCase() === 'later';
      // "born in 1950 ... ten years later": counted from the date in view, as "the year after" is;
      // "In 2010 profit rose from a year earlier" from a date of the same sentence, else the reference date
      const fromView = LATER[unit];
      if (fromView && amount !== null && Number.isInteger(amount)) {
        const { anaphor, shift } = fromView(amount);
        return { ...span(m), type: 'DATE', value: null, anaphor, shift: later ? shift : -shift, inSentence: !later };
      }
      if (amount === null || !ref) return { ...span(m), type: 'DATE', value: null };
      return { ...span(m), type: 'DATE', value: later ? shiftedUnit(ref, unit, amount) : agoValue(ref, amount, unit) };
    }),
    ...scan(text, YEAR_AGO, (m) => ({ ...span(m), type: 'DATE', value: year(-1), yearAgoPart: /(?:quarter|period)$/i.test(m[0]) })),
    ...scan(text, CURRENT, (m) => {
      const unit = (m.groups?.unit ?? '').toLowerCase() as Unit;
      // "the latest year" or "week" says nothing of which one
      if (!m.groups?.current && unit !== 'quarter') return null;
      return { ...span(m), type: 'DATE', value: ref ? shiftedUnit(ref, unit, m.groups?.current ? 0 : -1) : null };
    }),
    ...scan(text, PAST_UNIT, (m) => {
      const unit = (m.groups?.unit ?? '').toLowerCase();
      return { ...span(m), type: 'DURATION', value: `P${TIMES[unit] ?? 1}${CODES[unit] ?? 'Y'}` };
    }),
    ...scan(text, PLURAL, (m) => {
      const unit = (m.groups?.unit ?? '').toLowerCase().replace(/s$/, '');
      const clock = unit === 'hour' ? 'T' : '';
      return { ...span(m), type: 'DURATION', value: `P${clock}X${CODES[unit] ?? 'Y'}` };
    }),
    ...scan(text, DAY_PART, (m) => {
      const shift = DAY_SHIFT[(m.groups?.day ?? m.groups?.night ?? '').toLowerCase()] ?? 0;
      const part = PARTS[(m.groups?.part ?? m.groups?.part2 ?? '').toLowerCase()] ?? 'MO';
      return { ...span(m), type: 'TIME', value: ref ? `${shiftedUnit(ref, 'day', shift)}T${part}` : null };
    }),
    ...scan(text, YEAR_END, (m) => ({ ...span(m), type: 'DATE', value: year(0) })),
    ...scan(text, PART_OF_UNIT, (m) => ({ ...span(m), type: 'DATE', value: ref ? shiftedUnit(ref, (m.groups?.unit ?? 'year').toLowerCase() as Unit, 0) : null })),
    ...scan(text, MID, (m) => ({ ...span(m), type: 'DATE', value: m.groups?.year ?? null })),
  ];
}

/** "first-half profit rose" (November 1989) -> 1989-H1; "will report second-half sales" -> 1989-H2. */
function halfByTense(ctx: FinderContext, ref: CalendarDate, ordinal: string, offset: number): string {
  const half = ordinal.toLowerCase() === 'first' ? 1 : 2;
  const current = ref.month <= 6 ? 1 : 2;
  const future = tenseAt(ctx.doc, offset) === 'future';
  const year = future ? (half >= current ? ref.year : ref.year + 1) : half <= current ? ref.year : ref.year - 1;
  return `${formatYear(year)}-H${half}`;
}
