/**
 * Holidays on a fixed day: "Christmas Day" 2024-12-25, "on New Year's Eve"
 * 2024-12-31, "Valentine's Day", "Halloween"; the year from the clause's tense,
 * as for "March 3". Not "Christmas shopping" or "Christmas Island".
 */
import { formatDate } from './calendar.js';
import { scan, type Candidate, type FinderContext } from './candidate.js';
import { modifiesNoun } from './context.js';
import { yearOfDay } from './relative-values.js';
import { tenseAt } from './tense.js';

const DAYS: Record<string, [month: number, day: number]> = {
  'christmas day': [12, 25], 'christmas eve': [12, 24], christmas: [12, 25], 'boxing day': [12, 26],
  "new year's day": [1, 1], "new year's eve": [12, 31], "valentine's day": [2, 14], halloween: [10, 31],
};

// "Christmas Day 2010"; not "Merry Christmas" (a greeting)
const HOLIDAY = /(?<![Mm]erry )\b(?<name>Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween)\b(?:,? (?<year>1[6-9]\d\d|20\d\d)\b)?(?! [A-Z])/g;

export function findHolidays(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, HOLIDAY, (m) => {
    const name = (m.groups?.name ?? '').toLowerCase().replace('’', "'");
    const written = m.groups?.year;
    const [month, day] = DAYS[name] ?? [12, 25];
    const end = m.index + m[0].length;
    // "Christmas shopping", "Halloween costumes": a modifier, not a day
    if (!written && !/ (?:day|eve)$/.test(name) && modifiesNoun(ctx, end)) return null;
    const year = written ? Number(written) : ctx.ref ? yearOfDay(ctx.ref, month, day, tenseAt(ctx.doc, m.index)) : null;
    const value = year === null ? `XXXX-${formatDate({ year: 0, month, day }).slice(5)}` : formatDate({ year, month, day });
    return { start: m.index, end, type: 'DATE', value };
  });
}
