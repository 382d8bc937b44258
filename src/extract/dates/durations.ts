/**
 * Durations: "four years" P4Y, "nearly a decade" P10Y, "the past two weeks"
 * P2W, "a five-year high" P5Y, "a three-year period" P3Y, "thirty minutes" PT30M,
 * "several years" PXY.
 * Not durations: "three years ago" (a date), "45 years old", "45-year-old".
 */
import { scan, type Candidate, type FinderContext } from './candidate.js';
import { NUMBER, parseNumber } from './numbers.js';

interface UnitCode {
  code: string;
  times: number;
  clock: boolean;
}

const UNIT_CODES: Record<string, UnitCode> = {
  year: { code: 'Y', times: 1, clock: false },
  decade: { code: 'Y', times: 10, clock: false },
  century: { code: 'Y', times: 100, clock: false },
  month: { code: 'M', times: 1, clock: false },
  quarter: { code: 'Q', times: 1, clock: false },
  fortnight: { code: 'W', times: 2, clock: false },
  week: { code: 'W', times: 1, clock: false },
  day: { code: 'D', times: 1, clock: false },
  hour: { code: 'H', times: 1, clock: true },
  minute: { code: 'M', times: 1, clock: true },
  second: { code: 'S', times: 1, clock: true },
};

const UNIT = String.raw`(?<unit>years?|decades?|centuries|century|months?|quarters?|fortnights?|weeks?|days?|hours?|minutes?|seconds?)`;
const MODIFIER = String.raw`(?:(?:nearly|almost|over(?! the)|more than|about|around|roughly|approximately|less than|at least|up to|some) )?`;
const PERIOD = String.raw`(?:the (?:past|last|next|previous|coming|following|first|final) )?`;
const AMOUNT = String.raw`(?<amount>${NUMBER}(?: and a half)?|half an?|several|a few|a couple of|many|(?:two|three|four|five|six|seven|eight|nine|ten) consecutive|\d+ straight|(?:two|three|four|five|six|seven|eight|nine|ten) straight)`;

// "nearly a decade", "the past two weeks", "two and a half years", "half an hour", "an hour and a half"
const SPELLED = new RegExp(
  String.raw`(?<![\w-])${MODIFIER}${PERIOD}${AMOUNT} (?:(?:trading|business|working|calendar|school) )?${UNIT}\b(?<half> and a half\b)?(?! ago\b| old\b|-old\b)`,
  'gi',
);

// "a five-year high", "12-year lows", "single-day decline"; not "the 45-year-old athlete"
const HYPHENATED = new RegExp(String.raw`(?<![\w-])(?<amount>${NUMBER}|single)-${UNIT}(?!-)\b`, 'gi');

// "a three-year period", "the 10 year term": the noun and its article are part of the duration
const PERIOD_NOUN = new RegExp(String.raw`(?<![\w-])(?:(?:an?|the) )?(?<amount>${NUMBER})[- ]${UNIT} (?:period|term)\b`, 'gi');

// "for years", "in decades", "over the years"
const VAGUE = /(?<=\b(?:for|in|in just|in only) )(?<unit>years|decades|months|weeks|days|hours|minutes)\b|\bover the (?<unit2>years|decades)\b/gi;

export function findDurations(ctx: FinderContext): Candidate[] {
  const build = (m: RegExpExecArray): Candidate | null => {
    const unit = unitOf(m.groups?.unit ?? m.groups?.unit2 ?? '');
    if (!unit) return null;
    const amount = amountOf(m.groups?.amount, m.groups?.half !== undefined);
    // "a second consecutive day", "a quarter of the votes": not spans of time
    if (/^an? (second|quarter)/i.test(m[0])) return null;
    // "FIFA World Cup 2018 day five": a year, not 2018 days
    if (amount !== null && amount >= 1000) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(amount, unit) };
  };
  return [...scan(ctx.text, SPELLED, build), ...scan(ctx.text, HYPHENATED, build), ...scan(ctx.text, PERIOD_NOUN, build), ...scan(ctx.text, VAGUE, build)];
}

export function unitOf(word: string): UnitCode | undefined {
  const singular = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return UNIT_CODES[singular];
}

/** "two and a half" -> 2.5, "half an" -> 0.5, "several" -> null (unknown), absent -> null. */
export function amountOf(text: string | undefined, andAHalf = false): number | null {
  if (text === undefined) return null;
  const clean = text.toLowerCase().replace(/ (consecutive|straight)$/, '');
  if (clean === 'single') return 1;
  if (/^half an?$/.test(clean)) return 0.5;
  const half = andAHalf || clean.endsWith(' and a half');
  const whole = parseNumber(clean.replace(/ and a half$/, ''));
  return whole === null ? null : whole + (half ? 0.5 : 0);
}

// "half an hour" PT30M, not PT0.5H; "half a year" P6M
const SMALLER: Record<string, UnitCode> = {
  'Y/false': { code: 'M', times: 12, clock: false },
  'W/false': { code: 'D', times: 7, clock: false },
  'D/false': { code: 'H', times: 24, clock: true },
  'H/true': { code: 'M', times: 60, clock: true },
  'M/true': { code: 'S', times: 60, clock: true },
};

/** P4Y, P10Y (a decade), PT30M, P2.5Y; PXY when the amount is vague. */
export function durationValue(amount: number | null, unit: UnitCode): string {
  if (amount === null) return `P${unit.clock ? 'T' : ''}X${unit.code}`;
  const count = amount * unit.times;
  const smaller = SMALLER[`${unit.code}/${unit.clock}`];
  if (count < 1 && smaller) return durationValue(count, smaller);
  return `P${unit.clock ? 'T' : ''}${Math.round(count * 100) / 100}${unit.code}`;
}
