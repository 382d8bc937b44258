/**
 * Days of the week, resolved by the clause's tense: "closed on Friday" is the
 * Friday before the reference date, "will meet on Friday" the one after.
 * "Friday night" is a TIME: 2025-02-28TNI.
 */
import { formatDate } from './calendar.js';
import { scan, type Candidate, type FinderContext } from './candidate.js';
import { weekdayDate, type Direction } from './relative-values.js';
import { tenseAt } from './tense.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

const WEEKDAY = /\b(?:(?<modifier>[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?) )?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?<plural>s)?(?: (?<part>[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight))?\b/g;

// "Black Monday", "Good Friday", "Super Tuesday": named days, not this week's
const NAMED_DAY = /\b(?:Black|Good|Super|Cyber|Easter|Ash|Holy|Bloody|Blue|Maundy|Palm)\s+$/;

export function findWeekdays(ctx: FinderContext): Candidate[] {
  return scan(ctx.text, WEEKDAY, (m) => {
    if (NAMED_DAY.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
    const g = m.groups ?? {};
    const weekday = WEEKDAYS.indexOf((g.day ?? '').toLowerCase()) + 1;
    const start = m.index;
    const end = m.index + m[0].length;
    // "on Mondays": every Monday
    if (g.plural) return g.part || g.modifier ? null : { start, end, type: 'SET', value: `XXXX-WXX-${weekday}` };
    const part = g.part ? PARTS[g.part.toLowerCase()] : undefined;
    const type = part ? 'TIME' : 'DATE';
    if (!ctx.ref) return { start, end, type, value: null };
    const date = weekdayDate(ctx.ref, weekday, direction(ctx, g.modifier, start));
    return { start, end, type, value: part ? `${formatDate(date)}T${part}` : formatDate(date) };
  });
}

function direction(ctx: FinderContext, modifier: string | undefined, start: number): Direction {
  const word = modifier?.toLowerCase();
  if (word === 'last' || word === 'this past') return 'last';
  if (word === 'next' || word === 'this coming') return 'next';
  if (word === 'this') return 'this';
  return tenseAt(ctx.doc, start);
}
