/**
 * Recurring times (TIMEX3 SET): "every year" P1Y, "annually" P1Y, "weekly"
 * P1W, "15 a year" ("a year" P1Y), "every Monday" XXXX-WXX-1, "every ten years"
 * P10Y, "every other week" P2W.
 */
import { scan, type Candidate, type FinderContext } from './candidate.js';
import { amountOf, durationValue, unitOf } from './durations.js';
import { NUMBER } from './numbers.js';

const PERIODS: Record<string, string> = {
  year: 'P1Y', month: 'P1M', week: 'P1W', day: 'P1D', hour: 'PT1H',
  annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', hourly: 'PT1H', quarterly: 'P3M',
  morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI',
};

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// "every year", "each week", "every Monday"
const EVERY = /\b(?:every|each) (?<unit>year|month|week|day|hour|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

// "every ten years", "every few months", "every other week": one SET, not a duration inside
const EVERY_AMOUNT = new RegExp(String.raw`\bevery (?<amount>${NUMBER}|few|couple of|other|second) (?<unit>years?|decades?|centuries|months?|weeks?|days?|hours?|minutes?)\b`, 'gi');

// "annually", "weekly"; lower case only: "LA Weekly" is a name
const ADVERB = /\b(?<unit>annually|yearly|monthly|weekly|daily|hourly|quarterly)\b/g;

// "15 a year", "twice a week", "$5bn per year", "rose 2% a year": the rate's period
const RATE = /(?<=(?:\d|%|\bonce|\btwice|\btimes|\bbn|\bmillion|\bbillion|\bpercent) )(?:a|an|per) (?<unit>year|month|week|day|hour)\b/g;

// "people's every day lives", "their every day work"
const EVERYDAY = /(?:'s|’s|\b(?:my|his|her|our|their|your|its|the)) $/i;

export function findSets(ctx: FinderContext): Candidate[] {
  const build = (m: RegExpExecArray): Candidate | null => {
    const unit = (m.groups?.unit ?? '').toLowerCase();
    const weekday = WEEKDAYS.indexOf(unit) + 1;
    const value = weekday > 0 ? `XXXX-WXX-${weekday}` : PERIODS[unit];
    if (value === undefined) return null;
    // "people's every day lives": the adjective "everyday"
    if (/^every day$/i.test(m[0]) && EVERYDAY.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
    // "every year" is the rate's own span; SETs beat a duration of the same length
    return { start: m.index, end: m.index + m[0].length, type: 'SET', value, priority: 1 };
  };
  const everyAmount = (m: RegExpExecArray): Candidate | null => {
    const unit = unitOf(m.groups?.unit ?? '');
    const word = (m.groups?.amount ?? '').toLowerCase();
    if (!unit) return null;
    const amount = word === 'other' || word === 'second' ? 2 : amountOf(word);
    return { start: m.index, end: m.index + m[0].length, type: 'SET', value: durationValue(amount, unit), priority: 1 };
  };
  return [...scan(ctx.text, EVERY, build), ...scan(ctx.text, EVERY_AMOUNT, everyAmount), ...scan(ctx.text, ADVERB, build), ...scan(ctx.text, RATE, build)];
}
