/**
 * Clock times chrono leaves out: "0800 UTC" (military style), "noon",
 * "midnight". Each is on the reference date: 2008-09-18T08:00Z.
 */
import { formatDate, formatTime } from './calendar.js';
import { scan, type Candidate, type FinderContext } from './candidate.js';

// "At 0800 UTC"
const MILITARY = /\b(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d) (?<zone>UTC|GMT)\b/g;

// "from 6:00am to midnight"; "midnight" as a noun modifier ("midnight deadline") still counts
const NAMED = /\b(?<word>noon|midnight)\b/gi;

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
    ...scan(ctx.text, NAMED, (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      floating: true,
      value: at((m.groups?.word ?? '').toLowerCase() === 'noon' ? '12:00' : '00:00'),
    })),
  ];
}
