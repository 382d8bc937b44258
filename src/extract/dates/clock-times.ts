/**
 * Clock times chrono leaves out: "0800 UTC" (military style), "noon",
 * "midnight", and "3 p.m." next to a weekday ("Friday at 3 p.m.", which
 * chrono's strict mode drops whole). Each is on the reference date until
 * refine.ts puts it on the day its sentence names: 2008-09-18T08:00Z.
 */
import { formatDate, formatTime } from './calendar.js';
import { scan, type Candidate, type FinderContext } from './candidate.js';

// "At 0800 UTC"
const MILITARY = /\b(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d) (?<zone>UTC|GMT)\b/g;

// "from 6:00am to midnight"; "midnight" as a noun modifier ("midnight deadline") still counts
const NAMED = /\b(?<word>noon|midnight)\b/gi;

// "3 p.m.", "10:15 a.m. EST", "9am", "at 9 am"; not "Room 9 am Main Street" (the verb "am")
const MERIDIEM = /\b(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\d))?(?<meridiem> ?[ap]\.m\.|[ap]m\b|(?<=\b(?:at|from|until|till|by|to|before|after|around|about) \S+) [ap]m\b)(?: (?<zone>[ECMP][SD]T|GMT|UTC)\b)?/gi;

export function findClockTimes(ctx: FinderContext): Candidate[] {
  const day = ctx.ref ? formatDate(ctx.ref) : null;
  const at = (time: string): string | null => (day === null ? null : `${day}T${time}`);
  return [
    ...scan(ctx.text, MILITARY, (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      floating: true,
      value: at(`${formatTime(Number(m.groups?.hour), Number(m.groups?.minute))}Z`),
    })),
    ...scan(ctx.text, MERIDIEM, (m) => {
      const g = m.groups ?? {};
      const hour = (Number(g.hour) % 12) + (/^ ?p/i.test(g.meridiem ?? '') ? 12 : 0);
      const zone = /^(GMT|UTC)$/i.test(g.zone ?? '') ? 'Z' : '';
      const value = at(`${formatTime(hour, Number(g.minute ?? 0))}${zone}`);
      return { start: m.index, end: m.index + m[0].length, type: 'TIME', floating: true, value };
    }),
    ...scan(ctx.text, NAMED, (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      floating: true,
      value: at((m.groups?.word ?? '').toLowerCase() === 'noon' ? '12:00' : '00:00'),
    })),
  ];
}
